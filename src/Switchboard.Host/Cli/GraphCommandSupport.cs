using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Switchboard.Graph;

namespace Switchboard.Host.Cli;

/// <summary>
/// What a Graph command adds to the configuration and services it would otherwise take from the machine:
/// nothing in normal use; the benchmark and the tests point it at a fake Graph with a fake credential.
/// </summary>
internal sealed record GraphCommandEnvironment(
    IReadOnlyDictionary<string, string?>? Settings = null,
    Action<IServiceCollection>? Services = null)
{
    public static GraphCommandEnvironment Default { get; } = new();
}

/// <summary>What the Graph commands share: their own small host (configuration, stderr logs), progress and summary.</summary>
internal static class GraphCommandSupport
{
    /// <summary>
    /// A host with the same configuration sources as the bot (appsettings, environment, user secrets in Development),
    /// logging to stderr only so stdout stays for answers, and the Graph sync services without their schedule.
    /// </summary>
    public static IHost BuildHost(IEnumerable<KeyValuePair<string, string?>>? overrides, Action<IServiceCollection>? services)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        services?.Invoke(builder.Services);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSwitchboardGraphServices();
        return builder.Build();
    }

    /// <summary>Ctrl+C cancels the running sync cleanly (the snapshot file is left as it was) instead of killing the process.</summary>
    public static CancellationTokenSource CancelOnCtrlC()
    {
        var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return cancellation;
    }

    public static IHost BuildHost(GraphCommandEnvironment environment) => BuildHost(environment.Settings, environment.Services);

    public static bool IsGraphConfigured(GraphCommandEnvironment environment)
    {
        using var probe = BuildHost(environment);
        return GraphHostingExtensions.IsGraphConfigured(probe.Services.GetRequiredService<IConfiguration>());
    }

    public static void WriteSummary(TextWriter output, GraphSyncReport report)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"kind:       {report.Kind.ToString().ToLowerInvariant()}{(report.FallbackReason is null ? "" : $" ({report.FallbackReason})")}"));
        output.WriteLine(string.Create(culture, $"users:      {report.Users}"));
        output.WriteLine(string.Create(culture, $"groups:     {report.Groups}"));
        if (report.Kind == GraphSyncKind.Delta)
        {
            output.WriteLine(string.Create(culture, $"changes:    {report.Added} added, {report.Updated} updated, {report.Removed} removed"));
        }

        output.WriteLine(string.Create(culture, $"batches:    {report.Batches}"));
        output.WriteLine(string.Create(culture, $"requests:   {report.Requests}"));
        output.WriteLine(string.Create(culture, $"throttled:  {report.Throttled}"));
        output.WriteLine(string.Create(culture, $"skipped:    {report.Skipped.Count}"));
        foreach (var skipped in report.Skipped.Take(10))
        {
            output.WriteLine($"  - {skipped}");
        }

        if (report.Skipped.Count > 10)
        {
            output.WriteLine(string.Create(culture, $"  - and {report.Skipped.Count - 10} more"));
        }

        output.WriteLine(string.Create(culture, $"duration:   {report.Duration.TotalSeconds:F1} s"));
    }
}

/// <summary>
/// A one-line progress bar on stderr, redrawn in place; when stderr is not a terminal (CI logs) it prints a line per
/// stage and quarter instead of a stream of carriage returns.
/// </summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<GraphSyncProgress>
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private string? _stage;
    private int _quarter = -1;
    private long _lastDraw;

    public void Report(GraphSyncProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var stageChanged = value.Stage != _stage;
            var complete = value.Total is { } t && value.Done >= t;
            if (_interactive)
            {
                var now = Environment.TickCount64;
                if (!stageChanged && !complete && now - _lastDraw < 100)
                {
                    return;
                }

                _lastDraw = now;
                if (stageChanged && _stage is not null)
                {
                    error.WriteLine();
                }

                error.Write('\r' + Line(value).PadRight(Width + 40));
            }
            else
            {
                var quarter = value.Total is { } total && total > 0 ? value.Done * 4 / total : -1;
                if (stageChanged || (quarter != _quarter && quarter >= 0))
                {
                    error.WriteLine(Line(value));
                }

                _quarter = quarter;
            }

            _stage = value.Stage;
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_interactive && _stage is not null)
            {
                error.WriteLine();
            }
        }
    }

    private static string Line(GraphSyncProgress value)
    {
        if (value.Total is not { } total || total == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{value.Stage,-15} {value.Done}");
        }

        var filled = (int)((long)Math.Min(value.Done, total) * Width / total);
        var bar = new string('#', filled) + new string('-', Width - filled);
        return string.Create(CultureInfo.InvariantCulture, $"{value.Stage,-15} [{bar}] {value.Done}/{total}");
    }
}
