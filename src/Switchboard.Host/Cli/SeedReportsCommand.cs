using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing.Vocabulary;
using Switchboard.Host.DirectoryLoading;
using Switchboard.Host.Reports;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>seed-reports --month 2026-11 [--requests 360]</c>: a month of routed requests for the demo company in the
/// configured database (see <see cref="DemoHistorySeeder"/>), so the reports and the Reports tab can be tried outside
/// Teams. Idempotent: a second run saves nothing. It refuses any directory but the built-in demo company, so it
/// cannot put invented requests into a real tenant's record.
/// </summary>
internal sealed class SeedReportsCommand(RecordCommandHost environment, TextWriter output, TextWriter error) : ICliCommand
{
    private const string Usage = "seed-reports: usage: seed-reports --month <yyyy-MM> [--requests <1-2000, default 360>]";

    public SeedReportsCommand()
        : this(RecordCommandHost.Default, Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ReportPeriod month;
        int count;
        try
        {
            var arguments = CliArguments.Parse(args, ["month", "requests"]);
            if (!ReportPeriod.TryParseMonth(arguments.Required("month"), out month))
            {
                throw new InputException("--month must be a month, such as 2026-11");
            }

            var requests = arguments.Optional("requests") ?? "360";
            if (!int.TryParse(requests, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 2000)
            {
                throw new InputException($"--requests must be a number from 1 to 2000, not '{requests}'");
            }
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"seed-reports: {exception.Message}");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var host = await environment.StartAsync(
            builder =>
            {
                builder.AddSwitchboardDirectory();
                builder.Services.AddOptions<OfferExpirySettings>().BindConfiguration("Switchboard:Requests:OfferExpiry").ValidateDataAnnotations();
                builder.Services.TryAddSingleton(_ => TopicVocabulary.Load());
            },
            CancellationToken.None);

        var loader = host.Services.GetServices<IHostedService>().OfType<DirectoryLoader>().Single();
        await loader.LoadAsync(CancellationToken.None);
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        if (directory.Current is not { } snapshot || !string.Equals(snapshot.TenantId, DemoCompany.DemoCompany.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            await error.WriteLineAsync("seed-reports: the directory is not the built-in demo company; the demo history is for the demo company only (unset Switchboard:Directory:SnapshotFile and the Graph settings)");
            return 1;
        }

        var seeder = new DemoHistorySeeder(
            directory,
            host.Services.GetRequiredService<IRequestStore>(),
            new OfferExpiryPolicy(host.Services.GetRequiredService<IOptions<OfferExpirySettings>>().Value, directory),
            host.Services.GetRequiredService<TopicVocabulary>());
        var result = await seeder.SeedAsync(month, count, CancellationToken.None);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"seed-reports: {month.From:yyyy-MM}: {result.Saved} request(s) saved, {result.AlreadyThere} already there, {result.NotRouted} not routed, {result.StoppedEarly} left out"));
        return 0;
    }
}
