using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Dispatch;

/// <summary>What the dispatcher did with one claimed message.</summary>
public enum DispatchOutcomeKind
{
    /// <summary>Delivered and marked sent.</summary>
    Sent,

    /// <summary>Not tried: a rate limit would be exceeded; due again when the window allows, no attempt counted.</summary>
    Deferred,

    /// <summary>A transient failure (or the original of an update not sent yet): due again after Retry-After or a backoff.</summary>
    RetryScheduled,

    /// <summary>Refused for good, or not dispatchable: marked failed, never retried.</summary>
    FailedPermanently,

    /// <summary>The request left but no answer came back: marked unknown, not retried.</summary>
    OutcomeUnknown,

    /// <summary>An unexpected error while dispatching: due again after a backoff; <see cref="DispatchOutcome.Error"/> says what.</summary>
    Faulted,
}

/// <summary>
/// What happened to one message in a dispatch round, for the host to log and count (the domain core does not log).
/// </summary>
/// <param name="Message">The message as claimed (its <see cref="OutboxMessage.Attempts"/> includes this attempt).</param>
/// <param name="Kind">What the dispatcher did.</param>
/// <param name="Reason">Why, for every kind but <see cref="DispatchOutcomeKind.Sent"/>.</param>
/// <param name="NextAttemptAt">When it is due again, for deferred and retried messages.</param>
/// <param name="PossibleDuplicate">
/// An earlier claim of this message ended without any outcome recorded (the dispatcher stopped or died after it
/// claimed, perhaps after it sent): this attempt may deliver it a second time. Read from the message's record (a
/// later attempt with no error recorded), so a stop after an earlier recorded retry is not recognised.
/// </param>
/// <param name="OfferSkipped">A refused offer was handed to <see cref="IUndeliverableOfferHandler"/> so the routing moves on.</param>
/// <param name="Error">The exception behind <see cref="DispatchOutcomeKind.Faulted"/>.</param>
public sealed record DispatchOutcome(
    OutboxMessage Message,
    DispatchOutcomeKind Kind,
    string? Reason,
    DateTimeOffset? NextAttemptAt,
    bool PossibleDuplicate,
    bool OfferSkipped = false,
    Exception? Error = null);
