using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Bot.Telemetry;

namespace Switchboard.Bot.Security;

/// <summary>
/// The first gate of every turn: only Teams activities from an allowed tenant reach the bot. A token proves the
/// activity came through the Bot Connector, not which organisation sent it; this check is what keeps another
/// tenant that installed the app from using this deployment. Dropped activities get no answer at all.
/// </summary>
internal sealed partial class TenantGuardMiddleware : IMiddleware
{
    private readonly HashSet<Guid> _allowedTenants;
    private readonly ILogger<TenantGuardMiddleware> _logger;

    public TenantGuardMiddleware(IOptions<BotSecurityOptions> options, ILogger<TenantGuardMiddleware> logger)
    {
        // Tenant ids are GUIDs; comparing them as GUIDs makes case and formatting irrelevant.
        _allowedTenants = options.Value.AllowedTenants.Select(Guid.Parse).ToHashSet();
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var (rejection, tenant) = Inspect(activity);
        if (rejection is { } reason)
        {
            LogActivityRejected(
                _logger,
                reason,
                UntrustedText.ForLog(activity.ChannelId),
                UntrustedText.ForLog(tenant ?? activity.Conversation?.TenantId),
                UntrustedText.ForLog(activity.Type),
                UntrustedText.ForLog(activity.Id));
            return;
        }

        turnContext.TurnState.Set(new TurnAdmission(tenant!));
        await next(cancellationToken);
    }

    private (TurnRejection? Rejection, string? Tenant) Inspect(Activity activity)
    {
        if (!string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal))
        {
            return (TurnRejection.NotTeamsChannel, null);
        }

        TeamsChannelData? channelData = null;
        if (activity.ChannelData is not null && !activity.TryGetChannelData(out channelData))
        {
            return (TurnRejection.MalformedChannelData, null);
        }

        var claimed = channelData?.Tenant?.Id;
        if (string.IsNullOrWhiteSpace(claimed))
        {
            return (TurnRejection.MissingTenant, null);
        }

        if (!Guid.TryParse(claimed, out var tenant))
        {
            return (TurnRejection.TenantNotAllowed, claimed);
        }

        // Teams repeats the tenant on the conversation; two different answers mean a forged or confused activity.
        var conversationTenant = activity.Conversation?.TenantId;
        if (conversationTenant is not null
            && (!Guid.TryParse(conversationTenant, out var other) || other != tenant))
        {
            return (TurnRejection.TenantMismatch, claimed);
        }

        return _allowedTenants.Contains(tenant)
            ? (null, tenant.ToString("D"))
            : (TurnRejection.TenantNotAllowed, claimed);
    }

    [LoggerMessage(
        EventId = BotEventIds.ActivityRejected,
        EventName = nameof(BotEventIds.ActivityRejected),
        Level = LogLevel.Warning,
        Message = "Security: dropped {ActivityType} activity {ActivityId} from channel {ChannelId}, tenant {TenantId}: {Reason}")]
    private static partial void LogActivityRejected(
        ILogger logger, TurnRejection reason, string channelId, string tenantId, string activityType, string activityId);
}
