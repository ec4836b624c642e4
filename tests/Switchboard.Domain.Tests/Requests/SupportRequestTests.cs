using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using static Switchboard.Domain.Tests.Requests.LifecycleFixture;

namespace Switchboard.Domain.Tests.Requests;

public sealed class SupportRequestTests
{
    private readonly LifecycleFixture fixture = new();

    [Fact]
    public void Create_FromMessage_DraftAtVersionOneWithCreatedEventNotYetPersisted()
    {
        var request = fixture.Draft();

        Assert.Equal(RequestState.Draft, request.State);
        Assert.Equal(1, request.Version);
        Assert.Equal(0, request.PersistedVersion);
        Assert.Equal("My laptop will not start", request.Text);
        var created = Assert.Single(request.History);
        Assert.Equal(RequestEventKind.Created, created.Kind);
        Assert.Equal(Requester.Value, created.ActorId);
        Assert.Equal(Monday, created.At);
        Assert.Equal(1, created.Sequence);
        Assert.Equal(1, created.Version);
        Assert.Equal(request.History, request.PendingEvents);
    }

    [Fact]
    public void Qualify_ByRequester_QualifiedWithEventCarryingTheJustification()
    {
        var request = fixture.Draft();
        fixture.Time.Advance(TimeSpan.FromMinutes(2));

        var result = Succeed(request.Qualify(As(Requester), 1, HighQualification, UrgencyBudgetStatus.Unlimited, fixture.Context));

        Assert.Equal(RequestState.Qualified, request.State);
        Assert.Equal(2, request.Version);
        Assert.Equal(HighQualification, request.Qualification);
        var qualified = Assert.Single(result.Events);
        Assert.Equal(RequestEventKind.Qualified, qualified.Kind);
        Assert.Equal(Requester.Value, qualified.ActorId);
        Assert.Equal(Monday.AddMinutes(2), qualified.At);
        Assert.Equal("Client demo at 14:00.", qualified.Reason);
        Assert.Equal("High", qualified.Data[RequestEventData.Urgency]);
        Assert.Equal("Problem", qualified.Data[RequestEventData.Kind]);
        Assert.Equal(Monday.AddMinutes(2), request.UpdatedAt);
    }

