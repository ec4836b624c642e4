using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Storage.Tests.Databases;

namespace Switchboard.Storage.Tests.Reports;

/// <summary>What the report source promises, on each engine: the period's sent requests, whole, for the people asked.</summary>
public abstract class ReportSourceContractTests(ITestDatabaseServer server)
{
    private static readonly ReportPeriod November = ReportPeriod.Month(2026, 11);
    private static readonly UserId Rhea = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000e1");
    private static readonly UserId Oscar = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000e2");
    private static readonly UserId Alice = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1");
    private static readonly UserId Bob = new("0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero));

    [Fact]
    public async Task ListSentAsync_Everyone_SentInThePeriodOnlyWithTheirWholeHistory()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        var october = await SaveAsync(store, Sent(Rhea));
        time.SetUtcNow(November.From);
        var first = Sent(Rhea);
        Accept(first, Alice);
        await SaveAsync(store, first);
        await SaveAsync(store, SupportRequest.Create(RequestId.New(), Rhea, "never sent", time));
        time.SetUtcNow(November.To.AddTicks(-10));
        var last = await SaveAsync(store, Sent(Oscar));
        time.SetUtcNow(November.To);
        await SaveAsync(store, Sent(Oscar));

        var found = await host.Services.GetRequiredService<IReportSource>().ListSentAsync(November, null, CancellationToken.None);

        Assert.Equal([first.Id, last.Id], found.Select(r => r.Id));
        Assert.DoesNotContain(october.Id, found.Select(r => r.Id));
        Assert.Equal(first.History.Select(e => (e.Sequence, e.Kind, e.ActorId, e.At)), found[0].History.Select(e => (e.Sequence, e.Kind, e.ActorId, e.At)));
        Assert.Equal(RequestEventKind.Accepted, found[0].History[^1].Kind);
    }

    [Fact]
    public async Task ListSentAsync_People_TheirRequestsAndWhatTheyHoldOrActedOnWhateverTheCase()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(time);
        var store = host.Services.GetRequiredService<IRequestStore>();
        time.SetUtcNow(November.From.AddDays(3));
        var rheas = await SaveAsync(store, Sent(Rhea));
        var acceptedByBob = Sent(Oscar, Bob);
        Accept(acceptedByBob, Bob);
        await SaveAsync(store, acceptedByBob);
        var declinedByBob = Sent(Oscar, Bob, Alice);
        Assert.True(declinedByBob.Decline(Actor.Person(Bob), declinedByBob.Version, "busy", Context).Succeeded);
        await SaveAsync(store, declinedByBob);
        var offeredToAlice = await SaveAsync(store, Sent(Oscar, Alice));
        var source = host.Services.GetRequiredService<IReportSource>();

        var forRhea = await source.ListSentAsync(November, new HashSet<string>([Rhea.Value.ToUpperInvariant()], StringComparer.OrdinalIgnoreCase), CancellationToken.None);
        var forBob = await source.ListSentAsync(November, new HashSet<string>([Bob.Value], StringComparer.OrdinalIgnoreCase), CancellationToken.None);

        Assert.Equal([rheas.Id], forRhea.Select(r => r.Id));
        Assert.Equal(new[] { acceptedByBob.Id.Value, declinedByBob.Id.Value }.Order(), forBob.Select(r => r.Id.Value).Order());
        Assert.DoesNotContain(offeredToAlice.Id, forBob.Select(r => r.Id));
        Assert.Contains(declinedByBob.Id, (await source.ListSentAsync(November, new HashSet<string>([Alice.Value]), CancellationToken.None)).Select(r => r.Id));
    }

    private LifecycleContext Context => new(time, new HourlyExpiry(), new NoOrganisation());

    private SupportRequest Sent(UserId requester, params UserId[] experts)
    {
        var candidates = (experts.Length == 0 ? [Alice] : experts)
            .Select(e => new Candidate(TargetKind.Person, e.Value, null, 0.9, ["knows it"]))
            .ToList();
        var request = SupportRequest.Create(RequestId.New(), requester, "Need help", time);
        Assert.True(request.Qualify(Actor.Person(requester), request.Version, new Qualification { Subject = "Need help" }, UrgencyBudgetStatus.Unlimited, Context).Succeeded);
        Assert.True(request.Propose(Actor.System, request.Version, candidates, null, Context).Succeeded);
        Assert.True(request.Confirm(Actor.Person(requester), request.Version, candidates[0].Id, UrgencyBudgetStatus.Unlimited, Context).Succeeded);
        return request;
    }

    private void Accept(SupportRequest request, UserId expert) =>
        Assert.True(request.Accept(Actor.Person(expert), request.Version, Context).Succeeded);

    private static async Task<SupportRequest> SaveAsync(IRequestStore store, SupportRequest request)
    {
        Assert.True((await store.SaveAsync(request, [], null, CancellationToken.None)).Saved);
        return request;
    }

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

public sealed class SqliteReportSourceTests(SqliteTestServer server) : ReportSourceContractTests(server), IClassFixture<SqliteTestServer>;

public sealed class PostgresReportSourceTests(PostgresTestServer server) : ReportSourceContractTests(server), IClassFixture<PostgresTestServer>;
