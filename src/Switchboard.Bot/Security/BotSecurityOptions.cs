using Microsoft.Bot.Connector.Authentication;

namespace Switchboard.Bot.Security;

/// <summary>Which tenants may talk to the bot (<c>Switchboard:Security</c>).</summary>
public sealed class BotSecurityOptions
{
    public const string SectionName = "Switchboard:Security";

    /// <summary>The configuration key named in startup errors.</summary>
    public const string AllowedTenantsKey = SectionName + ":AllowedTenants";

    /// <summary>
    /// Entra tenant ids (GUIDs) whose activities are admitted; every other tenant is dropped before the bot runs.
    /// Must not be empty outside Development.
    /// </summary>
    public IReadOnlyList<string> AllowedTenants { get; set; } = [];
}

/// <summary>
/// The bot's Entra app registration, read from the configuration root under the names the Bot Framework SDK
/// itself reads (<c>MicrosoftAppId</c>, ...), so the two can never disagree.
/// </summary>
public sealed class BotCredentialsOptions
{
    public const string AppIdKey = "MicrosoftAppId";

    /// <summary>The bot's app id. Empty disables Bot Framework authentication, which only Development accepts.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>; the SDK treats empty as MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The tenant of the app registration; required by SingleTenant and UserAssignedMSI apps.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// The SDK's own override of the channel's token issuer (it reads this name too); empty means the cloud's
    /// default, set by <see cref="ChannelService"/>.
    /// </summary>
    public string? ToBotFromChannelTokenIssuer { get; set; }

    /// <summary>The SDK's cloud selector: empty for the public cloud, the US Government endpoint for that cloud.</summary>
    public string? ChannelService { get; set; }

    internal bool AuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The only issuer a channel token may carry outside Development, chosen exactly as the SDK chooses it.</summary>
    internal string ChannelTokenIssuer =>
        !string.IsNullOrWhiteSpace(ToBotFromChannelTokenIssuer) ? ToBotFromChannelTokenIssuer
        : string.Equals(ChannelService, GovernmentAuthenticationConstants.ChannelService, StringComparison.OrdinalIgnoreCase)
            ? GovernmentAuthenticationConstants.ToBotFromChannelTokenIssuer
            : AuthenticationConstants.ToBotFromChannelTokenIssuer;
}
