using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Record;

/// <summary>
/// What an audit entry records: every <see cref="RequestEventKind"/> (same names), then what people do with the record
/// itself. Append-only: new kinds go at the end, and the canonical form writes the name, never the number.
/// </summary>
public enum AuditEntryKind
{
    Created,
    Qualified,
    Proposed,
    Confirmed,
    Offered,
    Posted,
    DetailsRequested,
    DetailsAdded,
    Accepted,
    Claimed,
    Declined,
    Redirected,
    OfferExpired,
    OfferUndeliverable,
    Escalated,
    Unanswered,
    UrgencyDowngraded,
    Resolved,
    Rated,
    Withdrawn,
    ReportViewed,
    ReportExported,
    PrivacyExported,
    PrivacyErased,
    LegalHoldSet,
    LegalHoldLifted,
}

/// <summary>
/// An entry before it joins the chain. Holds no personal data: <see cref="Actor"/> and <see cref="Subjects"/> are
/// pseudonyms (<see cref="AuditPseudonyms"/>) or the fixed actors <see cref="AuditActors"/>, and <see cref="Data"/>
/// holds facts such as states, urgencies and counts, never free text or names.
/// </summary>
public sealed record AuditDraft
{
    public AuditDraft(DateTimeOffset occurredAt, AuditEntryKind kind, string actor, IReadOnlyList<string> subjects, Guid? requestId, IReadOnlyDictionary<string, string> data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(data);
        if (subjects.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A subject pseudonym is blank.", nameof(subjects));
        }

        if (data.Keys.Any(k => k.Length == 0))
        {
            throw new ArgumentException("A data key is empty.", nameof(data));
        }

        // Whole microseconds in UTC: PostgreSQL keeps no finer, and the hash must survive the round trip.
        var utc = occurredAt.ToUniversalTime();
        OccurredAt = new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
        Kind = kind;
        Actor = actor;
        Subjects = subjects;
        RequestId = requestId;
        Data = data;
    }

    public DateTimeOffset OccurredAt { get; }

    public AuditEntryKind Kind { get; }

    public string Actor { get; }

    public IReadOnlyList<string> Subjects { get; }

    public Guid? RequestId { get; }

    public IReadOnlyDictionary<string, string> Data { get; }
}

/// <summary>One entry of the chain: its position, what happened, and the hashes that tie it to the entry before.</summary>
/// <param name="Sequence">1 for the first entry, then one more per entry, with no gaps.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of entry <c>Sequence - 1</c>; <see cref="AuditChain.GenesisHash"/> for the first.</param>
/// <param name="Hash">Lower-case hex of SHA-256(canonical form || previous hash bytes); see <see cref="AuditCanonicalForm"/>.</param>
public sealed record AuditEntry(long Sequence, AuditDraft Content, string PreviousHash, string Hash);

/// <summary>Actors that are not people, written as they are (a pseudonym is 64 hex digits, so they cannot collide).</summary>
public static class AuditActors
{
    /// <summary>Switchboard itself: routing, expiry, delivery, the retention sweep.</summary>
    public const string System = "system";

    /// <summary>Someone running a host command (<c>privacy</c>, <c>audit</c>) with access to the server.</summary>
    public const string Operator = "operator";
}
