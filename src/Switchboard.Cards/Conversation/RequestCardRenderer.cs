using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using CardIntroductionSide = Switchboard.Cards.Views.IntroductionSide;
using CardRequestState = Switchboard.Cards.Views.RequestState;
using DomainIntroductionSide = Switchboard.Domain.Conversations.IntroductionSide;
using DomainRequestState = Switchboard.Domain.Requests.RequestState;

namespace Switchboard.Cards.Conversation;

/// <summary>
/// The conversation's cards: maps the request aggregate to the cards' own view models, with the names the directory
/// knows, and builds the JSON for one reader's language and time zone.
/// </summary>
public sealed class RequestCardRenderer(IPeopleDirectory directory, RoutingIndexCache indexes, IRequestRouter router, TimeProvider time) : IRequestCards
{
    /// <summary>Colleagues offered for a redirect or as a delegate: the same department, a list a person can scan.</summary>
    private const int MaxColleagues = 25;

    private const int DefaultCapacity = 5;
    private const int SummaryLength = 500;

    public string Qualification(SupportRequest request, UrgencyBudgetStatus budget, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(reader);
        var q = request.Qualification;
        var deadline = q?.Deadline is { } at ? TimeZoneInfo.ConvertTime(at, reader.TimeZone) : (DateTimeOffset?)null;
        var view = new QualificationView(
            request.Id.ToString(),
            request.Version,
            q?.Subject ?? FirstLine(request.Text),
            q?.Details ?? request.Text,
            q?.Kind,
            q?.Urgency ?? Urgency.Normal,
            q?.Impact ?? Impact.Individual,
            deadline is { } local ? DateOnly.FromDateTime(local.DateTime) : null,
            deadline is { } localTime ? TimeOnly.FromDateTime(localTime.DateTime) : null,
            q?.Tried ?? string.Empty,
            q?.PreferredTarget ?? Switchboard.Domain.Requests.PreferredTarget.Auto,
            q?.UrgencyJustification ?? string.Empty,

            // The "unlimited" status of system callers must not print int.MaxValue on a card.
            new UrgentBudget(Math.Min(budget.Remaining, budget.Limit == int.MaxValue ? 0 : budget.Limit), budget.Limit == int.MaxValue ? 0 : budget.Limit));
        return AdaptiveCard.ToJson(QualificationCard.Build(view, Context(reader)));
    }

    public string Proposal(SupportRequest request, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        var targets = request.Candidates.Take(RequestConversation.ProposalSize).Select(ToTarget).ToList();
        var view = new ProposalView(request.Id.ToString(), request.Version, Subject(request), targets[0], targets.Skip(1).ToList(), StaleOf(reader));
        return AdaptiveCard.ToJson(ProposalCard.Build(view, Context(reader)));
    }

    public string Status(SupportRequest request, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        var view = new RequestStatusView(
            request.Id.ToString(),
            request.Version,
            Subject(request),
            request.CurrentUrgency,
            StateOf(request),
            request.History.Select(entry => Step(entry, reader)).OfType<TimelineStep>().ToList(),
            request.State == DomainRequestState.Rated,
            StaleOf(reader));
        return AdaptiveCard.ToJson(RequestStatusCard.Build(view, Context(reader)));
    }

    /// <summary>The requester's cards carry the notice; an expert's offer does not: they are not the one routing may have missed.</summary>
    private static StaleDirectory? StaleOf(CardReader reader) =>
        reader.StaleDirectory is { } stale ? new StaleDirectory(stale.AsOf, stale.Source ?? "the directory source") : null;

    public string Offer(SupportRequest request, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        IReadOnlyList<RoutingReason> why = request.CurrentOffer switch
        {
            { Reason: OfferReason.Redirected, Note: { } note } => [RoutingReason.Verbatim(note)],
            { Reason: OfferReason.Escalated } => [new RoutingReason(ReasonCode.EscalatedToManager)],
            _ => request.Candidates.FirstOrDefault(c => string.Equals(c.Id, reader.User.Value, StringComparison.OrdinalIgnoreCase))?.Reasons ?? [],
        };
        var view = new OfferView(
            request.Id.ToString(),
            request.Version,
            Summary(request),
            why,
            ColleaguesOf(reader.User, request.Requester),
            CanDowngrade: true,
            request.CurrentOffer?.ExpiresAt);
        return AdaptiveCard.ToJson(OfferCard.Build(view, Context(reader)));
    }

