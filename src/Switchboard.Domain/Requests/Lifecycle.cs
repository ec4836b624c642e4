using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>Where a request is in its life. See <see cref="SupportRequest"/> for the transitions between them.</summary>
public enum RequestState
{
    /// <summary>Started from a message; not yet qualified.</summary>
    Draft,

    /// <summary>The requester filled in the qualification; routing has not answered yet.</summary>
    Qualified,

    /// <summary>Targets with their reasons are on the requester's card, waiting for confirmation.</summary>
    Proposed,

    /// <summary>Offered to one person, until an answer or the offer's expiry.</summary>
    Offered,

    /// <summary>The person offered it asked the requester for details; the offer's clock is stopped.</summary>
    DetailsRequested,

    /// <summary>Posted in a group's request channel, for the first member who takes it.</summary>
    Posted,

    /// <summary>A person accepted the offer.</summary>
    Accepted,

    /// <summary>A group member took the posted request.</summary>
    Claimed,

    /// <summary>Every candidate, the group and the escalation declined or let it expire; only the requester can act.</summary>
    Unanswered,

    /// <summary>Done; the requester may still rate it.</summary>
    Resolved,

    /// <summary>Done and rated.</summary>
    Rated,

    /// <summary>The requester withdrew it.</summary>
    Withdrawn,
}

/// <summary>What happened to a request; one entry of its history.</summary>
public enum RequestEventKind
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
}

/// <summary>Whether a target is a person (offered in a 1:1 chat) or a group (posted in its request channel).</summary>
public enum TargetKind
{
    Person,
    Group,
}

/// <summary>Why the current offer went to its recipient.</summary>
public enum OfferReason
{
    /// <summary>The next candidate of the routing proposal.</summary>
    Routed,

    /// <summary>The previous recipient named this colleague.</summary>
    Redirected,

    /// <summary>Everyone else declined or let it expire: the first expert's manager.</summary>
    Escalated,
}

/// <summary>Who acts on a request: a person by their user id, or Switchboard itself (routing, expiry, delivery).</summary>
public sealed record Actor
{
    private Actor(string id, bool isSystem)
    {
        Id = id;
        IsSystem = isSystem;
    }

    public string Id { get; }

    public bool IsSystem { get; }

    public static Actor System { get; } = new("switchboard", isSystem: true);

    public static Actor Person(UserId user) => new(user.Value, isSystem: false);

    /// <summary>The person, when the actor is not Switchboard.</summary>
    public UserId? User => IsSystem ? null : new UserId(Id);

    public bool Is(UserId? user) => !IsSystem && user is { } person && person.Equals(new UserId(Id));

    public bool Is(string? userId) => !IsSystem && !string.IsNullOrWhiteSpace(userId) && Is(new UserId(userId));

    public override string ToString() => IsSystem ? "switchboard" : Id;
}

