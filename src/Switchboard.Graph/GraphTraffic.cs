using System.Net;

namespace Switchboard.Graph;

/// <summary>
/// Counts what the Graph client actually sent (every attempt, retries included) and how often Graph pushed back,
/// so a sync can report its cost. Counters only grow; a report subtracts a <see cref="Snapshot"/> taken at its start.
/// </summary>
public sealed class GraphTraffic
{
    private long _requests;
    private long _throttled;
    private long _batches;
    private long _batchItems;
    private long _throttledItems;

    public GraphTrafficSnapshot Snapshot() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _throttled),
        Interlocked.Read(ref _batches),
        Interlocked.Read(ref _batchItems),
        Interlocked.Read(ref _throttledItems));

    internal void CountRequest(HttpStatusCode status)
    {
        Interlocked.Increment(ref _requests);
        if (GraphThrottling.IsThrottled(status))
        {
            Interlocked.Increment(ref _throttled);
        }
    }

    internal void CountBatch(int items)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _batchItems, items);
    }

    internal void CountThrottledItem() => Interlocked.Increment(ref _throttledItems);
}

/// <summary>Counters at one moment; subtract two to get what happened in between.</summary>
public sealed record GraphTrafficSnapshot(long Requests, long Throttled, long Batches, long BatchItems, long ThrottledItems)
{
    public static GraphTrafficSnapshot operator -(GraphTrafficSnapshot later, GraphTrafficSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        return new(
            later.Requests - earlier.Requests,
            later.Throttled - earlier.Throttled,
            later.Batches - earlier.Batches,
            later.BatchItems - earlier.BatchItems,
            later.ThrottledItems - earlier.ThrottledItems);
    }

    public GraphTrafficSnapshot Subtract(GraphTrafficSnapshot earlier) => this - earlier;
}

/// <summary>
/// Innermost handler of the Graph pipeline: sits below the SDK's retry handler, so it sees each attempt on the wire.
/// It never retries or changes anything.
/// </summary>
internal sealed class GraphTrafficHandler(GraphTraffic traffic) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        traffic.CountRequest(response.StatusCode);
        return response;
    }
}

internal static class GraphThrottling
{
    /// <summary>The statuses Graph uses to say "slow down": the SDK's retry handler waits on these, and so do batch items.</summary>
    public static bool IsThrottled(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
