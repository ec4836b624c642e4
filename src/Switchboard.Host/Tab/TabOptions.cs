using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Switchboard.Host.Tab;

/// <summary>
/// The Reports tab, under <c>Switchboard:Tab</c>: whose Teams single sign-on tokens the host accepts. Teams gets the
/// token from Entra ID for the app's <c>webApplicationInfo</c>; the host checks it itself (signature against the
/// tenant's OpenID metadata, issuer, audience, lifetime) before any report is computed.
/// </summary>
public sealed class TabOptions
{
    public const string SectionName = "Switchboard:Tab";

    /// <summary>The Entra tenant whose users may open the tab; <c>MicrosoftAppTenantId</c> when not set. Every token is refused while neither is set.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id, one accepted audience; <c>MicrosoftAppId</c> when not set (the manifest's <c>webApplicationInfo.id</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The other accepted audience: the manifest's <c>webApplicationInfo.resource</c>, <c>api://&lt;host&gt;/&lt;client id&gt;</c>, which Teams SSO tokens carry.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>The Entra ID instance; the issuers accepted are <c>{Instance}{tenant}/v2.0</c> and, for v1 tokens, <c>https://sts.windows.net/{tenant}/</c>.</summary>
    [Required]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>
    /// Where the signing keys are published; <c>{Instance}{tenant}/v2.0/.well-known/openid-configuration</c> when not
    /// set. Must be https, except on a loopback address (the tests' local metadata endpoint).
    /// </summary>
    public string? MetadataAddress { get; set; }

    /// <summary>How far token lifetimes may be off between Entra ID's clock and ours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Development only: <c>GET /tab/dev/sign-in?user=&lt;aadId&gt;</c> hands out a token for any directory user, to
    /// try the tab in a browser outside Teams. The host refuses to start with it in any other environment.
    /// </summary>
    public bool DevelopmentSignIn { get; set; }

    /// <summary>The OpenID metadata address in force: the configured one, or the tenant's on the instance.</summary>
    public string? EffectiveMetadataAddress =>
        !string.IsNullOrWhiteSpace(MetadataAddress) ? MetadataAddress
        : string.IsNullOrWhiteSpace(TenantId) ? null
        : $"{Instance.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration";

    public IReadOnlyList<string> ValidIssuers =>
        string.IsNullOrWhiteSpace(TenantId) ? [] : [$"{Instance.TrimEnd('/')}/{TenantId}/v2.0", $"https://sts.windows.net/{TenantId}/"];

    public IReadOnlyList<string> ValidAudiences =>
        new[] { ApplicationIdUri, ClientId }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).ToList();

    /// <summary>Whether enough is set to accept any token: a tenant and an audience.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && ValidAudiences.Count > 0;
}

/// <summary>Refuses the development sign-in outside Development, so a copied setting cannot open every report in production.</summary>
internal sealed class TabOptionsValidator(IHostEnvironment environment) : IValidateOptions<TabOptions>
{
    public ValidateOptionsResult Validate(string? name, TabOptions options)
    {
        var failures = new List<string>();
        if (options.DevelopmentSignIn && !environment.IsDevelopment())
        {
            failures.Add($"{TabOptions.SectionName}:DevelopmentSignIn is true in the {environment.EnvironmentName} environment; it hands out tokens for anyone and is accepted in Development only.");
        }

        if (options.EffectiveMetadataAddress is { } metadata
            && (!Uri.TryCreate(metadata, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))))
        {
            failures.Add($"{TabOptions.SectionName}:MetadataAddress '{metadata}' must be an https:// address (http only on loopback).");
        }

        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out _))
        {
            failures.Add($"{TabOptions.SectionName}:Instance '{options.Instance}' is not an absolute address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
