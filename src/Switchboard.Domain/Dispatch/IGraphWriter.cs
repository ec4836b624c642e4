using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// Performs the Graph writes of the outbox (<see cref="OutboxMessageKind.InstallApp"/>,
/// <see cref="OutboxMessageKind.GraphWrite"/>). Optional: when none is registered, the dispatcher fails such
/// messages for good with <see cref="OutboxDispatcher.NoGraphWriterReason"/> rather than leaving them pending forever,
/// and the conversation layer writes none.
/// </summary>
/// <remarks>
/// <para>An install's payload is the first <see cref="OutgoingActivity"/> to a <see cref="UserRecipient"/>: the writer
/// installs Switchboard's app for that user (already installed counts as done); the dispatcher sends the activity.</para>
/// <para>A write's payload is a <see cref="GraphWrite"/>. For <see cref="CreateChatWrite"/>, a delivered result carries
/// the chat's id as <see cref="DeliveryResult.Delivered.ConversationId"/>, where the dispatcher posts
/// <see cref="GraphWrite.Then"/>.</para>
/// <para>Like the gateway, a writer makes one attempt and never retries; every write is safe to repeat, so an
/// outcome it cannot know (a timeout) is transient.</para>
/// </remarks>
public interface IGraphWriter
{
    /// <summary>Performs the write the message describes; the same outcomes as a send.</summary>
    Task<DeliveryResult> WriteAsync(OutboxMessage message, CancellationToken cancellationToken);
}
