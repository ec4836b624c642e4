using Switchboard.Domain.Directory;
using Switchboard.Graph;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>export --out tenant.json</c>: syncs the tenant from Microsoft Graph and writes the snapshot in the routing
/// contract's format, so <c>route --tenant tenant.json</c> answers from the real tenant offline.
/// </summary>
internal sealed class ExportCommand(GraphCommandEnvironment environment) : ICliCommand
{
    public ExportCommand()
        : this(GraphCommandEnvironment.Default)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2 || args[0] != "--out" || string.IsNullOrWhiteSpace(args[1]))
        {
            await Console.Error.WriteLineAsync("export: usage: export --out tenant.json");
            return 2;
        }

        if (!GraphCommandSupport.IsGraphConfigured(environment))
        {
            await Console.Error.WriteLineAsync("export: Microsoft Graph is not configured: set Switchboard:Graph:TenantId, ClientId and ClientSecret or CertificatePath (or UseManagedIdentity).");
            return 2;
        }

        using var host = GraphCommandSupport.BuildHost(environment);
        var synchronizer = host.Services.GetRequiredService<GraphDirectorySynchronizer>();
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        using var cancellation = GraphCommandSupport.CancelOnCtrlC();
        var progress = new ConsoleProgress(Console.Error);
        GraphSyncReport report;
        try
        {
            report = await synchronizer.SyncFullAsync(progress, cancellation.Token);
        }
        catch (GraphSyncException exception)
        {
            progress.Finish();
            await Console.Error.WriteLineAsync($"export: {exception.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            progress.Finish();
            await Console.Error.WriteLineAsync("export: cancelled; nothing was written.");
            return 130;
        }

        progress.Finish();
        await WriteAtomicallyAsync(args[1], directory.Current!);
        await Console.Error.WriteLineAsync($"export: {report.Users} users and {report.Groups} groups written to {args[1]}.");
        return 0;
    }

    /// <summary>Writes beside the target and renames, so a reader never sees half a file passed off as complete.</summary>
    public static async Task WriteAtomicallyAsync(string path, DirectorySnapshot snapshot)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await SnapshotJson.WriteAsync(file, snapshot, CancellationToken.None);
        }

        File.Move(temporary, full, overwrite: true);
    }
}
