using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// Moves the routing on when an offer cannot be delivered (the person blocked the bot, is not in the roster, or
/// the conversation is gone). Implemented by the conversation layer: it loads the request, applies
/// <see cref="SupportRequest.SkipUndeliverable"/> and saves it with the outbox messages the next offer needs.
/// </summary>
/// <remarks>
/// Called before the refused message is marked, so it is called at least once: if the host stops in between, the
/// message is sent again, refused again, and the handler called again. It must therefore do nothing when the
/// request is no longer offered to <c>offeree</c>.
/// </remarks>
public interface IUndeliverableOfferHandler
{
    Task OfferUndeliverableAsync(RequestId requestId, UserId offeree, string reason, CancellationToken cancellationToken);
}
