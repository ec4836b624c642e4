using Microsoft.Bot.Builder;

namespace Switchboard.Bot.Security;

/// <summary>
/// Put in the turn state by <see cref="TenantGuardMiddleware"/> when it lets a turn through. Whatever runs later
/// (the bot, the error handler, telemetry) reads the tenant from here rather than from the activity again.
/// </summary>
/// <param name="TenantId">The admitted tenant, in the allow-list's canonical form.</param>
internal sealed record TurnAdmission(string TenantId)
{
    public static TurnAdmission? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnAdmission>();

    /// <summary>The admission of a turn that must have passed the guard; its absence is a wiring error.</summary>
    public static TurnAdmission Required(ITurnContext turnContext) =>
        Of(turnContext)
        ?? throw new InvalidOperationException(
            "This turn did not pass the tenant guard; bot logic must only run behind TenantGuardMiddleware.");
}

/// <summary>Why the tenant guard dropped an activity (logged as the security event's reason).</summary>
internal enum TurnRejection
{
    /// <summary>The activity did not come from Microsoft Teams.</summary>
    NotTeamsChannel,

    /// <summary><c>channelData</c> could not be read as Teams channel data.</summary>
    MalformedChannelData,

    /// <summary><c>channelData.tenant.id</c> is missing.</summary>
    MissingTenant,

    /// <summary><c>channelData.tenant.id</c> and <c>conversation.tenantId</c> name different tenants.</summary>
    TenantMismatch,

    /// <summary>The tenant is not in <c>Switchboard:Security:AllowedTenants</c>.</summary>
    TenantNotAllowed,
}
