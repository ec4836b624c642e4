using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Switchboard.Bot.Security;

/// <summary>Why <c>/api/messages</c> refused a request before any turn ran (the security event's reason).</summary>
internal enum RequestRefusal
{
    /// <summary>No <c>Authorization</c> header while authentication is on.</summary>
    MissingToken,

    /// <summary>The token is not a JWT at all.</summary>
    MalformedToken,

    /// <summary>The token expired, beyond the clock skew the SDK allows (5 minutes), as reported by the identity library.</summary>
    ExpiredToken,

    /// <summary>The token is not valid yet, beyond the clock skew.</summary>
    TokenNotYetValid,

    /// <summary>The token names a signing key the channel's key set does not have.</summary>
    UnknownSigningKey,

    /// <summary>The signature is missing (<c>alg: none</c>) or does not verify.</summary>
    InvalidSignature,

    /// <summary>Another token defect the identity library found.</summary>
    InvalidToken,

    /// <summary>
    /// The SDK refused the token itself (<see cref="UnauthorizedAccessException"/>): unknown issuer, audience not this
    /// bot, <c>serviceurl</c> different from the activity's, a signing key not endorsed for the channel, or expired.
    /// </summary>
    RefusedBySdk,

    /// <summary>A valid token from an issuer other than the Bot Framework channel (an emulator token outside Development).</summary>
    IssuerNotAllowed,

    /// <summary>The body is larger than <c>Switchboard:Limits:MaxActivityBytes</c>.</summary>
    BodyTooLarge,

    /// <summary>The client made too many refused requests in the window.</summary>
    Throttled,
}

/// <summary>
/// The one place security events of <c>/api/messages</c> are written, through a <see cref="SecurityEventSampler"/> so
/// a flood costs a bounded number of lines. Nothing from the Authorization header is ever passed here.
/// </summary>
internal sealed partial class SecurityEvents
{
    private readonly SecurityEventSampler _sampler;
    private readonly ILogger<SecurityEvents> _logger;

    public SecurityEvents(IOptions<RequestLimitsOptions> options, TimeProvider timeProvider, ILogger<SecurityEvents> logger)
    {
        _sampler = new SecurityEventSampler(options.Value.SecurityEventsPerWindow, options.Value.SecurityEventWindow, timeProvider);
        _logger = logger;
    }

    public void RequestRefused(RequestRefusal reason, string? cause, string client, string? activityType, string? activityId)
    {
        if (!_sampler.ShouldLog(out var suppressed))
        {
            return;
        }

        if (suppressed > 0)
        {
            LogMoreRefused(_logger, suppressed);
        }

        LogRequestRefused(_logger, reason, cause ?? "(none)", client, activityType ?? "(none)", activityId ?? "(none)");
    }

    [LoggerMessage(
        EventId = BotEventIds.RequestRefused,
        EventName = nameof(BotEventIds.RequestRefused),
        Level = LogLevel.Warning,
        Message = "Security: refused {ActivityType} activity {ActivityId} from {Client} on /api/messages: {Reason} ({Cause})")]
    private static partial void LogRequestRefused(
        ILogger logger, RequestRefusal reason, string cause, string client, string activityType, string activityId);

    [LoggerMessage(
        EventId = BotEventIds.RefusalsSuppressed,
        EventName = nameof(BotEventIds.RefusalsSuppressed),
        Level = LogLevel.Warning,
        Message = "Security: {Count} more requests were refused on /api/messages in the last window without being logged one by one")]
    private static partial void LogMoreRefused(ILogger logger, int count);
}
