namespace Switchboard.Bot.Security;

/// <summary>
/// Keeps security logging bounded under a flood: at most <c>limit</c> events per window are written; the rest are
/// counted and reported as one summary when the next window opens. Without it, every forged request would cost a
/// log line, and an attacker could fill the disk or drown the events that matter.
/// </summary>
internal sealed class SecurityEventSampler(int limit, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _written;
    private int _suppressed;

    /// <summary>
    /// Decides for one event. <paramref name="suppressedEarlier"/> is how many events the previous window left out
    /// (to be logged as a summary now, once), or 0.
    /// </summary>
    public bool ShouldLog(out int suppressedEarlier)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            suppressedEarlier = 0;
            if (now - _windowStart >= window)
            {
                suppressedEarlier = _suppressed;
                _windowStart = now;
                _written = 0;
                _suppressed = 0;
            }

            if (_written < limit)
            {
                _written++;
                return true;
            }

            _suppressed++;
            return false;
        }
    }
}
