using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Record;

/// <summary>What <see cref="IPersonalDataStore.EraseAsync"/> did, or the holds that stopped it.</summary>
public sealed record ErasureResult(IReadOnlyList<LegalHold> DeferredBy, int RequestsRedacted, int EventsRedacted, int MentionsRedacted, int AddressesDeleted, int PreferencesDeleted)
{
    public bool Erased => DeferredBy.Count == 0;

    public static ErasureResult Deferred(IReadOnlyList<LegalHold> holds) => new(holds, 0, 0, 0, 0, 0);
}

/// <summary>What the retention sweep removed.</summary>
public sealed record RetentionSweepResult(int FreeTextRedacted, int RequestsDeleted, int HeldBack);

/// <summary>Everything stored about one person, out and away.</summary>
public interface IPersonalDataStore
{
    /// <summary>
    /// A JSON document of everything about <paramref name="user"/>: their requests with histories, what they did on
    /// others' requests, preferences, conversation addresses, holds and their audit entries. Recorded in the chain.
    /// </summary>
    Task<string> ExportAsync(UserId user, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the person's free text, display data, addresses and preferences, and records that it did; ids and
    /// the chain stay, so the record still verifies. An active hold on them or on everyone defers it: nothing changes.
    /// </summary>
    Task<ErasureResult> EraseAsync(UserId user, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the free text of requests closed before <paramref name="freeTextBefore"/> and deletes requests closed
    /// before <paramref name="metadataBefore"/>, except those of held requesters.
    /// </summary>
    Task<RetentionSweepResult> SweepAsync(DateTimeOffset freeTextBefore, DateTimeOffset metadataBefore, CancellationToken cancellationToken);
}
