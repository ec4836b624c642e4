namespace Switchboard.Domain.Requests;

/// <summary>The result of saving a request: saved, or refused because someone else saved a newer version first.</summary>
public sealed record SaveResult
{
    private SaveResult(ConcurrencyConflict? conflict) => Conflict = conflict;

    public ConcurrencyConflict? Conflict { get; }

    public bool Saved => Conflict is null;

    public static SaveResult Success { get; } = new((ConcurrencyConflict?)null);

    public static SaveResult Conflicted(ConcurrencyConflict conflict) => new(conflict);
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
    Task<SaveResult> SaveAsync(SupportRequest request, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken);

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
