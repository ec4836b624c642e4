using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>What a minted token says; every part can be made wrong on purpose.</summary>
public sealed record TokenClaims(string Oid, string Tenant, string Audience, string Issuer, DateTime NotBefore, DateTime Expires);

/// <summary>
/// A loopback look-alike of Entra ID for the Reports tab's tests: the tenant's OpenID metadata and signing keys
/// (JWKS), and tokens minted with the published key, or with a key it never published (a forged signature).
/// </summary>
public sealed class FakeEntraId : IAsyncDisposable
{
    public const string AppId = "6f1c2a9e-3b7d-4e21-9a55-0c8d4b2e7f13";
    public const string AppIdUri = "api://switchboard.example.com/" + AppId;

    private static readonly JsonWebTokenHandler Handler = new();
    private readonly WebApplication _app;
    private readonly RSA _published = RSA.Create(2048);
    private readonly RSA _unpublished = RSA.Create(2048);
    private const string KeyId = "switchboard-test-key";

    private FakeEntraId(WebApplication app, string tenant)
    {
        _app = app;
        Tenant = tenant;
    }

    public string Tenant { get; }

    /// <summary>Where the host reads the metadata, as <c>Switchboard:Tab:MetadataAddress</c>.</summary>
    public string MetadataAddress { get; private set; } = null!;

    /// <summary>How many times the signing keys were fetched: the host caches them.</summary>
    public int KeyFetches { get; private set; }

    public string Issuer => IssuerOf(Tenant);

    public static string IssuerOf(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public static async Task<FakeEntraId> StartAsync(string tenant)
    {
        var app = LoopbackApp.Create();
        var entra = new FakeEntraId(app, tenant);
        var address = await LoopbackApp.StartAsync(app, entra.HandleAsync);
        entra.MetadataAddress = $"{address}/{tenant}/v2.0/.well-known/openid-configuration";
        return entra;
    }

    /// <summary>The settings that point the host's tab at this authority.</summary>
    public IReadOnlyDictionary<string, string?> TabSettings => new Dictionary<string, string?>
    {
        ["Switchboard:Tab:TenantId"] = Tenant,
        ["Switchboard:Tab:ClientId"] = AppId,
        ["Switchboard:Tab:ApplicationIdUri"] = AppIdUri,
        ["Switchboard:Tab:MetadataAddress"] = MetadataAddress,
    };

    /// <summary>The claims of a good token for <paramref name="oid"/>: this tenant, the app id URI, valid for an hour.</summary>
    public TokenClaims Valid(string oid) =>
        new(oid, Tenant, AppIdUri, Issuer, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddHours(1));

    public string Mint(TokenClaims claims, bool forged = false)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var key = new RsaSecurityKey(forged ? _unpublished : _published) { KeyId = KeyId };
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = claims.Issuer,
            Audience = claims.Audience,
            IssuedAt = claims.NotBefore,
            NotBefore = claims.NotBefore,
            Expires = claims.Expires,
            Claims = new Dictionary<string, object> { ["oid"] = claims.Oid, ["tid"] = claims.Tenant, ["ver"] = "2.0", ["name"] = "Test user" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public string Mint(string oid) => Mint(Valid(oid));

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path == $"/{Tenant}/v2.0/.well-known/openid-configuration")
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = $"{origin}/{Tenant}/discovery/v2.0/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
            return;
        }

        if (path == $"/{Tenant}/discovery/v2.0/keys")
        {
            KeyFetches++;
            var rsa = _published.ExportParameters(includePrivateParameters: false);
            await context.Response.WriteAsJsonAsync(new
            {
                keys = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(rsa.Modulus!), ["e"] = Base64UrlEncoder.Encode(rsa.Exponent!),
                    },
                },
            });
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _published.Dispose();
        _unpublished.Dispose();
    }
}
