using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;
using Switchboard.Storage.Requests;
using Switchboard.Storage.Tests.Databases;

namespace Switchboard.Storage.Tests.Dispatch;

/// <summary>
/// What the dispatcher needs from storage, whatever the engine: the sent-activity log, deferral, and real
/// dispatchers sharing one outbox. <see cref="SqliteDispatchStorageTests"/> and <see cref="PostgresDispatchStorageTests"/>
/// run every case against a real database of their engine.
/// </summary>
public abstract class DispatchStorageContractTests(ITestDatabaseServer server)
{
    private const string Tenant = "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Monday);

    [Fact]
    public async Task SentActivityLog_RecordThenFind_RoundTripAndTheNewestSendWins()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(_time);
        var log = host.Services.GetRequiredService<ISentActivityLog>();
        var tag = "status:'quoted' \"tag\" é 🚀";
        var first = new SentActivity(tag, "a:conv-1", "1:activity", new Uri("https://smba.trafficmanager.net/teams/"));
        var second = first with { ConversationId = "a:conv-2", ActivityId = "2:activity", ServiceUrl = new Uri("https://smba.trafficmanager.net/emea/") };

        await log.RecordAsync(first, CancellationToken.None);
        Assert.Equal(first, await log.FindAsync(tag, CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(1));
        await log.RecordAsync(second, CancellationToken.None);

        Assert.Equal(second, await log.FindAsync(tag, CancellationToken.None));
        Assert.Null(await log.FindAsync("status:never-sent", CancellationToken.None));
        await using var db = await host.CreateContextAsync();
        var row = await db.SentActivities.SingleAsync();
        Assert.Equal(Monday.AddMinutes(1), row.RecordedAt);
    }

    [Fact]
    public async Task DeferAsync_ClaimedMessage_AttemptGivenBackAndConversationPlaceKept()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync(_time);
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var first = OutboxMessage.Create("conv-a", OutboxMessageKind.Send, "{}", null, _time);
        var second = OutboxMessage.Create("conv-a", OutboxMessageKind.Send, "{}", null, _time);
        await StoreAsync(host, [first, second]);

        Assert.Equal(first.Id, Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None)).Id);
        await outbox.DeferAsync(first.Id, Monday.AddSeconds(3), CancellationToken.None);
        Assert.Empty(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(3));
        var again = Assert.Single(await outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, again.Attempts);
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.DeferAsync(new OutboxMessageId(Guid.NewGuid()), Monday, CancellationToken.None));
    }

    [Fact]
    public async Task OutboxDispatcher_TwoInstancesOver200Messages_EachDeliveredExactlyOnceInOrderPerConversation()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var first = await database.BuildMigratedHostAsync(TimeProvider.System);
        using var second = await database.BuildMigratedHostAsync(TimeProvider.System);

        // 50 people, 4 messages each, interleaved as a busy bot writes them.
        var messages = Enumerable.Range(0, 200)
            .Select(i =>
            {
                var to = new UserRecipient(Tenant, $"0f6c3c1e-1a1b-4c1d-9e7f-{i % 50:D12}");
                var payload = new OutgoingActivity(to, $"m{i}", null, $"tag-{i}", null).ToJson();
                return OutboxMessage.Create(to.ConversationKey, OutboxMessageKind.Send, payload, null, TimeProvider.System);
            })
            .ToArray();
        await StoreAsync(first, messages);

        var gateway = new CountingGateway();
        var options = new DispatchOptions { BatchSize = 10, MaxParallelSends = 4, PerTenantPerSecond = 10_000 };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var loops = new[] { first, second }
            .Select(host => Task.Run(async () =>
            {
                var dispatcher = new OutboxDispatcher(
                    host.Services.GetRequiredService<IOutbox>(),
                    gateway,
                    host.Services.GetRequiredService<ISentActivityLog>(),
                    null,
                    null,
                    options,
                    TimeProvider.System);
                while (gateway.Delivered < messages.Length)
                {
                    var outcomes = await dispatcher.DispatchDueAsync(timeout.Token);
                    Assert.All(outcomes, o => Assert.Equal(DispatchOutcomeKind.Sent, o.Kind));
                    if (outcomes.Count == 0)
                    {
                        await Task.Delay(5, timeout.Token);
                    }
                }
            }))
            .ToList();
        await Task.WhenAll(loops);

        Assert.Equal(messages.Select(m => OutgoingActivity.FromJson(m.Payload).Text).Order(), gateway.Texts.Order());
        Assert.All(gateway.Texts.GroupBy(t => t).ToList(), group => Assert.Single(group));
        foreach (var conversation in gateway.ByConversation)
        {
            var numbers = conversation.Value.Select(text => int.Parse(text[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }

        await using var db = await first.CreateContextAsync();
        Assert.Equal(messages.Length, await db.OutboxMessages.CountAsync(m => m.State == "Sent" && m.Attempts == 1));
        Assert.Equal(messages.Length, await db.SentActivities.CountAsync());
    }

    private static async Task StoreAsync(IHost host, IReadOnlyList<OutboxMessage> messages)
    {
        await using var db = await host.CreateContextAsync();
        db.OutboxMessages.AddRange(messages.Select(EfOutbox.ToRow));
        await db.SaveChangesAsync();
    }

    /// <summary>A gateway that delivers everything and remembers what, per conversation, in the order received.</summary>
    private sealed class CountingGateway : IConversationGateway
    {
        private readonly ConcurrentQueue<string> _texts = new();
        private int _delivered;

        public int Delivered => Volatile.Read(ref _delivered);

        public IReadOnlyList<string> Texts => _texts.ToList();

        public ConcurrentDictionary<string, ConcurrentQueue<string>> ByConversation { get; } = new();

        public async Task<DeliveryResult> SendAsync(OutgoingActivity activity, CancellationToken cancellationToken)
        {
            await Task.Yield();
            _texts.Enqueue(activity.Text!);
            ByConversation.GetOrAdd(activity.To.ConversationKey, _ => new ConcurrentQueue<string>()).Enqueue(activity.Text!);
            Interlocked.Increment(ref _delivered);
            return new DeliveryResult.Delivered("a:" + activity.To.ConversationKey, Guid.NewGuid().ToString("N"), new Uri("https://smba.example.test/"));
        }

        public Task<DeliveryResult> UpdateAsync(OutgoingActivity activity, SentActivity original, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("This test sends no updates.");
    }
}

public sealed class SqliteDispatchStorageTests(SqliteTestServer server) : DispatchStorageContractTests(server), IClassFixture<SqliteTestServer>;

public sealed class PostgresDispatchStorageTests(PostgresTestServer server) : DispatchStorageContractTests(server), IClassFixture<PostgresTestServer>;