    [Fact]
    public void Qualify_BySomeoneElse_NotAllowed() =>
        AssertRefused(fixture.Draft(), RejectionCode.NotAllowed,
            r => r.Qualify(As(Alice), r.Version, NormalQualification, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Qualify_BySwitchboard_NotAllowed() =>
        AssertRefused(fixture.Draft(), RejectionCode.NotAllowed,
            r => r.Qualify(Actor.System, r.Version, NormalQualification, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Qualify_HighUrgencyWithoutJustification_InvalidQualificationNamingTheField()
    {
        var request = fixture.Draft();
        var missing = HighQualification with { UrgencyJustification = null };

        AssertRefused(request, RejectionCode.InvalidQualification,
            r => r.Qualify(As(Requester), r.Version, missing, UrgencyBudgetStatus.Unlimited, fixture.Context));

        var result = request.Qualify(As(Requester), request.Version, missing, UrgencyBudgetStatus.Unlimited, fixture.Context);
        var error = Assert.Single(result.Rejection!.Errors);
        Assert.Equal(QualificationFields.UrgencyJustification, error.Field);
        Assert.Null(request.Qualification);
    }

    [Fact]
    public void Qualify_UrgentWithBudgetExhausted_BudgetExhausted()
    {
        var exhausted = new UrgencyBudgetStatus(3, 3, Monday, Monday.AddDays(7));

        AssertRefused(fixture.Draft(), RejectionCode.BudgetExhausted,
            r => r.Qualify(As(Requester), r.Version, HighQualification, exhausted, fixture.Context));
    }

    [Fact]
    public void Qualify_NormalWithBudgetExhausted_Qualified()
    {
        var request = fixture.Draft();
        var exhausted = new UrgencyBudgetStatus(3, 3, Monday, Monday.AddDays(7));

        Succeed(request.Qualify(As(Requester), request.Version, NormalQualification, exhausted, fixture.Context));

        Assert.Equal(RequestState.Qualified, request.State);
    }

    [Fact]
    public void Qualify_StaleVersion_StaleVersion() =>
        AssertRefused(fixture.Draft(), RejectionCode.StaleVersion,
            r => r.Qualify(As(Requester), r.Version - 1, NormalQualification, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Qualify_AgainWhileProposed_EditsAndClearsTheProposal()
    {
        var request = fixture.Proposed();
        var edited = NormalQualification with { Subject = "Laptop and docking station" };

        Succeed(request.Qualify(As(Requester), request.Version, edited, UrgencyBudgetStatus.Unlimited, fixture.Context));

        Assert.Equal(RequestState.Qualified, request.State);
        Assert.Equal("Laptop and docking station", request.Qualification!.Subject);
        Assert.Empty(request.Candidates);
    }

    [Fact]
    public void Qualify_OnceOffered_InvalidState() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidState,
            r => r.Qualify(As(Requester), r.Version, NormalQualification, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Propose_BySwitchboard_ProposedWithCandidatesAndReasonsRecorded()
    {
        var request = fixture.Qualified();

        var result = Succeed(request.Propose(Actor.System, request.Version, AliceBobHelpdesk, Mina, fixture.Context));

        Assert.Equal(RequestState.Proposed, request.State);
        Assert.Equal(AliceBobHelpdesk, request.Candidates);
        Assert.Equal(Mina, request.EscalationContact);
        var proposed = Assert.Single(result.Events);
        Assert.Equal("switchboard", proposed.ActorId);
        Assert.Equal("3", proposed.Data[RequestEventData.CandidateCount]);
        Assert.Equal("person:alice", proposed.Data[RequestEventData.Candidate(0)]);
        Assert.Equal("knows laptops; in your site", proposed.Data[RequestEventData.CandidateReasons(0)]);
        Assert.Equal("group:helpdesk-group", proposed.Data[RequestEventData.Candidate(2)]);
    }

    [Fact]
    public void Propose_NobodyFound_KeepsWhyWithCauseTopicsAndRoutingsReasonsOnOneLineEach()
    {
        var request = fixture.Qualified();
        var why = new NoTargetExplanation(NoTargetCause.NobodyCovers, ["Software licensing"], ["nobody lists it\nat all", "ask your manager"]);

        var result = Succeed(request.Propose(Actor.System, request.Version, [], null, fixture.Context, why));

        Assert.Equal(RequestState.Proposed, request.State);
        Assert.Equal("nobody lists it at all\nask your manager", Assert.Single(result.Events).Data[RequestEventData.NoTargetReasons]);
        Assert.Equal(NoTargetCause.NobodyCovers, request.NoTarget?.Cause);
        Assert.Equal(["Software licensing"], request.NoTarget!.Topics);
        Assert.Equal(["nobody lists it at all", "ask your manager"], request.NoTarget.Reasons);
    }

    [Fact]
    public void Propose_WithCandidates_KeepsNoExplanationOfAnEmptyProposal()
    {
        var request = fixture.Qualified();

        Succeed(request.Propose(Actor.System, request.Version, AliceBobHelpdesk, Mina, fixture.Context, new NoTargetExplanation(NoTargetCause.NotUnderstood, [], ["x"])));

        Assert.Null(request.NoTarget);
    }

    [Fact]
    public void Propose_RequesterAmongCandidates_LeavesThemOut()
    {
        var request = fixture.Qualified();
        Candidate[] withSelf = [new(TargetKind.Person, "REQUESTER-1", "Me", 0.99, ["knows it all"]), .. AliceBobHelpdesk];

        Succeed(request.Propose(Actor.System, request.Version, withSelf, Requester, fixture.Context));

        Assert.Equal(AliceBobHelpdesk, request.Candidates);
        Assert.Null(request.EscalationContact);
    }

    [Fact]
    public void Propose_ByPerson_NotAllowed() =>
        AssertRefused(fixture.Qualified(), RejectionCode.NotAllowed,
            r => r.Propose(As(Requester), r.Version, AliceBobHelpdesk, Mina, fixture.Context));

    [Fact]
    public void Propose_FromDraft_InvalidState() =>
        AssertRefused(fixture.Draft(), RejectionCode.InvalidState,
            r => r.Propose(Actor.System, r.Version, AliceBobHelpdesk, Mina, fixture.Context));

    [Fact]
    public void Confirm_BestPerson_OfferedWithExpiryAndOthersQueuedPeopleFirst()
    {
        var request = fixture.Proposed();

        var result = Succeed(request.Confirm(As(Requester), request.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

        Assert.Equal(RequestState.Offered, request.State);
        Assert.Equal(Alice, request.CurrentOfferee);
        Assert.Equal(new Offer(TargetKind.Person, "alice", OfferReason.Routed, Monday, Monday.AddHours(1), null), request.CurrentOffer);
        Assert.Equal([Bob.Value, Helpdesk.Value], request.RemainingCandidates.Select(c => c.Id));
        Assert.Equal(Monday, request.SentAt);
        Assert.Equal(Urgency.Normal, request.RequestedUrgency);
        Assert.Equal([RequestEventKind.Confirmed, RequestEventKind.Offered], result.Events.Select(e => e.Kind));
        Assert.All(result.Events, e => Assert.Equal(request.Version, e.Version));
        Assert.Equal(Monday.AddHours(1).ToString("O"), result.Events[1].Data[RequestEventData.ExpiresAt]);
    }

    [Fact]
    public void Confirm_AnAlternative_OffersItAndKeepsTheBestAsFirstFallback()
    {
        var request = fixture.Proposed();

        Succeed(request.Confirm(As(Requester), request.Version, Bob.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

        Assert.Equal(Bob, request.CurrentOfferee);
        Assert.Equal([Alice.Value, Helpdesk.Value], request.RemainingCandidates.Select(c => c.Id));
    }

    [Fact]
    public void Confirm_Group_Posted()
    {
        var request = fixture.Proposed();

        var result = Succeed(request.Confirm(As(Requester), request.Version, Helpdesk.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

        Assert.Equal(RequestState.Posted, request.State);
        Assert.Equal(Helpdesk, request.PostedTo);
        Assert.Null(request.CurrentOfferee);
        Assert.Equal(RequestEventKind.Posted, result.Events[^1].Kind);
    }

    [Fact]
    public void Confirm_TargetNotProposed_InvalidInput() =>
        AssertRefused(fixture.Proposed(), RejectionCode.InvalidInput,
            r => r.Confirm(As(Requester), r.Version, Outsider.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Confirm_NobodyProposed_NoCandidate() =>
        AssertRefused(fixture.Proposed([]), RejectionCode.NoCandidate,
            r => r.Confirm(As(Requester), r.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Confirm_UrgentAfterBudgetRanOut_BudgetExhausted() =>
        AssertRefused(fixture.Proposed(qualification: HighQualification), RejectionCode.BudgetExhausted,
            r => r.Confirm(As(Requester), r.Version, Alice.Value, new UrgencyBudgetStatus(2, 2, Monday, Monday.AddDays(7)), fixture.Context));

    [Fact]
    public void Confirm_BySomeoneElse_NotAllowed() =>
        AssertRefused(fixture.Proposed(), RejectionCode.NotAllowed,
            r => r.Confirm(As(Alice), r.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Confirm_Twice_InvalidState() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidState,
            r => r.Confirm(As(Requester), r.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

    [Fact]
    public void Accept_ByOfferee_AcceptedAndAssigned()
    {
        var request = fixture.OfferedToAlice();
        fixture.Time.Advance(TimeSpan.FromMinutes(10));

        var result = Succeed(request.Accept(As(Alice), request.Version, fixture.Context));

        Assert.Equal(RequestState.Accepted, request.State);
        Assert.Equal(Alice, request.Assignee);
        Assert.Null(request.CurrentOffer);
        var accepted = Assert.Single(result.Events);
        Assert.Equal(RequestEventKind.Accepted, accepted.Kind);
        Assert.Equal("alice", accepted.ActorId);
        Assert.Equal(Monday.AddMinutes(10), accepted.At);
    }

    [Fact]
    public void Accept_OffereeIdInOtherCase_Accepted()
    {
        var request = fixture.OfferedToAlice();

        Succeed(request.Accept(As(new UserId("ALICE")), request.Version, fixture.Context));

        Assert.Equal(RequestState.Accepted, request.State);
    }

    [Fact]
    public void Accept_BySomeoneOtherThanTheOfferee_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.Accept(As(Bob), r.Version, fixture.Context));

    [Fact]
    public void Accept_ByRequester_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.Accept(As(Requester), r.Version, fixture.Context));

    [Fact]
    public void Accept_StaleCard_StaleVersion() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.StaleVersion, r => r.Accept(As(Alice), r.Version - 1, fixture.Context));

    [Fact]
    public void Accept_FutureVersion_StaleVersion() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.StaleVersion, r => r.Accept(As(Alice), r.Version + 1, fixture.Context));

    [Fact]
    public void Accept_InDraft_InvalidState() =>
        AssertRefused(fixture.Draft(), RejectionCode.InvalidState, r => r.Accept(As(Alice), r.Version, fixture.Context));

    [Fact]
    public void Accept_Twice_InvalidState() =>
        AssertRefused(fixture.AcceptedByAlice(), RejectionCode.InvalidState, r => r.Accept(As(Alice), r.Version, fixture.Context));

    [Fact]
    public void Decline_ByOfferee_RecordsReasonAndOffersTheNextCandidate()
    {
        var request = fixture.OfferedToAlice();
        fixture.Time.Advance(TimeSpan.FromMinutes(5));

        var result = Succeed(request.Decline(As(Alice), request.Version, "  On holiday from tomorrow.  ", fixture.Context));

        Assert.Equal([RequestEventKind.Declined, RequestEventKind.Offered], result.Events.Select(e => e.Kind));
        Assert.Equal("On holiday from tomorrow.", result.Events[0].Reason);
        Assert.Equal("alice", result.Events[0].ActorId);
        Assert.Equal("switchboard", result.Events[1].ActorId);
        Assert.Equal(Bob, request.CurrentOfferee);
        Assert.Equal(Monday.AddMinutes(5).AddHours(1), request.CurrentOffer!.ExpiresAt);
        Assert.Equal([Alice.Value, Bob.Value], request.Tried);
    }

    [Fact]
    public void Decline_ByTheLastPerson_PostsToTheGroup()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.Decline(As(Alice), request.Version, "Not my area.", fixture.Context));

        Succeed(request.Decline(As(Bob), request.Version, "Not mine either.", fixture.Context));

        Assert.Equal(RequestState.Posted, request.State);
        Assert.Equal(Helpdesk, request.PostedTo);
    }

    [Fact]
    public void Decline_WithoutReason_InvalidInput() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidInput, r => r.Decline(As(Alice), r.Version, "   ", fixture.Context));

    [Fact]
    public void Decline_BySomeoneElse_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.Decline(As(Bob), r.Version, "Not mine.", fixture.Context));

    [Fact]
    public void Decline_AfterAccepting_InvalidState() =>
        AssertRefused(fixture.AcceptedByAlice(), RejectionCode.InvalidState, r => r.Decline(As(Alice), r.Version, "Changed my mind.", fixture.Context));

    [Fact]
    public void Redirect_ToNamedColleague_OffersThemWithTheNote()
    {
        var request = fixture.OfferedToAlice();

        var result = Succeed(request.Redirect(As(Alice), request.Version, Carol, "Carol did the same migration last week.", fixture.Context));

        Assert.Equal([RequestEventKind.Redirected, RequestEventKind.Offered], result.Events.Select(e => e.Kind));
        Assert.Equal("carol", result.Events[0].Data[RequestEventData.To]);
        Assert.Equal("Carol did the same migration last week.", result.Events[0].Reason);
        Assert.Equal(Carol, request.CurrentOfferee);
        Assert.Equal(OfferReason.Redirected, request.CurrentOffer!.Reason);
        Assert.Equal("Carol did the same migration last week.", request.CurrentOffer.Note);
    }

    [Fact]
    public void Redirect_ThenTheColleagueDeclines_ContinuesWithTheQueue()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.Redirect(As(Alice), request.Version, Carol, null, fixture.Context));

        Succeed(request.Decline(As(Carol), request.Version, "Busy.", fixture.Context));

        Assert.Equal(Bob, request.CurrentOfferee);
    }

    [Fact]
    public void Redirect_ToSelf_InvalidInput() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidInput, r => r.Redirect(As(Alice), r.Version, Alice, null, fixture.Context));

    [Fact]
    public void Redirect_ToRequester_InvalidInput() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidInput, r => r.Redirect(As(Alice), r.Version, Requester, null, fixture.Context));

    [Fact]
    public void Redirect_BySomeoneElse_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.Redirect(As(Bob), r.Version, Carol, null, fixture.Context));

    [Fact]
    public void RequestDetails_ByOfferee_StopsTheClockUntilTheRequesterAnswers()
    {
        var request = fixture.OfferedToAlice();

        var result = Succeed(request.RequestDetails(As(Alice), request.Version, "Which model is it?", fixture.Context));

        Assert.Equal(RequestState.DetailsRequested, request.State);
        Assert.Equal("Which model is it?", request.PendingQuestion);
        Assert.Null(request.CurrentOffer!.ExpiresAt);
        Assert.Equal(Alice, request.CurrentOfferee);
        Assert.Equal(RequestEventKind.DetailsRequested, Assert.Single(result.Events).Kind);
    }

    [Fact]
    public void RequestDetails_ByRequester_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.RequestDetails(As(Requester), r.Version, "Anything?", fixture.Context));

    [Fact]
    public void RequestDetails_WithoutQuestion_InvalidInput() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidInput, r => r.RequestDetails(As(Alice), r.Version, "", fixture.Context));

    [Fact]
    public void AddDetails_AnsweringTheQuestion_OfferedAgainWithAFreshExpiry()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.RequestDetails(As(Alice), request.Version, "Which model is it?", fixture.Context));
        fixture.Time.Advance(TimeSpan.FromHours(3));

        var result = Succeed(request.AddDetails(As(Requester), request.Version, "A ThinkPad T14, gen 3.", fixture.Context));

        Assert.Equal(RequestState.Offered, request.State);
        Assert.Null(request.PendingQuestion);
        Assert.Equal(Monday.AddHours(4), request.CurrentOffer!.ExpiresAt);
        Assert.Equal("A ThinkPad T14, gen 3.", Assert.Single(request.AddedDetails).Text);
        Assert.Equal(RequestEventKind.DetailsAdded, Assert.Single(result.Events).Kind);
    }

    [Fact]
    public void AddDetails_WhileAccepted_StaysAcceptedAndKeepsTheText()
    {
        var request = fixture.AcceptedByAlice();

        Succeed(request.AddDetails(As(Requester), request.Version, "It also beeps three times.", fixture.Context));

        Assert.Equal(RequestState.Accepted, request.State);
        Assert.Single(request.AddedDetails);
    }

    [Fact]
    public void AddDetails_ByExpert_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.AddDetails(As(Alice), r.Version, "More.", fixture.Context));

    [Fact]
    public void AddDetails_AfterResolution_InvalidState() =>
        AssertRefused(fixture.Resolved(), RejectionCode.InvalidState, r => r.AddDetails(As(Requester), r.Version, "More.", fixture.Context));

    [Fact]
    public void Claim_ByGroupMember_ClaimedAndAssigned()
    {
        var request = fixture.PostedToHelpdesk();

        var result = Succeed(request.Claim(As(Gus), request.Version, fixture.Context));

        Assert.Equal(RequestState.Claimed, request.State);
        Assert.Equal(Gus, request.Assignee);
        Assert.Null(request.PostedTo);
        Assert.Equal(Helpdesk.Value, Assert.Single(result.Events).Data[RequestEventData.GroupId]);
    }

    [Fact]
    public void Claim_Twice_AlreadyClaimedNamingWhoTookIt()
    {
        var request = fixture.PostedToHelpdesk();
        Succeed(request.Claim(As(Gus), request.Version, fixture.Context));

        AssertRefused(request, RejectionCode.AlreadyClaimed, r => r.Claim(As(Carol), r.Version, fixture.Context));
        Assert.Contains("gus-helpdesk", request.Claim(As(Carol), request.Version - 1, fixture.Context).Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_ByNonMember_NotAllowed() =>
        AssertRefused(fixture.PostedToHelpdesk(), RejectionCode.NotAllowed, r => r.Claim(As(Outsider), r.Version, fixture.Context));

    [Fact]
    public void Claim_ByRequesterEvenIfMember_NotAllowed()
    {
        var request = fixture.PostedToHelpdesk();
        fixture.Organisation.Members.Add((Requester, Helpdesk));

        AssertRefused(request, RejectionCode.NotAllowed, r => r.Claim(As(Requester), r.Version, fixture.Context));
    }

    [Fact]
    public void Claim_WhenOfferedToAPerson_InvalidState() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidState, r => r.Claim(As(Gus), r.Version, fixture.Context));

    [Fact]
    public void Claim_StaleCard_StaleVersion() =>
        AssertRefused(fixture.PostedToHelpdesk(), RejectionCode.StaleVersion, r => r.Claim(As(Gus), r.Version - 1, fixture.Context));

    [Fact]
    public void Expire_BeforeTheExpiry_NotYetExpired()
    {
        var request = fixture.OfferedToAlice();
        fixture.Time.Advance(TimeSpan.FromMinutes(59));

        AssertRefused(request, RejectionCode.NotYetExpired, r => r.Expire(Actor.System, r.Version, fixture.Context));
    }

    [Fact]
    public void Expire_ByAPerson_NotAllowed()
    {
        var request = fixture.OfferedToAlice();
        fixture.Time.Advance(TimeSpan.FromHours(2));

        AssertRefused(request, RejectionCode.NotAllowed, r => r.Expire(As(Requester), r.Version, fixture.Context));
    }

    [Fact]
    public void Expire_WhileDetailsRequested_InvalidState()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.RequestDetails(As(Alice), request.Version, "Which model?", fixture.Context));
        fixture.Time.Advance(TimeSpan.FromDays(3));

        AssertRefused(request, RejectionCode.InvalidState, r => r.Expire(Actor.System, r.Version, fixture.Context));
    }

    [Fact]
    public void Expire_AllTheWay_NextCandidateThenGroupThenManagerThenUnanswered()
    {
        var request = fixture.OfferedToAlice();

        fixture.Time.Advance(TimeSpan.FromHours(1));
        var first = Succeed(request.Expire(Actor.System, request.Version, fixture.Context));
        Assert.Equal([RequestEventKind.OfferExpired, RequestEventKind.Offered], first.Events.Select(e => e.Kind));
        Assert.Equal(Bob, request.CurrentOfferee);

        fixture.Time.Advance(TimeSpan.FromHours(1));
        Succeed(request.Expire(Actor.System, request.Version, fixture.Context));
        Assert.Equal(RequestState.Posted, request.State);
        Assert.Equal(Helpdesk, request.PostedTo);

        fixture.Time.Advance(TimeSpan.FromHours(1));
        var escalation = Succeed(request.Expire(Actor.System, request.Version, fixture.Context));
        Assert.Equal([RequestEventKind.OfferExpired, RequestEventKind.Escalated, RequestEventKind.Offered], escalation.Events.Select(e => e.Kind));
        Assert.Equal("mina-manager", escalation.Events[1].Data[RequestEventData.To]);
        Assert.Equal(Mina, request.CurrentOfferee);
        Assert.Equal(OfferReason.Escalated, request.CurrentOffer!.Reason);
        Assert.True(request.Escalated);

        fixture.Time.Advance(TimeSpan.FromHours(1));
        var last = Succeed(request.Expire(Actor.System, request.Version, fixture.Context));
        Assert.Equal([RequestEventKind.OfferExpired, RequestEventKind.Unanswered], last.Events.Select(e => e.Kind));
        Assert.Equal(RequestState.Unanswered, request.State);
        Assert.Null(request.CurrentOffer);
        Assert.Equal(["alice", "bob", "helpdesk-group", "mina-manager"], request.Tried);
    }

    [Fact]
    public void Accept_ByManagerAfterEscalation_Accepted()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.Decline(As(Alice), request.Version, "No.", fixture.Context));
        Succeed(request.Decline(As(Bob), request.Version, "No.", fixture.Context));
        fixture.Time.Advance(TimeSpan.FromHours(1));
        Succeed(request.Expire(Actor.System, request.Version, fixture.Context));

