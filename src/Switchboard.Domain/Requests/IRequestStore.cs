namespace Switchboard.Domain.Requests;

/// <summary>
/// The result of saving a request: saved; refused because someone else saved a newer version first
/// (<see cref="Conflict"/>); or skipped because the inbound activity that caused it was already processed
/// (<see cref="AlreadyProcessed"/>, a retry by Teams or the Bot Connector). Only <see cref="Saved"/> wrote anything.
/// </summary>
public sealed record SaveResult
{
    private SaveResult(ConcurrencyConflict? conflict, bool alreadyProcessed)
    {
        Conflict = conflict;
        AlreadyProcessed = alreadyProcessed;
    }

    public ConcurrencyConflict? Conflict { get; }

    public bool AlreadyProcessed { get; }

    public bool Saved => Conflict is null && !AlreadyProcessed;

    public static SaveResult Success { get; } = new(null, alreadyProcessed: false);

    public static SaveResult Duplicate { get; } = new(null, alreadyProcessed: true);

    public static SaveResult Conflicted(ConcurrencyConflict conflict) => new(conflict, alreadyProcessed: false);
}

/// <summary>
/// A save found the request at another version than the one it was loaded at: another turn or instance changed it
/// in between. Nothing was written; reload the request and decide again.
/// </summary>
public sealed record ConcurrencyConflict(RequestId RequestId, int ExpectedVersion);

/// <summary>Requests and their history, saved together with the messages their changes cause.</summary>
public interface IRequestStore
{
    Task<SupportRequest?> FindAsync(RequestId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the request's new state, its <see cref="SupportRequest.PendingEvents"/> and <paramref name="outbox"/> in
    /// ONE transaction: all of it or none. The stored version must still be <see cref="SupportRequest.PersistedVersion"/>,
    /// otherwise nothing is written and the result carries the conflict. On success the request is marked persisted.
    /// </summary>
    /// <param name="request">The request, changed by one or more transitions since it was loaded or created.</param>
    /// <param name="outbox">The messages the change causes, in the order they must be sent per conversation.</param>
    /// <param name="inboundKey">
    /// The key of the inbound activity that caused the change (as <see cref="Conversations.IInboundDeduplicator"/> keys it),
    /// recorded in the same transaction so that a retried activity changes nothing: the result is then
    /// <see cref="SaveResult.AlreadyProcessed"/>. Null for changes Switchboard makes on its own (expiry, delivery failures).
    /// </param>
    /// <param name="cancellationToken">Cancels the save; nothing is written then.</param>
    Task<SaveResult> SaveAsync(SupportRequest request, IReadOnlyList<OutboxMessage> outbox, string? inboundKey, CancellationToken cancellationToken);

    /// <summary>The requester's requests, newest first; open ones only when <paramref name="openOnly"/>.</summary>
    Task<IReadOnlyList<SupportRequest>> ListByRequesterAsync(UserId requester, bool openOnly, CancellationToken cancellationToken);

    /// <summary>Requests offered to this person now (waiting for their answer or for details they asked), oldest offer first.</summary>
    Task<IReadOnlyList<SupportRequest>> ListOfferedToAsync(UserId offeree, CancellationToken cancellationToken);

    /// <summary>Open offers and posts whose expiry is before <paramref name="before"/>, soonest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SupportRequest>> ListOffersExpiringBeforeAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// How many requests the requester sent with high or critical urgency (as sent, before any downgrade) between
    /// <paramref name="from"/> inclusive and <paramref name="to"/> exclusive: the input of <see cref="UrgencyBudget"/>.
    /// </summary>
    Task<int> CountUrgentSentAsync(UserId requester, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Open work per person among <paramref name="experts"/>: offers waiting for them plus requests they accepted or
    /// claimed and have not resolved. People with none are absent. Capacity preferences are checked against it.
    /// </summary>
    Task<IReadOnlyDictionary<UserId, int>> CountOpenWorkAsync(IReadOnlyCollection<UserId> experts, CancellationToken cancellationToken);
}
