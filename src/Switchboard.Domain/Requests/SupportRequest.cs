using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>
/// One employee's request, from the first message to its rating: an explicit state machine.
/// <code>
/// Draft ──Qualify──▶ Qualified ──Propose──▶ Proposed ──Confirm──▶ Offered (a person) | Posted (a group)
///   (Qualify again from Qualified or Proposed: the requester edits)
/// Offered ──Accept──▶ Accepted ──Resolve──▶ Resolved ──Rate──▶ Rated
/// Offered ──RequestDetails──▶ DetailsRequested ──AddDetails──▶ Offered (the clock restarts)
/// Offered | DetailsRequested ──Decline / Expire / SkipUndeliverable──▶ next candidate, then the group,
///   then the first expert's manager (Escalated), then Unanswered
/// Offered | DetailsRequested ──Redirect──▶ Offered (to the named colleague)
/// Posted ──Claim──▶ Claimed ──Resolve──▶ Resolved;   Posted ──Expire──▶ as for an offer
/// any state before Resolved ──Withdraw──▶ Withdrawn
/// </code>
/// Each transition checks the state, then who acts, then the card's version, and either refuses with a
/// <see cref="Rejection"/> (nothing changes) or appends events to <see cref="History"/> and increments
/// <see cref="Version"/> once. Refusals are answers, not exceptions: they are expected every day.
/// </summary>
public sealed class SupportRequest
{
    public const int ReasonMaxLength = 1000;

    private static readonly RequestState[] Open =
    [
        RequestState.Draft, RequestState.Qualified, RequestState.Proposed, RequestState.Offered, RequestState.DetailsRequested,
        RequestState.Posted, RequestState.Accepted, RequestState.Claimed, RequestState.Unanswered,
    ];

    private readonly List<RequestEvent> history;
    private readonly List<RequestEvent> pending = [];
    private readonly List<Candidate> candidates;
    private readonly List<Candidate> queue;
    private readonly List<string> tried;
    private readonly List<DetailsAddition> addedDetails;

    private SupportRequest(SupportRequestSnapshot snapshot, IEnumerable<RequestEvent> history)
    {
        Id = new RequestId(snapshot.Id);
        Requester = new UserId(snapshot.RequesterId);
        Text = snapshot.Text;
        State = snapshot.State;
        Version = snapshot.Version;
        PersistedVersion = snapshot.Version;
        Qualification = snapshot.Qualification;
        RequestedUrgency = snapshot.RequestedUrgency;
        CreatedAt = snapshot.CreatedAt;
        UpdatedAt = snapshot.UpdatedAt;
        SentAt = snapshot.SentAt;
        CurrentOffer = snapshot.CurrentOffer;
        Assignee = snapshot.AssigneeId is null ? null : new UserId(snapshot.AssigneeId);
        EscalationContact = snapshot.EscalationContactId is null ? null : new UserId(snapshot.EscalationContactId);
        Escalated = snapshot.Escalated;
        Rating = snapshot.Rating;
        PendingQuestion = snapshot.PendingQuestion;
        candidates = [.. snapshot.Candidates];
        queue = [.. snapshot.Queue];
        tried = [.. snapshot.Tried];
        addedDetails = [.. snapshot.AddedDetails];
        this.history = [.. history.OrderBy(e => e.Sequence)];
    }

    public RequestId Id { get; }

    public UserId Requester { get; }

    /// <summary>The message that started the request; it pre-fills the details.</summary>
    public string Text { get; }

    public RequestState State { get; private set; }

    /// <summary>Increments once per successful transition. Cards carry it; an action from an older card is refused.</summary>
    public int Version { get; private set; }

    /// <summary>The version last saved (0 for a request never saved); the store's optimistic concurrency check.</summary>
    public int PersistedVersion { get; private set; }

    public Qualification? Qualification { get; private set; }

