using Microsoft.Extensions.Logging;

namespace Switchboard.Graph;

internal static partial class GraphLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Graph {Kind} sync done: {Users} users, {Groups} groups, {Requests} requests, {Throttled} throttled, {Skipped} skipped in {DurationMs} ms")]
    public static partial void SyncCompleted(ILogger logger, GraphSyncKind kind, int users, int groups, long requests, long throttled, int skipped, long durationMs);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error,
        Message = "Graph {Kind} sync failed; the last good directory snapshot stays active")]
    public static partial void SyncFailed(ILogger logger, GraphSyncKind kind, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Graph delta sync ran as a full sync: {Reason}")]
    public static partial void DeltaFellBackToFull(ILogger logger, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Graph delta link expired; starting a full sync")]
    public static partial void DeltaExpired(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information,
        Message = "Graph throttled {Count} batch item(s); waiting {Seconds} s as Retry-After asks, then sending them one by one")]
    public static partial void BatchItemsThrottled(ILogger logger, int count, double seconds);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "Graph read skipped: {Skipped}")]
    public static partial void ReadSkipped(ILogger logger, SkippedRead skipped);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Graph presence refresh skipped: no Graph snapshot is active yet")]
    public static partial void PresenceWithoutSnapshot(ILogger logger);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning,
        Message = "The directory is stale: the Graph {Kind} sync failed ({Failure}); the bot answers from the snapshot of {AsOf} and says so on the requesters' cards until a sync succeeds")]
    public static partial void DirectoryStale(ILogger logger, GraphSyncKind kind, DateTimeOffset? asOf, string failure);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Information, Message = "The directory is current again: the Graph {Kind} sync succeeded")]
    public static partial void DirectoryCurrentAgain(ILogger logger, GraphSyncKind kind);
}
