namespace Switchboard.Host.Cli;

/// <summary>A one-shot command of the host. Answers go to stdout, logs and progress to stderr.</summary>
internal interface ICliCommand
{
    /// <summary>Runs the command and returns the process exit code.</summary>
    Task<int> RunAsync(string[] args);
}

/// <summary>The host's commands, by the name typed after the executable.</summary>
internal static class CliCommands
{
    private static readonly Dictionary<string, Func<ICliCommand>> Commands = new(StringComparer.Ordinal)
    {
        ["demo-tenant"] = () => new DemoTenantCommand(),
        ["package"] = () => new PackageCommand(),
        ["sync"] = () => new SyncCommand(),
        ["export"] = () => new ExportCommand(),
        ["bench-sync"] = () => new BenchSyncCommand(),
        ["route"] = () => new RouteCommand(),
        ["bench-route"] = () => new BenchRouteCommand(),
        ["eval-route"] = () => new EvalRouteCommand(),
        ["audit"] = () => new AuditCommand(),
        ["privacy"] = () => new PrivacyCommand(),
        ["report"] = () => new ReportCommand(),
        ["seed-reports"] = () => new SeedReportsCommand(),
    };

    public static ICliCommand? Find(string[] args) =>
        args.Length > 0 && Commands.TryGetValue(args[0], out var create) ? create() : null;

    public static IReadOnlyCollection<string> Names => Commands.Keys;
}
