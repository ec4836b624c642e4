using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;

namespace Switchboard.Graph;

/// <summary>
/// Keeps the active directory in step with Graph: runs a full sync, a delta or a presence refresh, activates the
/// resulting snapshot only once it is complete, and keeps the delta link that continues from it. One operation at a
/// time, so a presence refresh never overwrites a delta that landed while it ran.
/// </summary>
public sealed class GraphDirectorySynchronizer : IDisposable
{
    /// <summary>The <see cref="IPeopleDirectory.Source"/> of snapshots that came from Graph.</summary>
    public const string SourceName = "Microsoft Graph";

    private readonly GraphDirectoryReader _reader;
    private readonly IPeopleDirectory _directory;
    private readonly IDeltaLinkStore _deltaLinks;
    private readonly ILogger<GraphDirectorySynchronizer> _logger;
    private readonly string _scope;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public GraphDirectorySynchronizer(
        GraphDirectoryReader reader,
        IPeopleDirectory directory,
        IDeltaLinkStore deltaLinks,
        IOptions<GraphOptions> options,
        ILogger<GraphDirectorySynchronizer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _reader = reader;
        _directory = directory;
        _deltaLinks = deltaLinks;
        _logger = logger;
        _scope = DeltaScope(options.Value);
    }

    /// <summary>The key the users/delta link is stored under: one per tenant.</summary>
    public static string DeltaScope(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"graph:users:{options.TenantId}";
    }

    public async Task<GraphSyncReport> SyncFullAsync(IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await FullAsync(progress, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the changes since the last sync; runs a full sync when there is no link yet or it expired.</summary>
    public async Task<GraphSyncReport> SyncDeltaAsync(IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _directory.Current;
            var link = await _deltaLinks.GetAsync(_scope, cancellationToken);
            if (current is null || link is null || _directory.Source != SourceName)
            {
                const string reason = "no Graph snapshot with a delta link is active yet";
                GraphLog.DeltaFellBackToFull(_logger, reason);
                return await FullAsync(progress, cancellationToken) with { FallbackReason = reason };
            }

            GraphSyncResult result;
            try
            {
                result = await _reader.ApplyDeltaAsync(current, link, progress, cancellationToken);
            }
            catch (GraphDeltaExpiredException exception)
            {
                GraphLog.DeltaExpired(_logger, exception);
                await _deltaLinks.RemoveAsync(_scope, cancellationToken);
                return await FullAsync(progress, cancellationToken) with { FallbackReason = "the delta link expired (syncStateNotFound)" };
            }

            _directory.Activate(result.Snapshot, SourceName);
            await _deltaLinks.SaveAsync(_scope, result.DeltaLink!, cancellationToken);
            return result.Report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads presence again for the active Graph snapshot; returns null when no Graph snapshot is active yet.</summary>
    public async Task<GraphSyncReport?> RefreshPresenceAsync(IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_directory.Current is not { } current || _directory.Source != SourceName)
            {
                GraphLog.PresenceWithoutSnapshot(_logger);
                return null;
            }

            var result = await _reader.RefreshPresenceAsync(current, progress, cancellationToken);
            _directory.Activate(result.Snapshot, SourceName);
            return result.Report;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<GraphSyncReport> FullAsync(IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await _reader.ReadFullAsync(progress, cancellationToken);
        _directory.Activate(result.Snapshot, SourceName);

        // Saved after activation: if saving fails, the next delta replays from the older link, which is harmless.
        await _deltaLinks.SaveAsync(_scope, result.DeltaLink!, cancellationToken);
        return result.Report;
    }
}
