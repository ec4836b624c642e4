using System.Globalization;
using System.Text;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Host.DirectoryLoading;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>report --period 2026-11 [--scope &lt;managerAadId&gt; | --all] --as &lt;aadId&gt; --csv out.csv</c>: the routing
/// report of a month as CSV, for the person named by <c>--as</c> and only what they may see (the same policy as in the
/// chat, on the directory the bot would load). The export is recorded in the chain as <c>reportExported</c>.
/// </summary>
internal sealed class ReportCommand(RecordCommandHost environment, TextWriter output, TextWriter error) : ICliCommand
{
    private const string Usage = "report: usage: report --period <yyyy-MM> [--scope <managerAadId> | --all] --as <aadId> --csv <file>";

    public ReportCommand()
        : this(RecordCommandHost.Default, Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var all = args.Contains("--all");
        CliArguments arguments;
        ReportPeriod period;
        ReportScopeRequest scope;
        try
        {
            arguments = CliArguments.Parse([.. args.Where(a => a != "--all")], ["period", "scope", "as", "csv"]);
            if (!ReportPeriod.TryParseMonth(arguments.Required("period"), out period))
            {
                throw new InputException("--period must be a month, such as 2026-11");
            }

            if (all && arguments.Optional("scope") is not null)
            {
                throw new InputException("give --scope or --all, not both");
            }

            arguments.Required("as");
            arguments.Required("csv");
            scope = all
                ? ReportScopeRequest.Everyone
                : arguments.Optional("scope") is { } manager ? ReportScopeRequest.LineOf(new UserId(manager)) : ReportScopeRequest.Default;
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"report: {exception.Message}");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var host = await environment.StartAsync(
            builder =>
            {
                builder.AddSwitchboardDirectory();
                builder.AddSwitchboardReports();
            },
            CancellationToken.None);

        // The bot loads the directory in the background; a one-shot command needs it before it can decide anything.
        await host.Services.GetServices<IHostedService>().OfType<DirectoryLoader>().Single().LoadAsync(CancellationToken.None);

        var outcome = await host.Services.GetRequiredService<ReportService>()
            .GetAsync(new UserId(arguments.Required("as")), scope, period, ReportUse.Exported, CancellationToken.None);
        if (outcome.Report is not { } report)
        {
            await error.WriteLineAsync($"report: refused ({outcome.Denial!.Reason}): {outcome.Denial.Explanation}");
            return 1;
        }

        var path = arguments.Required("csv");
        await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            await ReportCsv.WriteAsync(report, writer, CancellationToken.None);
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"report: {report.Received.Count} request(s), scope {report.Scope.Kind}, written to {path}"));
        return 0;
    }
}
