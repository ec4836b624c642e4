namespace Switchboard.Domain.Requests;

/// <summary>What the dispatcher must do with an outbox message.</summary>
public enum OutboxMessageKind
{
    /// <summary>Send a new activity to a conversation.</summary>
    Send,

    /// <summary>Update an activity in place (a status card).</summary>
    Update,

    /// <summary>Create a 1:1 conversation with a user through the connector.</summary>
    CreateConversation,

    /// <summary>Install the app for a user through Graph before a first proactive message.</summary>
    InstallApp,

    /// <summary>Any other Graph write (for example creating a group chat).</summary>
    GraphWrite,
}

/// <summary>Where an outbox message stands.</summary>
public enum OutboxState
{
    /// <summary>Waiting to be sent, or claimed by a dispatcher that is sending it.</summary>
    Pending,

    Sent,

    /// <summary>Refused for good (blocked, not found): not retried; the routing moves on.</summary>
    FailedPermanently,

    /// <summary>The send may or may not have reached the service (a timeout after the request left); not retried blindly.</summary>
    Unknown,
}

/// <summary>
/// One outgoing call, stored in the same transaction as the state change that causes it and sent later by the
/// dispatcher. Messages with the same <see cref="ConversationKey"/> are sent in the order they were stored.
/// </summary>
/// <param name="Id">Unique; also the idempotency key the dispatcher can hand to the service.</param>
/// <param name="ConversationKey">Orders messages: the conversation (or Graph resource) they go to.</param>
/// <param name="Kind">What to do.</param>
/// <param name="Payload">What the dispatcher needs, as JSON; opaque to the store.</param>
/// <param name="RequestId">The request whose change caused it, if any.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Attempts">How many times a dispatcher claimed it.</param>
/// <param name="State">Where it stands.</param>
/// <param name="NextAttemptAt">Not claimed before this instant.</param>
/// <param name="LastError">Why the last attempt failed, or the outcome is unknown.</param>
public sealed record OutboxMessage(
    OutboxMessageId Id,
    string ConversationKey,
    OutboxMessageKind Kind,
    string Payload,
    RequestId? RequestId,
    DateTimeOffset CreatedAt,
    int Attempts,
    OutboxState State,
    DateTimeOffset NextAttemptAt,
    string? LastError)
{
    /// <summary>A new message, due at once.</summary>
    public static OutboxMessage Create(string conversationKey, OutboxMessageKind kind, string payload, RequestId? requestId, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        return new OutboxMessage(OutboxMessageId.New(), conversationKey, kind, payload, requestId, now, 0, OutboxState.Pending, now, null);
    }
}

/// <summary>
/// The dispatcher's side of the outbox: claim what is due, then record what happened to each message. Each mark
/// applies to a pending message only and throws <see cref="InvalidOperationException"/> otherwise (unknown id, or
/// already completed, for instance by a second dispatcher that re-claimed it after this one's lease ran out).
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Claims up to <paramref name="maxCount"/> due messages for <paramref name="lease"/>, oldest first, counting an
    /// attempt for each. Never claims a message while an earlier message of the same conversation key is still
    /// pending (due later, or claimed by anyone), so each conversation is sent in order. A claim that is not
    /// marked before its lease ends becomes claimable again (the dispatcher died): at least once, not exactly once.
    /// Concurrent claimers, on any instance, never receive the same message.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkSentAsync(OutboxMessageId id, CancellationToken cancellationToken);

    /// <summary>Gives up on the message for good, with the reason (for example 403 blocked, 404).</summary>
    Task MarkFailedPermanentlyAsync(OutboxMessageId id, string reason, CancellationToken cancellationToken);

    /// <summary>Releases the claim; the message is due again at <paramref name="nextAttemptAt"/> and still holds its conversation's place.</summary>
    Task RetryLaterAsync(OutboxMessageId id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Releases the claim without trying the message (a rate limit would be exceeded): due again at
    /// <paramref name="nextAttemptAt"/>, still holding its conversation's place, and the claim's attempt is not
    /// counted, so that waiting for a window never looks like a failure (nor lengthens a backoff).
    /// </summary>
    Task DeferAsync(OutboxMessageId id, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Records that the send may or may not have happened; the message is not retried.</summary>
    Task MarkOutcomeUnknownAsync(OutboxMessageId id, string reason, CancellationToken cancellationToken);
}
