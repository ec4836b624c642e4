using Switchboard.Domain.Routing;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards.Views;

// The cards' own view of a request. The request aggregate belongs to the domain; the conversation layer maps it to
// these records, so the cards neither depend on its shape nor can change it. Every string here may come from a
// person and is treated as untrusted by the builders.

/// <summary>How many high or critical requests the requester may still send this week.</summary>
public sealed record UrgentBudget(int Remaining, int WeeklyLimit)
{
    public bool IsSpent => Remaining <= 0;
}

/// <summary>The qualification form, pre-filled from the requester's message (and from their earlier answers on an edit).</summary>
public sealed record QualificationView(
    string RequestId,
    int Version,
    string Subject,
    string Details,
    RequestKind? Kind,
    Urgency Urgency,
    Impact Impact,
    DateOnly? DeadlineDate,
    TimeOnly? DeadlineTime,
    string Tried,
    PreferredTarget PreferredTarget,
    string Justification,
    UrgentBudget Budget);

/// <summary>
/// Where the request would go before anything is sent: the routing engine's best target and its next ones.
/// Only the first <see cref="CardLimits.Alternatives"/> alternatives are shown.
/// </summary>
public sealed record ProposalView(
    string RequestId,
    int Version,
    string Subject,
    RoutingTarget Proposed,
    IReadOnlyList<RoutingTarget> Alternatives,
    StaleDirectory? Directory = null);

/// <summary>
/// The directory the routing used is the last good snapshot of a source that cannot be reached now: the card says so,
/// since a person who joined or left since is not known.
/// </summary>
/// <param name="AsOf">When that snapshot was last refreshed; null when not known.</param>
/// <param name="Source">The source that fails, as named to the reader (for example "Microsoft Graph").</param>
public sealed record StaleDirectory(DateTimeOffset? AsOf, string Source);

/// <summary>Where a request stands, as the requester sees it.</summary>
public enum RequestState
{
    /// <summary>Offered to a person, waiting for their answer.</summary>
    Offered,

    /// <summary>Posted in a team's request channel, waiting for someone to take it.</summary>
    PostedToGroup,

    Accepted,

    /// <summary>Nobody answered in time; the expert's manager has it.</summary>
    Escalated,

    Resolved,
    Withdrawn,

    /// <summary>Nobody suitable was found.</summary>
    Unrouted,
}

/// <summary>What happened to a request at one moment.</summary>
public enum TimelineStepKind
{
    Submitted,
    OfferedToPerson,
    PostedToGroup,
    Accepted,
    Declined,
    Redirected,
    Expired,
    Escalated,
    Claimed,
    DetailsAsked,
    DetailsAdded,
    UrgencyDowngraded,
    Resolved,
    Withdrawn,

    /// <summary>The offer could not be delivered (the person blocked the bot, left, or is unavailable at send time).</summary>
    Unreachable,

    /// <summary>Everyone was tried; only the requester can act now.</summary>
    Unanswered,
}

/// <summary>
/// One step of a request's timeline. <paramref name="Actor"/> is who acted or was reached (a display name);
/// <paramref name="Detail"/> is the free text of the step (a decline reason, the colleague redirected to, a question);
/// <paramref name="Urgency"/> is the new urgency of a downgrade (expected on <see cref="TimelineStepKind.UrgencyDowngraded"/>).
/// </summary>
public sealed record TimelineStep(
    DateTimeOffset At,
    TimelineStepKind Kind,
    string? Actor = null,
    string? Detail = null,
    Urgency? Urgency = null);

/// <summary>
/// The requester's status card, replaced in place as the request moves. <paramref name="Rated"/> hides the rating
/// once it is given.
/// </summary>
public sealed record RequestStatusView(
    string RequestId,
    int Version,
    string Subject,
    Urgency Urgency,
    RequestState State,
    IReadOnlyList<TimelineStep> Steps,
    bool Rated,
    StaleDirectory? Directory = null);

