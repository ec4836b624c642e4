using System.Text.Json;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Dispatch;

/// <summary>
/// One dispatch round over the outbox: claim what is due, send each message through its port, and record the
/// outcome. Each conversation is sent in order and one message at a time, because the outbox never hands out a
/// conversation's next message while an earlier one is pending; different conversations go out in parallel.
/// </summary>
/// <remarks>
/// Outcomes: delivered → marked sent (a tagged send is remembered in <see cref="ISentActivityLog"/> first, so an
/// update can find it); transient → retried at Retry-After when the service gave one, else after an exponential
/// backoff with jitter; refused → failed for good, never retried, and a refused offer (tag
/// <c>offer:{requestId}:{userId}</c>, see <see cref="ActivityTags"/>) is handed to
/// <see cref="IUndeliverableOfferHandler"/>; unknown → marked unknown, not retried. A message that would exceed a
/// Teams rate limit is deferred to when the window allows, without counting an attempt.
/// <see cref="OutboxMessageKind.InstallApp"/> and <see cref="OutboxMessageKind.GraphWrite"/> go to
/// <see cref="IGraphWriter"/>; without one they fail for good with <see cref="NoGraphWriterReason"/>. An install
/// carries the first message to the person (an <see cref="OutgoingActivity"/>), sent once the app is installed; a
/// refused install is handled as a refused send of that message. A write (<see cref="GraphWrite"/>) may carry a
/// post, sent to the conversation the write created.
/// <see cref="OutboxMessageKind.CreateConversation"/> is never dispatched on its own: the gateway creates a user's
/// personal conversation on the first send, so such a message fails for good with <see cref="CreateConversationReason"/>.
/// </remarks>
public sealed class OutboxDispatcher : IDisposable
{
    public const string NoGraphWriterReason = "no Graph writer configured";

    public const string CreateConversationReason =
        "CreateConversation is not dispatched on its own: the gateway creates the personal conversation on the first Send";

    /// <summary>How long a stopping host may spend giving back the claims it did not start.</summary>
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How many times an update waits for its original to be recorded before it is sent as a new message.</summary>
    private const int AttemptsBeforeAnUpdateIsSentAsNew = 3;

    /// <summary>Rounds may run at once (<see cref="DispatchOptions.ConcurrentRounds"/>); their claims never do, so SQLite sees one claimer.</summary>
    private readonly SemaphoreSlim _claimGate = new(1, 1);

    private readonly IOutbox _outbox;
    private readonly IConversationGateway _gateway;
    private readonly ISentActivityLog _sentActivities;
    private readonly IUndeliverableOfferHandler? _undeliverableOffers;
    private readonly IGraphWriter? _graphWriter;
    private readonly DispatchOptions _options;
    private readonly TimeProvider _time;
    private readonly RetryBackoff _backoff;
    private readonly SlidingWindowLimits _limits;

    /// <param name="outbox">Where messages are claimed and their outcomes recorded.</param>
    /// <param name="gateway">Sends and updates activities in Teams.</param>
    /// <param name="sentActivities">Remembers tagged activities so that updates find them.</param>
    /// <param name="undeliverableOffers">Moves the routing on past a refused offer; without one, the offer's expiry does it later.</param>
    /// <param name="graphWriter">Performs Graph writes; optional.</param>
    /// <param name="options">Batch size, lease, rate limits and backoff.</param>
    /// <param name="time">The clock.</param>
    /// <param name="random">The jitter's source; <see cref="Random.Shared"/> when null.</param>
    public OutboxDispatcher(
        IOutbox outbox,
        IConversationGateway gateway,
        ISentActivityLog sentActivities,
        IUndeliverableOfferHandler? undeliverableOffers,
        IGraphWriter? graphWriter,
        DispatchOptions options,
        TimeProvider time,
        Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(sentActivities);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _outbox = outbox;
        _gateway = gateway;
        _sentActivities = sentActivities;
        _undeliverableOffers = undeliverableOffers;
        _graphWriter = graphWriter;
        _options = options;
        _time = time;
        _backoff = new RetryBackoff(options.BackoffBase, options.BackoffMax, random ?? Random.Shared);
        _limits = new SlidingWindowLimits(options);
    }