/// <summary>
/// A routing target kept on the request, with the reasons the requester and the expert will read: coded, so each reads
/// them in their language; a request recorded before reasons had codes keeps its English sentences (stored as strings).
/// </summary>
public sealed record Candidate(
    TargetKind Kind,
    string Id,
    string? DisplayName,
    double Score,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(ReasonListJsonConverter))] IReadOnlyList<RoutingReason> Reasons)
{
    // By value, reasons included: a candidate read back from the store is the same candidate.
    public bool Equals(Candidate? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(DisplayName, other.DisplayName, StringComparison.Ordinal)
        && Score.Equals(other.Score)
        && Reasons.SequenceEqual(other.Reasons);

    public override int GetHashCode() => HashCode.Combine(Kind, Id, DisplayName, Score, Reasons.Count);

    public static Candidate From(RoutingTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new Candidate(
            target.Type == RoutingTargetType.Group ? TargetKind.Group : TargetKind.Person,
            target.Id,
            target.DisplayName,
            target.Score,
            target.Why);
    }
}

/// <summary>The offer or post in progress: to whom, why, since when and until when (null while the clock is stopped).</summary>
public sealed record Offer(TargetKind Kind, string TargetId, OfferReason Reason, DateTimeOffset OfferedAt, DateTimeOffset? ExpiresAt, string? Note);

/// <summary>The requester's rating: did it reach the right person, and how fast (1 slow … 5 fast).</summary>
public sealed record RequestRating(bool ReachedRightPerson, int Speed, string? Comment)
{
    public const int CommentMaxLength = 1000;
}

/// <summary>Details the requester added after sending, with when.</summary>
public sealed record DetailsAddition(DateTimeOffset At, string Text);

/// <summary>
/// One entry of a request's history: what happened, who did it, when, why, and the facts that go with it.
/// <see cref="Sequence"/> numbers the entries of one request from 1; <see cref="Version"/> is the request's
/// version once the transition that produced the entry is applied (a transition may produce several entries).
/// </summary>
public sealed record RequestEvent(
    RequestId RequestId,
    int Sequence,
    int Version,
    RequestEventKind Kind,
    string ActorId,
    DateTimeOffset At,
    string? Reason,
    IReadOnlyDictionary<string, string> Data);

/// <summary>The keys of <see cref="RequestEvent.Data"/>.</summary>
public static class RequestEventData
{
    public const string TargetKind = "targetKind";
    public const string TargetId = "targetId";
    public const string OfferReason = "offerReason";
    public const string ExpiresAt = "expiresAt";
    public const string From = "from";
    public const string To = "to";
    public const string Kind = "kind";
    public const string Urgency = "urgency";
    public const string Impact = "impact";
    public const string Deadline = "deadline";
    public const string PreferredTarget = "preferredTarget";
    public const string CandidateCount = "candidates";
    public const string EscalationContact = "escalationContact";
    public const string ReachedRightPerson = "reachedRightPerson";
    public const string Speed = "speed";
    public const string GroupId = "groupId";

    /// <summary>
    /// On an empty proposal: routing's reasons (what is missing, then what to do), one per line. Free text (it may quote
    /// the request): the <c>.reasons</c> ending puts it among what erasure removes.
    /// </summary>
    public const string NoTargetReasons = "noTarget.reasons";

    /// <summary>On an empty proposal: its <see cref="NoTargetCause"/>.</summary>
    public const string NoTargetCause = "noTarget.cause";

    /// <summary>On an empty proposal: the labels of the topics routing understood, one per line.</summary>
    public const string NoTargetTopics = "noTarget.topics";

    /// <summary>On an empty proposal: the topics routing understood with their labels in both languages, as JSON.</summary>
    public const string NoTargetCodedTopics = "noTarget.coded.topics";

    /// <summary>
    /// On an empty proposal: routing's reasons with their codes and values, as JSON, so the card says them in the reader's
    /// language. Ends with <c>.reasons</c>: erasure removes it with the English lines.
    /// </summary>
    public const string NoTargetCodedReasons = "noTarget.coded.reasons";

    /// <summary>
    /// On an undeliverable offer skipped by routing's rules at send time (focus, capacity, left the directory): why, coded
    /// as JSON, so the status card says it in the reader's language. Erased with the event's reason.
    /// </summary>
    public const string UndeliverableCodedReasons = "undeliverable.coded.reasons";

    /// <summary>The key of the n-th proposed candidate (from 0), as <c>person:id</c> or <c>group:id</c>.</summary>
    public static string Candidate(int index) => $"candidate{index}";

    /// <summary>The key of the n-th candidate's reasons, joined by <c>"; "</c>.</summary>
    public static string CandidateReasons(int index) => $"candidate{index}.reasons";

    /// <summary>The key of the n-th candidate's reasons with their codes and values, as JSON; erased like the English line.</summary>
    public static string CandidateCodedReasons(int index) => $"candidate{index}.coded.reasons";
}

/// <summary>Why a transition was refused. Each code is a distinct answer on the card, so keep them specific.</summary>
public enum RejectionCode
{
    /// <summary>The card was built from an older version of the request.</summary>
    StaleVersion,

    /// <summary>This actor may not do that to this request.</summary>
    NotAllowed,

    /// <summary>Not possible in the request's current state.</summary>
    InvalidState,

    /// <summary>Someone else already took the posted request.</summary>
    AlreadyClaimed,

    /// <summary>The qualification has errors; see <see cref="Rejection.Errors"/>.</summary>
    InvalidQualification,

    /// <summary>The requester has no urgent request left this week.</summary>
    BudgetExhausted,

    /// <summary>An argument is missing or out of range (a blank reason, an unknown target, an upgrade passed as a downgrade).</summary>
    InvalidInput,

    /// <summary>Routing proposed nobody, so there is nothing to confirm.</summary>
    NoCandidate,

    /// <summary>The offer has not reached its expiry yet.</summary>
    NotYetExpired,
}

/// <summary>A refused transition, with a reason for people and, for a qualification, the fields to fix.</summary>
public sealed record Rejection(RejectionCode Code, string Reason, IReadOnlyList<ValidationError> Errors);

/// <summary>The outcome of a transition: the events it appended, or why it was refused (and nothing changed).</summary>
public sealed record TransitionResult
{
    private TransitionResult(IReadOnlyList<RequestEvent> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<RequestEvent> Events { get; }

    public Rejection? Rejection { get; }

    public bool Succeeded => Rejection is null;

    public static TransitionResult Success(IReadOnlyList<RequestEvent> events) => new(events, null);

    public static TransitionResult Refused(RejectionCode code, string reason, IReadOnlyList<ValidationError>? errors = null) =>
        new([], new Rejection(code, reason, errors ?? []));
}

/// <summary>What the directory says about people and groups, as transitions need it to decide who may act.</summary>
public interface IOrganisation
{
    /// <summary>Whether the person is a member or owner of the group.</summary>
    bool IsMember(UserId person, GroupId group);

    UserId? ManagerOf(UserId person);
}

/// <summary>
/// What transitions need from outside the request: the clock, the offer expiry policy and the organisation.
/// Built once per turn by the caller, so the state machine itself stays free of I/O.
/// </summary>
public sealed class LifecycleContext(TimeProvider time, IOfferExpiry expiry, IOrganisation organisation)
{
    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    public IOfferExpiry Expiry { get; } = expiry ?? throw new ArgumentNullException(nameof(expiry));

    public IOrganisation Organisation { get; } = organisation ?? throw new ArgumentNullException(nameof(organisation));
}
