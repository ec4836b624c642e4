using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Domain.Conversations;

/// <summary>Where an outgoing activity goes: a user's personal chat with the bot, or a team channel.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(UserRecipient), "user")]
[JsonDerivedType(typeof(ChannelRecipient), "channel")]
[JsonDerivedType(typeof(ChatRecipient), "chat")]
public abstract record Recipient(string TenantId)
{
    /// <summary>The outbox orders messages per conversation: this is that key.</summary>
    public abstract string ConversationKey { get; }
}

/// <summary>A user, by Entra object id; the dispatcher finds (or creates) their personal conversation.</summary>
public sealed record UserRecipient(string TenantId, string AadObjectId) : Recipient(TenantId)
{
    public override string ConversationKey => $"user:{TenantId}:{AadObjectId}".ToUpperInvariant();
}

/// <summary>A team's channel (the group's request channel).</summary>
public sealed record ChannelRecipient(string TenantId, string TeamId, string ChannelId) : Recipient(TenantId)
{
    public override string ConversationKey => $"channel:{TenantId}:{ChannelId}".ToUpperInvariant();
}

/// <summary>
/// A Teams chat the bot was installed in (the chat of a requester and an expert that Switchboard created through
/// Graph), by its id, which is also its Bot Connector conversation id. Empty in the post of a
/// <see cref="Dispatch.CreateChatWrite"/>: the dispatcher fills in the id of the chat the write created.
/// </summary>
public sealed record ChatRecipient(string TenantId, string ChatId) : Recipient(TenantId)
{
    public override string ConversationKey => $"chat:{TenantId}:{ChatId}".ToUpperInvariant();
}

/// <summary>
/// The payload of a <see cref="Requests.OutboxMessageKind.Send"/> or <see cref="Requests.OutboxMessageKind.Update"/>
/// outbox message: text and/or an Adaptive Card, to one recipient.
/// </summary>
/// <param name="To">Who receives it.</param>
/// <param name="Text">Plain text, or null when the card says it all.</param>
/// <param name="CardJson">The Adaptive Card content (JSON), or null.</param>
/// <param name="ActivityTag">
/// Names the sent activity so a later update finds it (for example <c>status:{requestId}</c>). An update carries the
/// tag of the activity it replaces.
/// </param>
/// <param name="Summary">A short plain-text summary for notifications and clients that cannot show the card.</param>
/// <remarks>
/// Tag conventions the dispatcher relies on (build them with <see cref="ActivityTags"/>):
/// <list type="bullet">
/// <item><c>offer:{requestId}:{userId}</c> — the card offering a request to a person. The outbox message must also
/// carry that request's id. A send refused for good (403 blocked or not in roster, 404) is handed to
/// <see cref="Dispatch.IUndeliverableOfferHandler"/>, which skips the person so that the routing moves on.</item>
/// <item>Any other tag (for example <c>status:{requestId}</c>) only names the activity so that an
/// <see cref="Requests.OutboxMessageKind.Update"/> with the same tag replaces it in place. A tag names one activity:
/// sending again with a tag already used makes later updates replace the newer activity.</item>
/// </list>
/// </remarks>
public sealed record OutgoingActivity(Recipient To, string? Text, string? CardJson, string? ActivityTag, string? Summary)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OutgoingActivity FromJson(string json) =>
        JsonSerializer.Deserialize<OutgoingActivity>(json, Json) ?? throw new JsonException("An outgoing activity payload is JSON null.");
}

/// <summary>What happened to one delivery attempt, as the dispatcher needs to know it.</summary>
public abstract record DeliveryResult
{
    /// <summary>The longest reason kept: the outbox stores it and the logs print it, whatever a service answered.</summary>
    public const int MaxReasonLength = 500;

    private DeliveryResult()
    {
    }

    /// <summary>A gateway's reason cut to <see cref="MaxReasonLength"/>, an ellipsis marking the cut.</summary>
    public static string ShortReason(string text) =>
        text.Length <= MaxReasonLength ? text : string.Concat(text.AsSpan(0, MaxReasonLength - 1), "…");

    /// <summary>Delivered; the ids let later updates replace the activity in place.</summary>
    public sealed record Delivered(string ConversationId, string ActivityId, Uri ServiceUrl) : DeliveryResult;

    /// <summary>Throttled or a transient fault (429, 412, 502, 503, 504): try again, not before <paramref name="RetryAfter"/> when given.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter) : DeliveryResult;

    /// <summary>Refused for good (403 blocked or not in roster, 404): never retried; the routing moves on.</summary>
    public sealed record Refused(string Reason) : DeliveryResult;

    /// <summary>The request left but no answer came back: it may or may not have been delivered.</summary>
    public sealed record Unknown(string Reason) : DeliveryResult;
}

/// <summary>Sends activities to Teams (implemented over the Bot Connector in the bot project).</summary>
public interface IConversationGateway
{
    /// <summary>Sends a new activity; creates the user's personal conversation first when none is known.</summary>
    Task<DeliveryResult> SendAsync(OutgoingActivity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a sent activity in place.</summary>
    Task<DeliveryResult> UpdateAsync(OutgoingActivity activity, SentActivity original, CancellationToken cancellationToken);
}

/// <summary>A sent activity, remembered by tag so that it can be updated in place later.</summary>
public sealed record SentActivity(string Tag, string ConversationId, string ActivityId, Uri ServiceUrl);

/// <summary>Remembers sent activities by tag (stored, so updates work after a restart and from any instance).</summary>
public interface ISentActivityLog
{
    Task RecordAsync(SentActivity activity, CancellationToken cancellationToken);

    Task<SentActivity?> FindAsync(string tag, CancellationToken cancellationToken);
}
