using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Switchboard.Bot.Security;

/// <summary>
/// Counts refused requests per client address in a fixed window; once a client has used up its refusals it gets 429
/// until the window ends. Checking costs no permit, so a client that is never refused is never limited.
/// The window runs on System.Threading.RateLimiting's own clock (it takes no TimeProvider); tests use short windows.
/// </summary>
internal sealed class RefusalThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public RefusalThrottle(IOptions<RequestLimitsOptions> options)
    {
        var limits = options.Value;

        // Idle partitions are dropped by the limiter itself, so spoofed addresses cannot grow memory without end.
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
            client,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.RefusalsPerWindow,
                Window = limits.RefusalWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Whether <paramref name="client"/> has no refusals left in this window, and when it will again.</summary>
    public bool IsThrottled(string client, out TimeSpan retryAfter)
    {
        // Asking for zero permits reports availability without taking any.
        using var lease = _limiter.AttemptAcquire(client, permitCount: 0);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return false;
        }

        if (!lease.TryGetMetadata(MetadataName.RetryAfter, out retryAfter))
        {
            retryAfter = TimeSpan.FromSeconds(1);
        }

        return true;
    }

    public void RecordRefusal(string client)
    {
        using var lease = _limiter.AttemptAcquire(client, permitCount: 1);
    }

    public void Dispose() => _limiter.Dispose();
}
