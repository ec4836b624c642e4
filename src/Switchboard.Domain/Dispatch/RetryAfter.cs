using System.Net.Http.Headers;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// Reads a <c>Retry-After</c> header the way every outside service Switchboard writes to sends it (the Bot Connector,
/// Microsoft Graph): seconds or an HTTP date (RFC 9110). The gateways hand the dispatcher the delay it then honours.
/// </summary>
public static class RetryAfter
{
    /// <summary>The delay the header asks for from <paramref name="now"/>; null when absent, unreadable or already past.</summary>
    public static TimeSpan? Parse(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, DateTimeOffset now)
    {
        var value = headers?
            .FirstOrDefault(header => string.Equals(header.Key, "Retry-After", StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value) || !RetryConditionHeaderValue.TryParse(value, out var parsed))
        {
            return null;
        }

        var delay = parsed.Delta ?? (parsed.Date is { } date ? date - now : null);
        return delay > TimeSpan.Zero ? delay : null;
    }
}
