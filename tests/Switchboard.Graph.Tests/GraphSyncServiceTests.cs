using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Directory;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Graph.Tests;

public sealed class GraphSyncServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ExecuteAsync_Schedule_FullAtStartThenPresenceThenDelta()
    {
        var tenant = FakeTenantGenerator.Generate(8);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var service = new GraphSyncService(bed.Synchronizer, new DirectoryFreshnessTracker(time), bed.Directory, Options.Create(bed.Options), time, NullLogger<GraphSyncService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await Until(() => bed.Directory.Current is not null);
        var afterFull = bed.Directory.Current;

        time.Advance(bed.Options.PresenceInterval);
        await Until(() => !ReferenceEquals(bed.Directory.Current, afterFull));
        Assert.Contains(bed.Server.Requests, r => r.Path.EndsWith("/getPresencesByUserId", StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Server.Requests, r => r.IsPath("/users/delta") && r.QueryValue("$deltatoken") is { } token && token != "latest");

        bed.Server.UpdateUser(tenant.Users[3] with { JobTitle = "Night shift lead" });
        time.Advance(bed.Options.DeltaInterval);
        await Until(() => bed.Directory.Current!.Users.Single(u => u.Id == tenant.Users[3].Id).JobTitle == "Night shift lead");

        await service.StopAsync(CancellationToken.None);
        Assert.Single(bed.Server.Requests, r => !r.InBatch && r.IsPath("/users"));
    }

    [Fact]
    public async Task ExecuteAsync_RunFails_KeepsLastGoodSnapshotAndRecoversOnTheNextTick()
    {
        var tenant = FakeTenantGenerator.Generate(8);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var freshness = new DirectoryFreshnessTracker(time);
        using var service = new GraphSyncService(bed.Synchronizer, freshness, bed.Directory, Options.Create(bed.Options), time, NullLogger<GraphSyncService>.Instance);
        await service.StartAsync(CancellationToken.None);
        await Until(() => bed.Directory.Current is not null);
        var good = bed.Directory.Current;
        bed.Server.AddFault(new FakeFault { When = r => r.Path.EndsWith("/getPresencesByUserId", StringComparison.Ordinal), Status = 500, Times = 1 });

        time.Advance(bed.Options.PresenceInterval);
        await Until(() => bed.Server.Requests.Any(r => r.Path.EndsWith("/getPresencesByUserId", StringComparison.Ordinal) && r.Status == 500));
        Assert.Same(good, bed.Directory.Current);
        await Until(() => freshness.Current.IsStale);

        time.Advance(bed.Options.PresenceInterval);
        await Until(() => !ReferenceEquals(bed.Directory.Current, good));
        await service.StopAsync(CancellationToken.None);
        Assert.Equal(8, bed.Directory.Current!.Users.Count);
        Assert.False(freshness.Current.IsStale);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(20);
        }
    }
}
