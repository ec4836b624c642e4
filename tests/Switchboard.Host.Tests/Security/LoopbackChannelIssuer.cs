using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Security;

/// <summary>
/// Plays the Bot Framework's token side on loopback: an OpenID metadata document and a signing-key set (with the
/// Bot Framework's <c>endorsements</c> extension) over HTTPS, and the RS256 tokens the channel would send.
/// The TLS certificate is <see cref="LoopbackTlsTrust.Certificate"/>, trusted by the test process only.
/// </summary>
public sealed class LoopbackChannelIssuer : IAsyncDisposable
{
    /// <summary>The Bot Framework channel's issuer, the one Switchboard accepts outside Development.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>One of the Bot Framework Emulator's issuers, which the SDK recognises by this value.</summary>
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    /// <summary>The key endorsed for Teams.</summary>
    public const string TeamsKeyId = "teams-key";

    /// <summary>A published key endorsed for another channel only.</summary>
    public const string WebChatKeyId = "webchat-key";

    private readonly WebApplication _app;
    private readonly RSA _teamsKey = RSA.Create(2048);
    private readonly RSA _webChatKey = RSA.Create(2048);
    private readonly RSA _unpublishedKey = RSA.Create(2048);

    private LoopbackChannelIssuer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>For <c>ToBotFromChannelOpenIdMetadataUrl</c>.</summary>
    public string ChannelMetadataUrl => new Uri(BaseAddress, "channel/.well-known/openidconfiguration").ToString();

    /// <summary>For <c>ToBotFromEmulatorOpenIdMetadataUrl</c>: the same keys, so an emulator token verifies and only policy can refuse it.</summary>
    public string EmulatorMetadataUrl => new Uri(BaseAddress, "emulator/.well-known/openid-configuration").ToString();

    /// <summary>The SDK settings that point channel and emulator token checks here.</summary>
    public IReadOnlyDictionary<string, string?> SdkSettings => new Dictionary<string, string?>
    {
        // Setting any of these makes the SDK use them all, so the public cloud's values are repeated for the rest.
        ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorMetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["CallerId"] = "urn:botframework:azure",
        ["ValidateAuthority"] = "true",
    };

    public static async Task<LoopbackChannelIssuer> StartAsync()
    {
        var app = LoopbackApp.Create(certificate: LoopbackTlsTrust.Certificate);
        var issuer = new LoopbackChannelIssuer(app);
        var address = await LoopbackApp.StartAsync(app, issuer.HandleAsync);
        issuer.BaseAddress = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        return issuer;
    }

    /// <summary>A token as the channel sends it: RS256 by the Teams key, for <paramref name="audience"/>, about <paramref name="serviceUrl"/>.</summary>
    public string Mint(
        string audience,
        Uri serviceUrl,
        string issuer = ChannelIssuer,
        TimeSpan? validFrom = null,
        TimeSpan? lifetime = null,
        string keyId = TeamsKeyId,
        IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        // The SDK checks lifetimes against the machine's clock (token validation takes no TimeProvider), so tokens do too.
        var now = DateTime.UtcNow;
        var notBefore = now + (validFrom ?? TimeSpan.FromMinutes(-1));
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl.ToString() };
        foreach (var (name, value) in extraClaims ?? new Dictionary<string, object>())
        {
            claims[name] = value;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = notBefore + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(KeyFor(keyId)) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public static string WithoutSignature(string signedToken)
    {
        var payload = signedToken.Split('.')[1];
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{payload}.";
    }

    /// <summary>The token with one bit of its signature flipped.</summary>
    public static string WithTamperedSignature(string signedToken)
    {
        var parts = signedToken.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    private RSA KeyFor(string keyId) => keyId switch
    {
        TeamsKeyId => _teamsKey,
        WebChatKeyId => _webChatKey,
        _ => _unpublishedKey,
    };

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.EndsWith("/.well-known/openidconfiguration", StringComparison.Ordinal)
            || path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            var issuer = path.StartsWith("/emulator/", StringComparison.Ordinal) ? EmulatorIssuer : ChannelIssuer;
            await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = new Uri(BaseAddress, "authorize").ToString(),
                ["jwks_uri"] = new Uri(BaseAddress, "keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
            return;
        }

        if (path == "/keys")
        {
            await context.Response.WriteAsJsonAsync(new
            {
                keys = new[] { Jwk(TeamsKeyId, _teamsKey, "msteams"), Jwk(WebChatKeyId, _webChatKey, "webchat") },
            });
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static Dictionary<string, object> Jwk(string keyId, RSA key, string endorsement)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new[] { endorsement },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _teamsKey.Dispose();
        _webChatKey.Dispose();
        _unpublishedKey.Dispose();
    }
}
