using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Dispatch;

public sealed class OutboxDispatcherTests
{
    private const string Tenant = "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f";
    private static readonly Uri ServiceUrl = new("https://smba.example.test/teams/");
    private static readonly UserId Alice = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOutbox _outbox;
    private readonly Mock<IConversationGateway> _gateway = new(MockBehavior.Strict);
    private readonly Mock<ISentActivityLog> _sentLog = new();
    private readonly Mock<IUndeliverableOfferHandler> _offers = new(MockBehavior.Strict);
    private readonly DispatchOptions _options = new();
    private readonly ConcurrentQueue<(string ConversationKey, string? Text, DateTimeOffset At)> _sends = new();

    public OutboxDispatcherTests() => _outbox = new InMemoryOutbox(_time);

    [Fact]
    public async Task DispatchDueAsync_Delivered_TagRememberedThenMarkedSent()
    {
        var message = _outbox.Add(SendTo(Alice, "offer card", tag: "status:1"));
        DeliverEverything();

        var outcomes = await Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchOutcomeKind.Sent, Assert.Single(outcomes).Kind);
        Assert.Equal(OutboxState.Sent, _outbox.Get(message.Id).State);
        _sentLog.Verify(log => log.RecordAsync(new SentActivity("status:1", "conv:" + Alice.Value.ToUpperInvariant(), "activity-1", ServiceUrl), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchDueAsync_SeveralConversations_EachInOrderAndNeverTwoAtOnce()
    {
        var bob = new UserId("0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2");
        for (var i = 0; i < 5; i++)
        {
            _outbox.Add(SendTo(Alice, $"alice-{i}"));
            _outbox.Add(SendTo(bob, $"bob-{i}"));
        }

        var inFlight = new ConcurrentDictionary<string, int>();
        var overlapped = false;
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()))
            .Returns(async (OutgoingActivity activity, CancellationToken token) =>
            {
                var key = activity.To.ConversationKey;
                overlapped |= inFlight.AddOrUpdate(key, 1, (_, n) => n + 1) > 1;
                await Task.Delay(5, token);
                _sends.Enqueue((key, activity.Text, _time.GetUtcNow()));
                inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
                return Delivered();
            });
        var dispatcher = Dispatcher();

        for (var round = 0; round < 10; round++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
        }

        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"alice-{i}"), _sends.Where(s => s.Text!.StartsWith("alice", StringComparison.Ordinal)).Select(s => s.Text));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"bob-{i}"), _sends.Where(s => s.Text!.StartsWith("bob", StringComparison.Ordinal)).Select(s => s.Text));
        Assert.All(_outbox.Messages, m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task DispatchDueAsync_ThrottledWithRetryAfter_NotTriedBeforeThatDelayThenSent()
    {
        var message = _outbox.Add(SendTo(Alice, "hello"));
        _gateway.SetupSequence(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeliveryResult.Transient("429 Too Many Requests", TimeSpan.FromSeconds(17)))
            .ReturnsAsync(Delivered());
        var dispatcher = Dispatcher();

        var first = Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(DispatchOutcomeKind.RetryScheduled, first.Kind);
        Assert.Equal(_time.GetUtcNow().AddSeconds(17), first.NextAttemptAt);

        _time.Advance(TimeSpan.FromSeconds(16.9));
        Assert.Empty(await dispatcher.DispatchDueAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(DispatchOutcomeKind.Sent, Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None)).Kind);
        Assert.Equal(2, _outbox.Get(message.Id).Attempts);
    }

    [Fact]
    public async Task DispatchDueAsync_TransientWithoutRetryAfter_ExponentialBackoffWithJitterWithinBounds()
    {
        _options.BackoffBase = TimeSpan.FromSeconds(2);
        _options.BackoffMax = TimeSpan.FromSeconds(60);
        var message = _outbox.Add(SendTo(Alice, "hello"));
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeliveryResult.Transient("503 Service Unavailable", null));
        var dispatcher = Dispatcher();

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 8; attempt++)
        {
            var outcome = Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
            Assert.Equal(DispatchOutcomeKind.RetryScheduled, outcome.Kind);
            var delay = outcome.NextAttemptAt!.Value - _time.GetUtcNow();
            delays.Add(delay);
            _time.Advance(delay);
        }

        // Attempt n waits between half and all of min(2 s × 2^(n−1), 60 s).
        double[] ceilings = [2, 4, 8, 16, 32, 60, 60, 60];
        for (var i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i].TotalSeconds, ceilings[i] / 2, ceilings[i]);
        }

        Assert.Equal(8, _outbox.Get(message.Id).Attempts);
        Assert.Equal(OutboxState.Pending, _outbox.Get(message.Id).State);
    }

    [Fact]
    public void RetryBackoff_ManyDraws_SpreadOverTheUpperHalfAndNeverBeyondTheMaximum()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(42));

        var draws = Enumerable.Range(0, 1000).Select(_ => backoff.Next(3).TotalSeconds).ToList();
        var late = Enumerable.Range(0, 1000).Select(_ => backoff.Next(40).TotalSeconds).ToList();

        Assert.All(draws, d => Assert.InRange(d, 2, 4));
        Assert.True(draws.Distinct().Count() > 900, "the jitter must spread the retries");
        Assert.All(late, d => Assert.InRange(d, 15, 30));
    }

    [Theory]
    [InlineData("403 ConversationBlockedByUser: User blocked the conversation with the bot.")]
    [InlineData("403 BotNotInConversationRoster: The bot is not part of the conversation roster.")]
    [InlineData("404 NotFound: Conversation not found.")]
    public async Task DispatchDueAsync_OfferRefused_NeverRetriedAndTheRoutingMovesOn(string reason)
    {
        var requestId = RequestId.New();
        var message = _outbox.Add(SendTo(Alice, "offer", ActivityTags.Offer(requestId, Alice), requestId));
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DeliveryResult.Refused(reason));
        _offers.Setup(o => o.OfferUndeliverableAsync(requestId, Alice, reason, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var dispatcher = Dispatcher();

        var outcome = Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(1));
        var later = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchOutcomeKind.FailedPermanently, outcome.Kind);
        Assert.True(outcome.OfferSkipped);
        Assert.Empty(later);
        Assert.Equal(OutboxState.FailedPermanently, _outbox.Get(message.Id).State);
        Assert.Equal(reason, _outbox.Get(message.Id).LastError);
        _gateway.Verify(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()), Times.Once);
        _offers.Verify(o => o.OfferUndeliverableAsync(requestId, Alice, reason, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchDueAsync_RefusedMessageThatIsNotAnOffer_FailedWithoutTouchingTheRouting()
    {
        var requestId = RequestId.New();
        _outbox.Add(SendTo(Alice, "status", $"status:{requestId}", requestId));
        _outbox.Add(SendTo(new UserId("0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2"), "offer of another request", ActivityTags.Offer(RequestId.New(), Alice), requestId));
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DeliveryResult.Refused("403 ConversationBlockedByUser"));

        var outcomes = await Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal(DispatchOutcomeKind.FailedPermanently, o.Kind));
        Assert.All(outcomes, o => Assert.False(o.OfferSkipped));
        _offers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task DispatchDueAsync_OutcomeUnknown_RecordedAndNeverRetried()
    {
        var message = _outbox.Add(SendTo(Alice, "hello"));
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeliveryResult.Unknown("no answer within 00:00:30"));
        var dispatcher = Dispatcher();

        var outcome = Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(DispatchOutcomeKind.OutcomeUnknown, outcome.Kind);
        Assert.Empty(await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(OutboxState.Unknown, _outbox.Get(message.Id).State);
        Assert.Equal("no answer within 00:00:30", _outbox.Get(message.Id).LastError);
    }

    [Fact]
    public async Task DispatchDueAsync_UpdateOfAnActivityNotSentYet_WaitsThenReplacesItInPlace()
    {
        var update = _outbox.Add(Message(OutboxMessageKind.Update, new UserRecipient(Tenant, Alice.Value), "accepted", "status:7", null));
        var original = new SentActivity("status:7", "a:conv", "activity-9", ServiceUrl);
        _sentLog.SetupSequence(log => log.FindAsync("status:7", It.IsAny<CancellationToken>()))
            .ReturnsAsync((SentActivity?)null)
            .ReturnsAsync(original);
        _gateway.Setup(g => g.UpdateAsync(It.Is<OutgoingActivity>(a => a.Text == "accepted"), original, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeliveryResult.Delivered("a:conv", "activity-9", ServiceUrl));
        var dispatcher = Dispatcher();

        var waiting = Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
        _time.Advance(waiting.NextAttemptAt!.Value - _time.GetUtcNow());
        var updated = Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(DispatchOutcomeKind.RetryScheduled, waiting.Kind);
        Assert.Equal(DispatchOutcomeKind.Sent, updated.Kind);
        Assert.Equal(OutboxState.Sent, _outbox.Get(update.Id).State);
        _gateway.Verify(g => g.UpdateAsync(It.IsAny<OutgoingActivity>(), original, It.IsAny<CancellationToken>()), Times.Once);
        _sentLog.Verify(log => log.RecordAsync(It.IsAny<SentActivity>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchDueAsync_UpdateWhoseOriginalWasNeverRecorded_SentAsANewMessageAfterThreeTriesAndRemembered()
    {
        // The status card's first send ended unknown, so no activity is recorded under its tag.
        var update = _outbox.Add(Message(OutboxMessageKind.Update, new UserRecipient(Tenant, Alice.Value), "accepted", "status:8", null));
        var later = _outbox.Add(SendTo(Alice, "introduction"));
        _sentLog.Setup(log => log.FindAsync("status:8", It.IsAny<CancellationToken>())).ReturnsAsync((SentActivity?)null);
        DeliverEverything();
        var dispatcher = Dispatcher();

        var outcomes = new List<DispatchOutcome>();
        for (var round = 0; round < 6 && _outbox.Get(later.Id).State == OutboxState.Pending; round++)
        {
            outcomes.AddRange(await dispatcher.DispatchDueAsync(CancellationToken.None));
            _time.Advance(_options.BackoffMax);
        }

        Assert.Equal(
            [DispatchOutcomeKind.RetryScheduled, DispatchOutcomeKind.RetryScheduled, DispatchOutcomeKind.Sent],
            outcomes.Where(o => o.Message.Id == update.Id).Select(o => o.Kind));
        Assert.Equal(["accepted", "introduction"], _sends.Select(s => s.Text));
        Assert.Equal(OutboxState.Sent, _outbox.Get(later.Id).State);
        _gateway.Verify(g => g.UpdateAsync(It.IsAny<OutgoingActivity>(), It.IsAny<SentActivity>(), It.IsAny<CancellationToken>()), Times.Never);
        _sentLog.Verify(log => log.RecordAsync(It.Is<SentActivity>(a => a.Tag == "status:8"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(OutboxMessageKind.InstallApp)]
    [InlineData(OutboxMessageKind.GraphWrite)]
    public async Task DispatchDueAsync_GraphKindWithoutGraphWriter_FailedForGoodWithTheReason(OutboxMessageKind kind)
    {
        var message = _outbox.Add(OutboxMessage.Create("graph:user:1", kind, "{}", null, _time));

        var outcome = Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None));

        Assert.Equal(DispatchOutcomeKind.FailedPermanently, outcome.Kind);
        Assert.Equal(OutboxDispatcher.NoGraphWriterReason, _outbox.Get(message.Id).LastError);
    }

    [Fact]
    public async Task DispatchDueAsync_GraphKindWithGraphWriter_WrittenThroughIt()
    {
        var message = _outbox.Add(Message(OutboxMessageKind.InstallApp, new UserRecipient(Tenant, Alice.Value), "hello", null, null));
        var writer = new Mock<IGraphWriter>();
        writer.Setup(w => w.WriteAsync(It.Is<OutboxMessage>(m => m.Id == message.Id), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeliveryResult.Transient("429", TimeSpan.FromSeconds(3)));

        var outcome = Assert.Single(await Dispatcher(writer.Object).DispatchDueAsync(CancellationToken.None));

        Assert.Equal(DispatchOutcomeKind.RetryScheduled, outcome.Kind);
        Assert.Equal(_time.GetUtcNow().AddSeconds(3), _outbox.Get(message.Id).NextAttemptAt);
    }

    [Fact]
    public async Task DispatchDueAsync_InstallThenOffer_InstallsFirstThenSendsTheOfferAndRemembersItsTag()
    {
        var requestId = RequestId.New();
        var tag = ActivityTags.Offer(requestId, Alice);
        var message = _outbox.Add(Message(OutboxMessageKind.InstallApp, new UserRecipient(Tenant, Alice.Value), "offer", tag, requestId));
        var order = new List<string>();
        var writer = new Mock<IGraphWriter>(MockBehavior.Strict);
        writer.Setup(w => w.WriteAsync(It.Is<OutboxMessage>(m => m.Id == message.Id), It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("install"))
            .ReturnsAsync(new DeliveryResult.Delivered(string.Empty, string.Empty, ServiceUrl));
        _gateway.Setup(g => g.SendAsync(It.Is<OutgoingActivity>(a => a.ActivityTag == tag), It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("send"))
            .ReturnsAsync(Delivered());

        var outcome = Assert.Single(await Dispatcher(writer.Object).DispatchDueAsync(CancellationToken.None));

        Assert.Equal(DispatchOutcomeKind.Sent, outcome.Kind);
        Assert.Equal(["install", "send"], order);
        _sentLog.Verify(log => log.RecordAsync(It.Is<SentActivity>(a => a.Tag == tag), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchDueAsync_InstallRefused_TheOfferIsNotSentAndTheRoutingMovesOnWithTheReason()
    {
        var requestId = RequestId.New();
        var message = _outbox.Add(Message(OutboxMessageKind.InstallApp, new UserRecipient(Tenant, Alice.Value), "offer", ActivityTags.Offer(requestId, Alice), requestId));
        var writer = new Mock<IGraphWriter>(MockBehavior.Strict);
        writer.Setup(w => w.WriteAsync(It.IsAny<OutboxMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DeliveryResult.Refused("403 Forbidden"));
        _offers.Setup(o => o.OfferUndeliverableAsync(requestId, Alice, "403 Forbidden", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var outcome = Assert.Single(await Dispatcher(writer.Object).DispatchDueAsync(CancellationToken.None));

        Assert.Equal((DispatchOutcomeKind.FailedPermanently, true), (outcome.Kind, outcome.OfferSkipped));
        Assert.Equal("403 Forbidden", _outbox.Get(message.Id).LastError);
        _offers.VerifyAll();
        _gateway.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task DispatchDueAsync_CreateChatWithAPost_PostsInTheChatTheWriteCreated()
    {
        var post = new OutgoingActivity(new ChatRecipient(Tenant, string.Empty), null, "{}", "intro:x:chat", "summary");
        var message = _outbox.Add(OutboxMessage.Create("chat:x", OutboxMessageKind.GraphWrite, new CreateChatWrite(Tenant, [Alice.Value, "b"], post).ToJson(), null, _time));
        var writer = new Mock<IGraphWriter>(MockBehavior.Strict);
        writer.Setup(w => w.WriteAsync(It.IsAny<OutboxMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DeliveryResult.Delivered("19:chat@unq.gbl.spaces", string.Empty, ServiceUrl));
        _gateway.Setup(g => g.SendAsync(It.Is<OutgoingActivity>(a => a.To == new ChatRecipient(Tenant, "19:chat@unq.gbl.spaces") && a.ActivityTag == "intro:x:chat"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeliveryResult.Delivered("19:chat@unq.gbl.spaces", "a-1", ServiceUrl));

        var outcome = Assert.Single(await Dispatcher(writer.Object).DispatchDueAsync(CancellationToken.None));

        Assert.Equal(DispatchOutcomeKind.Sent, outcome.Kind);
        Assert.Equal(OutboxState.Sent, _outbox.Get(message.Id).State);
        _sentLog.Verify(log => log.RecordAsync(new SentActivity("intro:x:chat", "19:chat@unq.gbl.spaces", "a-1", ServiceUrl), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchDueAsync_CreateConversationMessage_FailedForGoodBecauseSendCreatesIt()
    {
        var message = _outbox.Add(OutboxMessage.Create("user:x", OutboxMessageKind.CreateConversation, "{}", null, _time));

        Assert.Equal(DispatchOutcomeKind.FailedPermanently, Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None)).Kind);
        Assert.Equal(OutboxDispatcher.CreateConversationReason, _outbox.Get(message.Id).LastError);
    }

    [Fact]
    public async Task DispatchDueAsync_UnreadablePayload_FailedForGoodWithoutCallingTheGateway()
    {
        var message = _outbox.Add(OutboxMessage.Create("user:x", OutboxMessageKind.Send, "{not json", null, _time));

        Assert.Equal(DispatchOutcomeKind.FailedPermanently, Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None)).Kind);
        Assert.StartsWith("unreadable payload", _outbox.Get(message.Id).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDueAsync_GatewayThrows_FaultReportedAndMessageKeptForLater()
    {
        var message = _outbox.Add(SendTo(Alice, "hello"));
        var failure = new InvalidOperationException("the address book is unreachable");
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);

        var outcome = Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None));

        Assert.Equal(DispatchOutcomeKind.Faulted, outcome.Kind);
        Assert.Same(failure, outcome.Error);
        Assert.Equal(OutboxState.Pending, _outbox.Get(message.Id).State);
        Assert.True(_outbox.Get(message.Id).NextAttemptAt > _time.GetUtcNow());
    }

    [Fact]
    public async Task DispatchDueAsync_ClaimThatRanOutUnmarked_SentAgainOnceAndFlaggedAsAPossibleDuplicate()
    {
        _options.Lease = TimeSpan.FromSeconds(30);
        var message = _outbox.Add(SendTo(Alice, "hello"));
        DeliverEverything();

        // A dispatcher claims, sends, and dies before marking: only its claim is left.
        await _outbox.ClaimDueAsync(10, _options.Lease, CancellationToken.None);
        Assert.Empty(await Dispatcher().DispatchDueAsync(CancellationToken.None));
        _time.Advance(_options.Lease);
        var outcome = Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None));
        _time.Advance(_options.Lease);

        Assert.Equal(DispatchOutcomeKind.Sent, outcome.Kind);
        Assert.True(outcome.PossibleDuplicate);
        Assert.Empty(await Dispatcher().DispatchDueAsync(CancellationToken.None));
        Assert.Single(_sends);
        Assert.Equal(2, _outbox.Get(message.Id).Attempts);
    }

    [Fact]
    public async Task DispatchDueAsync_SlowSendsEatingTheLease_LaterMessagesReleasedUnsentWithoutCountingAnAttempt()
    {
        _options.Lease = TimeSpan.FromSeconds(60);
        _options.MaxParallelSends = 1;
        var bob = new UserId("0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2");
        var first = _outbox.Add(SendTo(Alice, "slow"));
        var second = _outbox.Add(SendTo(bob, "waiting"));
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OutgoingActivity activity, CancellationToken _) =>
            {
                _time.Advance(TimeSpan.FromSeconds(40));
                _sends.Enqueue((activity.To.ConversationKey, activity.Text, _time.GetUtcNow()));
                return Delivered();
            });

        var outcomes = await Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal([DispatchOutcomeKind.Sent, DispatchOutcomeKind.Deferred], outcomes.Select(o => o.Kind));
        Assert.Equal(["slow"], _sends.Select(s => s.Text));
        Assert.Equal(OutboxState.Sent, _outbox.Get(first.Id).State);
        Assert.Equal((OutboxState.Pending, 0), (_outbox.Get(second.Id).State, _outbox.Get(second.Id).Attempts));
        Assert.Equal(DispatchOutcomeKind.Sent, Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task DispatchDueAsync_HostStopsMidRound_SendInFlightFinishesAndUnstartedClaimsReleasedAtOnceUnflagged()
    {
        _options.MaxParallelSends = 1;
        var bob = new UserId("0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2");
        var inFlight = _outbox.Add(SendTo(Alice, "in flight"));
        var waiting = _outbox.Add(SendTo(bob, "not started"));
        using var stopping = new CancellationTokenSource();
        _gateway.Setup(g => g.SendAsync(It.Is<OutgoingActivity>(a => a.Text == "in flight"), It.IsAny<CancellationToken>()))
            .Returns(async (OutgoingActivity _, CancellationToken token) =>
            {
                // The host is told to stop while this send is on the wire; a cancelled call would leave its outcome unknown.
                await stopping.CancelAsync();
                await Task.Yield();
                token.ThrowIfCancellationRequested();
                return Delivered();
            });

        var outcomes = await Dispatcher().DispatchDueAsync(stopping.Token);

        Assert.Equal((inFlight.Id, DispatchOutcomeKind.Sent), (Assert.Single(outcomes).Message.Id, outcomes[0].Kind));
        Assert.Equal(OutboxState.Sent, _outbox.Get(inFlight.Id).State);
        Assert.Equal((OutboxState.Pending, 0), (_outbox.Get(waiting.Id).State, _outbox.Get(waiting.Id).Attempts));

        // The next host sends the one never started at once, and not as a possible duplicate.
        _gateway.Setup(g => g.SendAsync(It.Is<OutgoingActivity>(a => a.Text == "not started"), It.IsAny<CancellationToken>())).ReturnsAsync(Delivered());
        var next = Assert.Single(await Dispatcher().DispatchDueAsync(CancellationToken.None));
        Assert.Equal((waiting.Id, DispatchOutcomeKind.Sent, false), (next.Message.Id, next.Kind, next.PossibleDuplicate));
    }

    [Fact]
    public async Task DispatchDueAsync_61MessagesToOneConversation_SpreadWithinTeamsConversationLimits()
    {
        for (var i = 0; i < 61; i++)
        {
            _outbox.Add(SendTo(Alice, $"m{i}"));
        }

        DeliverEverything();
        var start = _time.GetUtcNow();
        await RunUntilAllCompleteAsync(Dispatcher(), TimeSpan.FromMilliseconds(50));

        var times = _sends.Select(s => s.At).ToList();
        Assert.Equal(61, times.Count);
        AssertAtMost(times, TimeSpan.FromSeconds(1), 7);
        AssertAtMost(times, TimeSpan.FromSeconds(30), 60);
        Assert.True(times[60] - start >= TimeSpan.FromSeconds(30), $"the 61st message went out at {times[60] - start}");
        Assert.Equal(Enumerable.Range(0, 61).Select(i => $"m{i}"), _sends.Select(s => s.Text));
        Assert.All(_outbox.Messages, m => Assert.Equal(1, m.Attempts));
    }

    [Fact]
    public async Task DispatchDueAsync_51MessagesToOneTenant_SpreadWithinTheTenantLimit()
    {
        for (var i = 0; i < 51; i++)
        {
            _outbox.Add(SendTo(new UserId($"0f6c3c1e-1a1b-4c1d-9e7f-{i:D12}"), $"m{i}"));
        }

        _options.BatchSize = 100;
        DeliverEverything();
        var start = _time.GetUtcNow();
        await RunUntilAllCompleteAsync(Dispatcher(), TimeSpan.FromMilliseconds(50));

        var times = _sends.Select(s => s.At).Order().ToList();
        Assert.Equal(51, times.Count);
        AssertAtMost(times, TimeSpan.FromSeconds(1), 50);
        Assert.True(times[50] - start >= TimeSpan.FromSeconds(1), $"the 51st message went out at {times[50] - start}");
        Assert.All(_outbox.Messages, m => Assert.Equal(1, m.Attempts));
    }

    private async Task RunUntilAllCompleteAsync(OutboxDispatcher dispatcher, TimeSpan step)
    {
        for (var round = 0; round < 10_000 && _outbox.Messages.Any(m => m.State == OutboxState.Pending); round++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            _time.Advance(step);
        }

        Assert.All(_outbox.Messages, m => Assert.Equal(OutboxState.Sent, m.State));
    }

    /// <summary>No window of length <paramref name="window"/> holds more than <paramref name="limit"/> sends.</summary>
    private static void AssertAtMost(IReadOnlyList<DateTimeOffset> times, TimeSpan window, int limit)
    {
        var sorted = times.Order().ToList();
        for (var i = limit; i < sorted.Count; i++)
        {
            Assert.True(sorted[i] - sorted[i - limit] >= window, $"{limit + 1} sends within {window}: {sorted[i - limit]:O} to {sorted[i]:O}");
        }
    }

    private void DeliverEverything() =>
        _gateway.Setup(g => g.SendAsync(It.IsAny<OutgoingActivity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OutgoingActivity activity, CancellationToken _) =>
            {
                _sends.Enqueue((activity.To.ConversationKey, activity.Text, _time.GetUtcNow()));
                return Delivered();
            });

    private static DeliveryResult.Delivered Delivered() => new("conv:" + Alice.Value.ToUpperInvariant(), "activity-1", ServiceUrl);

    private OutboxDispatcher Dispatcher(IGraphWriter? graphWriter = null) =>
        new(_outbox, _gateway.Object, _sentLog.Object, _offers.Object, graphWriter, _options, _time, new Random(7));

    private OutboxMessage SendTo(UserId user, string text, string? tag = null, RequestId? requestId = null) =>
        Message(OutboxMessageKind.Send, new UserRecipient(Tenant, user.Value), text, tag, requestId);

    private OutboxMessage Message(OutboxMessageKind kind, Recipient to, string text, string? tag, RequestId? requestId) =>
        OutboxMessage.Create(to.ConversationKey, kind, new OutgoingActivity(to, text, null, tag, null).ToJson(), requestId, _time);
}