    /// <summary>The urgency when the requester sent it, before any downgrade; what the weekly budget counts.</summary>
    public Urgency? RequestedUrgency { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the requester confirmed and the request first left for someone.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The targets routing proposed, best first, with their reasons.</summary>
    public IReadOnlyList<Candidate> Candidates => candidates;

    /// <summary>Who comes next if the current offer is declined or expires, in order.</summary>
    public IReadOnlyList<Candidate> RemainingCandidates => queue;

    /// <summary>Ids of every person and group the request was offered or posted to, in order.</summary>
    public IReadOnlyList<string> Tried => tried;

    /// <summary>The offer (to a person) or post (to a group) in progress; null in other states.</summary>
    public Offer? CurrentOffer { get; private set; }

    /// <summary>Who accepted or claimed it.</summary>
    public UserId? Assignee { get; private set; }

    /// <summary>Whom to escalate to when everyone else let it go: the first expert's manager, from the directory.</summary>
    public UserId? EscalationContact { get; private set; }

    public bool Escalated { get; private set; }

    public RequestRating? Rating { get; private set; }

    /// <summary>The question of the person offered the request, while the requester has not answered it.</summary>
    public string? PendingQuestion { get; private set; }

    public IReadOnlyList<DetailsAddition> AddedDetails => addedDetails;

    /// <summary>Every event since creation, saved or not, oldest first.</summary>
    public IReadOnlyList<RequestEvent> History => history;

    /// <summary>Events appended since the request was loaded or last saved; the store writes exactly these.</summary>
    public IReadOnlyList<RequestEvent> PendingEvents => pending;

    public bool IsClosed => State is RequestState.Resolved or RequestState.Rated or RequestState.Withdrawn;

    /// <summary>The person the request is currently offered to, if any.</summary>
    public UserId? CurrentOfferee =>
        State is RequestState.Offered or RequestState.DetailsRequested && CurrentOffer is { Kind: TargetKind.Person } offer
            ? new UserId(offer.TargetId)
            : null;

    /// <summary>The group the request is posted to, while it waits for a claim.</summary>
    public GroupId? PostedTo =>
        State == RequestState.Posted && CurrentOffer is { Kind: TargetKind.Group } post ? new GroupId(post.TargetId) : null;

    /// <summary>Starts a request from the requester's message.</summary>
    public static SupportRequest Create(RequestId id, UserId requester, string text, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var request = new SupportRequest(
            new SupportRequestSnapshot
            {
                Id = id.Value,
                RequesterId = requester.Value,
                Text = text,
                State = RequestState.Draft,
                Version = 0,
                CreatedAt = now,
                UpdatedAt = now,
            },
            []);
        var events = new List<RequestEvent>();
        request.Append(events, RequestEventKind.Created, Actor.Person(requester), now, null, []);
        request.Commit(now);
        return request;
    }

    /// <summary>Rebuilds a saved request; only stores call this.</summary>
    public static SupportRequest Rehydrate(SupportRequestSnapshot snapshot, IReadOnlyList<RequestEvent> history)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(history);
        return new SupportRequest(snapshot, history);
    }

    /// <summary>The state to save; with <see cref="PendingEvents"/> it is everything a store needs.</summary>
    public SupportRequestSnapshot ToSnapshot() => new()
    {
        Id = Id.Value,
        RequesterId = Requester.Value,
        Text = Text,
        State = State,
        Version = Version,
        Qualification = Qualification,
        RequestedUrgency = RequestedUrgency,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        SentAt = SentAt,
        Candidates = [.. candidates],
        Queue = [.. queue],
        Tried = [.. tried],
        CurrentOffer = CurrentOffer,
        AssigneeId = Assignee?.Value,
        EscalationContactId = EscalationContact?.Value,
        Escalated = Escalated,
        Rating = Rating,
        PendingQuestion = PendingQuestion,
        AddedDetails = [.. addedDetails],
    };

    /// <summary>Called by the store once the pending events are committed.</summary>
    public void MarkPersisted()
    {
        pending.Clear();
        PersistedVersion = Version;
    }

