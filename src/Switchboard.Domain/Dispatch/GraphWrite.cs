using System.Text.Json;
using System.Text.Json.Serialization;
using Switchboard.Domain.Conversations;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// The payload of a <see cref="Requests.OutboxMessageKind.GraphWrite"/> outbox message: one write to Microsoft Graph,
/// then, when <see cref="Then"/> is set, one message posted to the conversation the write created.
/// </summary>
/// <remarks>
/// Every write must be safe to repeat: a transient failure of the post after the write succeeded makes the
/// dispatcher try the whole message again.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "operation")]
[JsonDerivedType(typeof(CreateChatWrite), "createChat")]
public abstract record GraphWrite(string TenantId, OutgoingActivity? Then)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static GraphWrite FromJson(string json) =>
        JsonSerializer.Deserialize<GraphWrite>(json, Json) ?? throw new JsonException("A Graph write payload is JSON null.");
}

/// <summary>
/// Creates the one-on-one chat of two people (Teams keeps one such chat per pair and returns it when it exists, so
/// repeating the write never makes a second chat), installs Switchboard's app in it, then posts <see cref="GraphWrite.Then"/>
/// there (its recipient is a <see cref="ChatRecipient"/> whose id the dispatcher fills in).
/// </summary>
/// <param name="TenantId">The tenant of both people.</param>
/// <param name="Members">The two people's Entra object ids.</param>
/// <param name="Then">The message to post in the chat once it exists.</param>
public sealed record CreateChatWrite(string TenantId, IReadOnlyList<string> Members, OutgoingActivity? Then) : GraphWrite(TenantId, Then);
