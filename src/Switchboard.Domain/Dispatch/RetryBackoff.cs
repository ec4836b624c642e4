namespace Switchboard.Domain.Dispatch;

/// <summary>
/// Exponential backoff with jitter: after the n-th failed attempt, a delay drawn between half and all of
/// min(base × 2^(n−1), max). The random half spreads the retries of messages that failed together (a connector
/// outage) instead of sending them back all at once; the fixed half keeps the delay growing.
/// </summary>
internal sealed class RetryBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
{
    public TimeSpan Next(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failedAttempts);

        // Doubling stops well before overflow: 2^30 times any base above a millisecond is beyond a day.
        var doublings = Math.Min(failedAttempts - 1, 30);
        var ceiling = TimeSpan.FromTicks((long)Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, doublings)));
        var half = ceiling / 2;
        return half + (half * random.NextDouble());
    }
}
