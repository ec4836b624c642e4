using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// Performs the Graph writes of the outbox (<see cref="OutboxMessageKind.InstallApp"/>,
/// <see cref="OutboxMessageKind.GraphWrite"/>). Optional: when none is registered, the dispatcher fails such
/// messages for good with <see cref="OutboxDispatcher.NoGraphWriterReason"/> rather than leaving them pending forever.
/// </summary>
public interface IGraphWriter
{
    /// <summary>Performs the write the message describes; the same outcomes as a send.</summary>
    Task<DeliveryResult> WriteAsync(OutboxMessage message, CancellationToken cancellationToken);
}