    public string NoTarget(SupportRequest request, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        // A request proposed before the explanation was kept reads as not understood: the most general advice.
        var noTarget = request.NoTarget ?? new NoTargetExplanation(Switchboard.Domain.Requests.NoTargetCause.NotUnderstood, [], []);
        var cause = noTarget.Cause switch
        {
            Switchboard.Domain.Requests.NoTargetCause.NoDirectory => Views.NoTargetCause.NoDirectory,
            Switchboard.Domain.Requests.NoTargetCause.NobodyCovers when noTarget.Topics.Count > 0 => Views.NoTargetCause.NobodyCovers,
            Switchboard.Domain.Requests.NoTargetCause.NobodyAvailable => Views.NoTargetCause.NobodyAvailable,
            _ => Views.NoTargetCause.NotUnderstood,
        };
        var view = new NoTargetView(request.Id.ToString(), request.Version, Subject(request), cause, noTarget.Topics, noTarget.Reasons);
        return AdaptiveCard.ToJson(NoTargetCard.Build(view, Context(reader)));
    }

    public string OfferClosed(SupportRequest request, OfferClosedKind kind, UserId? other, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        var reason = kind switch
        {
            OfferClosedKind.Withdrawn => OfferClosedReason.Withdrawn,
            OfferClosedKind.Declined => OfferClosedReason.Declined,
            OfferClosedKind.Redirected => OfferClosedReason.Redirected,
            OfferClosedKind.Expired => OfferClosedReason.Expired,
            OfferClosedKind.TakenByOther => OfferClosedReason.TakenByOther,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reason for closing an offer."),
        };
        var view = new OfferClosedView(Subject(request), PersonName(request.Requester.Value), reason, other is { } person ? PersonName(person.Value) : null);
        return AdaptiveCard.ToJson(OfferClosedCard.Build(view, Context(reader)));
    }

    public string GroupPost(SupportRequest request, GroupId group, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        var claimed = request.History.LastOrDefault(e => e.Kind == RequestEventKind.Claimed);
        var view = new GroupPostView(
            request.Id.ToString(),
            request.Version,
            GroupName(group.Value),
            Summary(request),
            claimed is null ? null : new GroupClaim(PersonName(claimed.ActorId), claimed.At));
        return AdaptiveCard.ToJson(GroupPostCard.Build(view, Context(reader)));
    }

    public string Introduction(SupportRequest request, DomainIntroductionSide side, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        var counterpart = side == DomainIntroductionSide.Requester ? request.Assignee!.Value.Value : request.Requester.Value;
        var user = FindUser(counterpart);
        var details = request.Qualification?.Details ?? request.Text;
        var view = new IntroductionView(
            request.Id.ToString(),
            request.Version,
            side == DomainIntroductionSide.Requester ? CardIntroductionSide.Requester : CardIntroductionSide.Expert,
            Subject(request),
            details.Length > SummaryLength ? details[..SummaryLength] : details,
            user?.DisplayName ?? counterpart,
            user?.UserPrincipalName ?? user?.Mail ?? counterpart);
        return AdaptiveCard.ToJson(IntroductionCard.Build(view, Context(reader)));
    }

    public string Settings(ExpertPreferences? preferences, int version, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var colleagues = ColleaguesOf(reader.User, null);
        if (preferences?.Delegate is { } stand && colleagues.All(c => !string.Equals(c.Id, stand.Value, StringComparison.OrdinalIgnoreCase)))
        {
            // A choice set can only show a value that is one of its choices.
            colleagues.Add(new Colleague(stand.Value, PersonName(stand.Value)));
        }

        var view = new ExpertSettingsView(
            version,
            preferences?.FocusUntil,
            preferences?.Capacity ?? DefaultCapacity,
            TopicsOf(reader.User, reader.Culture),
            preferences?.TopicsNotTaken ?? [],
            colleagues,
            preferences?.Delegate?.Value);
        return AdaptiveCard.ToJson(ExpertSettingsCard.Build(view, Context(reader)));
    }