    /// <summary>The requester fills in (or edits) the qualification. Urgent requests need budget left this week.</summary>
    public TransitionResult Qualify(Actor actor, int expectedVersion, Qualification qualification, UrgencyBudgetStatus budget, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsRequester(actor), "Only the requester can qualify the request.",
                RequestState.Draft, RequestState.Qualified, RequestState.Proposed) is { } refused)
        {
            return refused;
        }

        var errors = qualification.Validate(now);
        if (errors.Count > 0)
        {
            return TransitionResult.Refused(RejectionCode.InvalidQualification, "The qualification has fields to fix.", errors);
        }

        if (!budget.Allows(qualification.Urgency))
        {
            return BudgetRefusal(budget);
        }

        var events = new List<RequestEvent>();
        Qualification = qualification;
        candidates.Clear();
        EscalationContact = null;
        State = RequestState.Qualified;
        Append(events, RequestEventKind.Qualified, actor, now, qualification.UrgencyJustification, new Dictionary<string, string>
        {
            [RequestEventData.Kind] = qualification.Kind.ToString(),
            [RequestEventData.Urgency] = qualification.Urgency.ToString(),
            [RequestEventData.Impact] = qualification.Impact.ToString(),
            [RequestEventData.PreferredTarget] = qualification.PreferredTarget.ToString(),
            [RequestEventData.Deadline] = qualification.Deadline is { } deadline ? Instant(deadline) : string.Empty,
        });
        return Commit(now, events);
    }

    /// <summary>
    /// Switchboard records routing's proposal: candidates best first with their reasons, and whom to escalate to
    /// (the first expert's manager, looked up by the caller). An empty proposal is kept with why it is empty
    /// (<paramref name="noTarget"/>: the cause, what routing understood, its reasons): the card explains it.
    /// </summary>
    public TransitionResult Propose(Actor actor, int expectedVersion, IReadOnlyList<Candidate> proposal, UserId? escalationContact, LifecycleContext context, NoTargetExplanation? noTarget = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, actor.IsSystem, "Only Switchboard proposes targets.", RequestState.Qualified) is { } refused)
        {
            return refused;
        }

        // Asking oneself is never the answer, whatever routing says.
        var kept = proposal.Where(c => !(c.Kind == TargetKind.Person && Requester.Equals(new UserId(c.Id)))).ToList();
        var events = new List<RequestEvent>();
        candidates.Clear();
        candidates.AddRange(kept);
        EscalationContact = escalationContact is { } contact && !contact.Equals(Requester) ? contact : null;
        State = RequestState.Proposed;

        var data = new Dictionary<string, string> { [RequestEventData.CandidateCount] = kept.Count.ToString(CultureInfo.InvariantCulture) };
        for (var index = 0; index < kept.Count; index++)
        {
            data[RequestEventData.Candidate(index)] = TargetKey(kept[index].Kind, kept[index].Id);
            // The English line stays for whoever reads the history as text; the coded form is what cards read.
            data[RequestEventData.CandidateReasons(index)] = string.Join("; ", kept[index].Reasons);
            data[RequestEventData.CandidateCodedReasons(index)] = ReasonJson.Serialize(kept[index].Reasons);
        }

        if (EscalationContact is { } escalation)
        {
            data[RequestEventData.EscalationContact] = escalation.Value;
        }

        if (kept.Count == 0 && noTarget is not null)
        {
            data[RequestEventData.NoTargetCause] = noTarget.Cause.ToString();
            data[RequestEventData.NoTargetTopics] = OneLineEach(noTarget.Topics.Select(t => t.English));
            data[RequestEventData.NoTargetReasons] = OneLineEach(noTarget.Reasons.Select(r => r.ToString()));
            data[RequestEventData.NoTargetCodedTopics] = ReasonJson.Serialize(noTarget.Topics);
            data[RequestEventData.NoTargetCodedReasons] = ReasonJson.Serialize(OneLineEach(noTarget.Reasons));
        }

        Append(events, RequestEventKind.Proposed, actor, now, null, data);
        return Commit(now, events);
    }

    /// <summary>
    /// The requester confirms one of the proposed targets (the best, or an alternative): nothing leaves before this.
    /// The others follow as fallbacks, people first, then groups.
    /// </summary>
    public TransitionResult Confirm(Actor actor, int expectedVersion, string targetId, UrgencyBudgetStatus budget, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsRequester(actor), "Only the requester can send the request.", RequestState.Proposed) is { } refused)
        {
            return refused;
        }

        if (candidates.Count == 0)
        {
            return TransitionResult.Refused(RejectionCode.NoCandidate, "Nobody suitable was found; edit the request or withdraw it.");
        }

        var chosen = candidates.FirstOrDefault(c => string.Equals(c.Id, targetId, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, "The chosen target is not one of those proposed.");
        }

        var qualification = Qualification!;
        if (!budget.Allows(qualification.Urgency))
        {
            return BudgetRefusal(budget);
        }

        var events = new List<RequestEvent>();
        queue.Clear();
        queue.Add(chosen);
        queue.AddRange(candidates.Where(c => c != chosen && c.Kind == TargetKind.Person));
        queue.AddRange(candidates.Where(c => c != chosen && c.Kind == TargetKind.Group));
        SentAt = now;
        RequestedUrgency = qualification.Urgency;
        Append(events, RequestEventKind.Confirmed, actor, now, null, new Dictionary<string, string>
        {
            [RequestEventData.TargetKind] = chosen.Kind.ToString(),
            [RequestEventData.TargetId] = chosen.Id,
            [RequestEventData.Urgency] = qualification.Urgency.ToString(),
        });
        MoveToNextCandidate(events, Actor.System, now, context);
        return Commit(now, events);
    }

    /// <summary>The person offered the request accepts it.</summary>
    public TransitionResult Accept(Actor actor, int expectedVersion, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsOfferee(actor), "Only the person the request is offered to can accept it.",
                RequestState.Offered, RequestState.DetailsRequested) is { } refused)
        {
            return refused;
        }

        var events = new List<RequestEvent>();
        var offer = CurrentOffer!;
        Assignee = actor.User;
        CurrentOffer = null;
        PendingQuestion = null;
        State = RequestState.Accepted;
        Append(events, RequestEventKind.Accepted, actor, now, null, Target(offer.Kind, offer.TargetId));
        return Commit(now, events);
    }

    /// <summary>The person offered the request declines it, saying why; it moves on to the next candidate.</summary>
    public TransitionResult Decline(Actor actor, int expectedVersion, string reason, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsOfferee(actor), "Only the person the request is offered to can decline it.",
                RequestState.Offered, RequestState.DetailsRequested) is { } refused)
        {
            return refused;
        }

        if (RequiredText(reason, "reason") is { } invalid)
        {
            return invalid;
        }

        var events = new List<RequestEvent>();
        var offer = CurrentOffer!;
        PendingQuestion = null;
        Append(events, RequestEventKind.Declined, actor, now, reason.Trim(), Target(offer.Kind, offer.TargetId));
        MoveToNextCandidate(events, Actor.System, now, context);
        return Commit(now, events);
    }

    /// <summary>The person offered the request hands it to a named colleague, with a note for them.</summary>
    public TransitionResult Redirect(Actor actor, int expectedVersion, UserId colleague, string? note, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsOfferee(actor), "Only the person the request is offered to can redirect it.",
                RequestState.Offered, RequestState.DetailsRequested) is { } refused)
        {
            return refused;
        }

        if (colleague.Value is null || actor.Is(colleague) || colleague.Equals(Requester))
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, "Redirect to a colleague other than yourself and the requester.");
        }

        if (note is { Length: > ReasonMaxLength })
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, $"The note must fit in {ReasonMaxLength} characters.");
        }

        var events = new List<RequestEvent>();
        PendingQuestion = null;
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Append(events, RequestEventKind.Redirected, actor, now, trimmed, new Dictionary<string, string>
        {
            [RequestEventData.From] = actor.Id,
            [RequestEventData.To] = colleague.Value,
        });
        OfferTo(events, Actor.System, now, context, TargetKind.Person, colleague.Value, OfferReason.Redirected, trimmed);
        return Commit(now, events);
    }

    /// <summary>The person offered the request asks the requester a question; the offer's clock stops until the answer.</summary>
    public TransitionResult RequestDetails(Actor actor, int expectedVersion, string question, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsOfferee(actor), "Only the person the request is offered to can ask for details.",
                RequestState.Offered) is { } refused)
        {
            return refused;
        }

        if (RequiredText(question, "question") is { } invalid)
        {
            return invalid;
        }

        var events = new List<RequestEvent>();
        PendingQuestion = question.Trim();
        CurrentOffer = CurrentOffer! with { ExpiresAt = null };
        State = RequestState.DetailsRequested;
        Append(events, RequestEventKind.DetailsRequested, actor, now, PendingQuestion, Target(CurrentOffer.Kind, CurrentOffer.TargetId));
        return Commit(now, events);
    }

    /// <summary>
    /// The requester adds details, at any point before the request is closed. Answering a question puts the
    /// offer back in front of the same person with a fresh expiry.
    /// </summary>
    public TransitionResult AddDetails(Actor actor, int expectedVersion, string text, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsRequester(actor), "Only the requester can add details.", Open) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > Qualification.DetailsMaxLength)
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, $"Write the details, in at most {Qualification.DetailsMaxLength} characters.");
        }

        var events = new List<RequestEvent>();
        addedDetails.Add(new DetailsAddition(now, text.Trim()));
        var data = new Dictionary<string, string>();
        if (State == RequestState.DetailsRequested)
        {
            var offer = CurrentOffer!;
            var expiresAt = context.Expiry.ExpiresAt(offer.Kind, offer.TargetId, CurrentUrgency, now);
            CurrentOffer = offer with { OfferedAt = now, ExpiresAt = expiresAt };
            PendingQuestion = null;
            State = RequestState.Offered;
            data[RequestEventData.ExpiresAt] = Instant(expiresAt);
        }

        Append(events, RequestEventKind.DetailsAdded, actor, now, null, data);
        return Commit(now, events);
    }

    /// <summary>A member of the group the request is posted to takes it; the first claim wins.</summary>
    public TransitionResult Claim(Actor actor, int expectedVersion, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (State == RequestState.Claimed)
        {
            return TransitionResult.Refused(RejectionCode.AlreadyClaimed, $"Already taken by {Assignee}.");
        }

        var group = PostedTo;
        var allowed = actor.User is { } person && group is { } posted && !person.Equals(Requester) && context.Organisation.IsMember(person, posted);
        if (Check(actor, expectedVersion, allowed, "Only a member of the group it is posted to can take the request.", RequestState.Posted) is { } refused)
        {
            return refused;
        }

        var events = new List<RequestEvent>();
        Assignee = actor.User;
        CurrentOffer = null;
        State = RequestState.Claimed;
        Append(events, RequestEventKind.Claimed, actor, now, null, new Dictionary<string, string> { [RequestEventData.GroupId] = group!.Value.Value });
        return Commit(now, events);
    }

    /// <summary>Switchboard notices that the offer or post waited too long; it moves on.</summary>
    public TransitionResult Expire(Actor actor, int expectedVersion, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, actor.IsSystem, "Only Switchboard expires offers.", RequestState.Offered, RequestState.Posted) is { } refused)
        {
            return refused;
        }

        var offer = CurrentOffer!;
        if (offer.ExpiresAt is not { } expiresAt || now < expiresAt)
        {
            return TransitionResult.Refused(RejectionCode.NotYetExpired, $"The offer expires at {offer.ExpiresAt:O}.");
        }

        var events = new List<RequestEvent>();
        Append(events, RequestEventKind.OfferExpired, actor, now, null, Target(offer.Kind, offer.TargetId));
        MoveToNextCandidate(events, actor, now, context);
        return Commit(now, events);
    }

    /// <summary>
    /// The offer could not be delivered (the person blocked the bot, left the tenant, the channel is gone):
    /// recorded with the reason, and the next candidate is tried.
    /// </summary>
    /// <param name="why">The reason coded, when routing's own rules skip the offer, so the status card can say it in the reader's language.</param>
    public TransitionResult SkipUndeliverable(Actor actor, int expectedVersion, string reason, LifecycleContext context, RoutingReason? why = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, actor.IsSystem, "Only Switchboard reports delivery failures.", RequestState.Offered, RequestState.Posted) is { } refused)
        {
            return refused;
        }

        if (RequiredText(reason, "reason") is { } invalid)
        {
            return invalid;
        }

        var events = new List<RequestEvent>();
        var offer = CurrentOffer!;
        var data = Target(offer.Kind, offer.TargetId);
        if (why is not null)
        {
            data[RequestEventData.UndeliverableCodedReasons] = ReasonJson.Serialize([why]);
        }

        Append(events, RequestEventKind.OfferUndeliverable, actor, now, reason.Trim(), data);
        MoveToNextCandidate(events, actor, now, context);
        return Commit(now, events);
    }

    /// <summary>
    /// An expert (the person offered it, the assignee, a member of the group it is posted to) or a manager (of the
    /// requester, or of that expert) lowers the urgency, saying why. An open offer's expiry is recomputed.
    /// </summary>
    public TransitionResult DowngradeUrgency(Actor actor, int expectedVersion, Urgency to, string reason, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, MayDowngrade(actor, context.Organisation), "Only the expert or a manager can downgrade the urgency.",
                RequestState.Offered, RequestState.DetailsRequested, RequestState.Posted, RequestState.Accepted, RequestState.Claimed) is { } refused)
        {
            return refused;
        }

        var from = CurrentUrgency;
        if (!Enum.IsDefined(to) || to >= from)
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, $"The new urgency must be lower than {from}.");
        }

        if (RequiredText(reason, "reason") is { } invalid)
        {
            return invalid;
        }

        var events = new List<RequestEvent>();
        Qualification = Qualification! with { Urgency = to };
        var data = new Dictionary<string, string>
        {
            [RequestEventData.From] = from.ToString(),
            [RequestEventData.To] = to.ToString(),
        };
        if (CurrentOffer is { ExpiresAt: not null } offer)
        {
            // Counted from the original offer: the time already waited is not given back.
            var expiresAt = context.Expiry.ExpiresAt(offer.Kind, offer.TargetId, to, offer.OfferedAt);
            CurrentOffer = offer with { ExpiresAt = expiresAt };
            data[RequestEventData.ExpiresAt] = Instant(expiresAt);
        }

        Append(events, RequestEventKind.UrgencyDowngraded, actor, now, reason.Trim(), data);
        return Commit(now, events);
    }

    /// <summary>The assignee, or the requester, closes the request.</summary>
    public TransitionResult Resolve(Actor actor, int expectedVersion, string? note, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        var allowed = IsRequester(actor) || actor.Is(Assignee);
        if (Check(actor, expectedVersion, allowed, "Only the requester or the person who took the request can resolve it.",
                RequestState.Accepted, RequestState.Claimed) is { } refused)
        {
            return refused;
        }

        if (note is { Length: > ReasonMaxLength })
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, $"The note must fit in {ReasonMaxLength} characters.");
        }

        var events = new List<RequestEvent>();
        State = RequestState.Resolved;
        Append(events, RequestEventKind.Resolved, actor, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), []);
        return Commit(now, events);
    }

    /// <summary>The requester rates a resolved request, once; ratings feed the routing statistics.</summary>
    public TransitionResult Rate(Actor actor, int expectedVersion, RequestRating rating, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsRequester(actor), "Only the requester can rate the request.", RequestState.Resolved) is { } refused)
        {
            return refused;
        }

        if (rating.Speed is < 1 or > 5 || rating.Comment is { Length: > RequestRating.CommentMaxLength })
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, $"Rate the speed from 1 to 5, with a comment of at most {RequestRating.CommentMaxLength} characters.");
        }

        var events = new List<RequestEvent>();
        Rating = rating;
        State = RequestState.Rated;
        Append(events, RequestEventKind.Rated, actor, now, rating.Comment, new Dictionary<string, string>
        {
            [RequestEventData.ReachedRightPerson] = rating.ReachedRightPerson ? "true" : "false",
            [RequestEventData.Speed] = rating.Speed.ToString(CultureInfo.InvariantCulture),
        });
        return Commit(now, events);
    }

    /// <summary>The requester withdraws the request, at any point before it is resolved.</summary>
    public TransitionResult Withdraw(Actor actor, int expectedVersion, string? reason, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        if (Check(actor, expectedVersion, IsRequester(actor), "Only the requester can withdraw the request.", Open) is { } refused)
        {
            return refused;
        }

        if (reason is { Length: > ReasonMaxLength })
        {
            return TransitionResult.Refused(RejectionCode.InvalidInput, $"The reason must fit in {ReasonMaxLength} characters.");
        }

        var events = new List<RequestEvent>();
        var data = CurrentOffer is { } offer ? Target(offer.Kind, offer.TargetId) : [];
        CurrentOffer = null;
        PendingQuestion = null;
        State = RequestState.Withdrawn;
        Append(events, RequestEventKind.Withdrawn, actor, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), data);
        return Commit(now, events);
    }

    /// <summary>
    /// Why the last proposal was empty; null when it was not, or for a request proposed before this was kept. Once the
    /// request's free text is erased, the reasons are gone and the cause and topics remain.
    /// </summary>
    public NoTargetExplanation? NoTarget
    {
        get
        {
            if (History.LastOrDefault(e => e.Kind == RequestEventKind.Proposed) is not { } proposed
                || !proposed.Data.TryGetValue(RequestEventData.NoTargetCause, out var cause)
                || !Enum.TryParse<NoTargetCause>(cause, out var parsed))
            {
                return null;
            }

            // Requests proposed before reasons had codes hold the English lines only: they read as written.
            IReadOnlyList<VocabularyLabel> topics = proposed.Data.TryGetValue(RequestEventData.NoTargetCodedTopics, out var codedTopics)
                ? ReasonJson.DeserializeLabels(codedTopics)
                : [.. Lines(proposed.Data, RequestEventData.NoTargetTopics).Select(VocabularyLabel.Plain)];
            IReadOnlyList<RoutingReason> reasons = proposed.Data.TryGetValue(RequestEventData.NoTargetCodedReasons, out var codedReasons)
                ? ReasonJson.DeserializeReasons(codedReasons)
                : [.. Lines(proposed.Data, RequestEventData.NoTargetReasons).Select(RoutingReason.Verbatim)];
            return new NoTargetExplanation(parsed, topics, reasons);
        }
    }

    private static string OneLineEach(IEnumerable<string> texts) =>
        string.Join('\n', texts.Select(t => t.ReplaceLineEndings(" ").Trim()).Where(t => t.Length > 0));

    /// <summary>Sentences kept as written go on one line each, as the English lines do; empty ones are dropped.</summary>
    private static RoutingReason[] OneLineEach(IEnumerable<RoutingReason> reasons) =>
    [
        .. reasons
            .Select(r => r.Code == ReasonCode.Verbatim ? RoutingReason.Verbatim((r.Text ?? string.Empty).ReplaceLineEndings(" ").Trim()) : r)
            .Where(r => r.Code != ReasonCode.Verbatim || r.Text!.Length > 0),
    ];

    private static string[] Lines(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var value) ? value.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>The urgency as it stands now (after any downgrade); normal before qualification.</summary>
    public Urgency CurrentUrgency => Qualification?.Urgency ?? Urgency.Normal;

    private bool IsRequester(Actor actor) => actor.Is(Requester);

    private bool IsOfferee(Actor actor) => actor.Is(CurrentOfferee);

    private bool MayDowngrade(Actor actor, IOrganisation organisation)
    {
        if (actor.User is not { } person || person.Equals(Requester))
        {
            return false;
        }

        var expert = CurrentOfferee ?? Assignee;
        if (person.Equals(expert) || (PostedTo is { } group && organisation.IsMember(person, group)))
        {
            return true;
        }

        return person.Equals(organisation.ManagerOf(Requester)) || (expert is { } e && person.Equals(organisation.ManagerOf(e)));
    }

    /// <summary>The checks every transition makes, in the order that gives the most useful answer: state, actor, version.</summary>
    private TransitionResult? Check(Actor actor, int expectedVersion, bool actorAllowed, string notAllowed, params RequestState[] allowedStates)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!allowedStates.Contains(State))
        {
            return TransitionResult.Refused(RejectionCode.InvalidState, $"Not possible while the request is {State}.");
        }

        if (!actorAllowed)
        {
            return TransitionResult.Refused(RejectionCode.NotAllowed, notAllowed);
        }

        if (expectedVersion != Version)
        {
            return TransitionResult.Refused(RejectionCode.StaleVersion, $"The request changed since this card (version {expectedVersion}, now {Version}).");
        }

        return null;
    }

    private static TransitionResult? RequiredText(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) || text.Length > ReasonMaxLength
            ? TransitionResult.Refused(RejectionCode.InvalidInput, $"Give a {what} of at most {ReasonMaxLength} characters.")
            : null;

    private static TransitionResult BudgetRefusal(UrgencyBudgetStatus budget) => TransitionResult.Refused(
        RejectionCode.BudgetExhausted,
        $"All {budget.Limit} urgent requests of this week are used; choose normal or low urgency, or wait until {budget.WeekEnd:O}.",
        [new ValidationError(QualificationFields.Urgency, "budgetExhausted", "No urgent request left this week.")]);

    /// <summary>The next candidate not tried yet; then the escalation contact; then nobody.</summary>
    private void MoveToNextCandidate(List<RequestEvent> events, Actor actor, DateTimeOffset now, LifecycleContext context)
    {
        while (queue.Count > 0)
        {
            var next = queue[0];
            queue.RemoveAt(0);
            if (!WasTried(next.Id))
            {
                OfferTo(events, actor, now, context, next.Kind, next.Id, OfferReason.Routed, null);
                return;
            }
        }

        if (!Escalated && EscalationContact is { } manager && !WasTried(manager.Value))
        {
            Escalated = true;
            Append(events, RequestEventKind.Escalated, actor, now, null, new Dictionary<string, string>
            {
                [RequestEventData.From] = CurrentOffer?.TargetId ?? string.Empty,
                [RequestEventData.To] = manager.Value,
            });
            OfferTo(events, actor, now, context, TargetKind.Person, manager.Value, OfferReason.Escalated, null);
            return;
        }

        CurrentOffer = null;
        State = RequestState.Unanswered;
        Append(events, RequestEventKind.Unanswered, actor, now, "Every candidate, the group and the escalation were tried.", []);
    }

    private bool WasTried(string targetId) => tried.Contains(targetId, StringComparer.OrdinalIgnoreCase);

    private void OfferTo(List<RequestEvent> events, Actor actor, DateTimeOffset now, LifecycleContext context, TargetKind kind, string targetId, OfferReason reason, string? note)
    {
        var expiresAt = context.Expiry.ExpiresAt(kind, targetId, CurrentUrgency, now);
        CurrentOffer = new Offer(kind, targetId, reason, now, expiresAt, note);
        tried.Add(targetId);
        State = kind == TargetKind.Person ? RequestState.Offered : RequestState.Posted;
        var data = Target(kind, targetId);
        data[RequestEventData.OfferReason] = reason.ToString();
        data[RequestEventData.ExpiresAt] = Instant(expiresAt);
        Append(events, kind == TargetKind.Person ? RequestEventKind.Offered : RequestEventKind.Posted, actor, now, note, data);
    }

    private void Append(List<RequestEvent> events, RequestEventKind kind, Actor actor, DateTimeOffset at, string? reason, Dictionary<string, string> data)
    {
        var entry = new RequestEvent(Id, history.Count + 1, Version + 1, kind, actor.Id, at, reason, data);
        history.Add(entry);
        pending.Add(entry);
        events.Add(entry);
    }

    private TransitionResult Commit(DateTimeOffset now, List<RequestEvent>? events = null)
    {
        Version++;
        UpdatedAt = now;
        return TransitionResult.Success(events ?? []);
    }

    private static Dictionary<string, string> Target(TargetKind kind, string id) => new()
    {
        [RequestEventData.TargetKind] = kind.ToString(),
        [RequestEventData.TargetId] = id,
    };

    private static string TargetKey(TargetKind kind, string id) => $"{(kind == TargetKind.Person ? "person" : "group")}:{id}";

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>
/// Everything a <see cref="SupportRequest"/> is, in plain data, for a store to save and load. Not for other
/// callers: they read the aggregate and change it only through its transitions.
/// </summary>
public sealed record SupportRequestSnapshot
{
    public required Guid Id { get; init; }

    public required string RequesterId { get; init; }

    public required string Text { get; init; }

    public required RequestState State { get; init; }

    public required int Version { get; init; }

    public Qualification? Qualification { get; init; }

    public Urgency? RequestedUrgency { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    public IReadOnlyList<Candidate> Queue { get; init; } = [];

    public IReadOnlyList<string> Tried { get; init; } = [];

    public Offer? CurrentOffer { get; init; }

    public string? AssigneeId { get; init; }

    public string? EscalationContactId { get; init; }

    public bool Escalated { get; init; }

    public RequestRating? Rating { get; init; }

    public string? PendingQuestion { get; init; }

    public IReadOnlyList<DetailsAddition> AddedDetails { get; init; } = [];
}
