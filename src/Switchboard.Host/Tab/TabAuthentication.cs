using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Switchboard.Host.Tab;

/// <summary>The authentication schemes and policy of the Reports tab's API.</summary>
internal static class TabAuth
{
    /// <summary>Teams single sign-on tokens, issued by Entra ID for the app.</summary>
    public const string TeamsScheme = "TeamsTab";

    /// <summary>Tokens of the development sign-in; registered only in Development with the setting on.</summary>
    public const string DevelopmentScheme = "TabDevelopmentSignIn";

    /// <summary>Picks one of the two by the token's (unverified) issuer, so each token is checked by one scheme only.</summary>
    public const string Scheme = "Tab";

    public const string Policy = "ReportsTab";

    /// <summary>The user is the token's object id, the same id the directory and the bot use.</summary>
    public const string UserClaim = "oid";

    /// <summary>Registers the schemes and the policy; the development sign-in only when <paramref name="developmentSignIn"/>.</summary>
    public static void AddTabAuthentication(this IServiceCollection services, bool developmentSignIn)
    {
        var authentication = services.AddAuthentication();
        authentication.AddJwtBearer(TeamsScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(TeamsScheme).Configure<IOptions<TabOptions>, ILoggerFactory>(
            (jwt, tab, loggers) => ConfigureTeams(jwt, tab.Value, loggers.CreateLogger(typeof(TabAuth).FullName!)));

        if (developmentSignIn)
        {
            services.AddSingleton<DevelopmentSignIn>();
            authentication.AddJwtBearer(DevelopmentScheme, _ => { });
            services.AddOptions<JwtBearerOptions>(DevelopmentScheme).Configure<DevelopmentSignIn, ILoggerFactory>(
                (jwt, signIn, loggers) => ConfigureDevelopment(jwt, signIn, loggers.CreateLogger(typeof(TabAuth).FullName!)));
        }

        authentication.AddPolicyScheme(Scheme, Scheme, options => options.ForwardDefaultSelector = context =>
            developmentSignIn && DevelopmentSignIn.IsItsToken(context.Request.Headers.Authorization.ToString()) ? DevelopmentScheme : TeamsScheme);

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
    }

    private static void ConfigureTeams(JwtBearerOptions jwt, TabOptions tab, ILogger log)
    {
        jwt.MapInboundClaims = false;
        jwt.MetadataAddress = tab.EffectiveMetadataAddress ?? string.Empty;
        jwt.RequireHttpsMetadata = !(Uri.TryCreate(jwt.MetadataAddress, UriKind.Absolute, out var metadata) && metadata.IsLoopback);
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = tab.ValidIssuers,
            ValidateAudience = true,
            ValidAudiences = tab.ValidAudiences,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ClockSkew = tab.ClockSkew,
            NameClaimType = "name",
        };
        jwt.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                // Without a tenant and an audience nothing can be checked; saying so beats "invalid token".
                if (!tab.IsConfigured)
                {
                    context.Fail(new TabNotConfiguredException());
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                var tenant = context.Principal?.FindFirst("tid")?.Value;
                if (!string.Equals(tenant, tab.TenantId, StringComparison.OrdinalIgnoreCase))
                {
                    context.Fail(new SecurityTokenInvalidIssuerException("The token's tid is not the allowed tenant."));
                }
                else if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(UserClaim)?.Value))
                {
                    context.Fail(new SecurityTokenValidationException("The token names no user (oid)."));
                }

                return Task.CompletedTask;
            },
            OnChallenge = context => RefuseAsync(context, log),
        };
    }

    private static void ConfigureDevelopment(JwtBearerOptions jwt, DevelopmentSignIn signIn, ILogger log)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = DevelopmentSignIn.Issuer,
            ValidAudience = DevelopmentSignIn.Audience,
            IssuerSigningKey = signIn.Key,
            ValidateLifetime = true,
            RequireSignedTokens = true,
            NameClaimType = "name",
        };
        jwt.Events = new JwtBearerEvents { OnChallenge = context => RefuseAsync(context, log) };
    }

    /// <summary>A 401 that says what is wrong with the token, and one security log line that never holds the token.</summary>
    private static async Task RefuseAsync(JwtBearerChallengeContext context, ILogger log)
    {
        context.HandleResponse();
        var reason = Reason(context.AuthenticateFailure, context.Request.Headers.Authorization.Count > 0);
        if (reason.Code == "bad_signature" && context.Options.ConfigurationManager is { } metadata)
        {
            // Without the tenant's metadata there are no keys, and every signature "does not match": say what is wrong.
            try
            {
                await metadata.GetConfigurationAsync(context.HttpContext.RequestAborted);
            }
            catch (InvalidOperationException unavailable)
            {
                reason = Reason(unavailable, hadHeader: true);
            }
        }

        TabLog.Refused(log, context.Request.Method, context.Request.Path, context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", reason.Code);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{reason.Message}\"";
        await context.Response.WriteAsJsonAsync(new { error = reason.Code, message = reason.Message }, context.HttpContext.RequestAborted);
    }

    /// <summary>Why a token was refused, as a code and a sentence a developer or an administrator can act on.</summary>
    internal static (string Code, string Message) Reason(Exception? failure, bool hadHeader) => failure switch
    {
        null when !hadHeader => ("missing_token", "No bearer token: open the Reports tab in Teams, which signs you in."),
        null => ("missing_token", "The Authorization header holds no bearer token."),
        TabNotConfiguredException => ("not_configured", "The Reports tab is not configured on this host: set Switchboard:Tab:TenantId (or MicrosoftAppTenantId) and MicrosoftAppId."),
        SecurityTokenExpiredException => ("expired", "The token has expired: reload the tab to get a new one."),
        SecurityTokenNotYetValidException => ("not_yet_valid", "The token is not valid yet: check the clocks."),
        SecurityTokenInvalidAudienceException => ("wrong_audience", "The token is not for this app (audience): the tab's app id or application id URI does not match."),
        SecurityTokenInvalidIssuerException => ("wrong_issuer", "The token is not from the allowed tenant (issuer)."),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => ("bad_signature", "The token's signature does not match the tenant's signing keys."),
        SecurityTokenMalformedException or ArgumentException => ("malformed", "The bearer token is not a JWT."),
        InvalidOperationException or HttpRequestException => ("metadata_unavailable", "The tenant's signing keys could not be read (OpenID metadata); try again later."),
        _ => ("invalid_token", "The token is not valid."),
    };
}

/// <summary>The tab has no tenant or audience configured, so no token can be accepted.</summary>
internal sealed class TabNotConfiguredException() : Exception("The Reports tab is not configured.");

/// <summary>
/// Development only: tokens signed with a key that lives in this process alone, for any directory user, so the tab
/// can be tried in a browser outside Teams. Registered only when <see cref="TabOptions.DevelopmentSignIn"/> is on,
/// which the options validator refuses outside Development.
/// </summary>
internal sealed class DevelopmentSignIn(TimeProvider time)
{
    public const string Issuer = "switchboard-development-sign-in";
    public const string Audience = "switchboard-reports-tab";

    private static readonly JsonWebTokenHandler Handler = new();

    public SymmetricSecurityKey Key { get; } = new(RandomNumberGenerator.GetBytes(32));

    public string Mint(string user)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { [TabAuth.UserClaim] = user },
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Reads the issuer without checking anything: only to pick the scheme that will check it all.</summary>
    public static bool IsItsToken(string authorization)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            return new JsonWebToken(authorization[prefix.Length..].Trim()).Issuer == Issuer;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