    public string Refusal(RefusalKind kind, string? field, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var reason = kind switch
        {
            RefusalKind.StaleCard => CardErrorReason.StaleCard,
            RefusalKind.NotYourRequest => CardErrorReason.NotYourRequest,
            RefusalKind.AlreadyClaimed => CardErrorReason.AlreadyClaimed,
            RefusalKind.UrgentBudgetSpent => CardErrorReason.UrgentBudgetSpent,
            RefusalKind.UnknownAction => CardErrorReason.UnknownAction,
            _ => CardErrorReason.InvalidInput,
        };
        return AdaptiveCard.ToJson(ErrorCard.Build(new ErrorView(reason, field), Context(reader)));
    }

    public string Notice(NoticeKind kind, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new CardTexts(reader.Culture)[$"Notice_{kind}"];
    }

    public string Summary(SupportRequest request, CardReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        return UntrustedTextSummary(Subject(request));
    }

    private static string UntrustedTextSummary(string subject) => Building.UntrustedText.Plain(subject, CardLimits.Subject);

    private static CardContext Context(CardReader reader) => new(reader.Culture, reader.TimeZone);

    /// <summary>Why an offer was skipped: routing's rule in the reader's language when it was coded (and not erased since), else as recorded.</summary>
    private static string? Undeliverable(RequestEvent entry, CardReader reader) =>
        entry.Reason is not null && entry.Data.TryGetValue(RequestEventData.UndeliverableCodedReasons, out var coded) && ReasonJson.DeserializeReasons(coded) is [var why]
            ? ReasonText.Say(why, new CardTexts(reader.Culture), Context(reader))
            : entry.Reason;

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > CardLimits.Subject ? line[..CardLimits.Subject] : line;
    }

    private static string Subject(SupportRequest request) => request.Qualification?.Subject ?? FirstLine(request.Text);

    private RequestSummary Summary(SupportRequest request)
    {
        var q = request.Qualification;
        var added = string.Join("\n\n", request.AddedDetails.Select(d => d.Text));
        var details = q?.Details ?? request.Text;
        return new RequestSummary(
            PersonName(request.Requester.Value),
            Subject(request),
            added.Length == 0 ? details : details + "\n\n" + added,
            q?.Kind ?? Switchboard.Domain.Requests.RequestKind.Question,
            request.CurrentUrgency,
            q?.UrgencyJustification ?? string.Empty,
            q?.Impact ?? Impact.Individual,
            q?.Deadline,
            q?.Tried ?? string.Empty);
    }

    private static CardRequestState StateOf(SupportRequest request) => request.State switch
    {
        DomainRequestState.Offered or DomainRequestState.DetailsRequested => request.Escalated ? CardRequestState.Escalated : CardRequestState.Offered,
        DomainRequestState.Posted => CardRequestState.PostedToGroup,
        DomainRequestState.Accepted or DomainRequestState.Claimed => CardRequestState.Accepted,
        DomainRequestState.Resolved or DomainRequestState.Rated => CardRequestState.Resolved,
        DomainRequestState.Withdrawn => CardRequestState.Withdrawn,
        _ => CardRequestState.Unrouted,
    };

    private TimelineStep? Step(RequestEvent entry, CardReader reader)
    {
        var target = entry.Data.TryGetValue(RequestEventData.TargetId, out var id) ? id : null;
        var targetName = target is null ? null : entry.Data.TryGetValue(RequestEventData.TargetKind, out var kind) && kind == nameof(TargetKind.Group) ? GroupName(target) : PersonName(target);
        return entry.Kind switch
        {
            RequestEventKind.Confirmed => new TimelineStep(entry.At, TimelineStepKind.Submitted),
            RequestEventKind.Offered => new TimelineStep(entry.At, TimelineStepKind.OfferedToPerson, targetName),
            RequestEventKind.Posted => new TimelineStep(entry.At, TimelineStepKind.PostedToGroup, targetName),
            RequestEventKind.Accepted => new TimelineStep(entry.At, TimelineStepKind.Accepted, PersonName(entry.ActorId)),
            RequestEventKind.Claimed => new TimelineStep(entry.At, TimelineStepKind.Claimed, PersonName(entry.ActorId)),
            RequestEventKind.Declined => new TimelineStep(entry.At, TimelineStepKind.Declined, PersonName(entry.ActorId), entry.Reason),
            RequestEventKind.Redirected => new TimelineStep(entry.At, TimelineStepKind.Redirected, PersonName(entry.ActorId), PersonName(entry.Data[RequestEventData.To])),
            RequestEventKind.OfferExpired => new TimelineStep(entry.At, TimelineStepKind.Expired, targetName),
            RequestEventKind.OfferUndeliverable => new TimelineStep(entry.At, TimelineStepKind.Unreachable, targetName, Undeliverable(entry, reader)),
            RequestEventKind.Escalated => new TimelineStep(entry.At, TimelineStepKind.Escalated, PersonName(entry.Data[RequestEventData.To])),
            RequestEventKind.Unanswered => new TimelineStep(entry.At, TimelineStepKind.Unanswered),
            RequestEventKind.DetailsRequested => new TimelineStep(entry.At, TimelineStepKind.DetailsAsked, PersonName(entry.ActorId), entry.Reason),
            RequestEventKind.DetailsAdded => new TimelineStep(entry.At, TimelineStepKind.DetailsAdded),
            RequestEventKind.UrgencyDowngraded => new TimelineStep(
                entry.At, TimelineStepKind.UrgencyDowngraded, PersonName(entry.ActorId), entry.Reason,
                Enum.TryParse<Urgency>(entry.Data[RequestEventData.To], out var to) ? to : null),
            RequestEventKind.Resolved => new TimelineStep(entry.At, TimelineStepKind.Resolved, PersonName(entry.ActorId)),
            RequestEventKind.Withdrawn => new TimelineStep(entry.At, TimelineStepKind.Withdrawn),
            _ => null,
        };
    }

    private RoutingTarget ToTarget(Candidate candidate) => new(
        candidate.Kind == TargetKind.Group ? RoutingTargetType.Group : RoutingTargetType.User,
        candidate.Id,
        candidate.DisplayName ?? (candidate.Kind == TargetKind.Group ? GroupName(candidate.Id) : PersonName(candidate.Id)),
        candidate.Score,
        candidate.Reasons);

    /// <summary>People of the same department, for a redirect or a delegate; never the reader nor the requester.</summary>
    private List<Colleague> ColleaguesOf(UserId reader, UserId? requester)
    {
        var me = FindUser(reader.Value);
        return (directory.Current?.Users ?? [])
            .Where(u => u.AccountEnabled != false && me?.Department is { } department && string.Equals(u.Department, department, StringComparison.OrdinalIgnoreCase))
            .Where(u => !new UserId(u.Id).Equals(reader) && (requester is not { } asker || !new UserId(u.Id).Equals(asker)))
            .Take(MaxColleagues)
            .Select(u => new Colleague(u.Id, u.DisplayName ?? u.Id))
            .ToList();
    }

    /// <summary>The topics the expert's own profile speaks of, as routing understands them: the ones they may refuse, in their language.</summary>
    private List<TopicChoice> TopicsOf(UserId expert, System.Globalization.CultureInfo culture)
    {
        var user = FindUser(expert.Value);
        var index = indexes.Current();
        if (user is null || index is null)
        {
            return [];
        }

        var profile = string.Join(
            '\n',
            (user.Skills ?? []).Concat(user.Responsibilities ?? []).Concat((user.Profile?.Skills ?? []).Select(s => s.DisplayName ?? string.Empty)).Append(user.JobTitle ?? string.Empty));
        var answer = router.Route(new RoutingRequest(expert.Value, profile, Urgency.Low, Impact.Individual, time.GetUtcNow()), index, InMemoryWorkload.Empty, top: 1);
        return answer.Topics.Select(t => new TopicChoice(t.Id, ReasonText.Label(t.AsLabel(), culture))).DistinctBy(t => t.Id).ToList();
    }

    private DirectoryUser? FindUser(string id) =>
        directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase));

    private string PersonName(string id) => FindUser(id)?.DisplayName ?? id;

    private string GroupName(string id) =>
        directory.Current?.Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? id;
}
