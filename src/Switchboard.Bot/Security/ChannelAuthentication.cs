using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Switchboard.Bot.Telemetry;

namespace Switchboard.Bot.Security;

/// <summary>
/// Wraps the SDK's authentication so that every refused token ends the same way: one security event without the
/// token, then the <see cref="UnauthorizedAccessException"/> that the adapter answers with 401. The SDK throws that
/// exception for some defects (issuer, audience, serviceUrl, endorsement, expiry) but lets the identity library's
/// own exceptions (bad or missing signature, unknown key, not yet valid, malformed) escape, which the adapter would
/// answer with 500; those are mapped here.
/// It also closes the emulator's door: the SDK accepts tokens from the Bot Framework Emulator's issuers in every
/// environment, so outside Development a valid token must also carry the channel's own issuer.
/// </summary>
internal sealed class ChannelAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;
    private readonly SecurityEvents _events;
    private readonly IHttpContextAccessor _http;
    private readonly string? _requiredIssuer;

    public ChannelAuthentication(
        BotFrameworkAuthentication inner,
        SecurityEvents events,
        IHttpContextAccessor http,
        IOptions<BotCredentialsOptions> credentials,
        IHostEnvironment environment)
    {
        _inner = inner;
        _events = events;
        _http = http;

        // Development keeps the emulator working; everywhere else only the channel's issuer is accepted.
        _requiredIssuer = environment.IsDevelopment() ? null : credentials.Value.ChannelTokenIssuer;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception exception) when (Refusal(exception, authHeader) is { } reason)
        {
            Refuse(reason, exception.GetType().Name, activity);
            throw new UnauthorizedAccessException($"The activity's token was refused: {reason}.", exception);
        }

        if (_requiredIssuer is not null && !HasIssuer(result.ClaimsIdentity, _requiredIssuer))
        {
            Refuse(RequestRefusal.IssuerNotAllowed, cause: null, activity);
            throw new UnauthorizedAccessException($"The activity's token was refused: {RequestRefusal.IssuerNotAllowed}.");
        }

        return result;
    }

    // Teams does not stream to bots over /api/messages; should it ever, the same rules apply to its tokens.
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        }
        catch (Exception exception) when (Refusal(exception, authHeader) is { } reason)
        {
            Refuse(reason, exception.GetType().Name, activity: null);
            throw new UnauthorizedAccessException($"The streaming request's token was refused: {reason}.", exception);
        }

        if (_requiredIssuer is not null && !HasIssuer(result.ClaimsIdentity, _requiredIssuer))
        {
            Refuse(RequestRefusal.IssuerNotAllowed, cause: null, activity: null);
            throw new UnauthorizedAccessException($"The streaming request's token was refused: {RequestRefusal.IssuerNotAllowed}.");
        }

        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>
    /// Which refusal an exception from the SDK's token check stands for, or null for a fault of our own side
    /// (the channel's key set unreachable, for instance), which must stay a server error rather than blame the caller.
    /// </summary>
    private static RequestRefusal? Refusal(Exception exception, string? authHeader) => exception switch
    {
        UnauthorizedAccessException when string.IsNullOrWhiteSpace(authHeader) => RequestRefusal.MissingToken,
        UnauthorizedAccessException => RequestRefusal.RefusedBySdk,
        SecurityTokenExpiredException => RequestRefusal.ExpiredToken,
        SecurityTokenNotYetValidException => RequestRefusal.TokenNotYetValid,
        SecurityTokenSignatureKeyNotFoundException => RequestRefusal.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => RequestRefusal.InvalidSignature,
        SecurityTokenMalformedException => RequestRefusal.MalformedToken,
        SecurityTokenException => RequestRefusal.InvalidToken,

        // The SDK parses the token itself before validating it (to tell emulator and skill tokens apart); a
        // string that is no JWT fails there with an ArgumentException, or a FormatException from base64url.
        ArgumentException or FormatException => RequestRefusal.MalformedToken,
        _ => null,
    };

    private static bool HasIssuer(ClaimsIdentity? identity, string issuer) =>
        identity?.Claims.Any(claim => claim.Type == "iss" && string.Equals(claim.Value, issuer, StringComparison.Ordinal)) == true;

    private void Refuse(RequestRefusal reason, string? cause, Activity? activity) =>
        _events.RequestRefused(
            reason,
            cause,
            MessagesEndpoint.ClientOf(_http.HttpContext),
            UntrustedText.ForLog(activity?.Type),
            UntrustedText.ForLog(activity?.Id));
}
