using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Conversations;
using Switchboard.Storage.Tests.Databases;

namespace Switchboard.Storage.Tests;

/// <summary>
/// What storage promises, whatever the engine. <see cref="SqliteStorageTests"/> and <see cref="PostgresStorageTests"/>
/// run every case here against a real database of their engine.
/// </summary>
public abstract class StorageContractTests(ITestDatabaseServer server)
{
    private const string TenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";
    private static readonly Uri EmeaServiceUrl = new("https://smba.trafficmanager.net/emea/");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MigrateSwitchboardDatabaseAsync_EmptyDatabase_AppliesEveryMigration()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = database.BuildHost();

        await host.Services.MigrateSwitchboardDatabaseAsync(CancellationToken.None);

        await using var db = await host.CreateContextAsync();
        Assert.Equal(server.EfProviderName, db.Database.ProviderName);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.ConversationAddresses.CountAsync());
        Assert.Equal(0, await db.ProcessedActivities.CountAsync());
    }

    [Fact]
    public async Task HasPendingModelChanges_LatestMigration_MatchesModel()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = database.BuildHost();
        await using var db = await host.CreateContextAsync();

        Assert.Equal(server.EfProviderName, db.Database.ProviderName);
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model changed without a {server.Provider} migration; add one with the commands in src/Switchboard.Storage/README.md.");
    }

    [Fact]
    public async Task MigrateSwitchboardDatabaseAsync_SeveralInstancesAtOnce_AllSucceedAndApplyEachMigrationOnce()
    {
        await using var database = await server.CreateDatabaseAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => database.BuildHost()).ToList();
        try
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var migrations = instances
                .Select(async host =>
                {
                    await start.Task;
                    await host.Services.MigrateSwitchboardDatabaseAsync(CancellationToken.None);
                })
                .ToList();
            start.SetResult();
            await Task.WhenAll(migrations);

            // A second start of an up-to-date instance must be a no-op.
            await instances[0].Services.MigrateSwitchboardDatabaseAsync(CancellationToken.None);

            await using var db = await instances[0].CreateContextAsync();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            instances.ForEach(host => host.Dispose());
        }
    }

    [Fact]
    public async Task DatabaseHealthCheck_BeforeAndAfterMigration_UnhealthyThenHealthy()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = database.BuildHost();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var before = await health.CheckHealthAsync(check => check.Tags.Contains("ready"));
        await host.Services.MigrateSwitchboardDatabaseAsync(CancellationToken.None);
        var after = await health.CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Unhealthy, before.Entries["database"].Status);
        Assert.Equal(HealthStatus.Healthy, after.Entries["database"].Status);
    }

    [Fact]
    public async Task FindAsync_AfterSave_ReturnsTheSameAddress()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();
        var address = Address("user-1", "a:1conversation", Monday) with { Locale = "fr-FR" };

        await book.SaveAsync(address, CancellationToken.None);

        Assert.Equal(address, await book.FindAsync(TenantId, "user-1", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_AddressWithoutLocale_ReturnsNullLocale()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();

        await book.SaveAsync(Address("user-1", "a:1conversation", Monday) with { Locale = null }, CancellationToken.None);

        var found = await book.FindAsync(TenantId, "user-1", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Null(found.Locale);
    }

    [Fact]
    public async Task FindAsync_OtherUserOrOtherTenant_ReturnsNull()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();
        await book.SaveAsync(Address("user-1", "a:1conversation", Monday), CancellationToken.None);

        Assert.Null(await book.FindAsync(TenantId, "user-2", CancellationToken.None));
        Assert.Null(await book.FindAsync("72f988bf-86f1-41af-91ab-2d7cd011db47", "user-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_NewerAddressForSameUser_ReplacesTheStoredOne()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();
        var moved = new ConversationAddress(
            "user-1", TenantId, new Uri("https://smba.trafficmanager.net/amer/"), "a:1moved", "29:1moved", "28:bot-2", "en-US", Monday.AddHours(1));

        await book.SaveAsync(Address("user-1", "a:1conversation", Monday), CancellationToken.None);
        await book.SaveAsync(moved, CancellationToken.None);

        Assert.Equal(moved, await book.FindAsync(TenantId, "user-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_OlderAddressArrivesLast_KeepsTheNewerOne()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();
        var newer = Address("user-1", "a:1newer", Monday.AddMinutes(5));

        await book.SaveAsync(newer, CancellationToken.None);
        await book.SaveAsync(Address("user-1", "a:1older", Monday), CancellationToken.None);

        Assert.Equal(newer, await book.FindAsync(TenantId, "user-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_TwentyConcurrentSavesForSameUser_NoneFailsAndTheNewestIsKept()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Newest first, so the winner is not simply whoever happens to run last.
        var saves = Enumerable.Range(0, 20).Reverse()
            .Select(async turn =>
            {
                await start.Task;
                await book.SaveAsync(Address("user-1", $"a:1turn{turn}", Monday.AddSeconds(turn)), CancellationToken.None);
            })
            .ToList();
        start.SetResult();
        await Task.WhenAll(saves);

        var found = await book.FindAsync(TenantId, "user-1", CancellationToken.None);
        Assert.Equal("a:1turn19", found?.ConversationId);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(1, await db.ConversationAddresses.CountAsync());
    }

    [Fact]
    public async Task Query_UpdatedAtWithDifferentOffsets_ComparesAndOrdersByInstant()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var book = host.Services.GetRequiredService<IConversationAddressBook>();

        // Instants: too-early 08:00Z, new-york 09:15Z, paris 09:30Z, utc 10:00Z; threshold 09:00Z. Compared by
        // wall-clock reading instead, nothing is after the threshold (11:00) and utc would sort before paris.
        await book.SaveAsync(Address("paris", "a:1p", new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(1))), CancellationToken.None);
        await book.SaveAsync(Address("utc", "a:1u", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        await book.SaveAsync(Address("new-york", "a:1n", new DateTimeOffset(2026, 11, 23, 4, 15, 0, TimeSpan.FromHours(-5))), CancellationToken.None);
        await book.SaveAsync(Address("too-early", "a:1e", new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(-1))), CancellationToken.None);

        var threshold = new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.FromHours(2));
        await using var db = await host.CreateContextAsync();
        var order = await db.ConversationAddresses
            .Where(a => a.UpdatedAt > threshold)
            .OrderBy(a => a.UpdatedAt)
            .Select(a => a.AadObjectId)
            .ToListAsync();

        Assert.Equal(["new-york", "paris", "utc"], order);
    }

    [Fact]
    public async Task TryMarkProcessedAsync_SameKeyTwice_TrueThenFalseAndFirstReceiptKept()
    {
        await using var database = await server.CreateDatabaseAsync();
        var time = new FakeTimeProvider(Monday);
        using var host = await database.BuildMigratedHostAsync(time);
        var deduplicator = host.Services.GetRequiredService<IInboundDeduplicator>();

        var first = await deduplicator.TryMarkProcessedAsync("msteams:a:1conversation:1700000000001", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));
        var retry = await deduplicator.TryMarkProcessedAsync("msteams:a:1conversation:1700000000001", CancellationToken.None);
        var other = await deduplicator.TryMarkProcessedAsync("msteams:a:1conversation:1700000000002", CancellationToken.None);

        Assert.True(first);
        Assert.False(retry);
        Assert.True(other);
        await using var db = await host.CreateContextAsync();
        var stored = await db.ProcessedActivities.SingleAsync(a => a.Key == "msteams:a:1conversation:1700000000001");
        Assert.Equal(Monday, stored.ReceivedAt);
    }

    [Fact]
    public async Task TryMarkProcessedAsync_TwentyConcurrentAttempts_ExactlyOneWins()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        var deduplicator = host.Services.GetRequiredService<IInboundDeduplicator>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 20)
            .Select(async _ =>
            {
                await start.Task;
                return await deduplicator.TryMarkProcessedAsync("msteams:retried-activity", CancellationToken.None);
            })
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        await using var db = await host.CreateContextAsync();
        Assert.Equal(1, await db.ProcessedActivities.CountAsync());
    }

    private static ConversationAddress Address(string aadObjectId, string conversationId, DateTimeOffset updatedAt) =>
        new(aadObjectId, TenantId, EmeaServiceUrl, conversationId, $"29:{aadObjectId}", "28:switchboard", "en-GB", updatedAt);
}

public sealed class SqliteStorageTests(SqliteTestServer server) : StorageContractTests(server), IClassFixture<SqliteTestServer>;

public sealed class PostgresStorageTests(PostgresTestServer server) : StorageContractTests(server), IClassFixture<PostgresTestServer>;
