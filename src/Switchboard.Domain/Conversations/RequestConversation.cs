using Switchboard.Domain.Directory;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Conversations;

/// <summary>
/// The conversation around a request: turns each person's intent (a message, a card action, the expiry clock, a
/// refused delivery) into ONE transaction: load the request, ask its state machine for the transition, and save the
/// new state with the cards it causes as outbox rows and the inbound key that makes a retry harmless. Nothing is sent
/// from here; the only synchronous output is the card (or short notice) that answers the person who acted.
/// </summary>
/// <remarks>
/// Cards in a requester's chat: one card, tagged <c>status:{id}</c>, is sent when the request starts (the
/// qualification form) and then updated in place as the request moves (proposal, status, rating). An offer to a
/// person is tagged <c>offer:{id}:{user}</c>, a group post <c>post:{id}</c>, an introduction <c>intro:{id}:{user}</c>
/// (<c>intro:{id}:chat</c> in the two people's own chat, with <see cref="ConversationFeatures.GroupChatOnAccept"/>).
/// The first offer to someone the bot never talked to installs the app for them first
/// (<see cref="ConversationFeatures.InstallAppBeforeFirstOffer"/>): the row is an install carrying the offer.
/// </remarks>
public sealed class RequestConversation(
    IRequestStore requests,
    IExpertPreferencesStore preferences,
    IPeopleDirectory directory,
    IRequestRouter router,
    RoutingIndexCache indexes,
    IOfferExpiry expiry,
    UrgencyBudget budget,
    IRequestCards cards,
    CardReaders readers,
    TimeProvider time,
    ConversationFeatures? features = null,
    IConversationAddressBook? addresses = null) : IUndeliverableOfferHandler
{
    private readonly ConversationFeatures _features = features ?? ConversationFeatures.None;

    /// <summary>The proposed target and its alternatives, as the proposal card shows them.</summary>
    public const int ProposalSize = 3;

    /// <summary>A conflict means another turn changed the request in between; deciding again on fresh state settles it.</summary>
    private const int MaxAttempts = 3;

    /// <summary>Guards the send-time checks: each skip consumes a candidate, so the loop ends anyway; this bounds a bad directory.</summary>
    private const int MaxSkipsPerTurn = 50;

    /// <summary>How far up the manager chain an escalation looks; also guards against a cycle in a bad directory.</summary>
    private const int MaxEscalationLevels = 5;

    /// <summary>Starts a request from the requester's message and shows the qualification form, pre-filled from it.</summary>
    public async Task<TurnAnswer> StartAsync(Caller caller, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(text);
        var request = SupportRequest.Create(RequestId.New(), caller.User, text.Trim(), time);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        var status = await BudgetAsync(caller.User, reader, cancellationToken);
        var card = cards.Qualification(request, status, reader);
        var outbox = new List<OutboxMessage> { Send(request, new UserRecipient(caller.TenantId, caller.User.Value), card, StatusTag(request.Id), reader) };

        // A new request has nothing to conflict with; a retried message finds its key and writes nothing.
        _ = await requests.SaveAsync(request, outbox, caller.InboundKey, cancellationToken);
        return TurnAnswer.None;
    }

    /// <summary>Applies a card action to its request, or refuses it with a card and changes nothing.</summary>
    public async Task<TurnAnswer> HandleAsync(Caller caller, RequestIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(intent);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var request = await requests.FindAsync(intent.RequestId, cancellationToken);
            if (request is null)
            {
                // An id nobody issued: the card was forged or comes from another installation.
                return Refuse(RefusalKind.UnknownAction, null, reader);
            }

            var decision = await DecideAsync(caller, request, intent, reader, cancellationToken);
            if (decision.Refusal is { Kind: RefusalKind.NotYourRequest } && WasOfferedTo(request, caller.User))
            {
                // The request was theirs and moved on (declined, redirected, passed on, withdrawn): the card they clicked
                // is out of date. Teams retrying their own redirect or decline lands here too, and gets the current card.
                decision = Decision.Refused(RefusalKind.StaleCard) with { MayBeRetry = true };
            }

            if (decision.Refusal is { } refusal)
            {
                if (decision.MayBeRetry && (await requests.SaveAsync(request, [], caller.InboundKey, cancellationToken)).AlreadyProcessed)
                {
                    // The request moved past this card because this very action was applied before: Teams retried it.
                    return CurrentCardFor(request, caller, reader);
                }

                return Refuse(refusal.Kind, refusal.Field, reader);
            }

            if (!decision.Changes)
            {
                return decision.Answer;
            }

            var saved = await requests.SaveAsync(request, decision.Outbox, caller.InboundKey, cancellationToken);
            if (saved.Saved)
            {
                // Without an in-place answer the cards change through the outbox; only a notice is worth a reply.
                return caller.Channel == AnswerChannel.InPlace || decision.Answer.Text is not null ? decision.Answer : TurnAnswer.None;
            }

            if (saved.AlreadyProcessed)
            {
                // Teams retried an action already applied: answer with the card as it stands, change nothing.
                var current = await requests.FindAsync(intent.RequestId, cancellationToken);
                return current is null ? TurnAnswer.None : CurrentCardFor(current, caller, reader);
            }
        }

        return Refuse(RefusalKind.StaleCard, null, reader);
    }

    /// <summary>The error card for an action refused before it reached a request (unknown verb, a field of the wrong type).</summary>
    public async Task<TurnAnswer> RefuseAsync(Caller caller, RefusalKind kind, string? field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        return Refuse(kind, field, reader);
    }

    /// <summary>
    /// One tick of the expiry clock: every offer or post past its expiry moves on (next candidate, the group, the
    /// manager), each step on the requester's status card. Returns how many moved.
    /// </summary>
    public async Task<int> ExpireDueOffersAsync(int batchSize, CancellationToken cancellationToken)
    {
        var due = await requests.ListOffersExpiringBeforeAsync(time.GetUtcNow(), batchSize, cancellationToken);
        var moved = 0;
        foreach (var request in due)
        {
            var context = Context();
            var offeredBefore = WaitingWith.Of(request);
            var expired = request.Expire(Actor.System, request.Version, context);
            if (!expired.Succeeded)
            {
                continue;
            }

            var outbox = await AfterSystemStepAsync(request, expired.Events, context, offeredBefore, cancellationToken);

            // A conflict means a person acted on it meanwhile (accepted, withdrew): their decision stands; the next
            // tick sees the new state.
            if ((await requests.SaveAsync(request, outbox, null, cancellationToken)).Saved)
            {
                moved++;
            }
        }

        return moved;
    }

    /// <summary>
    /// The offer to <paramref name="offeree"/> could not be delivered (blocked bot, not in roster, 404): recorded with
    /// the reason, and the next candidate is tried. Does nothing when the request is no longer offered to them, since
    /// the dispatcher may report the same refusal more than once.
    /// </summary>
    public async Task OfferUndeliverableAsync(RequestId requestId, UserId offeree, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var request = await requests.FindAsync(requestId, cancellationToken);
            if (request?.CurrentOfferee is not { } current || !current.Equals(offeree))
            {
                return;
            }

            var context = Context();
            var skipped = request.SkipUndeliverable(Actor.System, request.Version, reason, context);
            if (!skipped.Succeeded)
            {
                return;
            }

            // The offer never reached them: there is no card of theirs to close.
            var outbox = await AfterSystemStepAsync(request, skipped.Events, context, WaitingWith.Nobody, cancellationToken);
            if ((await requests.SaveAsync(request, outbox, null, cancellationToken)).Conflict is null)
            {
                return;
            }
        }
    }

    /// <summary>The requester's requests (newest first) as status cards, and the offers waiting for them, for "status" and "my requests".</summary>
    public async Task<IReadOnlyList<string>> ListAsync(Caller caller, bool openOnly, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        var mine = await requests.ListByRequesterAsync(caller.User, openOnly, cancellationToken);
        var offered = await requests.ListOfferedToAsync(caller.User, cancellationToken);
        var budgetNow = await BudgetAsync(caller.User, reader, cancellationToken);
        return [.. mine.Take(limit).Select(r => RequesterCard(r, reader, budgetNow)), .. offered.Take(limit).Select(r => cards.Offer(r, reader))];
    }

    /// <summary>The expert's settings card, as their preferences stand.</summary>
    public async Task<TurnAnswer> ShowSettingsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        var current = await preferences.FindAsync(caller.User, cancellationToken);
        return TurnAnswer.Card(cards.Settings(current, SettingsVersion(current), reader));
    }

    /// <summary>Focus mode for a while ("focus 2h"): no offers until then. Routing reads it from the next request on.</summary>
    public async Task<TurnAnswer> FocusAsync(Caller caller, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = time.GetUtcNow();
        var current = await preferences.FindAsync(caller.User, cancellationToken) ?? new ExpertPreferences { Expert = caller.User };
        var updated = current with { FocusUntil = now + duration, UpdatedAt = now };
        await preferences.SaveAsync(updated, cancellationToken);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        return TurnAnswer.Card(cards.Settings(updated, SettingsVersion(updated), reader));
    }

    /// <summary>Saves the expert's controls from the settings card; a save from an older card is refused.</summary>
    public async Task<TurnAnswer> SaveSettingsAsync(Caller caller, SaveSettingsIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(intent);
        var reader = await readers.ForAsync(caller.User, caller.TenantId, cancellationToken);
        var current = await preferences.FindAsync(caller.User, cancellationToken);
        if (intent.Version != SettingsVersion(current))
        {
            return Refuse(RefusalKind.StaleCard, null, reader);
        }

        var now = time.GetUtcNow();
        DateTimeOffset? focusUntil = intent.FocusUntilDate is { } date
            ? WorkingSchedule.ToInstant(date.ToDateTime(intent.FocusUntilTime ?? TimeOnly.MinValue), reader.TimeZone)
            : null;
        var updated = (current ?? new ExpertPreferences { Expert = caller.User }) with
        {
            FocusUntil = focusUntil,
            Capacity = intent.Capacity,
            TopicsNotTaken = intent.TopicsNotTaken,
            Delegate = intent.Delegate,
            UpdatedAt = now,
        };
        if (intent.Delegate is { } stand && FindUser(stand) is null)
        {
            return Refuse(RefusalKind.InvalidInput, "delegateId", reader);
        }

        if (updated.Validate() is [var first, ..])
        {
            return Refuse(RefusalKind.InvalidInput, first.Field, reader);
        }

        await preferences.SaveAsync(updated, cancellationToken);
        return TurnAnswer.Card(cards.Settings(updated, SettingsVersion(updated), reader));
    }

    /// <summary>
    /// The settings card's version: the seconds of the last save. Preferences carry no counter, and two saves by one
    /// person within a second are not a real race.
    /// </summary>
    public static int SettingsVersion(ExpertPreferences? preferences) =>
        preferences is null ? 0 : (int)(preferences.UpdatedAt.ToUnixTimeSeconds() & int.MaxValue);

    private async Task<Decision> DecideAsync(Caller caller, SupportRequest request, RequestIntent intent, CardReader reader, CancellationToken cancellationToken)
    {
        var actor = Actor.Person(caller.User);
        var context = Context();

        // Whose offer card (or which channel's post) is out there before this action: if the action takes the request
        // from them, it closes.
        var offeredBefore = WaitingWith.Of(request);
        switch (intent)
        {
            case QualifyIntent qualify:
                return await QualifyAsync(caller, request, qualify, reader, context, cancellationToken);

            case EditIntent edit:
                // Showing the form again changes nothing; the checks still apply so a stranger cannot read it.
                if (!request.Requester.Equals(caller.User))
                {
                    return Decision.Refused(RefusalKind.NotYourRequest);
                }

                if (edit.Version != request.Version)
                {
                    return Decision.Refused(RefusalKind.StaleCard);
                }

                if (request.State is not (RequestState.Draft or RequestState.Qualified or RequestState.Proposed))
                {
                    return Decision.Refused(RefusalKind.InvalidInput);
                }

                return Decision.Unchanged(TurnAnswer.Card(cards.Qualification(request, await BudgetAsync(caller.User, reader, cancellationToken), reader)));

            case ConfirmIntent confirm:
                if (confirm.TargetIndex < 0 || confirm.TargetIndex >= Math.Min(ProposalSize, Math.Max(1, request.Candidates.Count)))
                {
                    return Decision.Refused(RefusalKind.InvalidInput, "targetIndex");
                }

                var targetId = request.Candidates.Count > confirm.TargetIndex ? request.Candidates[confirm.TargetIndex].Id : string.Empty;
                var status = await BudgetAsync(caller.User, reader, cancellationToken);
                return await ApplyAsync(caller, request, request.Confirm(actor, confirm.Version, targetId, status, context), context, reader, offeredBefore, cancellationToken);

            case WithdrawIntent withdraw:
                return await ApplyAsync(caller, request, request.Withdraw(actor, withdraw.Version, null, context), context, reader, offeredBefore, cancellationToken);

            case AddDetailsIntent add:
                return await ApplyAsync(caller, request, request.AddDetails(actor, add.Version, add.Text, context), context, reader, offeredBefore, cancellationToken);

            case ResolveIntent resolve:
                return await ApplyAsync(caller, request, request.Resolve(actor, resolve.Version, null, context), context, reader, offeredBefore, cancellationToken);

            case RateIntent rate:
                return await ApplyAsync(caller, request, request.Rate(actor, rate.Version, new RequestRating(rate.RightPerson, rate.Speed, null), context), context, reader, offeredBefore, cancellationToken);

            case AcceptIntent accept:
                return await ApplyAsync(caller, request, request.Accept(actor, accept.Version, context), context, reader, offeredBefore, cancellationToken);

            case DeclineIntent decline:
                return await ApplyAsync(caller, request, request.Decline(actor, decline.Version, decline.Reason, context), context, reader, offeredBefore, cancellationToken);

            case RedirectIntent redirect:
                if (FindUser(redirect.Colleague) is null)
                {
                    return Decision.Refused(RefusalKind.InvalidInput, "redirectColleague");
                }

                return await ApplyAsync(caller, request, request.Redirect(actor, redirect.Version, redirect.Colleague, redirect.Note, context), context, reader, offeredBefore, cancellationToken);

            case AskDetailsIntent ask:
                return await ApplyAsync(caller, request, request.RequestDetails(actor, ask.Version, ask.Question, context), context, reader, offeredBefore, cancellationToken);

            case DowngradeIntent downgrade:
                return await ApplyAsync(caller, request, request.DowngradeUrgency(actor, downgrade.Version, downgrade.To, downgrade.Reason, context), context, reader, offeredBefore, cancellationToken);

            case ClaimIntent claim:
                return await ApplyAsync(caller, request, request.Claim(actor, claim.Version, context), context, reader, offeredBefore, cancellationToken);

            default:
                return Decision.Refused(RefusalKind.UnknownAction);
        }
    }

    private async Task<Decision> QualifyAsync(Caller caller, SupportRequest request, QualifyIntent intent, CardReader reader, LifecycleContext context, CancellationToken cancellationToken)
    {
        DateTimeOffset? deadline = intent.DeadlineDate is { } date
            ? WorkingSchedule.ToInstant(date.ToDateTime(intent.DeadlineTime ?? new TimeOnly(17, 0)), reader.TimeZone)
            : null;
        var qualification = new Qualification
        {
            Subject = intent.Subject.Trim(),
            Details = intent.Details.Trim(),
            Kind = intent.Kind,
            Urgency = intent.Urgency,
            Impact = intent.Impact,
            Deadline = deadline,
            Tried = string.IsNullOrWhiteSpace(intent.Tried) ? null : intent.Tried.Trim(),
            // The form asks whether a person or a team is preferred, without naming one; the domain's preferred
            // target means a named one. So the request records no named target, and the preference orders the proposal.
            PreferredTarget = PreferredTarget.Auto,
            PreferredTargetId = null,
            UrgencyJustification = string.IsNullOrWhiteSpace(intent.Justification) ? null : intent.Justification.Trim(),
        };
        var status = await BudgetAsync(caller.User, reader, cancellationToken);
        var qualified = request.Qualify(Actor.Person(caller.User), intent.Version, qualification, status, context);
        if (!qualified.Succeeded)
        {
            return Decision.Refused(qualified.Rejection!);
        }

        var (candidates, escalation, noTarget) = await ProposeTargetsAsync(request, intent.PreferredTarget, cancellationToken);
        var proposed = request.Propose(Actor.System, request.Version, candidates, escalation, context, noTarget);
        if (!proposed.Succeeded)
        {
            return Decision.Refused(proposed.Rejection!);
        }

        var card = RequesterCard(request, reader);
        var outbox = new List<OutboxMessage>();
        if (caller.Channel == AnswerChannel.Separate)
        {
            outbox.Add(Update(request, new UserRecipient(caller.TenantId, caller.User.Value), card, StatusTag(request.Id), reader));
        }

        return Decision.Saved(TurnAnswer.Card(card), outbox);
    }

    /// <summary>
    /// Routing's answer with the experts' preferences applied, then the team of the first expert as a fallback
    /// (people first, then a group, then the manager), and the first expert's manager as the escalation contact; when
    /// nobody is left, routing's reasons (what is missing, what to do) for the requester's card.
    /// </summary>
    private async Task<(IReadOnlyList<Candidate> Candidates, UserId? Escalation, NoTargetExplanation? NoTarget)> ProposeTargetsAsync(
        SupportRequest request, PreferredTarget preferred, CancellationToken cancellationToken)
    {
        var index = indexes.Current();
        if (index is null)
        {
            return ([], null, new NoTargetExplanation(NoTargetCause.NoDirectory, [], []));
        }

        var qualification = request.Qualification!;
        var text = string.Join('\n', new[] { qualification.Subject, qualification.Details, qualification.Tried }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var now = time.GetUtcNow();
        var answer = router.Route(
            new RoutingRequest(request.Requester.Value, text, qualification.Urgency, qualification.Impact, now),
            index,
            InMemoryWorkload.Empty,
            top: ProposalSize);

        var people = answer.Targets.Where(t => t.Type == RoutingTargetType.User).Select(t => new UserId(t.Id)).ToList();
        var constraints = RoutingConstraints.From(
            await preferences.ListAsync(people, cancellationToken),
            await requests.CountOpenWorkAsync(people, cancellationToken),
            now,
            person => OutOfOffice.IsActive(directory, person, now));
        var applied = constraints.Apply(answer, request.Requester);

        var candidates = applied.Targets.Take(ProposalSize).Select(Candidate.From).ToList();
        var firstExpert = candidates.FirstOrDefault(c => c.Kind == TargetKind.Person);
        if (firstExpert is not null && TeamOf(index, firstExpert) is { } team && candidates.All(c => !string.Equals(c.Id, team.Id, StringComparison.OrdinalIgnoreCase)))
        {
            candidates.Add(team);
        }

        if (preferred == PreferredTarget.Team)
        {
            // Asked for a team: the teams come first, still in routing's order, then the people.
            candidates = [.. candidates.Where(c => c.Kind == TargetKind.Group), .. candidates.Where(c => c.Kind == TargetKind.Person)];
        }

        NoTargetExplanation? noTarget = null;
        if (candidates.Count == 0)
        {
            // The cause is read from routing's structured answer, so the card can say it in the reader's language;
            // routing's own sentences come along as they are.
            var topics = answer.Topics.OrderByDescending(t => t.Weight).DistinctBy(t => t.Label, StringComparer.OrdinalIgnoreCase).Take(3).Select(t => t.AsLabel()).ToList();
            var cause = answer.Targets.Count > 0 ? NoTargetCause.NobodyAvailable
                : topics.Count > 0 ? NoTargetCause.NobodyCovers
                : NoTargetCause.NotUnderstood;
            noTarget = new NoTargetExplanation(cause, topics, applied.Why.Count > 0 ? applied.Why : answer.Why);
        }

        return (candidates, firstExpert is null ? null : EscalationFor(new UserId(firstExpert.Id), candidates, request.Requester), noTarget);
    }

    /// <summary>
    /// The first expert's manager; when that manager is a candidate already (a head of a small team often is), the
    /// next one up: an escalation must reach someone who has not had the request yet.
    /// </summary>
    private UserId? EscalationFor(UserId firstExpert, IReadOnlyList<Candidate> candidates, UserId requester)
    {
        var organisation = new DirectoryOrganisation(directory);
        var manager = organisation.ManagerOf(firstExpert);
        for (var level = 0; level < MaxEscalationLevels && manager is { } current; level++)
        {
            var seen = current.Equals(requester) || candidates.Any(c => c.Kind == TargetKind.Person && new UserId(c.Id).Equals(current));
            if (!seen)
            {
                return current;
            }

            manager = organisation.ManagerOf(current);
        }

        return null;
    }

    /// <summary>The smallest team that takes requests and counts the expert as a member: the people closest to their work.</summary>
    private static Candidate? TeamOf(RoutingIndex index, Candidate expert)
    {
        var team = index.Groups
            .Where(g => g.AcceptsRequests && g.RequestChannel is not null)
            .Where(g => (g.Group.Members ?? []).Concat(g.Group.Owners ?? []).Any(m => string.Equals(m.Id, expert.Id, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(g => g.MemberIndexes.Count)
            .FirstOrDefault();
        return team is null
            ? null
            : new Candidate(TargetKind.Group, team.Group.Id, team.Name, 0, [new RoutingReason(ReasonCode.TeamOfExpert) { Name = expert.DisplayName ?? expert.Id }]);
    }

    /// <summary>A person's transition: refused, or applied with the send-time checks and the cards it causes.</summary>
    private async Task<Decision> ApplyAsync(Caller caller, SupportRequest request, TransitionResult result, LifecycleContext context, CardReader reader, WaitingWith offeredBefore, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            return Decision.Refused(result.Rejection!);
        }

        var events = result.Events.ToList();
        await HonourRulesAtSendTimeAsync(request, events, context, cancellationToken);
        var outbox = await MessagesAsync(request, events, caller, offeredBefore, cancellationToken);
        return Decision.Saved(AnswerFor(request, events, caller, reader), outbox);
    }

    private async Task<List<OutboxMessage>> AfterSystemStepAsync(SupportRequest request, IReadOnlyList<RequestEvent> events, LifecycleContext context, WaitingWith offeredBefore, CancellationToken cancellationToken)
    {
        var all = events.ToList();
        await HonourRulesAtSendTimeAsync(request, all, context, cancellationToken);
        return await MessagesAsync(request, all, null, offeredBefore, cancellationToken);
    }

    /// <summary>
    /// Routing's rules at the moment an offer leaves, not only when it was proposed: a candidate who went into focus
    /// mode, reached capacity or left since is skipped with the reason, and so is a group without a channel to post in.
    /// </summary>
    private async Task HonourRulesAtSendTimeAsync(SupportRequest request, List<RequestEvent> events, LifecycleContext context, CancellationToken cancellationToken)
    {
        for (var skips = 0; skips < MaxSkipsPerTurn; skips++)
        {
            RoutingReason? skip = null;
            if (request.CurrentOfferee is { } person && request.CurrentOffer is { Reason: OfferReason.Routed } && request.State == RequestState.Offered)
            {
                skip = await ExclusionAsync(person, cancellationToken);
            }
            else if (request.PostedTo is { } group && ChannelOf(group) is null)
            {
                skip = new RoutingReason(ReasonCode.TeamHasNoChannel);
            }

            if (skip is null)
            {
                return;
            }

            var skipped = request.SkipUndeliverable(Actor.System, request.Version, skip.ToString(), context, skip);
            if (!skipped.Succeeded)
            {
                return;
            }

            events.AddRange(skipped.Events);
        }
    }

    private async Task<RoutingReason?> ExclusionAsync(UserId person, CancellationToken cancellationToken)
    {
        var user = FindUser(person);
        if (user is null || user.AccountEnabled == false)
        {
            return new RoutingReason(ReasonCode.NoLongerInDirectory);
        }

        var now = time.GetUtcNow();
        var saved = await preferences.FindAsync(person, cancellationToken);
        if (saved is null)
        {
            return null;
        }

        var constraints = RoutingConstraints.From([saved], await requests.CountOpenWorkAsync([person], cancellationToken), now);
        return constraints.ExclusionOf(person, null);
    }

    /// <summary>
    /// The outbox rows one decision causes, built from the events it appended. <paramref name="offeredBefore"/> is the
    /// person (or the team's channel) the request waited with before it: their card is closed in place when it is no
    /// longer theirs.
    /// </summary>
    private async Task<List<OutboxMessage>> MessagesAsync(SupportRequest request, IReadOnlyList<RequestEvent> events, Caller? caller, WaitingWith offeredBefore, CancellationToken cancellationToken)
    {
        var tenant = caller?.TenantId ?? directory.Current?.TenantId ?? string.Empty;
        var outbox = new List<OutboxMessage>();
        var inPlace = caller is { Channel: AnswerChannel.InPlace } ? caller.User : (UserId?)null;

        foreach (var entry in events)
        {
            switch (entry.Kind)
            {
                case RequestEventKind.Offered when entry.Data.TryGetValue(RequestEventData.TargetId, out var offeree) && request.CurrentOfferee is { } current && current.Equals(new UserId(offeree)):
                    var expert = await readers.ForAsync(current, tenant, cancellationToken);
                    var offerKind = await NeedsAppInstallAsync(tenant, current, cancellationToken) ? OutboxMessageKind.InstallApp : OutboxMessageKind.Send;
                    outbox.Add(Message(offerKind, request, new UserRecipient(tenant, current.Value), cards.Offer(request, expert), OfferTag(request.Id, current), expert));
                    break;

                case RequestEventKind.Posted when request.PostedTo is { } group && ChannelOf(group) is { } channel:
                    var channelReader = CardReaders.ForChannel(group);
                    outbox.Add(Send(request, new ChannelRecipient(tenant, group.Value, channel), cards.GroupPost(request, group, channelReader), PostTag(request.Id), channelReader));
                    break;

                case RequestEventKind.Claimed when entry.Data.TryGetValue(RequestEventData.GroupId, out var claimedGroup) && ChannelOf(new GroupId(claimedGroup)) is { } claimedChannel:
                    // The post changes for everyone in the channel, the winner included: it names who took it.
                    var postReader = CardReaders.ForChannel(new GroupId(claimedGroup));
                    outbox.Add(Update(request, new ChannelRecipient(tenant, claimedGroup, claimedChannel), cards.GroupPost(request, new GroupId(claimedGroup), postReader), PostTag(request.Id), postReader));
                    outbox.AddRange(await IntroductionsAsync(request, tenant, expertAnsweredInPlace: false, cancellationToken));
                    break;

                case RequestEventKind.DetailsAdded or RequestEventKind.UrgencyDowngraded
                    when request.CurrentOfferee is { } waiting && !(inPlace is { } acted && acted.Equals(waiting)):
                    // The person it is offered to reads the answer to their question, or the new urgency, on their card.
                    var offereeReader = await readers.ForAsync(waiting, tenant, cancellationToken);
                    outbox.Add(Update(request, new UserRecipient(tenant, waiting.Value), cards.Offer(request, offereeReader), OfferTag(request.Id, waiting), offereeReader));
                    break;

                case RequestEventKind.Accepted:
                    outbox.AddRange(await IntroductionsAsync(request, tenant, expertAnsweredInPlace: inPlace is { } accepter && accepter.Equals(request.Assignee), cancellationToken));
                    break;
            }
        }

        if (offeredBefore.Group is { } team && request.PostedTo is null && request.State != RequestState.Claimed
            && ChannelOf(team) is { } postChannel && OfferClosedFor(null, request, events) is { } postClosed)
        {
            // The post stops offering "Take it" to the team: withdrawn, or gone up to a manager after its time.
            var teamReader = CardReaders.ForChannel(team);
            outbox.Add(Update(request, new ChannelRecipient(tenant, team.Value, postChannel), cards.OfferClosed(request, postClosed.Kind, postClosed.Other, teamReader), PostTag(request.Id), teamReader));
        }

        if (offeredBefore.Person is { } previous && OfferClosedFor(previous, request, events) is { } closed)
        {
            // Their card stops offering Accept and Decline, and says why; a click on an older copy is still refused.
            var previousReader = await readers.ForAsync(previous, tenant, cancellationToken);
            outbox.Add(Update(request, new UserRecipient(tenant, previous.Value), cards.OfferClosed(request, closed.Kind, closed.Other, previousReader), OfferTag(request.Id, previous), previousReader));
        }

        // The requester's one card follows every step after the form; their own in-place answers already show it.
        var requesterActedInPlace = inPlace is { } actor && actor.Equals(request.Requester);
        if (!requesterActedInPlace && request.SentAt is not null)
        {
            var requester = await readers.ForAsync(request.Requester, tenant, cancellationToken);
            outbox.Add(Update(request, new UserRecipient(tenant, request.Requester.Value), RequesterCard(request, requester), StatusTag(request.Id), requester));
        }

        // An expert who acted from a submit (no in-place answer) still sees their offer card change.
        if (caller is { Channel: AnswerChannel.Separate } && request.CurrentOfferee is { } stillOffered && stillOffered.Equals(caller.User)
            && !events.Any(e => e.Kind is RequestEventKind.Offered or RequestEventKind.Redirected))
        {
            var expert = await readers.ForAsync(caller.User, tenant, cancellationToken);
            outbox.Add(Update(request, new UserRecipient(tenant, caller.User.Value), cards.Offer(request, expert), OfferTag(request.Id, caller.User), expert));
        }

        return outbox;
    }

    private static bool WasOfferedTo(SupportRequest request, UserId person) =>
        request.History.Any(e => e.Kind == RequestEventKind.Offered
            && e.Data.TryGetValue(RequestEventData.TargetId, out var target)
            && string.Equals(target, person.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why the request is no longer <paramref name="person"/>'s to answer after these events, or null when it still is,
    /// or when their card changes otherwise (they accepted: it becomes the introduction; it never reached them).
    /// </summary>
    private static (OfferClosedKind Kind, UserId? Other)? OfferClosedFor(UserId? person, SupportRequest request, IReadOnlyList<RequestEvent> events)
    {
        if (person is { } reader && ((request.CurrentOfferee is { } current && current.Equals(reader)) || (request.Assignee is { } assignee && assignee.Equals(reader))))
        {
            return null;
        }

        if (events.Any(e => e.Kind == RequestEventKind.Withdrawn))
        {
            return (OfferClosedKind.Withdrawn, null);
        }

        if (events.FirstOrDefault(e => e.Kind == RequestEventKind.Redirected) is { } redirected)
        {
            return (OfferClosedKind.Redirected, redirected.Data.TryGetValue(RequestEventData.To, out var to) ? new UserId(to) : null);
        }

        if (events.Any(e => e.Kind == RequestEventKind.Declined))
        {
            return (OfferClosedKind.Declined, null);
        }

        if (events.Any(e => e.Kind == RequestEventKind.OfferExpired))
        {
            return (OfferClosedKind.Expired, null);
        }

        if (request.Assignee is { } other)
        {
            return (OfferClosedKind.TakenByOther, other);
        }

        return null;
    }

    /// <summary>On accept or claim: both sides meet, each in their chat with the bot, with a link to their 1:1 chat.</summary>
    private async Task<List<OutboxMessage>> IntroductionsAsync(SupportRequest request, string tenant, bool expertAnsweredInPlace, CancellationToken cancellationToken)
    {
        var expert = request.Assignee!.Value;
        var requesterReader = await readers.ForAsync(request.Requester, tenant, cancellationToken);
        var expertReader = await readers.ForAsync(expert, tenant, cancellationToken);
        var messages = new List<OutboxMessage>
        {
            Send(request, new UserRecipient(tenant, request.Requester.Value), cards.Introduction(request, IntroductionSide.Requester, requesterReader), IntroTag(request.Id, request.Requester), requesterReader),
        };
        if (request.State == RequestState.Claimed)
        {
            messages.Add(Send(request, new UserRecipient(tenant, expert.Value), cards.Introduction(request, IntroductionSide.Expert, expertReader), IntroTag(request.Id, expert), expertReader));
        }
        else if (!expertAnsweredInPlace)
        {
            // The offer card becomes the introduction: the expert's chat keeps one card per request.
            messages.Add(Update(request, new UserRecipient(tenant, expert.Value), cards.Introduction(request, IntroductionSide.Expert, expertReader), OfferTag(request.Id, expert), expertReader));
        }

        if (_features.GroupChatOnAccept)
        {
            // Their one-on-one chat, opened through Graph with the bot in it: the request's introduction is posted there
            // for both to read. The chats with the bot keep theirs, so nothing is lost if Graph refuses.
            var post = new OutgoingActivity(new ChatRecipient(tenant, string.Empty), null, cards.Introduction(request, IntroductionSide.Expert, expertReader), ChatTag(request.Id), cards.Summary(request, expertReader));
            var write = new CreateChatWrite(tenant, [request.Requester.Value, expert.Value], post);
            messages.Add(OutboxMessage.Create($"chat:{tenant}:{request.Id}", OutboxMessageKind.GraphWrite, write.ToJson(), request.Id, time));
        }

        return messages;
    }

    /// <summary>
    /// Whether the app must be installed for the person before the first offer: only with a Graph writer, and only for
    /// someone who never had a conversation with the bot (installing the app, or writing to it, records one).
    /// </summary>
    private async Task<bool> NeedsAppInstallAsync(string tenant, UserId person, CancellationToken cancellationToken) =>
        _features.InstallAppBeforeFirstOffer
        && addresses is not null
        && await addresses.FindAsync(tenant, person.Value, cancellationToken) is null;

    /// <summary>The card that answers the person who acted, in place of the card they clicked.</summary>
    private TurnAnswer AnswerFor(SupportRequest request, IReadOnlyList<RequestEvent> events, Caller caller, CardReader reader)
    {
        if (caller.User.Equals(request.Requester))
        {
            return TurnAnswer.Card(RequesterCard(request, reader));
        }

        if (events.Any(e => e.Kind == RequestEventKind.Declined))
        {
            return TurnAnswer.Notice(cards.Notice(NoticeKind.Declined, reader));
        }

        if (events.Any(e => e.Kind == RequestEventKind.Redirected))
        {
            return TurnAnswer.Notice(cards.Notice(NoticeKind.Redirected, reader));
        }

        if (events.Any(e => e.Kind == RequestEventKind.Resolved))
        {
            return TurnAnswer.Notice(cards.Notice(NoticeKind.Resolved, reader));
        }

        if (events.Any(e => e.Kind == RequestEventKind.Accepted))
        {
            return TurnAnswer.Card(cards.Introduction(request, IntroductionSide.Expert, reader));
        }

        if (events.FirstOrDefault(e => e.Kind == RequestEventKind.Claimed) is { } claimed)
        {
            return TurnAnswer.Card(cards.GroupPost(request, new GroupId(claimed.Data[RequestEventData.GroupId]), CardReaders.ForChannel(new GroupId(claimed.Data[RequestEventData.GroupId]))));
        }

        return TurnAnswer.Card(cards.Offer(request, reader));
    }

    /// <summary>The card as it stands for this person, for an action that was already applied.</summary>
    private TurnAnswer CurrentCardFor(SupportRequest request, Caller caller, CardReader reader)
    {
        if (caller.User.Equals(request.Requester))
        {
            return TurnAnswer.Card(RequesterCard(request, reader));
        }

        if (request.State == RequestState.Claimed && request.Tried.FirstOrDefault(id => directory.Current?.Groups.Any(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase)) == true) is { } group)
        {
            return TurnAnswer.Card(cards.GroupPost(request, new GroupId(group), CardReaders.ForChannel(new GroupId(group))));
        }

        return request.Assignee is { } assignee && assignee.Equals(caller.User)
            ? TurnAnswer.Card(cards.Introduction(request, IntroductionSide.Expert, reader))
            : TurnAnswer.Card(cards.Offer(request, reader));
    }

    /// <summary>
    /// The requester's one card: the form, the proposal, then the status. Only a listing shows a draft (every action
    /// moves a request out of it), and it passes the requester's budget for the form.
    /// </summary>
    private string RequesterCard(SupportRequest request, CardReader reader, UrgencyBudgetStatus? draftBudget = null) => request.State switch
    {
        RequestState.Draft => cards.Qualification(request, draftBudget ?? UrgencyBudgetStatus.Unlimited, reader),
        RequestState.Qualified or RequestState.Proposed when request.Candidates.Count > 0 => cards.Proposal(request, reader),
        RequestState.Proposed => cards.NoTarget(request, reader),
        _ => cards.Status(request, reader),
    };

    private TurnAnswer Refuse(RefusalKind kind, string? field, CardReader reader) => TurnAnswer.Card(cards.Refusal(kind, field, reader));

    private async Task<UrgencyBudgetStatus> BudgetAsync(UserId requester, CardReader reader, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var week = UrgencyBudget.WeekContaining(now, reader.TimeZone);
        var used = await requests.CountUrgentSentAsync(requester, week.Start, week.End, cancellationToken);
        return budget.Evaluate(used, now, reader.TimeZone);
    }

    private LifecycleContext Context() => new(time, expiry, new DirectoryOrganisation(directory));

    private DirectoryUser? FindUser(UserId user) =>
        directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, user.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The channel a group's requests are posted in, as routing chose it for the active snapshot.</summary>
    private string? ChannelOf(GroupId group) =>
        indexes.Current()?.Groups.FirstOrDefault(g => string.Equals(g.Group.Id, group.Value, StringComparison.OrdinalIgnoreCase))?.RequestChannel?.Id;

    private OutboxMessage Send(SupportRequest request, Recipient to, string card, string tag, CardReader reader) =>
        Message(OutboxMessageKind.Send, request, to, card, tag, reader);

    private OutboxMessage Update(SupportRequest request, Recipient to, string card, string tag, CardReader reader) =>
        Message(OutboxMessageKind.Update, request, to, card, tag, reader);

    private OutboxMessage Message(OutboxMessageKind kind, SupportRequest request, Recipient to, string card, string tag, CardReader reader) =>
        OutboxMessage.Create(to.ConversationKey, kind, new OutgoingActivity(to, null, card, tag, cards.Summary(request, reader)).ToJson(), request.Id, time);

    public static string StatusTag(RequestId id) => $"status:{id}";

    public static string OfferTag(RequestId id, UserId offeree) => $"offer:{id}:{offeree.Value}";

    public static string PostTag(RequestId id) => $"post:{id}";

    public static string IntroTag(RequestId id, UserId user) => $"intro:{id}:{user.Value}";

    /// <summary>The introduction posted in the chat of the two people, when Switchboard opens it through Graph.</summary>
    public static string ChatTag(RequestId id) => $"intro:{id}:chat";

    /// <summary>Who holds a card that offers the request: the person it is offered to, or the team it is posted to.</summary>
    private readonly record struct WaitingWith(UserId? Person, GroupId? Group)
    {
        public static WaitingWith Nobody => default;

        public static WaitingWith Of(SupportRequest request) => new(request.CurrentOfferee, request.PostedTo);
    }

    /// <summary>What one decision amounts to: a refusal, an answer without change, or an answer with rows to save.</summary>
    /// <remarks>
    /// <see cref="MayBeRetry"/>: refused for the state or the version, which is also what a retry of an applied action
    /// meets. The caller then records the action's key with no change: a retry finds it already there; a first
    /// attempt records a key that can never be valid again, since versions only grow.
    /// </remarks>
    private sealed record Decision(TurnAnswer Answer, IReadOnlyList<OutboxMessage> Outbox, bool Changes, (RefusalKind Kind, string? Field)? Refusal, bool MayBeRetry = false)
    {
        public static Decision Saved(TurnAnswer answer, IReadOnlyList<OutboxMessage> outbox) => new(answer, outbox, true, null);

        public static Decision Unchanged(TurnAnswer answer) => new(answer, [], false, null);

        public static Decision Refused(RefusalKind kind, string? field = null) => new(TurnAnswer.None, [], false, (kind, field));

        public static Decision Refused(Rejection rejection) => rejection.Code switch
        {
            RejectionCode.StaleVersion => Refused(RefusalKind.StaleCard) with { MayBeRetry = true },
            // The request moved on (withdrawn, taken, expired): for the reader, the card they clicked is out of date.
            RejectionCode.InvalidState => Refused(RefusalKind.StaleCard) with { MayBeRetry = true },
            RejectionCode.NotAllowed => Refused(RefusalKind.NotYourRequest),
            RejectionCode.AlreadyClaimed => Refused(RefusalKind.AlreadyClaimed),
            RejectionCode.BudgetExhausted => Refused(RefusalKind.UrgentBudgetSpent),
            _ => Refused(RefusalKind.InvalidInput, rejection.Errors.Count > 0 ? rejection.Errors[0].Field : null),
        };
    }
}
