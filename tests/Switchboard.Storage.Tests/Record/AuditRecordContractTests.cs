using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Storage.Record;
using Switchboard.Storage.Tests.Databases;

namespace Switchboard.Storage.Tests.Record;

/// <summary>
/// What the record promises on each engine: an append-only chain that a verification finds broken wherever an
/// attacker with database access changed it, concurrent appends that never fork, and personal data that can be
/// exported, erased, held and swept while the chain still verifies.
/// </summary>
public abstract class AuditRecordContractTests(ITestDatabaseServer server)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserId Requester = new("0F6C3C1E-1A1B-4C1D-9E7F-000000000001");
    private static readonly UserId Other = new("0f6c3c1e-1a1b-4c1d-9e7f-000000000002");
    private static readonly UserId Alice = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1");
    private const string SecretText = "My payslip shows the wrong IBAN";
    private const string SecretDecline = "Not my area, ask Bernadette";

    private readonly FakeTimeProvider time = new(Monday);

    private LifecycleContext Context => new(time, new HourlyExpiry(), new NoOrganisation());

    [Fact]
    public async Task SaveAsync_RequestEvents_OneEntryEachWithoutFreeTextOrIds()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var request = DeclinedByAlice(Requester);

        await host.Services.GetRequiredService<IRequestStore>().SaveAsync(request, [], null, CancellationToken.None);

        await using var db = await host.CreateContextAsync();
        var events = await db.RequestEvents.CountAsync();
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(events, entries.Count);
        Assert.Equal(["created", "qualified", "proposed", "confirmed", "offered", "declined"], entries.Select(e => e.Kind).Take(6));
        var raw = JsonSerializer.Serialize(entries);
        Assert.DoesNotContain(SecretText, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Bernadette", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(Requester.Value.ToLowerInvariant(), raw.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain(Alice.Value, raw, StringComparison.OrdinalIgnoreCase);
        Assert.All(entries, e => Assert.Equal(request.Id.Value, e.RequestId));
        Assert.True((await VerifyAsync(host)).Intact);
    }

    [Fact]
    public async Task SaveAsync_Conflict_WritesNoAuditEntry()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var request = DeclinedByAlice(Requester);
        await store.SaveAsync(request, [], null, CancellationToken.None);
        var first = (await store.FindAsync(request.Id, CancellationToken.None))!;
        var second = (await store.FindAsync(request.Id, CancellationToken.None))!;
        Succeed(first.Withdraw(Actor.Person(Requester), first.Version, null, Context));
        Succeed(second.Withdraw(Actor.Person(Requester), second.Version, null, Context));
        await store.SaveAsync(first, [], null, CancellationToken.None);
        await using var before = await host.CreateContextAsync();
        var count = await before.AuditEntries.CountAsync();

        var result = await store.SaveAsync(second, [], null, CancellationToken.None);

        Assert.NotNull(result.Conflict);
        await using var after = await host.CreateContextAsync();
        Assert.Equal(count, await after.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AuditEntries_UpdateOrDelete_RefusedByTheDatabase()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await AppendAsync(host, 3);
        await using var db = await host.CreateContextAsync();

        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET actor = 'forged' WHERE sequence = 2"));
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE sequence = 3"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(3, await db.AuditEntries.CountAsync());
        Assert.True((await VerifyAsync(host)).Intact);
    }

    [Fact]
    public async Task Verify_UpdatedEntry_ReportsItUpdated()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await AppendAsync(host, 5);

        // Doubled braces: ExecuteSqlRaw reads single ones as parameter placeholders.
        await AsAttackerAsync(host, "UPDATE audit_entries SET data = '{{\"marker\":\"forged\"}}' WHERE sequence = 3");

        var result = await VerifyAsync(host);
        Assert.Equal(AuditBreak.Updated, result.Break);
        Assert.Equal(3, result.BrokenSequence);
    }

    [Fact]
    public async Task Verify_DeletedEntry_ReportsTheGap()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await AppendAsync(host, 5);

        await AsAttackerAsync(host, "DELETE FROM audit_entries WHERE sequence = 3");

        var result = await VerifyAsync(host);
        Assert.Equal(AuditBreak.Deleted, result.Break);
        Assert.Equal(4, result.BrokenSequence);
    }

    [Fact]
    public async Task Verify_ReorderedEntries_ReportsTheFirstOutOfPlace()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await AppendAsync(host, 5);

        await AsAttackerAsync(host,
            "UPDATE audit_entries SET sequence = -2 WHERE sequence = 2",
            "UPDATE audit_entries SET sequence = 2 WHERE sequence = 3",
            "UPDATE audit_entries SET sequence = 3 WHERE sequence = -2");

        var result = await VerifyAsync(host);
        Assert.Equal(AuditBreak.ReorderedOrInserted, result.Break);
        Assert.Equal(2, result.BrokenSequence);
    }

    [Fact]
    public async Task Verify_InsertedEntryWithValidHash_ReportsTheEntryItDisplaced()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await AppendAsync(host, 5);
        var log = host.Services.GetRequiredService<IAuditLog>();
        var second = await log.ReadAllAsync(CancellationToken.None).Skip(1).FirstAsync();
        var forged = AuditChain.Next(second, Draft("forged"));

        await AsAttackerAsync(host,
            "UPDATE audit_entries SET sequence = sequence + 1000 WHERE sequence >= 3",
            "UPDATE audit_entries SET sequence = sequence - 999 WHERE sequence >= 1003");
        await using (var db = await host.CreateContextAsync())
        {
            db.AuditEntries.Add(AuditChainWriter.ToRow(forged));
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync(host);
        Assert.Equal(AuditBreak.ReorderedOrInserted, result.Break);
        Assert.Equal(4, result.BrokenSequence);
    }

    [Fact]
    public async Task Verify_TailDeletedAfterACheckpoint_ReportsTruncation()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await AppendAsync(host, 5);
        var checkpoint = await host.Services.GetRequiredService<AuditCheckpointWriter>().WriteAsync(CancellationToken.None);
        Assert.Equal(5, checkpoint?.Sequence);
        Assert.True((await VerifyAsync(host)).Intact);

        await AsAttackerAsync(host, "DELETE FROM audit_entries WHERE sequence > 3");

        var result = await VerifyAsync(host);
        Assert.Equal(AuditBreak.Truncated, result.Break);
        Assert.Equal(4, result.BrokenSequence);
        Assert.Equal(3, result.EntriesChecked);
    }

    [Fact]
    public async Task CheckpointWriter_HeadUnchanged_WritesNothingNew()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var writer = host.Services.GetRequiredService<AuditCheckpointWriter>();
        Assert.Null(await writer.WriteAsync(CancellationToken.None));
        await AppendAsync(host, 2);

        Assert.NotNull(await writer.WriteAsync(CancellationToken.None));
        Assert.Null(await writer.WriteAsync(CancellationToken.None));

        Assert.Single(await File.ReadAllLinesAsync(database.CheckpointFile));
    }

    [Fact]
    public async Task AppendAsync_EightWritersOnTwoInstances_OneUnbrokenChain()
    {
        const int Writers = 8;
        const int AppendsEach = 50;
        await using var database = await server.CreateDatabaseAsync();
        using var first = await database.BuildMigratedHostAsync(time);
        using var second = database.BuildHost(time);
        var logs = new[] { first, second }.Select(h => h.Services.GetRequiredService<IAuditLog>()).ToArray();

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < AppendsEach; i++)
            {
                await logs[writer % logs.Length].AppendAsync(Draft($"{writer}:{i}"), CancellationToken.None);
            }
        })));

        var result = await VerifyAsync(first);
        Assert.True(result.Intact, result.Reason);
        Assert.Equal(Writers * AppendsEach, result.EntriesChecked);
        var markers = await logs[0].ReadAllAsync(CancellationToken.None).Select(e => e.Content.Data["marker"]).ToListAsync();
        Assert.Equal(Writers * AppendsEach, markers.Distinct().Count());
    }

    [Fact]
    public async Task SaveAsync_RequestSavesRacingOtherAppenders_EveryEventInOneUnbrokenChain()
    {
        const int Writers = 8;
        const int SavesEach = 10;
        await using var database = await server.CreateDatabaseAsync();
        using var first = await database.BuildMigratedHostAsync(time);
        using var second = database.BuildHost(time);
        var hosts = new[] { first, second };

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var services = hosts[writer % hosts.Length].Services;
            for (var i = 0; i < SavesEach; i++)
            {
                if (writer % 2 == 0)
                {
                    var saved = await services.GetRequiredService<IRequestStore>().SaveAsync(Withdrawn(Requester), [], null, CancellationToken.None);
                    Assert.True(saved.Saved);
                }
                else
                {
                    await services.GetRequiredService<IAuditLog>().AppendAsync(Draft($"{writer}:{i}"), CancellationToken.None);
                }
            }
        })));

        var result = await VerifyAsync(first);
        Assert.True(result.Intact, result.Reason);
        await using var db = await first.CreateContextAsync();
        Assert.Equal(await db.RequestEvents.CountAsync() + (Writers / 2 * SavesEach), result.EntriesChecked);
    }

    [Fact]
    public async Task EraseAsync_Requester_RemovesTheirDataAndTheChainStillVerifies()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var request = DeclinedByAlice(Requester);
        await host.Services.GetRequiredService<IRequestStore>().SaveAsync(request, [], null, CancellationToken.None);
        await host.Services.GetRequiredService<IConversationAddressBook>().SaveAsync(
            new ConversationAddress(Requester.Value, "tenant", new Uri("https://smba.example/"), "conv", "29:1", "bot", "fr-FR", Monday), CancellationToken.None);
        await host.Services.GetRequiredService<IExpertPreferencesStore>().SaveAsync(new ExpertPreferences { Expert = Requester, Capacity = 3, UpdatedAt = Monday }, CancellationToken.None);
        await host.Services.GetRequiredService<AuditCheckpointWriter>().WriteAsync(CancellationToken.None);

        var result = await host.Services.GetRequiredService<IPersonalDataStore>().EraseAsync(Requester, AuditActors.Operator, CancellationToken.None);

        Assert.True(result.Erased);
        Assert.Equal(1, result.RequestsRedacted);
        Assert.Equal(1, result.AddressesDeleted);
        Assert.Equal(1, result.PreferencesDeleted);
        await using var db = await host.CreateContextAsync();
        var stored = await db.Requests.AsNoTracking().SingleAsync();
        var history = JsonSerializer.Serialize(await db.RequestEvents.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(SecretText, stored.Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Alice\"", stored.Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("Bernadette", history, StringComparison.Ordinal);
        Assert.DoesNotContain("knows the VPN", history, StringComparison.Ordinal);
        // Coded reasons are erased like the English lines: the tenant's words and the names they carry go with them.
        Assert.DoesNotContain("Zanzibar", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibar", stored.Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("StandsInWhileAway", stored.Snapshot, StringComparison.Ordinal);
        Assert.NotNull(stored.FreeTextErasedAt);
        Assert.Equal(0, await db.ConversationAddresses.CountAsync());
        Assert.Equal(0, await db.ExpertPreferences.CountAsync());

        var reloaded = await host.Services.GetRequiredService<IRequestStore>().FindAsync(request.Id, CancellationToken.None);
        Assert.Equal(FreeTextRedaction.Erased, reloaded!.Text);
        Assert.Equal(request.Version + 1, reloaded.Version);

        var verification = await VerifyAsync(host);
        Assert.True(verification.Intact, verification.Reason);
        Assert.Equal(AuditEntryKind.PrivacyErased, verification.Head!.Content.Kind);
        Assert.Equal([host.Services.GetRequiredService<AuditPseudonyms>().Of(Requester)], verification.Head.Content.Subjects);
    }

    [Fact]
    public async Task EraseAsync_Expert_ForgetsTheirNameAndReasonOnOthersRequests()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var request = DeclinedByAlice(Requester);
        await host.Services.GetRequiredService<IRequestStore>().SaveAsync(request, [], null, CancellationToken.None);

        var result = await host.Services.GetRequiredService<IPersonalDataStore>().EraseAsync(Alice, AuditActors.Operator, CancellationToken.None);

        Assert.Equal(1, result.MentionsRedacted);
        var reloaded = (await host.Services.GetRequiredService<IRequestStore>().FindAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(SecretText, reloaded.Text);
        Assert.Null(reloaded.Candidates.Single(c => c.Id == Alice.Value).DisplayName);
        // Olga's reasons keep what does not name Alice, and lose what does.
        Assert.Equal([ReasonCode.Verbatim, ReasonCode.AboutMeQuote], reloaded.Candidates.Single(c => c.Id == Other.Value).Reasons.Select(r => r.Code));
        Assert.Null(reloaded.History.Single(e => e.Kind == RequestEventKind.Declined).Reason);
        Assert.True((await VerifyAsync(host)).Intact);
    }

    [Fact]
    public async Task EraseAsync_LegalHold_DefersWithTheReasonUntilLifted()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await host.Services.GetRequiredService<IRequestStore>().SaveAsync(DeclinedByAlice(Requester), [], null, CancellationToken.None);
        var holds = host.Services.GetRequiredService<ILegalHoldStore>();
        var privacy = host.Services.GetRequiredService<IPersonalDataStore>();
        var hold = await holds.SetAsync(Requester, "Employment tribunal case 2026/114", AuditActors.Operator, CancellationToken.None);

        var deferred = await privacy.EraseAsync(Requester, AuditActors.Operator, CancellationToken.None);

        Assert.False(deferred.Erased);
        Assert.Equal("Employment tribunal case 2026/114", Assert.Single(deferred.DeferredBy).Reason);
        await using (var db = await host.CreateContextAsync())
        {
            Assert.Contains(SecretText, (await db.Requests.AsNoTracking().SingleAsync()).Snapshot, StringComparison.Ordinal);
        }

        Assert.True(await holds.LiftAsync(hold.Id, AuditActors.Operator, CancellationToken.None));
        Assert.False(await holds.LiftAsync(hold.Id, AuditActors.Operator, CancellationToken.None));
        Assert.True((await privacy.EraseAsync(Requester, AuditActors.Operator, CancellationToken.None)).Erased);

        var kinds = await host.Services.GetRequiredService<IAuditLog>().ReadAllAsync(CancellationToken.None).Select(e => e.Content.Kind).ToListAsync();
        Assert.Equal([AuditEntryKind.LegalHoldSet, AuditEntryKind.LegalHoldLifted, AuditEntryKind.PrivacyErased], kinds.TakeLast(3));
        var raw = JsonSerializer.Serialize(await host.Services.GetRequiredService<IAuditLog>().ReadAllAsync(CancellationToken.None).ToListAsync());
        Assert.DoesNotContain("tribunal", raw, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(host)).Intact);
    }

    [Fact]
    public async Task EraseAsync_HoldOnEveryone_Defers()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        await host.Services.GetRequiredService<ILegalHoldStore>().SetAsync(null, "Regulator inquiry", AuditActors.Operator, CancellationToken.None);

        var result = await host.Services.GetRequiredService<IPersonalDataStore>().EraseAsync(Requester, AuditActors.Operator, CancellationToken.None);

        Assert.Equal("Regulator inquiry", Assert.Single(result.DeferredBy).Reason);
    }

    [Fact]
    public async Task RetentionSweep_PastRetention_ErasesThenDeletesExceptHeldRequesters()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var mine = Withdrawn(Requester);
        var theirs = Withdrawn(Other);
        await store.SaveAsync(mine, [], null, CancellationToken.None);
        await store.SaveAsync(theirs, [], null, CancellationToken.None);
        await host.Services.GetRequiredService<ILegalHoldStore>().SetAsync(Other, "Litigation", AuditActors.Operator, CancellationToken.None);
        var retention = new RetentionOptions();
        var sweep = new RetentionSweep(host.Services.GetRequiredService<IPersonalDataStore>(), retention, time);

        var early = await sweep.RunAsync(CancellationToken.None);
        time.Advance(retention.RequestFreeText + TimeSpan.FromDays(1));
        var freeText = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionSweepResult(0, 0, 0), early);
        Assert.Equal(new RetentionSweepResult(1, 0, 1), freeText);
        Assert.Equal(FreeTextRedaction.Erased, (await store.FindAsync(mine.Id, CancellationToken.None))!.Text);
        Assert.Equal(SecretText, (await store.FindAsync(theirs.Id, CancellationToken.None))!.Text);

        time.Advance(retention.RequestMetadata);
        var metadata = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionSweepResult(0, 1, 1), metadata);
        Assert.Null(await store.FindAsync(mine.Id, CancellationToken.None));
        Assert.NotNull(await store.FindAsync(theirs.Id, CancellationToken.None));
        Assert.True((await VerifyAsync(host)).Intact);
    }

    [Fact]
    public async Task ExportAsync_Person_EverythingAboutThemAndTheirEntries()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var request = DeclinedByAlice(Requester);
        await host.Services.GetRequiredService<IRequestStore>().SaveAsync(request, [], null, CancellationToken.None);
        await host.Services.GetRequiredService<IRequestStore>().SaveAsync(Withdrawn(Other), [], null, CancellationToken.None);
        var pseudonym = host.Services.GetRequiredService<AuditPseudonyms>().Of(Requester);

        var json = await host.Services.GetRequiredService<IPersonalDataStore>().ExportAsync(Requester, AuditActors.Operator, CancellationToken.None);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var exported = Assert.Single(root.GetProperty("requests").EnumerateArray());
        Assert.Equal(SecretText, exported.GetProperty("request").GetProperty("text").GetString());
        Assert.Equal(request.History.Count, exported.GetProperty("history").GetArrayLength());
        Assert.Equal(request.History.Count, root.GetProperty("auditEntries").GetArrayLength());
        Assert.All(root.GetProperty("auditEntries").EnumerateArray(), e => Assert.Contains(pseudonym, e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString())));
        var head = await host.Services.GetRequiredService<IAuditLog>().ReadHeadAsync(CancellationToken.None);
        Assert.Equal(AuditEntryKind.PrivacyExported, head!.Content.Kind);
        Assert.True((await VerifyAsync(host)).Intact);
    }

    private static Task<AuditVerification> VerifyAsync(IHost host) =>
        host.Services.GetRequiredService<AuditCheckpointWriter>().VerifyAsync(CancellationToken.None);

    private static async Task AppendAsync(IHost host, int count)
    {
        var log = host.Services.GetRequiredService<IAuditLog>();
        for (var i = 0; i < count; i++)
        {
            await log.AppendAsync(Draft("entry" + i), CancellationToken.None);
        }
    }

    /// <summary>Someone with the database's credentials: drops the append-only triggers, then rewrites rows.</summary>
    private async Task AsAttackerAsync(IHost host, params string[] statements)
    {
        await using var db = await host.CreateContextAsync();
        var drop = server.Provider == StorageProvider.Postgres
            ? ["DROP TRIGGER audit_entries_append_only ON audit_entries"]
            : new[] { "DROP TRIGGER audit_entries_no_update", "DROP TRIGGER audit_entries_no_delete" };
        foreach (var sql in drop.Concat(statements))
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    private static AuditDraft Draft(string marker) =>
        new(Monday, AuditEntryKind.ReportViewed, AuditActors.Operator, [], null, new Dictionary<string, string> { ["marker"] = marker });

    private SupportRequest DeclinedByAlice(UserId requester)
    {
        var request = SupportRequest.Create(RequestId.New(), requester, SecretText, time);
        Succeed(request.Qualify(Actor.Person(requester), request.Version, new Qualification { Subject = SecretText, Details = "Since the October payroll run", Kind = RequestKind.Problem }, UrgencyBudgetStatus.Unlimited, Context));
        Succeed(request.Propose(Actor.System, request.Version,
            [
                new Candidate(TargetKind.Person, Alice.Value, "Alice", 0.9, ["knows the VPN client"]),
                new Candidate(TargetKind.Person, Other.Value, "Olga", 0.5,
                [
                    "payroll team",
                    new RoutingReason(ReasonCode.AboutMeQuote) { Text = "ask me about Zanzibar payroll" },
                    new RoutingReason(ReasonCode.StandsInWhileAway) { Name = "Alice" },
                ]),
            ],
            null, Context));
        Succeed(request.Confirm(Actor.Person(requester), request.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, Context));
        Succeed(request.Decline(Actor.Person(Alice), request.Version, SecretDecline, Context));
        return request;
    }

    private SupportRequest Withdrawn(UserId requester)
    {
        var request = SupportRequest.Create(RequestId.New(), requester, SecretText, time);
        Succeed(request.Withdraw(Actor.Person(requester), request.Version, "changed my mind", Context));
        return request;
    }

    private static void Succeed(TransitionResult result) => Assert.True(result.Succeeded, result.Rejection?.Reason);

    private sealed class HourlyExpiry : IOfferExpiry
    {
        public DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt) => offeredAt.AddHours(1);
    }

    private sealed class NoOrganisation : IOrganisation
    {
        public bool IsMember(UserId person, GroupId group) => false;

        public UserId? ManagerOf(UserId person) => null;
    }
}

public sealed class SqliteAuditRecordTests(SqliteTestServer server) : AuditRecordContractTests(server), IClassFixture<SqliteTestServer>;

public sealed class PostgresAuditRecordTests(PostgresTestServer server) : AuditRecordContractTests(server), IClassFixture<PostgresTestServer>;
