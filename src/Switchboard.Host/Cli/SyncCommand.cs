using System.Text.Json;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;
using Switchboard.Graph;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>sync [--delta] [--out tenant.json]</c>: syncs the directory from Microsoft Graph with a progress bar on stderr and a
/// summary on stdout. With <c>--out</c> the snapshot is written in the contract format and its delta link beside it
/// (<c>tenant.json.deltalink</c>), so a later <c>sync --delta --out tenant.json</c> applies only what changed.
/// </summary>
internal sealed class SyncCommand(GraphCommandEnvironment environment) : ICliCommand
{
    public SyncCommand()
        : this(GraphCommandEnvironment.Default)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        var delta = false;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--delta":
                    delta = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"sync: unknown argument '{args[i]}'. Usage: sync [--delta] [--out tenant.json]");
                    return 2;
            }
        }

        if (delta && output is null)
        {
            await Console.Error.WriteLineAsync("sync: --delta needs --out naming the snapshot of an earlier sync (its .deltalink file continues it).");
            return 2;
        }

        if (!GraphCommandSupport.IsGraphConfigured(environment))
        {
            await Console.Error.WriteLineAsync("sync: Microsoft Graph is not configured: set Switchboard:Graph:TenantId, ClientId and ClientSecret or CertificatePath (or UseManagedIdentity).");
            return 2;
        }

        using var host = GraphCommandSupport.BuildHost(environment);
        var synchronizer = host.Services.GetRequiredService<GraphDirectorySynchronizer>();
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        var options = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var deltaLinks = host.Services.GetRequiredService<IDeltaLinkStore>();
        var scope = GraphDirectorySynchronizer.DeltaScope(options);
        var linkFile = output + ".deltalink";
        if (delta)
        {
            if (!File.Exists(output) || !File.Exists(linkFile))
            {
                await Console.Error.WriteLineAsync($"sync: {output} or {linkFile} is missing; run 'sync --out {output}' first.");
                return 2;
            }

            await using var previous = File.OpenRead(output!);
            try
            {
                directory.Activate(await SnapshotJson.ReadAsync(previous, CancellationToken.None), GraphDirectorySynchronizer.SourceName);
            }
            catch (JsonException exception)
            {
                await Console.Error.WriteLineAsync($"sync: {output} is not a snapshot (line {exception.LineNumber + 1}, {exception.Path}): {exception.Message}");
                return 2;
            }

            await deltaLinks.SaveAsync(scope, (await File.ReadAllTextAsync(linkFile)).Trim(), CancellationToken.None);
        }

        using var cancellation = GraphCommandSupport.CancelOnCtrlC();
        var progress = new ConsoleProgress(Console.Error);
        GraphSyncReport report;
        try
        {
            report = delta
                ? await synchronizer.SyncDeltaAsync(progress, cancellation.Token)
                : await synchronizer.SyncFullAsync(progress, cancellation.Token);
        }
        catch (GraphSyncException exception)
        {
            progress.Finish();
            await Console.Error.WriteLineAsync($"sync: {exception.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            progress.Finish();
            await Console.Error.WriteLineAsync("sync: cancelled; nothing was written.");
            return 130;
        }

        progress.Finish();
        if (output is not null)
        {
            await ExportCommand.WriteAtomicallyAsync(output, directory.Current!);
            await File.WriteAllTextAsync(linkFile, await deltaLinks.GetAsync(scope, CancellationToken.None) ?? "");
        }

        GraphCommandSupport.WriteSummary(Console.Out, report);
        return 0;
    }
}