    /// <summary>
    /// Claims up to <see cref="DispatchOptions.BatchSize"/> due messages and dispatches them; returns what happened
    /// to each, in claim order (empty when nothing was due). Cancelling (the host stopping) starts no more sends: those
    /// in flight finish, bounded by the gateway's own send timeout, and are recorded; the claims whose send had not
    /// started are released at once without counting an attempt, so the next host sends them straight away and not as
    /// possible duplicates. The outcomes of a cancelled round are those of the sends that ran. Only a host that dies
    /// leaves claims to run out (and those sends are flagged as possible duplicates when made again).
    /// </summary>
    public async Task<IReadOnlyList<DispatchOutcome>> DispatchDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> claimed;
        await _claimGate.WaitAsync(cancellationToken);
        try
        {
            claimed = await _outbox.ClaimDueAsync(_options.BatchSize, _options.Lease, cancellationToken);
        }
        finally
        {
            _claimGate.Release();
        }

        if (claimed.Count == 0)
        {
            return [];
        }

        // A message waiting for a parallel slot ages with its lease. One is only started while half the lease is
        // left, so that the send ends before the lease does: a lease running out during a send would let another
        // dispatcher claim the message and send it at the same time.
        var startBefore = _time.GetUtcNow() + (_options.Lease / 2);
        var outcomes = new DispatchOutcome[claimed.Count];
        var started = new bool[claimed.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, claimed.Count),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends, CancellationToken = cancellationToken },
                async (index, _) =>
                {
                    // A send once started is not cancelled by the host stopping: cut off mid-call, it would be neither
                    // known sent nor safe to send again.
                    Volatile.Write(ref started[index], true);
                    outcomes[index] = await DispatchOneAsync(claimed[index], startBefore, CancellationToken.None);
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Found by the load run: a host stopped for a deploy left its whole batch claimed, so the next host waited
            // for the lease (minutes) and then flagged messages nobody had sent as possible duplicates.
            await ReleaseUnstartedAsync(claimed, started);
            return [.. outcomes.Where(outcome => outcome is not null)];
        }

        return outcomes;
    }

    public void Dispose() => _claimGate.Dispose();

    /// <summary>
    /// Gives back the claims of a cancelled round that never started. Bounded, since the host is stopping: if the
    /// database does not answer in time, those claims run out as they would after a crash.
    /// </summary>
    private async Task ReleaseUnstartedAsync(IReadOnlyList<OutboxMessage> claimed, bool[] started)
    {
        using var patience = new CancellationTokenSource(ReleaseTimeout, _time);
        var now = _time.GetUtcNow();
        for (var index = 0; index < claimed.Count; index++)
        {
            if (!Volatile.Read(ref started[index]))
            {
                await _outbox.DeferAsync(claimed[index].Id, now, patience.Token);
            }
        }
    }

    private async Task<DispatchOutcome> DispatchOneAsync(OutboxMessage message, DateTimeOffset startBefore, CancellationToken cancellationToken)
    {
        // A claim that ended with nothing recorded leaves LastError empty; any recorded retry fills it.
        var possibleDuplicate = message.Attempts > 1 && message.LastError is null;
        var now = _time.GetUtcNow();
        if (now > startBefore)
        {
            await _outbox.DeferAsync(message.Id, now, cancellationToken);
            return new DispatchOutcome(message, DispatchOutcomeKind.Deferred, "claimed too long ago to start a send within the lease", now, possibleDuplicate);
        }

        try
        {
            return message.Kind switch
            {
                OutboxMessageKind.Send or OutboxMessageKind.Update => await DispatchActivityAsync(message, possibleDuplicate, cancellationToken),
                OutboxMessageKind.InstallApp or OutboxMessageKind.GraphWrite when _graphWriter is null =>
                    await FailAsync(message, NoGraphWriterReason, possibleDuplicate, cancellationToken),
                OutboxMessageKind.InstallApp => await InstallThenSendAsync(message, _graphWriter!, possibleDuplicate, cancellationToken),
                OutboxMessageKind.GraphWrite => await WriteThenPostAsync(message, _graphWriter!, possibleDuplicate, cancellationToken),
                OutboxMessageKind.CreateConversation => await FailAsync(message, CreateConversationReason, possibleDuplicate, cancellationToken),
                _ => await FailAsync(message, $"unknown outbox message kind {message.Kind}", possibleDuplicate, cancellationToken),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault of ours or of a port (a bug, the database blinking): the message is kept and tried again
            // later, and the exception goes back to the host in the outcome to be logged in full.
            var nextAttemptAt = _time.GetUtcNow() + _backoff.Next(message.Attempts);
            var reason = $"{exception.GetType().Name}: {exception.Message}";
            await _outbox.RetryLaterAsync(message.Id, nextAttemptAt, reason, cancellationToken);
            return new DispatchOutcome(message, DispatchOutcomeKind.Faulted, reason, nextAttemptAt, possibleDuplicate, Error: exception);
        }
    }

    private async Task<DispatchOutcome> DispatchActivityAsync(OutboxMessage message, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        return ReadActivity(message, out var unreadable) is { } activity
            ? await SendActivityAsync(message, activity, possibleDuplicate, cancellationToken)
            : await FailAsync(message, unreadable!, possibleDuplicate, cancellationToken);
    }

    /// <summary>The activity a message carries; null with the reason when its payload cannot be read.</summary>
    private static OutgoingActivity? ReadActivity(OutboxMessage message, out string? unreadable)
    {
        try
        {
            unreadable = null;
            return OutgoingActivity.FromJson(message.Payload);
        }
        catch (JsonException exception)
        {
            // Retrying cannot make a payload readable; the reason keeps what the parser said.
            unreadable = $"unreadable payload: {exception.Message}";
            return null;
        }
    }

    /// <summary>
    /// The app is installed for the person first (an app already installed counts as installed), then the message is
    /// sent as any other. A refused install is a refused send: an offer moves on to the next candidate, with the reason.
    /// Installing again is harmless, so a failed send after a good install simply tries both again.
    /// </summary>
    private async Task<DispatchOutcome> InstallThenSendAsync(OutboxMessage message, IGraphWriter writer, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        if (ReadActivity(message, out var unreadable) is not { } activity)
        {
            return await FailAsync(message, unreadable!, possibleDuplicate, cancellationToken);
        }

        if (activity.To is not UserRecipient)
        {
            return await FailAsync(message, "an app is installed for a user: the message must go to a user", possibleDuplicate, cancellationToken);
        }

        var installed = await writer.WriteAsync(message, cancellationToken);
        return installed is DeliveryResult.Delivered
            ? await SendActivityAsync(message, activity, possibleDuplicate, cancellationToken)
            : await RecordAsync(message, installed, activity, possibleDuplicate, cancellationToken);
    }

    /// <summary>The Graph write, then its post (if any) in the conversation it created, through the gateway.</summary>
    private async Task<DispatchOutcome> WriteThenPostAsync(OutboxMessage message, IGraphWriter writer, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        GraphWrite write;
        try
        {
            write = GraphWrite.FromJson(message.Payload);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return await FailAsync(message, $"unreadable payload: {exception.Message}", possibleDuplicate, cancellationToken);
        }

        var written = await writer.WriteAsync(message, cancellationToken);
        if (written is not DeliveryResult.Delivered created || write.Then is not { } then)
        {
            return await RecordAsync(message, written, null, possibleDuplicate, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(created.ConversationId))
        {
            return await FailAsync(message, "the Graph write answered without the id of the conversation to post in", possibleDuplicate, cancellationToken);
        }

        var post = then with { To = new ChatRecipient(write.TenantId, created.ConversationId) };
        if (_limits.TryAcquire(post.To.ConversationKey, write.TenantId, _time.GetUtcNow()) is { } allowedAt)
        {
            // The write is repeated when the window allows; every Graph write is safe to repeat.
            await _outbox.DeferAsync(message.Id, allowedAt, cancellationToken);
            return new DispatchOutcome(message, DispatchOutcomeKind.Deferred, "Teams rate limit", allowedAt, possibleDuplicate);
        }

        return await RecordAsync(message, await _gateway.SendAsync(post, cancellationToken), post, possibleDuplicate, cancellationToken);
    }

    private async Task<DispatchOutcome> SendActivityAsync(OutboxMessage message, OutgoingActivity activity, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        SentActivity? original = null;
        if (message.Kind == OutboxMessageKind.Update)
        {
            if (activity.ActivityTag is null)
            {
                return await FailAsync(message, "an update needs the tag of the activity it replaces", possibleDuplicate, cancellationToken);
            }

            original = await _sentActivities.FindAsync(activity.ActivityTag, cancellationToken);
            if (original is null && message.Attempts < AttemptsBeforeAnUpdateIsSentAsNew)
            {
                // The original may still be on its way (a resend after a crash records it late): wait for it a little.
                return await RetryAsync(message, $"the activity tagged '{activity.ActivityTag}' is not sent yet", null, possibleDuplicate, cancellationToken);
            }

            // Found by the load run: an original whose send ended unknown (or failed) is never recorded, so the update
            // waited forever and, holding its conversation's place, stopped every later message to that person. The
            // conversation's order means the original is done by now: the update goes out as a new message, and its
            // tag then names it, so the next updates replace it in place.
        }

        if (_limits.TryAcquire(message.ConversationKey, activity.To.TenantId, _time.GetUtcNow()) is { } allowedAt)
        {
            await _outbox.DeferAsync(message.Id, allowedAt, cancellationToken);
            return new DispatchOutcome(message, DispatchOutcomeKind.Deferred, "Teams rate limit", allowedAt, possibleDuplicate);
        }

        var result = original is null
            ? await _gateway.SendAsync(activity, cancellationToken)
            : await _gateway.UpdateAsync(activity, original, cancellationToken);
        return await RecordAsync(message, result, original is null ? activity : null, possibleDuplicate, cancellationToken);
    }

    /// <param name="sent">The activity of a Send, an install's message or a write's post (its tag is remembered or its offer skipped); null otherwise.</param>
    private async Task<DispatchOutcome> RecordAsync(OutboxMessage message, DeliveryResult result, OutgoingActivity? sent, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case DeliveryResult.Delivered delivered:
                if (sent?.ActivityTag is { } tag)
                {
                    await _sentActivities.RecordAsync(new SentActivity(tag, delivered.ConversationId, delivered.ActivityId, delivered.ServiceUrl), cancellationToken);
                }

                await _outbox.MarkSentAsync(message.Id, cancellationToken);
                return new DispatchOutcome(message, DispatchOutcomeKind.Sent, null, null, possibleDuplicate);

            case DeliveryResult.Transient transient:
                return await RetryAsync(message, transient.Reason, transient.RetryAfter, possibleDuplicate, cancellationToken);

            case DeliveryResult.Refused refused:
                var skipped = false;
                if (_undeliverableOffers is not null
                    && ActivityTags.TryParseOffer(sent?.ActivityTag, out var requestId, out var offeree)
                    && message.RequestId == requestId)
                {
                    // Before marking: if the host stops in between, the send is refused again and the handler
                    // called again (it ignores an offer that already moved on); the other order could lose the skip.
                    await _undeliverableOffers.OfferUndeliverableAsync(requestId, offeree, refused.Reason, cancellationToken);
                    skipped = true;
                }

                await _outbox.MarkFailedPermanentlyAsync(message.Id, refused.Reason, cancellationToken);
                return new DispatchOutcome(message, DispatchOutcomeKind.FailedPermanently, refused.Reason, null, possibleDuplicate, skipped);

            case DeliveryResult.Unknown unknown:
                await _outbox.MarkOutcomeUnknownAsync(message.Id, unknown.Reason, cancellationToken);
                return new DispatchOutcome(message, DispatchOutcomeKind.OutcomeUnknown, unknown.Reason, null, possibleDuplicate);

            default:
                throw new InvalidOperationException($"Unexpected delivery result {result.GetType().Name}.");
        }
    }

    private async Task<DispatchOutcome> RetryAsync(OutboxMessage message, string reason, TimeSpan? retryAfter, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        var delay = retryAfter is { } serviceSaid && serviceSaid > TimeSpan.Zero ? serviceSaid : _backoff.Next(message.Attempts);
        var nextAttemptAt = _time.GetUtcNow() + delay;
        await _outbox.RetryLaterAsync(message.Id, nextAttemptAt, reason, cancellationToken);
        return new DispatchOutcome(message, DispatchOutcomeKind.RetryScheduled, reason, nextAttemptAt, possibleDuplicate);
    }

    private async Task<DispatchOutcome> FailAsync(OutboxMessage message, string reason, bool possibleDuplicate, CancellationToken cancellationToken)
    {
        await _outbox.MarkFailedPermanentlyAsync(message.Id, reason, cancellationToken);
        return new DispatchOutcome(message, DispatchOutcomeKind.FailedPermanently, reason, null, possibleDuplicate);
    }
}
