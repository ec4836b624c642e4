using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Tests.Routing;

namespace Switchboard.Domain.Tests.Conversations;

/// <summary>The conversation service over Moq'd ports: what it saves, with which key, and how it meets conflicts and retries.</summary>
public sealed class RequestConversationTests
{
    private const string Tenant = "tenant-1";
    private static readonly UserId Requester = new("requester");
    private static readonly UserId Expert = new("expert");
    private static readonly UserId Second = new("second");
    private static readonly GroupId Desk = new("desk");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly Mock<IRequestStore> _requests = new();
    private readonly Mock<IRequestCards> _cards = new();
    private readonly Mock<IOfferExpiry> _expiry = new();
    private readonly InMemoryPeopleDirectory _directory = new();
    private readonly RequestConversation _conversation;

    public RequestConversationTests()
    {
        _directory.Activate(
            new DirectorySnapshot
            {
                TenantId = Tenant,
                Users = [User(Requester), User(Expert), User(Second)],
                Groups =
                [
                    new DirectoryGroup
                    {
                        Id = Desk.Value,
                        DisplayName = "Desk",
                        Members = [new DirectoryReference { Id = Expert.Value }, new DirectoryReference { Id = Second.Value }],
                    },
                ],
            },
            "test");
        _expiry.Setup(e => e.ExpiresAt(It.IsAny<TargetKind>(), It.IsAny<string>(), It.IsAny<Urgency>(), It.IsAny<DateTimeOffset>()))
            .Returns((TargetKind _, string _, Urgency _, DateTimeOffset at) => at.AddDays(1));
        _cards.Setup(c => c.Refusal(It.IsAny<RefusalKind>(), It.IsAny<string?>(), It.IsAny<CardReader>()))
            .Returns((RefusalKind kind, string? _, CardReader _) => $"refused:{kind}");
        _cards.Setup(c => c.Offer(It.IsAny<SupportRequest>(), It.IsAny<CardReader>())).Returns("offer");
        _cards.Setup(c => c.Status(It.IsAny<SupportRequest>(), It.IsAny<CardReader>())).Returns("status");
        _cards.Setup(c => c.Qualification(It.IsAny<SupportRequest>(), It.IsAny<UrgencyBudgetStatus>(), It.IsAny<CardReader>())).Returns("form");
        _cards.Setup(c => c.Notice(It.IsAny<NoticeKind>(), It.IsAny<CardReader>())).Returns((NoticeKind kind, CardReader _) => $"notice:{kind}");
        _cards.Setup(c => c.OfferClosed(It.IsAny<SupportRequest>(), It.IsAny<OfferClosedKind>(), It.IsAny<UserId?>(), It.IsAny<CardReader>()))
            .Returns((SupportRequest _, OfferClosedKind kind, UserId? _, CardReader _) => $"closed:{kind}");

        var addresses = new Mock<IConversationAddressBook>();
        _conversation = new RequestConversation(
            _requests.Object,
            Mock.Of<IExpertPreferencesStore>(),
            _directory,
            new RequestRouter(),
            new RoutingIndexCache(_directory, TestTenant.Vocabulary, new RoutingOptions()),
            _expiry.Object,
            new UrgencyBudget(new UrgencyBudgetSettings()),
            _cards.Object,
            new CardReaders(addresses.Object, _directory),
            _time);
    }

