using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;

namespace Switchboard.Graph;

/// <summary>
/// The scheduled sync of the running host: a full read at start and every <see cref="GraphOptions.DirectoryInterval"/>,
/// users/delta every <see cref="GraphOptions.DeltaInterval"/>, presence every <see cref="GraphOptions.PresenceInterval"/>.
/// A failed run is logged and the last good snapshot stays active; the next tick tries again. The directory's
/// freshness follows: stale from the first failure (the requester's cards then say that routing used an older
/// directory), current again from the next sync that succeeds.
/// </summary>
public sealed class GraphSyncService(
    GraphDirectorySynchronizer synchronizer,
    DirectoryFreshnessTracker freshness,
    IPeopleDirectory directory,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<GraphSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var nextFull = now;
        var nextDelta = now + settings.DeltaInterval;
        var nextPresence = now + settings.PresenceInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = settings.SyncPresence ? Min(nextFull, Min(nextDelta, nextPresence)) : Min(nextFull, nextDelta);
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }

            now = time.GetUtcNow();
            if (now >= nextFull)
            {
                await RunAsync(GraphSyncKind.Full, async token => await synchronizer.SyncFullAsync(null, token), stoppingToken);
                nextFull = now + settings.DirectoryInterval;
                nextDelta = now + settings.DeltaInterval;
                nextPresence = now + settings.PresenceInterval;
            }
            else if (now >= nextDelta)
            {
                // A delta before any full sync succeeded runs as a full sync, so a failed start heals on this tick.
                await RunAsync(GraphSyncKind.Delta, async token => await synchronizer.SyncDeltaAsync(null, token), stoppingToken);
                nextDelta = now + settings.DeltaInterval;
            }

            if (settings.SyncPresence && now >= nextPresence)
            {
                await RunAsync(GraphSyncKind.Presence, token => synchronizer.RefreshPresenceAsync(null, token), stoppingToken);
                nextPresence = now + settings.PresenceInterval;
            }
        }
    }

    private async Task RunAsync(GraphSyncKind kind, Func<CancellationToken, Task<GraphSyncReport?>> sync, CancellationToken stoppingToken)
    {
        try
        {
            if (await sync(stoppingToken) is { } report)
            {
                GraphLog.SyncCompleted(logger, report.Kind, report.Users, report.Groups, report.Requests, report.Throttled, report.Skipped.Count, (long)report.Duration.TotalMilliseconds);

                // Any sync that succeeds shows Graph answers again; the next delta brings the people up to date.
                if (freshness.RefreshSucceeded(GraphDirectorySynchronizer.SourceName))
                {
                    GraphLog.DirectoryCurrentAgain(logger, kind);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The service must outlive a bad run (Graph down, a permission revoked): the error is logged whole and the
            // directory keeps serving the last complete snapshot until a later run succeeds.
            GraphLog.SyncFailed(logger, kind, exception);
            if (freshness.RefreshFailed(GraphDirectorySynchronizer.SourceName, Describe(exception), directory.Current?.CapturedAt))
            {
                var stale = freshness.Current;
                GraphLog.DirectoryStale(logger, kind, stale.AsOf, stale.Failure ?? string.Empty);
            }
        }
    }

    /// <summary>A few words for the health check: the exception's type and the first line of its message, never a token.</summary>
    private static string Describe(Exception exception)
    {
        var message = exception.Message.Split('\n', 2)[0].Trim();
        if (message.Length > 200)
        {
            message = message[..200];
        }

        return $"{exception.GetType().Name}: {message}";
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
