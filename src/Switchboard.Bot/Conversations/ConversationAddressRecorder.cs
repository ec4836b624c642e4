using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Switchboard.Bot.Security;
using Switchboard.Bot.Telemetry;
using Switchboard.Domain.Conversations;

namespace Switchboard.Bot.Conversations;

/// <summary>
/// Keeps each user's personal-chat address current in the <see cref="IConversationAddressBook"/>, from every
/// personal-scope activity they send, so that Switchboard can write to them first later, from any instance and
/// after any restart.
/// </summary>
internal sealed partial class ConversationAddressRecorder(
    IConversationAddressBook addressBook,
    TimeProvider timeProvider,
    ILogger<ConversationAddressRecorder> logger)
{
    public async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!TeamsScopes.IsPersonal(activity))
        {
            return;
        }

        var tenant = TurnAdmission.Required(turnContext).TenantId;
        var (address, missing) = ToAddress(activity, tenant, timeProvider.GetUtcNow());
        if (address is null)
        {
            LogAddressIncomplete(logger, UntrustedText.ForLog(activity.Type), missing!);
            return;
        }

        await addressBook.SaveAsync(address, cancellationToken);
        LogAddressRecorded(logger, address.TenantId, address.AadObjectId);
    }

    /// <summary>The address an activity reveals, or the name of the first field it lacks.</summary>
    internal static (ConversationAddress? Address, string? Missing) ToAddress(Activity activity, string tenantId, DateTimeOffset seenAt)
    {
        if (string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            return (null, "from.aadObjectId");
        }

        if (string.IsNullOrWhiteSpace(activity.From.Id))
        {
            return (null, "from.id");
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return (null, "recipient.id");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, "conversation.id");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return (null, "serviceUrl");
        }

        var address = new ConversationAddress(
            AadObjectId: activity.From.AadObjectId,
            TenantId: tenantId,
            ServiceUrl: serviceUrl,
            ConversationId: activity.Conversation.Id,
            ChannelAccountId: activity.From.Id,
            BotId: activity.Recipient.Id,
            Locale: string.IsNullOrWhiteSpace(activity.Locale) ? null : activity.Locale,
            UpdatedAt: seenAt);
        return (address, null);
    }

    [LoggerMessage(
        EventId = BotEventIds.AddressRecorded,
        EventName = nameof(BotEventIds.AddressRecorded),
        Level = LogLevel.Debug,
        Message = "Recorded the personal conversation address of user {AadObjectId} in tenant {TenantId}")]
    private static partial void LogAddressRecorded(ILogger logger, string tenantId, string aadObjectId);

    [LoggerMessage(
        EventId = BotEventIds.AddressIncomplete,
        EventName = nameof(BotEventIds.AddressIncomplete),
        Level = LogLevel.Warning,
        Message = "A personal {ActivityType} activity lacks {MissingField}; the user's conversation address was not recorded")]
    private static partial void LogAddressIncomplete(ILogger logger, string activityType, string missingField);
}