    [Fact]
    public async Task StartAsync_AMessage_SavesADraftWithTheFormAsTheStatusCardUnderTheMessageKey()
    {
        _requests.Setup(r => r.SaveAsync(It.IsAny<SupportRequest>(), It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SaveResult.Success);

        var answer = await _conversation.StartAsync(Caller(Requester, "message:1", AnswerChannel.Separate), "Who knows contract law?", CancellationToken.None);

        Assert.Equal(TurnAnswer.None, answer);
        _requests.Verify(r => r.SaveAsync(
            It.Is<SupportRequest>(q => q.State == RequestState.Draft && q.Requester.Equals(Requester)),
            It.Is<IReadOnlyList<OutboxMessage>>(rows => rows.Count == 1 && rows[0].Kind == OutboxMessageKind.Send
                && OutgoingActivity.FromJson(rows[0].Payload).ActivityTag!.StartsWith("status:", StringComparison.Ordinal)
                && OutgoingActivity.FromJson(rows[0].Payload).CardJson == "form"),
            "message:1",
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_Decline_SavesOnceWithTheNextOfferTheClosedOfferAndTheStatusUpdateAndAnswersWithANotice()
    {
        var request = Offered([Person(Expert), Person(Second)]);
        _requests.Setup(r => r.FindAsync(request.Id, It.IsAny<CancellationToken>())).ReturnsAsync(request);
        _requests.Setup(r => r.SaveAsync(request, It.IsAny<IReadOnlyList<OutboxMessage>>(), "key", It.IsAny<CancellationToken>())).ReturnsAsync(SaveResult.Success);

        var answer = await _conversation.HandleAsync(Caller(Expert, "key", AnswerChannel.InPlace), new DeclineIntent(request.Id, request.Version, "Not mine"), CancellationToken.None);

        Assert.Equal("notice:Declined", answer.Text);
        Assert.Equal(Second, request.CurrentOfferee);
        _requests.Verify(r => r.SaveAsync(
            request,
            It.Is<IReadOnlyList<OutboxMessage>>(rows => rows.Select(row => OutgoingActivity.FromJson(row.Payload).ActivityTag).SequenceEqual(new[]
            {
                $"offer:{request.Id}:{Second.Value}",
                $"offer:{request.Id}:{Expert.Value}",
                $"status:{request.Id}",
            })
                && rows[1].Kind == OutboxMessageKind.Update && OutgoingActivity.FromJson(rows[1].Payload).CardJson == "closed:Declined"),
            "key",
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_ClaimLosesTheRace_ReloadsAndAnswersAlreadyClaimedWithoutASecondSave()
    {
        var mine = Posted();
        var theirs = Posted(mine.Id);
        Assert.True(theirs.Claim(Actor.Person(Second), theirs.Version, Context()).Succeeded);
        _requests.SetupSequence(r => r.FindAsync(mine.Id, It.IsAny<CancellationToken>())).ReturnsAsync(mine).ReturnsAsync(theirs);
        _requests.Setup(r => r.SaveAsync(mine, It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SaveResult.Conflicted(new ConcurrencyConflict(mine.Id, mine.PersistedVersion)));

        var answer = await _conversation.HandleAsync(Caller(Expert, "claim", AnswerChannel.InPlace), new ClaimIntent(mine.Id, mine.Version), CancellationToken.None);

        Assert.Equal("refused:AlreadyClaimed", answer.CardJson);
        _requests.Verify(r => r.SaveAsync(It.IsAny<SupportRequest>(), It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_SomeoneElsesRequest_RefusesWithoutSaving()
    {
        var request = Offered([Person(Expert)]);
        _requests.Setup(r => r.FindAsync(request.Id, It.IsAny<CancellationToken>())).ReturnsAsync(request);

        var answer = await _conversation.HandleAsync(Caller(Second, "key", AnswerChannel.InPlace), new AcceptIntent(request.Id, request.Version), CancellationToken.None);

        Assert.Equal("refused:NotYourRequest", answer.CardJson);
        _requests.Verify(r => r.SaveAsync(It.IsAny<SupportRequest>(), It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task OfferUndeliverableAsync_NoLongerOfferedToThatPerson_DoesNothing()
    {
        var request = Offered([Person(Expert), Person(Second)]);
        _requests.Setup(r => r.FindAsync(request.Id, It.IsAny<CancellationToken>())).ReturnsAsync(request);

        await _conversation.OfferUndeliverableAsync(request.Id, Second, "403 blocked", CancellationToken.None);

        _requests.Verify(r => r.SaveAsync(It.IsAny<SupportRequest>(), It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task OfferUndeliverableAsync_TheOfferee_SkipsThemWithTheReasonAndOffersTheNextWithoutAnInboundKey()
    {
        var request = Offered([Person(Expert), Person(Second)]);
        _requests.Setup(r => r.FindAsync(request.Id, It.IsAny<CancellationToken>())).ReturnsAsync(request);
        _requests.Setup(r => r.SaveAsync(request, It.IsAny<IReadOnlyList<OutboxMessage>>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(SaveResult.Success);

        await _conversation.OfferUndeliverableAsync(request.Id, Expert, "403 ConversationBlockedByUser", CancellationToken.None);

        Assert.Equal(Second, request.CurrentOfferee);
        Assert.Equal("403 ConversationBlockedByUser", Assert.Single(request.History, e => e.Kind == RequestEventKind.OfferUndeliverable).Reason);
        _requests.Verify(r => r.SaveAsync(request, It.Is<IReadOnlyList<OutboxMessage>>(rows => rows.Count == 2), null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExpireDueOffersAsync_APersonActedMeanwhile_CountsNothingAndLeavesTheirDecision()
    {
        var request = Offered([Person(Expert), Person(Second)]);
        _time.Advance(TimeSpan.FromDays(2));
        _requests.Setup(r => r.ListOffersExpiringBeforeAsync(_time.GetUtcNow(), 10, It.IsAny<CancellationToken>())).ReturnsAsync([request]);
        _requests.Setup(r => r.SaveAsync(request, It.IsAny<IReadOnlyList<OutboxMessage>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(SaveResult.Conflicted(new ConcurrencyConflict(request.Id, request.PersistedVersion)));

        Assert.Equal(0, await _conversation.ExpireDueOffersAsync(10, CancellationToken.None));
    }

    private static Caller Caller(UserId user, string key, AnswerChannel channel) => new(user, Tenant, key, channel);

    private static DirectoryUser User(UserId id) => new() { Id = id.Value, DisplayName = id.Value };

    private static Candidate Person(UserId id) => new(TargetKind.Person, id.Value, id.Value, 1, ["knows it"]);

    private LifecycleContext Context() => new(_time, _expiry.Object, new DirectoryOrganisation(_directory));

    /// <summary>A request confirmed to the first of <paramref name="candidates"/>, as the store would return it.</summary>
    private SupportRequest Offered(IReadOnlyList<Candidate> candidates, RequestId? id = null)
    {
        var request = SupportRequest.Create(id ?? RequestId.New(), Requester, "Who knows contract law?", _time);
        var context = Context();
        Assert.True(request.Qualify(Actor.Person(Requester), request.Version, new Qualification { Subject = "Contract law" }, UrgencyBudgetStatus.Unlimited, context).Succeeded);
        Assert.True(request.Propose(Actor.System, request.Version, candidates, null, context).Succeeded);
        Assert.True(request.Confirm(Actor.Person(Requester), request.Version, candidates[0].Id, UrgencyBudgetStatus.Unlimited, context).Succeeded);
        request.MarkPersisted();
        return request;
    }

    private SupportRequest Posted(RequestId? id = null) =>
        Offered([new Candidate(TargetKind.Group, Desk.Value, "Desk", 1, ["covers it"])], id);
}