        Succeed(request.Accept(As(Mina), request.Version, fixture.Context));

        Assert.Equal(Mina, request.Assignee);
    }

    [Fact]
    public void Accept_WhileDetailsRequested_AcceptedAndQuestionDropped()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.RequestDetails(As(Alice), request.Version, "Which model?", fixture.Context));

        Succeed(request.Accept(As(Alice), request.Version, fixture.Context));

        Assert.Equal(RequestState.Accepted, request.State);
        Assert.Null(request.PendingQuestion);
    }

    [Fact]
    public void Decline_WhileDetailsRequested_NextCandidateWithARunningClock()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.RequestDetails(As(Alice), request.Version, "Which model?", fixture.Context));

        Succeed(request.Decline(As(Alice), request.Version, "Not my area after all.", fixture.Context));

        Assert.Equal(RequestState.Offered, request.State);
        Assert.Equal(Bob, request.CurrentOfferee);
        Assert.NotNull(request.CurrentOffer!.ExpiresAt);
        Assert.Null(request.PendingQuestion);
    }

    [Fact]
    public void Expire_PostBeforeItsExpiry_NotYetExpired() =>
        AssertRefused(fixture.PostedToHelpdesk(), RejectionCode.NotYetExpired, r => r.Expire(Actor.System, r.Version, fixture.Context));

    [Fact]
    public void Expire_EscalationContactAlreadyTried_UnansweredWithoutOfferingThemTwice()
    {
        var request = fixture.Qualified();
        Succeed(request.Propose(Actor.System, request.Version, [new(TargetKind.Person, Mina.Value, "Mina", 0.9, ["manages the team"])], Mina, fixture.Context));
        Succeed(request.Confirm(As(Requester), request.Version, Mina.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));
        fixture.Time.Advance(TimeSpan.FromHours(1));

        var result = Succeed(request.Expire(Actor.System, request.Version, fixture.Context));

        Assert.Equal([RequestEventKind.OfferExpired, RequestEventKind.Unanswered], result.Events.Select(e => e.Kind));
        Assert.False(request.Escalated);
    }

    [Fact]
    public void SkipUndeliverable_BlockedBot_RecordsTheReasonAndOffersTheNextCandidate()
    {
        var request = fixture.OfferedToAlice();

        var result = Succeed(request.SkipUndeliverable(Actor.System, request.Version, "403: the user blocked the bot", fixture.Context));

        Assert.Equal(RequestEventKind.OfferUndeliverable, result.Events[0].Kind);
        Assert.Equal("403: the user blocked the bot", result.Events[0].Reason);
        Assert.Equal("alice", result.Events[0].Data[RequestEventData.TargetId]);
        Assert.Equal(Bob, request.CurrentOfferee);
    }

    [Fact]
    public void SkipUndeliverable_ByAPerson_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.SkipUndeliverable(As(Alice), r.Version, "blocked", fixture.Context));

    [Fact]
    public void Resolve_ByAssignee_Resolved()
    {
        var request = fixture.AcceptedByAlice();

        var result = Succeed(request.Resolve(As(Alice), request.Version, "Driver rolled back.", fixture.Context));

        Assert.Equal(RequestState.Resolved, request.State);
        Assert.True(request.IsClosed);
        Assert.Equal("Driver rolled back.", Assert.Single(result.Events).Reason);
    }

    [Fact]
    public void Resolve_ByRequester_Resolved()
    {
        var request = fixture.AcceptedByAlice();

        Succeed(request.Resolve(As(Requester), request.Version, null, fixture.Context));

        Assert.Equal(RequestState.Resolved, request.State);
    }

    [Fact]
    public void Resolve_ByClaimer_Resolved()
    {
        var request = fixture.PostedToHelpdesk();
        Succeed(request.Claim(As(Gus), request.Version, fixture.Context));

        Succeed(request.Resolve(As(Gus), request.Version, null, fixture.Context));

        Assert.Equal(RequestState.Resolved, request.State);
    }

    [Fact]
    public void Resolve_BySomeoneElse_NotAllowed() =>
        AssertRefused(fixture.AcceptedByAlice(), RejectionCode.NotAllowed, r => r.Resolve(As(Bob), r.Version, null, fixture.Context));

    [Fact]
    public void Resolve_BeforeAcceptance_InvalidState() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.InvalidState, r => r.Resolve(As(Alice), r.Version, null, fixture.Context));

    [Fact]
    public void Rate_ByRequester_RatedWithTheFiguresInTheEvent()
    {
        var request = fixture.Resolved();

        var result = Succeed(request.Rate(As(Requester), request.Version, new RequestRating(true, 4, "Quick and right."), fixture.Context));

        Assert.Equal(RequestState.Rated, request.State);
        Assert.Equal(new RequestRating(true, 4, "Quick and right."), request.Rating);
        var rated = Assert.Single(result.Events);
        Assert.Equal("true", rated.Data[RequestEventData.ReachedRightPerson]);
        Assert.Equal("4", rated.Data[RequestEventData.Speed]);
    }

    [Fact]
    public void Rate_Twice_InvalidState()
    {
        var request = fixture.Resolved();
        Succeed(request.Rate(As(Requester), request.Version, new RequestRating(true, 5, null), fixture.Context));

        AssertRefused(request, RejectionCode.InvalidState, r => r.Rate(As(Requester), r.Version, new RequestRating(false, 1, null), fixture.Context));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Rate_SpeedOutOfRange_InvalidInput(int speed) =>
        AssertRefused(fixture.Resolved(), RejectionCode.InvalidInput, r => r.Rate(As(Requester), r.Version, new RequestRating(true, speed, null), fixture.Context));

    [Fact]
    public void Rate_ByExpert_NotAllowed() =>
        AssertRefused(fixture.Resolved(), RejectionCode.NotAllowed, r => r.Rate(As(Alice), r.Version, new RequestRating(true, 5, null), fixture.Context));

    [Fact]
    public void Rate_BeforeResolution_InvalidState() =>
        AssertRefused(fixture.AcceptedByAlice(), RejectionCode.InvalidState, r => r.Rate(As(Requester), r.Version, new RequestRating(true, 5, null), fixture.Context));

    public static TheoryData<string> OpenStages => ["draft", "qualified", "proposed", "offered", "detailsRequested", "posted", "accepted", "claimed", "unanswered"];

    [Theory]
    [MemberData(nameof(OpenStages))]
    public void Withdraw_ByRequesterAtAnyOpenStage_Withdrawn(string stage)
    {
        var request = At(stage);

        var result = Succeed(request.Withdraw(As(Requester), request.Version, "Found the answer myself.", fixture.Context));

        Assert.Equal(RequestState.Withdrawn, request.State);
        Assert.True(request.IsClosed);
        Assert.Null(request.CurrentOffer);
        Assert.Null(request.CurrentOfferee);
        Assert.Equal("Found the answer myself.", Assert.Single(result.Events).Reason);
    }

    [Fact]
    public void Withdraw_AfterResolution_InvalidState() =>
        AssertRefused(fixture.Resolved(), RejectionCode.InvalidState, r => r.Withdraw(As(Requester), r.Version, null, fixture.Context));

    [Fact]
    public void Withdraw_Twice_InvalidState()
    {
        var request = fixture.OfferedToAlice();
        Succeed(request.Withdraw(As(Requester), request.Version, null, fixture.Context));

        AssertRefused(request, RejectionCode.InvalidState, r => r.Withdraw(As(Requester), r.Version, null, fixture.Context));
    }

    [Fact]
    public void Withdraw_ByExpert_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(), RejectionCode.NotAllowed, r => r.Withdraw(As(Alice), r.Version, null, fixture.Context));

    [Fact]
    public void DowngradeUrgency_ByOfferee_LowersItAndRecomputesTheExpiryFromTheOriginalOffer()
    {
        var request = fixture.OfferedToAlice(HighQualification);
        fixture.Time.Advance(TimeSpan.FromMinutes(20));

        var result = Succeed(request.DowngradeUrgency(As(Alice), request.Version, Urgency.Low, "A workaround exists: the spare laptop.", fixture.Context));

        Assert.Equal(Urgency.Low, request.CurrentUrgency);
        Assert.Equal(Urgency.High, request.RequestedUrgency);
        Assert.Equal(Monday.AddHours(2), request.CurrentOffer!.ExpiresAt);
        var downgraded = Assert.Single(result.Events);
        Assert.Equal(RequestEventKind.UrgencyDowngraded, downgraded.Kind);
        Assert.Equal("High", downgraded.Data[RequestEventData.From]);
        Assert.Equal("Low", downgraded.Data[RequestEventData.To]);
        Assert.Equal("A workaround exists: the spare laptop.", downgraded.Reason);
    }

    [Fact]
    public void DowngradeUrgency_ByRequestersManager_Lowered()
    {
        var request = fixture.OfferedToAlice(HighQualification);

        Succeed(request.DowngradeUrgency(As(RequesterManager), request.Version, Urgency.Normal, "Can wait until tomorrow.", fixture.Context));

        Assert.Equal(Urgency.Normal, request.CurrentUrgency);
    }

    [Fact]
    public void DowngradeUrgency_ByExpertsManager_Lowered()
    {
        var urgent = fixture.OfferedToAlice(HighQualification);

        Succeed(urgent.DowngradeUrgency(As(Mina), urgent.Version, Urgency.Normal, "Alice is overloaded.", fixture.Context));

        Assert.Equal(Urgency.Normal, urgent.CurrentUrgency);
    }

    [Fact]
    public void DowngradeUrgency_ByGroupMemberWhilePosted_Lowered()
    {
        var request = fixture.Proposed([new(TargetKind.Group, Helpdesk.Value, "Helpdesk", 0.8, ["service desk"])], HighQualification);
        Succeed(request.Confirm(As(Requester), request.Version, Helpdesk.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));

        Succeed(request.DowngradeUrgency(As(Gus), request.Version, Urgency.Normal, "Known issue, fix tonight.", fixture.Context));

        Assert.Equal(Urgency.Normal, request.CurrentUrgency);
    }

    [Fact]
    public void DowngradeUrgency_ByRequester_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(HighQualification), RejectionCode.NotAllowed,
            r => r.DowngradeUrgency(As(Requester), r.Version, Urgency.Normal, "Less urgent now.", fixture.Context));

    [Fact]
    public void DowngradeUrgency_ByOutsider_NotAllowed() =>
        AssertRefused(fixture.OfferedToAlice(HighQualification), RejectionCode.NotAllowed,
            r => r.DowngradeUrgency(As(Outsider), r.Version, Urgency.Normal, "I think so.", fixture.Context));

    [Fact]
    public void DowngradeUrgency_ToAHigherUrgency_InvalidInput() =>
        AssertRefused(fixture.OfferedToAlice(HighQualification), RejectionCode.InvalidInput,
            r => r.DowngradeUrgency(As(Alice), r.Version, Urgency.Critical, "More urgent.", fixture.Context));

    [Fact]
    public void DowngradeUrgency_WithoutReason_InvalidInput() =>
        AssertRefused(fixture.OfferedToAlice(HighQualification), RejectionCode.InvalidInput,
            r => r.DowngradeUrgency(As(Alice), r.Version, Urgency.Normal, " ", fixture.Context));

    [Fact]
    public void DowngradeUrgency_BeforeSending_InvalidState() =>
        AssertRefused(fixture.Proposed(qualification: HighQualification), RejectionCode.InvalidState,
            r => r.DowngradeUrgency(As(RequesterManager), r.Version, Urgency.Normal, "Can wait.", fixture.Context));

    [Fact]
    public void Transitions_HappyPath_VersionIncrementsByOneEachAndHistoryIsNumberedInOrder()
    {
        var request = fixture.AcceptedByAlice();
        Succeed(request.Resolve(As(Alice), request.Version, null, fixture.Context));
        Succeed(request.Rate(As(Requester), request.Version, new RequestRating(true, 5, null), fixture.Context));

        // Created, Qualified, Proposed, Confirmed (+Offered), Accepted, Resolved, Rated: 7 transitions, 8 entries.
        Assert.Equal(7, request.Version);
        Assert.Equal(Enumerable.Range(1, 8), request.History.Select(e => e.Sequence));
        Assert.Equal([1, 2, 3, 4, 4, 5, 6, 7], request.History.Select(e => e.Version));
        Assert.Equal(
            [RequestEventKind.Created, RequestEventKind.Qualified, RequestEventKind.Proposed, RequestEventKind.Confirmed, RequestEventKind.Offered,
             RequestEventKind.Accepted, RequestEventKind.Resolved, RequestEventKind.Rated],
            request.History.Select(e => e.Kind));
    }

    [Fact]
    public void MarkPersisted_AfterTransitions_ClearsPendingEventsAndRecordsTheVersion()
    {
        var request = fixture.OfferedToAlice();

        request.MarkPersisted();
        Succeed(request.Accept(As(Alice), request.Version, fixture.Context));

        Assert.Equal(4, request.PersistedVersion);
        Assert.Equal(RequestEventKind.Accepted, Assert.Single(request.PendingEvents).Kind);
        Assert.Equal(6, request.History.Count);
    }

    [Fact]
    public void Rehydrate_FromSnapshot_SameStateAndTheLifecycleContinues()
    {
        var original = fixture.OfferedToAlice(HighQualification);
        Succeed(original.RequestDetails(As(Alice), original.Version, "Which model?", fixture.Context));

        var copy = SupportRequest.Rehydrate(original.ToSnapshot(), original.History);

        Assert.Equal(original.ToSnapshot() with { Candidates = [], Queue = [], Tried = [], AddedDetails = [] },
            copy.ToSnapshot() with { Candidates = [], Queue = [], Tried = [], AddedDetails = [] });
        Assert.Equal(original.Candidates, copy.Candidates);
        Assert.Equal(original.RemainingCandidates, copy.RemainingCandidates);
        Assert.Equal(original.Tried, copy.Tried);
        Assert.Equal(original.Version, copy.PersistedVersion);
        Assert.Empty(copy.PendingEvents);
        Succeed(copy.AddDetails(As(Requester), copy.Version, "T14.", fixture.Context));
        Assert.Equal(original.History.Count + 1, copy.History[^1].Sequence);
    }

    private SupportRequest At(string stage)
    {
        switch (stage)
        {
            case "draft":
                return fixture.Draft();
            case "qualified":
                return fixture.Qualified();
            case "proposed":
                return fixture.Proposed();
            case "offered":
                return fixture.OfferedToAlice();
            case "detailsRequested":
                var asked = fixture.OfferedToAlice();
                Succeed(asked.RequestDetails(As(Alice), asked.Version, "Which model?", fixture.Context));
                return asked;
            case "posted":
                return fixture.PostedToHelpdesk();
            case "accepted":
                return fixture.AcceptedByAlice();
            case "claimed":
                var claimed = fixture.PostedToHelpdesk();
                Succeed(claimed.Claim(As(Gus), claimed.Version, fixture.Context));
                return claimed;
            case "unanswered":
                var unanswered = fixture.Proposed([new(TargetKind.Person, Alice.Value, "Alice", 0.9, ["knows laptops"])]);
                Succeed(unanswered.Confirm(As(Requester), unanswered.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, fixture.Context));
                Succeed(unanswered.Decline(As(Alice), unanswered.Version, "No.", fixture.Context));
                Succeed(unanswered.Decline(As(Mina), unanswered.Version, "No.", fixture.Context));
                Assert.Equal(RequestState.Unanswered, unanswered.State);
                return unanswered;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown stage.");
        }
    }
}
