namespace Switchboard.Domain.Dispatch;

/// <summary>
/// The Teams limits as exact sliding windows (a log of send times per key): per conversation so many per second
/// and per 30 seconds, per tenant so many per second. A send is allowed when every window it falls in has room;
/// otherwise the answer is the first instant at which all of them will. Written here on
/// <see cref="TimeProvider"/> rather than with System.Threading.RateLimiting, whose limiters read their own
/// clock and replenish on timers, so that tests can drive the windows with a fake clock.
/// </summary>
internal sealed class SlidingWindowLimits(DispatchOptions options)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ThirtySeconds = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>
    /// Takes a slot for one send to <paramref name="conversationKey"/> in <paramref name="tenantId"/> at
    /// <paramref name="now"/> and returns null, or takes nothing and returns when to try again.
    /// </summary>
    public DateTimeOffset? TryAcquire(string conversationKey, string tenantId, DateTimeOffset now)
    {
        lock (_gate)
        {
            PruneIdleKeys(now);
            var conversation = Log(_conversations, conversationKey);
            var tenant = Log(_tenants, tenantId);
            Forget(conversation, now - ThirtySeconds);
            Forget(tenant, now - Second);

            var allowedAt = Max(
                Max(FreeAt(conversation, now, Second, options.PerConversationPerSecond), FreeAt(conversation, now, ThirtySeconds, options.PerConversationPer30Seconds)),
                FreeAt(tenant, now, Second, options.PerTenantPerSecond));
            if (allowedAt > now)
            {
                return allowedAt;
            }

            conversation.Enqueue(now);
            tenant.Enqueue(now);
            return null;
        }
    }

    /// <summary>When the window ending now will hold fewer than <paramref name="limit"/> sends.</summary>
    private static DateTimeOffset FreeAt(Queue<DateTimeOffset> log, DateTimeOffset now, TimeSpan window, int limit)
    {
        // The log is in time order: the sends within the window are its last entries.
        var inWindow = log.Count(sentAt => sentAt > now - window);
        if (inWindow < limit)
        {
            return now;
        }

        // Room appears when the oldest send that would still keep the window full leaves it.
        var blocking = log.Skip(log.Count - inWindow).ElementAt(inWindow - limit);
        return blocking + window;
    }

    private static Queue<DateTimeOffset> Log(Dictionary<string, Queue<DateTimeOffset>> logs, string key)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = new Queue<DateTimeOffset>();
            logs[key] = log;
        }

        return log;
    }

    private static void Forget(Queue<DateTimeOffset> log, DateTimeOffset olderThanOrAt)
    {
        while (log.Count > 0 && log.Peek() <= olderThanOrAt)
        {
            log.Dequeue();
        }
    }

    /// <summary>Drops the logs of conversations and tenants idle for longer than the longest window, so memory stays bounded.</summary>
    private void PruneIdleKeys(DateTimeOffset now)
    {
        if (now - _lastPrune < ThirtySeconds)
        {
            return;
        }

        _lastPrune = now;
        foreach (var logs in new[] { _conversations, _tenants })
        {
            foreach (var key in logs.Where(pair => pair.Value.Count == 0 || pair.Value.Last() <= now - ThirtySeconds).Select(pair => pair.Key).ToList())
            {
                logs.Remove(key);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
