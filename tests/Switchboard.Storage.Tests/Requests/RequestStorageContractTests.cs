using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Storage.Tests.Databases;

namespace Switchboard.Storage.Tests.Requests;

/// <summary>
/// What the request store, the outbox and the preferences store promise, whatever the engine.
/// <see cref="SqliteRequestStorageTests"/> and <see cref="PostgresRequestStorageTests"/> run every case against a
/// real database of their engine.
/// </summary>
public abstract class RequestStorageContractTests(ITestDatabaseServer server)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserId Requester = new("0f6c3c1e-1a1b-4c1d-9e7f-000000000001");
    private static readonly UserId Alice = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1");
    private static readonly UserId Bob = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2");
    private static readonly UserId Gus = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000c3");
    private static readonly UserId Gwen = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000c4");
    private static readonly GroupId Helpdesk = new("helpdesk-group");

    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider time = new(Monday);

    private LifecycleContext Context => new(time, new HourlyExpiry(), new HelpdeskMembers());

    [Fact]
    public async Task MigrateSwitchboardDatabaseAsync_EmptyDatabase_CreatesTheRequestTablesEmpty()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);

        await using var db = await host.CreateContextAsync();
        Assert.Equal(server.EfProviderName, db.Database.ProviderName);
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.RequestEvents.CountAsync());
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
        Assert.Equal(0, await db.ExpertPreferences.CountAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task FindAsync_AfterSave_SameStateAndHistory()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice(Urgency.High);
        Succeed(request.RequestDetails(Actor.Person(Alice), request.Version, "Which \"model\"?\nAnd since when?", Context));

        var saved = await store.SaveAsync(request, [], null, CancellationToken.None);

        Assert.True(saved.Saved);
        Assert.Empty(request.PendingEvents);
        Assert.Equal(request.Version, request.PersistedVersion);
        var found = await store.FindAsync(request.Id, CancellationToken.None);
        Assert.NotNull(found);
        AssertSame(request, found);
        Assert.Null(await store.FindAsync(RequestId.New(), CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_CodedReasons_ComeBackWholeAndSentencesAsWrittenStayPlainStrings()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = SupportRequest.Create(RequestId.New(), Requester, "Contract question", time);
        Succeed(request.Qualify(Actor.Person(Requester), request.Version, new Qualification { Subject = "Contract question" }, UrgencyBudgetStatus.Unlimited, Context));
        Succeed(request.Propose(
            Actor.System,
            request.Version,
            [
                new Candidate(TargetKind.Person, Alice.Value, "Alice", 0.9,
                [
                    new RoutingReason(ReasonCode.ProfileSkill) { Text = "Droit des contrats", Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.Expert, "expert"), AskMeAbout = true },
                    new RoutingReason(ReasonCode.OutsideHoursMayAnswerLater) { Hours = new LocalWorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 0)) },
                    new RoutingReason(ReasonCode.PassedOverOutOfOfficeUntil) { Name = "Bob", Level = new ReasonLevel(LevelKind.DeclaredSkill), Until = new DateOnly(2026, 12, 1) },
                    new RoutingReason(ReasonCode.Unavailable) { Name = "Gus", Inner = new RoutingReason(ReasonCode.FocusUntil) { At = Monday.AddHours(3) } },
                ]),
                new Candidate(TargetKind.Group, Helpdesk.Value, "Helpdesk", 0.4,
                [
                    new RoutingReason(ReasonCode.ServiceHandledBy) { Topics = [new VocabularyLabel("legal.contracts", "contract and NDA review", "revue de contrats et NDA")], Name = "Helpdesk" },
                    "recorded as a plain sentence",
                ]),
            ],
            null,
            Context));

        await SaveAsync(store, request);
        var found = await store.FindAsync(request.Id, CancellationToken.None);

        Assert.Equal(request.Candidates, found!.Candidates);
        Assert.Equal("revue de contrats et NDA", found.Candidates[1].Reasons[0].Subject!.French);
        await using var db = await host.CreateContextAsync();
        var snapshot = (await db.Requests.AsNoTracking().SingleAsync()).Snapshot;
        Assert.Contains("\"code\":\"ProfileSkill\"", snapshot, StringComparison.Ordinal);
        Assert.Contains("\"recorded as a plain sentence\"]", snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_HostileText_ComesBackExactly()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var hostile = "'; DROP TABLE requests; -- \"quoted\" \\ back\\slash\r\n**bold** <at>x</at> {\"json\":1} é 中文 🚀 \u0001";
        var long8k = string.Concat(Enumerable.Repeat("0123456789abcdé🚀", 470)) + "0123456789";
        var request = SupportRequest.Create(RequestId.New(), Requester, hostile, time);
        Succeed(request.Qualify(
            Actor.Person(Requester),
            request.Version,
            new Qualification { Subject = "Subject with 'quotes' and \"double\" and 🚀", Details = long8k, Tried = hostile },
            UrgencyBudgetStatus.Unlimited,
            Context));
        Succeed(request.Withdraw(Actor.Person(Requester), request.Version, hostile, Context));

        await SaveAsync(store, request);

        var found = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(hostile, found.Text);
        Assert.Equal(long8k, found.Qualification!.Details);
        Assert.Equal(hostile, found.Qualification.Tried);
        Assert.Equal(Qualification.DetailsMaxLength, long8k.Length);
        Assert.Equal(hostile.Trim(), found.History[^1].Reason);
    }

    [Fact]
    public async Task SaveAsync_LoadedThenChanged_AppendsOnlyTheNewEvents()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        await SaveAsync(store, request);

        var loaded = (await store.FindAsync(request.Id, CancellationToken.None))!;
        time.Advance(TimeSpan.FromMinutes(3));
        Succeed(loaded.Decline(Actor.Person(Alice), loaded.Version, "Not my area.", Context));
        await SaveAsync(store, loaded);

        var again = (await store.FindAsync(request.Id, CancellationToken.None))!;
        AssertSame(loaded, again);
        Assert.Equal(Bob, again.CurrentOfferee);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(again.History.Count, await db.RequestEvents.CountAsync());
        Assert.Equal(Enumerable.Range(1, again.History.Count), await db.RequestEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_TypedConflictAndNothingWritten()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        await SaveAsync(store, request);
        var first = (await store.FindAsync(request.Id, CancellationToken.None))!;
        var second = (await store.FindAsync(request.Id, CancellationToken.None))!;

        Succeed(first.Accept(Actor.Person(Alice), first.Version, Context));
        Assert.True((await store.SaveAsync(first, [Message("conv-requester", request.Id)], null, CancellationToken.None)).Saved);
        Succeed(second.Decline(Actor.Person(Alice), second.Version, "Too busy.", Context));
        var conflicted = await store.SaveAsync(second, [Message("conv-bob", request.Id)], null, CancellationToken.None);

        Assert.False(conflicted.Saved);
        Assert.Equal(new ConcurrencyConflict(request.Id, first.Version - 1), conflicted.Conflict);
        Assert.NotEmpty(second.PendingEvents);
        var stored = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(RequestState.Accepted, stored.State);
        Assert.Equal(first.Version, stored.Version);
        Assert.DoesNotContain(stored.History, e => e.Kind == RequestEventKind.Declined);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(["conv-requester"], await db.OutboxMessages.Select(m => m.ConversationKey).ToListAsync());
    }

    [Fact]
    public async Task SaveAsync_TwoGroupMembersClaimAtOnce_ExactlyOneWins()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = PostedToHelpdesk();
        await SaveAsync(store, request);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Both members load the posted request before either saves: each sees it unclaimed, as two cards would.
        var copies = new List<(UserId Member, SupportRequest Copy)>();
        foreach (var member in new[] { Gus, Gwen })
        {
            var copy = (await store.FindAsync(request.Id, CancellationToken.None))!;
            Succeed(copy.Claim(Actor.Person(member), copy.Version, Context));
            copies.Add((member, copy));
        }

        var claims = copies
            .Select(async claim =>
            {
                await start.Task;
                return await store.SaveAsync(claim.Copy, [Message($"conv-{claim.Member.Value}", request.Id)], null, CancellationToken.None);
            })
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(claims);

        Assert.Single(results, r => r.Saved);
        Assert.Single(results, r => r.Conflict is not null);
        var stored = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(RequestState.Claimed, stored.State);
        Assert.Single(stored.History, e => e.Kind == RequestEventKind.Claimed);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());

        // The loser reloads and is told who took it.
        var loser = (await store.FindAsync(request.Id, CancellationToken.None))!;
        var other = stored.Assignee!.Value.Equals(Gus) ? Gwen : Gus;
        Assert.Equal(RejectionCode.AlreadyClaimed, loser.Claim(Actor.Person(other), loser.Version, Context).Rejection?.Code);
    }

    [Fact]
    public async Task SaveAsync_WithOutbox_MessagesStoredWithTheStateInOrder()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        OutboxMessage[] outbox = [Message("conv-alice", request.Id, "create"), Message("conv-alice", request.Id, "offer"), Message("conv-requester", request.Id, "status")];

        await SaveAsync(store, request, outbox);

        await using var db = await host.CreateContextAsync();
        var rows = await db.OutboxMessages.OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(outbox.Select(m => m.Id.Value), rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Equal(request.Id.Value, r.RequestId));
        Assert.All(rows, r => Assert.Equal(nameof(OutboxState.Pending), r.State));
        Assert.Equal("{\"step\":\"offer\"}", rows[1].Payload);
    }

    [Fact]
    public async Task SaveAsync_NewRequestWhoseOutboxInsertFails_WritesNothingAtAll()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        var message = Message("conv-alice", request.Id);

        // The same message twice breaks the outbox's unique id after the request and its events were written.
        await Assert.ThrowsAsync<DbUpdateException>(() => store.SaveAsync(request, [message, message], null, CancellationToken.None));

        Assert.Null(await store.FindAsync(request.Id, CancellationToken.None));
        Assert.Equal(0, request.PersistedVersion);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.RequestEvents.CountAsync());
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_ChangeWhoseOutboxInsertFails_KeepsThePreviousStateAndHistory()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        await SaveAsync(store, request);
        var eventsBefore = request.History.Count;
        Succeed(request.Accept(Actor.Person(Alice), request.Version, Context));
        var message = Message("conv-requester", request.Id);

        await Assert.ThrowsAsync<DbUpdateException>(() => store.SaveAsync(request, [message, message], null, CancellationToken.None));

        var stored = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(RequestState.Offered, stored.State);
        Assert.Equal(eventsBefore, stored.History.Count);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_RetriedInboundActivity_AlreadyProcessedAndNothingWritten()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        Assert.True((await store.SaveAsync(request, [Message("conv-alice", request.Id)], "msteams:a:1:activity-1", CancellationToken.None)).Saved);

        // Teams delivers the same activity again; the turn runs again on a fresh load.
        var retry = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Succeed(retry.Withdraw(Actor.Person(Requester), retry.Version, null, Context));
        var result = await store.SaveAsync(retry, [Message("conv-alice", request.Id)], "msteams:a:1:activity-1", CancellationToken.None);

        Assert.True(result.AlreadyProcessed);
        Assert.False(result.Saved);
        Assert.Null(result.Conflict);
        Assert.Equal(RequestState.Offered, (await store.FindAsync(request.Id, CancellationToken.None))!.State);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
        Assert.False(await host.Services.GetRequiredService<Switchboard.Domain.Conversations.IInboundDeduplicator>()
            .TryMarkProcessedAsync("msteams:a:1:activity-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SameMessageProcessedTwice_OneRequestOnly()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();

        // Each processing of the message starts a request with a new id, as a handler without memory would.
        var first = SupportRequest.Create(RequestId.New(), Requester, "Need access to the finance share", time);
        var second = SupportRequest.Create(RequestId.New(), Requester, "Need access to the finance share", time);
        var results = new[]
        {
            await store.SaveAsync(first, [Message("conv-requester", first.Id)], "msteams:a:1:message-7", CancellationToken.None),
            await store.SaveAsync(second, [Message("conv-requester", second.Id)], "msteams:a:1:message-7", CancellationToken.None),
        };

        Assert.True(results[0].Saved);
        Assert.True(results[1].AlreadyProcessed);
        Assert.Equal(0, second.PersistedVersion);
        await using var db = await host.CreateContextAsync();
        Assert.Equal([first.Id.Value], await db.Requests.Select(r => r.Id).ToListAsync());
        Assert.Equal(1, await db.RequestEvents.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_ConflictWithInboundKey_KeyNotKeptSoTheReloadedTurnCanSave()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = OfferedToAlice();
        await SaveAsync(store, request);
        var stale = (await store.FindAsync(request.Id, CancellationToken.None))!;
        var winner = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Succeed(winner.AddDetails(Actor.Person(Requester), winner.Version, "The VPN client is 5.2.", Context));
        await SaveAsync(store, winner);

        Succeed(stale.Accept(Actor.Person(Alice), stale.Version, Context));
        Assert.NotNull((await store.SaveAsync(stale, [], "invoke:accept:1", CancellationToken.None)).Conflict);
        var reloaded = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Succeed(reloaded.Accept(Actor.Person(Alice), reloaded.Version, Context));

        Assert.True((await store.SaveAsync(reloaded, [], "invoke:accept:1", CancellationToken.None)).Saved);
        Assert.Equal(RequestState.Accepted, (await store.FindAsync(request.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Queries_ByRequesterOffereeExpiryUrgencyAndWork_FindTheRightRequests()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();

        var urgentOffer = OfferedToAlice(Urgency.High);
        await SaveAsync(store, urgentOffer);
        time.Advance(TimeSpan.FromMinutes(30));
        var accepted = OfferedToAlice();
        Succeed(accepted.Accept(Actor.Person(Alice), accepted.Version, Context));
        await SaveAsync(store, accepted);
        time.Advance(TimeSpan.FromMinutes(30));
        var withdrawn = OfferedToAlice(Urgency.Critical);
        Succeed(withdrawn.Withdraw(Actor.Person(Requester), withdrawn.Version, null, Context));
        await SaveAsync(store, withdrawn);
        var posted = PostedToHelpdesk();
        await SaveAsync(store, posted);

        var upperCaseRequester = new UserId(Requester.Value.ToUpperInvariant());
        Assert.Equal([posted.Id, withdrawn.Id, accepted.Id, urgentOffer.Id], (await store.ListByRequesterAsync(upperCaseRequester, false, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([posted.Id, accepted.Id, urgentOffer.Id], (await store.ListByRequesterAsync(Requester, true, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([urgentOffer.Id], (await store.ListOfferedToAsync(Alice, CancellationToken.None)).Select(r => r.Id));
        Assert.Empty(await store.ListOfferedToAsync(Bob, CancellationToken.None));

        // Offers expire one hour after they are made: the first at 10:00, the post at 11:00.
        Assert.Equal([urgentOffer.Id], (await store.ListOffersExpiringBeforeAsync(Monday.AddMinutes(61), 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([urgentOffer.Id, posted.Id], (await store.ListOffersExpiringBeforeAsync(Monday.AddHours(3), 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Single(await store.ListOffersExpiringBeforeAsync(Monday.AddHours(3), 1, CancellationToken.None));

        // High and critical count as sent, even when later withdrawn; the week's end is exclusive.
        Assert.Equal(2, await store.CountUrgentSentAsync(Requester, Monday, Monday.AddDays(7), CancellationToken.None));
        Assert.Equal(1, await store.CountUrgentSentAsync(Requester, Monday, Monday.AddMinutes(60), CancellationToken.None));
        Assert.Equal(0, await store.CountUrgentSentAsync(Alice, Monday, Monday.AddDays(7), CancellationToken.None));

        var work = await store.CountOpenWorkAsync([Alice, Bob, new UserId(Gus.Value.ToUpperInvariant())], CancellationToken.None);
        Assert.Equal(2, work[Alice]);
        Assert.False(work.ContainsKey(Bob));
        Assert.False(work.ContainsKey(Gus));
    }

    [Fact]
    public async Task ClaimDueAsync_SeveralConversations_FirstPendingMessageOfEachKeyOnly()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var a1 = Message("conv-a", null, "a1");
        var a2 = Message("conv-a", null, "a2");
        var b1 = Message("conv-b", null, "b1");
        var a3 = Message("conv-a", null, "a3");
        var b2 = Message("conv-b", null, "b2");
        await SaveAsync(host.Services.GetRequiredService<IRequestStore>(), OfferedToAlice(), [a1, a2, b1, a3, b2]);

        var first = await outbox.ClaimDueAsync(10, Lease, CancellationToken.None);
        Assert.Equal([a1.Id, b1.Id], first.Select(m => m.Id));
        Assert.All(first, m => Assert.Equal(1, m.Attempts));
        Assert.Empty(await outbox.ClaimDueAsync(10, Lease, CancellationToken.None));

        await outbox.MarkSentAsync(a1.Id, CancellationToken.None);
        Assert.Equal([a2.Id], (await outbox.ClaimDueAsync(10, Lease, CancellationToken.None)).Select(m => m.Id));

        // A message waiting for a retry keeps its conversation's later messages waiting too.
        await outbox.RetryLaterAsync(b1.Id, Monday.AddMinutes(5), "429: retry after 300 s", CancellationToken.None);
        Assert.Empty(await outbox.ClaimDueAsync(10, Lease, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(5));
        var retried = Assert.Single(await outbox.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.Equal(b1.Id, retried.Id);
        Assert.Equal(2, retried.Attempts);
        Assert.Equal("429: retry after 300 s", retried.LastError);
        Assert.Equal("{\"step\":\"b1\"}", retried.Payload);
        Assert.Equal(OutboxMessageKind.Send, retried.Kind);
    }

    [Fact]
    public async Task ClaimDueAsync_MaxCount_OldestFirst()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var messages = Enumerable.Range(0, 5).Select(i => Message($"conv-{i}", null)).ToArray();
        await SaveAsync(host.Services.GetRequiredService<IRequestStore>(), OfferedToAlice(), messages);

        var claimed = await outbox.ClaimDueAsync(3, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(messages.Take(3).Select(m => m.Id), claimed.Select(m => m.Id));
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseRanOut_ClaimableAgainWithAnotherAttempt()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var message = Message("conv-a", null);
        await SaveAsync(host.Services.GetRequiredService<IRequestStore>(), OfferedToAlice(), [message]);

        Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromSeconds(30), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await outbox.ClaimDueAsync(10, TimeSpan.FromSeconds(30), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(message.Id, again.Id);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Mark_SentFailedUnknown_RecordedAndNoLongerBlockingTheConversation()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var sent = Message("conv-a", null);
        var failed = Message("conv-a", null);
        var unknown = Message("conv-a", null);
        var last = Message("conv-a", null);
        await SaveAsync(host.Services.GetRequiredService<IRequestStore>(), OfferedToAlice(), [sent, failed, unknown, last]);

        Assert.Equal(sent.Id, Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None)).Id);
        await outbox.MarkSentAsync(sent.Id, CancellationToken.None);
        Assert.Equal(failed.Id, Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None)).Id);
        await outbox.MarkFailedPermanentlyAsync(failed.Id, "403: the user blocked the bot", CancellationToken.None);
        Assert.Equal(unknown.Id, Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None)).Id);
        time.Advance(TimeSpan.FromSeconds(7));
        await outbox.MarkOutcomeUnknownAsync(unknown.Id, "timeout after the request was sent", CancellationToken.None);
        Assert.Equal(last.Id, Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None)).Id);

        await using var db = await host.CreateContextAsync();
        var rows = await db.OutboxMessages.OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(["Sent", "FailedPermanently", "Unknown", "Pending"], rows.Select(r => r.State));
        Assert.Equal([null, "403: the user blocked the bot", "timeout after the request was sent", null], rows.Select(r => r.LastError));
        Assert.Equal([Monday, Monday, Monday.AddSeconds(7), (DateTimeOffset?)null], rows.Select(r => r.CompletedAt));
        Assert.All(rows.Take(3), r => Assert.Null(r.LeaseUntil));

        // What happened is not rewritten: a completed message cannot be marked again.
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.MarkSentAsync(failed.Id, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.MarkSentAsync(new OutboxMessageId(Guid.NewGuid()), CancellationToken.None));
    }

    [Fact]
    public async Task ClaimDueAsync_FourInstancesClaimingAtOnce_EachMessageClaimedOnceAndEachConversationInOrder()
    {
        await using var database = await server.CreateDatabaseAsync();
        var instances = new List<IHost>();
        for (var i = 0; i < 4; i++)
        {
            instances.Add(await database.BuildMigratedHostAsync(time));
        }

        try
        {
            // 50 conversations of 4 messages each, interleaved as a busy bot would write them.
            var messages = Enumerable.Range(0, 200).Select(i => Message($"conv-{i % 50}", null, $"m{i}")).ToArray();
            await SaveAsync(instances[0].Services.GetRequiredService<IRequestStore>(), OfferedToAlice(), messages);
            var claims = new ConcurrentQueue<(OutboxMessageId Id, long Order)>();
            long order = 0;
            var done = 0;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            var loops = instances
                .Select(host => Task.Run(async () =>
                {
                    var outbox = host.Services.GetRequiredService<IOutbox>();
                    await start.Task;
                    while (Volatile.Read(ref done) < messages.Length)
                    {
                        timeout.Token.ThrowIfCancellationRequested();
                        var batch = await outbox.ClaimDueAsync(7, TimeSpan.FromMinutes(5), timeout.Token);
                        foreach (var message in batch)
                        {
                            claims.Enqueue((message.Id, Interlocked.Increment(ref order)));
                            await outbox.MarkSentAsync(message.Id, timeout.Token);
                            Interlocked.Increment(ref done);
                        }

                        if (batch.Count == 0)
                        {
                            await Task.Delay(5, timeout.Token);
                        }
                    }
                }))
                .ToList();
            start.SetResult();
            await Task.WhenAll(loops);

            Assert.Equal(messages.Length, claims.Count);
            Assert.Equal(messages.Select(m => m.Id.Value).Order(), claims.Select(c => c.Id.Value).Order());
            var claimOrder = claims.ToDictionary(c => c.Id, c => c.Order);
            foreach (var conversation in messages.GroupBy(m => m.ConversationKey))
            {
                var orders = conversation.Select(m => claimOrder[m.Id]).ToList();
                Assert.Equal(orders.Order(), orders);
            }

            await using var db = await instances[0].CreateContextAsync();
            Assert.Equal(messages.Length, await db.OutboxMessages.CountAsync(m => m.State == "Sent" && m.Attempts == 1));
        }
        finally
        {
            instances.ForEach(host => host.Dispose());
        }
    }

    [Fact]
    public async Task ExpertPreferences_SaveThenFind_RoundTripAndNewestWins()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IExpertPreferencesStore>();
        var preferences = new ExpertPreferences
        {
            Expert = Alice,
            FocusUntil = Monday.AddHours(3),
            Capacity = 4,
            TopicsNotTaken = ["excel", "vpn"],
            Delegate = Bob,
            AwayUntil = Monday.AddDays(7),
            UpdatedAt = Monday,
        };

        await store.SaveAsync(preferences, CancellationToken.None);
        var found = await store.FindAsync(new UserId(Alice.Value.ToUpperInvariant()), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(preferences with { TopicsNotTaken = [] }, found with { TopicsNotTaken = [] });
        Assert.Equal(["excel", "vpn"], found.TopicsNotTaken);

        var cleared = new ExpertPreferences { Expert = Alice, UpdatedAt = Monday.AddMinutes(1) };
        await store.SaveAsync(cleared, CancellationToken.None);
        await store.SaveAsync(preferences with { UpdatedAt = Monday.AddSeconds(30) }, CancellationToken.None);

        var latest = (await store.FindAsync(Alice, CancellationToken.None))!;
        Assert.Null(latest.FocusUntil);
        Assert.Null(latest.Delegate);
        Assert.Empty(latest.TopicsNotTaken);
        Assert.Null(await store.FindAsync(Bob, CancellationToken.None));
        Assert.Equal([Alice], (await store.ListAsync([Alice, Bob], CancellationToken.None)).Select(p => p.Expert));
    }

    [Fact]
    public async Task ExpertPreferences_Invalid_RefusedBeforeWriting()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IExpertPreferencesStore>();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(new ExpertPreferences { Expert = Alice, Capacity = -1 }, CancellationToken.None));

        Assert.Null(await store.FindAsync(Alice, CancellationToken.None));
    }

    private SupportRequest OfferedToAlice(Urgency urgency = Urgency.Normal)
    {
        var request = SupportRequest.Create(RequestId.New(), Requester, "The VPN drops every ten minutes", time);
        var qualification = new Qualification
        {
            Subject = "VPN drops every ten minutes",
            Details = "Since Tuesday's update; *markdown* and \"quotes\" kept as typed.",
            Kind = RequestKind.Problem,
            Urgency = urgency,
            Impact = Impact.Team,
            Deadline = Monday.AddDays(3),
            UrgencyJustification = urgency >= Urgency.High ? "Month-end close today." : null,
        };
        Succeed(request.Qualify(Actor.Person(Requester), request.Version, qualification, UrgencyBudgetStatus.Unlimited, Context));
        Succeed(request.Propose(
            Actor.System,
            request.Version,
            [
                new Candidate(TargetKind.Person, Alice.Value, "Alice", 0.9, ["knows the VPN client", "same site"]),
                new Candidate(TargetKind.Person, Bob.Value, "Bob", 0.6, ["network team"]),
                new Candidate(TargetKind.Group, Helpdesk.Value, "Helpdesk", 0.4, ["service desk"]),
            ],
            Gus,
            Context));
        Succeed(request.Confirm(Actor.Person(Requester), request.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, Context));
        return request;
    }

    private SupportRequest PostedToHelpdesk()
    {
        var request = SupportRequest.Create(RequestId.New(), Requester, "New badge please", time);
        Succeed(request.Qualify(Actor.Person(Requester), request.Version, new Qualification { Subject = "New badge", Kind = RequestKind.Access }, UrgencyBudgetStatus.Unlimited, Context));
        Succeed(request.Propose(Actor.System, request.Version, [new Candidate(TargetKind.Group, Helpdesk.Value, "Helpdesk", 0.8, ["badges"])], null, Context));
        Succeed(request.Confirm(Actor.Person(Requester), request.Version, Helpdesk.Value, UrgencyBudgetStatus.Unlimited, Context));
        return request;
    }

    private OutboxMessage Message(string conversationKey, RequestId? requestId, string step = "send") =>
        OutboxMessage.Create(conversationKey, OutboxMessageKind.Send, $"{{\"step\":\"{step}\"}}", requestId, time);

    private static async Task SaveAsync(IRequestStore store, SupportRequest request, IReadOnlyList<OutboxMessage>? outbox = null)
    {
        var result = await store.SaveAsync(request, outbox ?? [], null, CancellationToken.None);
        Assert.True(result.Saved, $"Conflict: {result.Conflict}");
    }

    private static void Succeed(TransitionResult result) => Assert.True(result.Succeeded, result.Rejection?.Reason);

    private static void AssertSame(SupportRequest expected, SupportRequest actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Requester, actual.Requester);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Version, actual.PersistedVersion);
        Assert.Equal(expected.Qualification, actual.Qualification);
        Assert.Equal(expected.RequestedUrgency, actual.RequestedUrgency);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.SentAt, actual.SentAt);
        Assert.Equal(expected.Candidates, actual.Candidates);
        Assert.Equal(expected.RemainingCandidates, actual.RemainingCandidates);
        Assert.Equal(expected.Tried, actual.Tried);
        Assert.Equal(expected.CurrentOffer, actual.CurrentOffer);
        Assert.Equal(expected.Assignee, actual.Assignee);
        Assert.Equal(expected.EscalationContact, actual.EscalationContact);
        Assert.Equal(expected.PendingQuestion, actual.PendingQuestion);
        Assert.Empty(actual.PendingEvents);
        Assert.Equal(expected.History.Count, actual.History.Count);
        foreach (var (want, got) in expected.History.Zip(actual.History))
        {
            Assert.Equal(want with { Data = got.Data }, got);
            Assert.Equal(want.Data.OrderBy(p => p.Key), got.Data.OrderBy(p => p.Key));
        }
    }

    /// <summary>Offers expire one hour after they are made.</summary>
    private sealed class HourlyExpiry : IOfferExpiry
    {
        public DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt) => offeredAt.AddHours(1);
    }

    /// <summary>Gus and Gwen are in the helpdesk; nobody has a manager.</summary>
    private sealed class HelpdeskMembers : IOrganisation
    {
        public bool IsMember(UserId person, GroupId group) => group.Equals(Helpdesk) && (person.Equals(Gus) || person.Equals(Gwen));

        public UserId? ManagerOf(UserId person) => null;
    }
}

public sealed class SqliteRequestStorageTests(SqliteTestServer server) : RequestStorageContractTests(server), IClassFixture<SqliteTestServer>;

public sealed class PostgresRequestStorageTests(PostgresTestServer server) : RequestStorageContractTests(server), IClassFixture<PostgresTestServer>;