/// <summary>A person the reader may pick: a colleague to redirect to, a delegate.</summary>
public sealed record Colleague(string Id, string DisplayName);

/// <summary>Everything the requester filled in, as an expert or a team sees it.</summary>
public sealed record RequestSummary(
    string RequesterName,
    string Subject,
    string Details,
    RequestKind Kind,
    Urgency Urgency,
    string Justification,
    Impact Impact,
    DateTimeOffset? Deadline,
    string Tried);

/// <summary>
/// A request offered to one expert. <paramref name="WhyYou"/> are the routing reasons, said in the expert's language; <paramref name="CanDowngrade"/>
/// is true for experts and managers allowed to lower the urgency; <paramref name="AnswerBy"/> is when the offer
/// moves on to the next candidate.
/// </summary>
public sealed record OfferView(
    string RequestId,
    int Version,
    RequestSummary Request,
    IReadOnlyList<RoutingReason> WhyYou,
    IReadOnlyList<Colleague> Colleagues,
    bool CanDowngrade,
    DateTimeOffset? AnswerBy);

/// <summary>Who took a group request, and when.</summary>
public sealed record GroupClaim(string ClaimedBy, DateTimeOffset At);

/// <summary>A request posted in a team's channel; with a <paramref name="Claim"/>, the version everyone sees once it is taken.</summary>
public sealed record GroupPostView(
    string RequestId,
    int Version,
    string GroupName,
    RequestSummary Request,
    GroupClaim? Claim);

/// <summary>Which side of an introduction reads the card.</summary>
public enum IntroductionSide
{
    Requester,
    Expert,
}

/// <summary>
/// The introduction after an accept, built once for each side. <paramref name="CounterpartUpn"/> is the other
/// person's sign-in name, which the Teams deep link needs.
/// </summary>
public sealed record IntroductionView(
    string RequestId,
    int Version,
    IntroductionSide Side,
    string Subject,
    string Summary,
    string CounterpartName,
    string CounterpartUpn);

/// <summary>The rating asked after resolution.</summary>
public sealed record RatingView(string RequestId, int Version, string Subject, string ExpertName);

/// <summary>Why nobody was found, as the card explains it in the reader's language.</summary>
public enum NoTargetCause
{
    /// <summary>No directory yet.</summary>
    NoDirectory,

    /// <summary>The request matched no skill, responsibility or team.</summary>
    NotUnderstood,

    /// <summary>The subject was understood (<see cref="NoTargetView.Topics"/>), but nobody else covers it.</summary>
    NobodyCovers,

    /// <summary>The people who cover it are all unavailable now.</summary>
    NobodyAvailable,
}

/// <summary>
/// Nobody to send the request to. The <paramref name="Cause"/> and the <paramref name="Topics"/> routing understood are
/// told in the reader's language; routing's <paramref name="Reasons"/> (what is missing, then what to do) follow, said in
/// the reader's language too (or as written, for a request recorded before reasons had codes), and may quote the request.
/// </summary>
public sealed record NoTargetView(string RequestId, int Version, string Subject, NoTargetCause Cause, IReadOnlyList<VocabularyLabel> Topics, IReadOnlyList<RoutingReason> Reasons);

/// <summary>Why an offer card no longer offers anything.</summary>
public enum OfferClosedReason
{
    /// <summary>The requester withdrew the request.</summary>
    Withdrawn,

    /// <summary>The reader declined it.</summary>
    Declined,

    /// <summary>The reader redirected it to a colleague (<see cref="OfferClosedView.Other"/>).</summary>
    Redirected,

    /// <summary>It waited past its time and went on.</summary>
    Expired,

    /// <summary>Someone else took it (<see cref="OfferClosedView.Other"/>).</summary>
    TakenByOther,
}

/// <summary>
/// An offer card once the request is no longer the reader's to answer: it says why and carries no action.
/// <paramref name="Other"/> names the colleague it was redirected to, or who took it.
/// </summary>
public sealed record OfferClosedView(string Subject, string RequesterName, OfferClosedReason Reason, string? Other);
