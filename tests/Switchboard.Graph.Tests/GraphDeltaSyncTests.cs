using Switchboard.Graph.FakeServer;

namespace Switchboard.Graph.Tests;

public sealed class GraphDeltaSyncTests
{
    [Fact]
    public async Task SyncDelta_AdditionsChangesDeletionsAndDisabling_ActivatesANewCompleteSnapshot()
    {
        var tenant = FakeTenantGenerator.Generate(40);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        await bed.Synchronizer.SyncFullAsync(null, CancellationToken.None);
        var before = bed.Directory.Current!;
        var newcomer = FakeTenantGenerator.CreateUser(500, new Random(1)) with { Manager = new() { Id = tenant.Users[0].Id } };
        var promoted = tenant.Users[2] with { JobTitle = "Head of Data" };
        var leaver = tenant.Users[3];
        var suspended = tenant.Users[4] with { AccountEnabled = false };
        bed.Server.AddUser(newcomer);
        bed.Server.UpdateUser(promoted);
        bed.Server.DeleteUser(leaver.Id);
        bed.Server.UpdateUser(suspended);

        var report = await bed.Synchronizer.SyncDeltaAsync(null, CancellationToken.None);

        Assert.Equal(GraphSyncKind.Delta, report.Kind);
        Assert.Null(report.FallbackReason);
        Assert.Equal((1, 2, 1), (report.Added, report.Updated, report.Removed));
        var after = bed.Directory.Current!;
        Assert.NotSame(before, after);
        Assert.Equal(40, after.Users.Count);
        Assert.Equal("Head of Data", after.Users.Single(u => u.Id == promoted.Id).JobTitle);
        Assert.False(after.Users.Single(u => u.Id == suspended.Id).AccountEnabled);
        Assert.DoesNotContain(after.Users, u => u.Id == leaver.Id);
        Assert.DoesNotContain(after.Users, u => u.Manager?.Id == leaver.Id);
        Assert.DoesNotContain(after.Groups, g => g.Members?.Any(m => m.Id == leaver.Id) == true || g.Owners?.Any(m => m.Id == leaver.Id) == true);
        var added = after.Users.Single(u => u.Id == newcomer.Id);
        Assert.Equal(newcomer.MailboxSettings?.TimeZone, added.MailboxSettings?.TimeZone);
        Assert.Equal(newcomer.Skills, added.Skills);
        Assert.Equal(newcomer.Presence!.Availability, added.Presence!.Availability);
        Assert.Equal(tenant.Users[0].Id, added.Manager!.Id);

        // The snapshot that was active keeps its own picture: readers holding it see no change mid-request.
        Assert.Contains(before.Users, u => u.Id == leaver.Id);
        Assert.Equal(tenant.Users[2].JobTitle, before.Users.Single(u => u.Id == promoted.Id).JobTitle);

        // Only the changed users were read again, not the whole tenant.
        Assert.Single(bed.Server.Requests, r => !r.InBatch && r.IsPath("/users"));
    }

    [Fact]
    public async Task SyncDelta_SecondRunWithNoChanges_KeepsEveryUserAndReadsNothingPerUser()
    {
        var tenant = FakeTenantGenerator.Generate(10);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        await bed.Synchronizer.SyncFullAsync(null, CancellationToken.None);
        bed.Server.ClearRequests();

        var report = await bed.Synchronizer.SyncDeltaAsync(null, CancellationToken.None);

        Assert.Equal(GraphSyncKind.Delta, report.Kind);
        Assert.Equal((0, 0, 0), (report.Added, report.Updated, report.Removed));
        Assert.Equal(10, bed.Directory.Current!.Users.Count);
        Assert.DoesNotContain(bed.Server.Requests, r => r.InBatch);
    }

    [Fact]
    public async Task SyncDelta_DeltaLinkExpired_FallsBackToAFullSync()
    {
        var tenant = FakeTenantGenerator.Generate(10);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        await bed.Synchronizer.SyncFullAsync(null, CancellationToken.None);
        var firstLink = await bed.DeltaLinks.GetAsync(GraphDirectorySynchronizer.DeltaScope(bed.Options), CancellationToken.None);
        bed.Server.ExpireDeltaTokens();
        bed.Server.UpdateUser(tenant.Users[1] with { Department = "Legal" });
        bed.Server.ClearRequests();

        var report = await bed.Synchronizer.SyncDeltaAsync(null, CancellationToken.None);

        Assert.Equal(GraphSyncKind.Full, report.Kind);
        Assert.Contains("expired", report.FallbackReason, StringComparison.Ordinal);
        Assert.Contains(bed.Server.Requests, r => r.IsPath("/users/delta") && r.Status == 410);
        Assert.Contains(bed.Server.Requests, r => !r.InBatch && r.IsPath("/users") && r.Status == 200);
        Assert.Equal("Legal", bed.Directory.Current!.Users.Single(u => u.Id == tenant.Users[1].Id).Department);
        var newLink = await bed.DeltaLinks.GetAsync(GraphDirectorySynchronizer.DeltaScope(bed.Options), CancellationToken.None);
        Assert.NotNull(newLink);
        Assert.NotEqual(firstLink, newLink);
    }

    [Fact]
    public async Task SyncDelta_NoDeltaLinkYet_RunsAFullSync()
    {
        var tenant = FakeTenantGenerator.Generate(4);
        await using var bed = await GraphTestBed.StartAsync(tenant);

        var report = await bed.Synchronizer.SyncDeltaAsync(null, CancellationToken.None);

        Assert.Equal(GraphSyncKind.Full, report.Kind);
        Assert.NotNull(report.FallbackReason);
        Assert.Equal(GraphDirectorySynchronizer.SourceName, bed.Directory.Source);
        Assert.Equal(4, bed.Directory.Current!.Users.Count);
    }

    [Fact]
    public async Task SyncDelta_FailsWhileReadingChangedUsers_PreviousSnapshotAndLinkStay()
    {
        var tenant = FakeTenantGenerator.Generate(10);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        await bed.Synchronizer.SyncFullAsync(null, CancellationToken.None);
        var before = bed.Directory.Current;
        var link = await bed.DeltaLinks.GetAsync(GraphDirectorySynchronizer.DeltaScope(bed.Options), CancellationToken.None);
        bed.Server.UpdateUser(tenant.Users[1] with { JobTitle = "Changed" });
        bed.Server.AddFault(new FakeFault { When = r => r.InBatch && r.Path.EndsWith("/mailboxSettings", StringComparison.Ordinal), Status = 500, Times = int.MaxValue });

        await Assert.ThrowsAsync<GraphSyncException>(() => bed.Synchronizer.SyncDeltaAsync(null, CancellationToken.None));

        Assert.Same(before, bed.Directory.Current);
        Assert.Equal(link, await bed.DeltaLinks.GetAsync(GraphDirectorySynchronizer.DeltaScope(bed.Options), CancellationToken.None));
    }
}
