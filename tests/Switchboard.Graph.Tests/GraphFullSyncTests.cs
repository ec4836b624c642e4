using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Domain.Directory;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Graph.Tests;

public sealed class GraphFullSyncTests
{
    /// <summary>
    /// A one-second Retry-After, less the few milliseconds by which the fake server's arrival stamps and the SDK's timer can disagree
    /// (a retry measured at 0.999 s did wait; an immediate retry arrives within milliseconds).
    /// </summary>
    private static readonly TimeSpan RetryAfterLessClockSkew = TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task ReadFull_UsersSpanThreePages_FollowsEveryNextLinkWithExactSelect()
    {
        var tenant = FakeTenantGenerator.Generate(5);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        bed.Server.MaxPageSize = 2;

        var result = await bed.Reader.ReadFullAsync(null, CancellationToken.None);

        var listCalls = bed.Server.Requests.Where(r => !r.InBatch && r.IsPath("/users")).OrderBy(r => r.Sequence).ToList();
        Assert.Equal(3, listCalls.Count);
        Assert.Equal("999", listCalls[0].QueryValue("$top"));
        Assert.Equal(string.Join(',', GraphDirectoryReader.UserFields), listCalls[0].QueryValue("$select"));
        Assert.Equal("manager($select=id)", listCalls[0].QueryValue("$expand"));
        Assert.Equal(tenant.Users.Select(u => u.Id), result.Snapshot.Users.Select(u => u.Id));
        Assert.Equal(tenant.Users[1].Manager!.Id, result.Snapshot.Users[1].Manager!.Id);
        Assert.True(bed.Credential.Calls > 0, "The SDK should have asked the credential for a token.");
        Assert.All(bed.Server.Requests.Where(r => !r.InBatch), r => Assert.NotEqual(401, r.Status));
    }

    [Fact]
    public async Task ReadFull_BatchItemNotFoundAndThrottled_SkipsTheMissingOneAndResendsTheThrottledOneAlone()
    {
        var tenant = FakeTenantGenerator.Generate(6);
        var missing = tenant.Users[0].Id;
        var throttled = tenant.Users.Skip(1).First(u => u.MailboxSettings is not null).Id;
        await using var bed = await GraphTestBed.StartAsync(tenant);
        bed.Server.AddFault(new FakeFault
        {
            When = r => r.InBatch && r.IsPath($"/users/{missing}"),
            Status = 404,
            Code = "Request_ResourceNotFound",
            Times = int.MaxValue,
        });
        bed.Server.AddFault(new FakeFault
        {
            When = r => r.InBatch && r.IsPath($"/users/{throttled}/mailboxSettings"),
            Status = 429,
            RetryAfterSeconds = 1,
        });

        var result = await bed.Reader.ReadFullAsync(null, CancellationToken.None);

        Assert.Contains(result.Report.Skipped, s => s.Call == GraphCall.UserProfileFields && s.Subject == missing && s.Status == 404);
        var missingUser = result.Snapshot.Users.Single(u => u.Id == missing);
        Assert.Null(missingUser.Skills);
        Assert.NotNull(missingUser.MailboxSettings);

        var throttledUser = result.Snapshot.Users.Single(u => u.Id == throttled);
        Assert.Equal(tenant.Users.Single(u => u.Id == throttled).MailboxSettings!.TimeZone, throttledUser.MailboxSettings!.TimeZone);
        var inBatch = bed.Server.Requests.Single(r => r.InBatch && r.IsPath($"/users/{throttled}/mailboxSettings"));
        var alone = bed.Server.Requests.Single(r => !r.InBatch && r.IsPath($"/users/{throttled}/mailboxSettings"));
        Assert.Equal(429, inBatch.Status);
        Assert.Equal(200, alone.Status);
        Assert.True(alone.At - inBatch.At >= RetryAfterLessClockSkew, $"Resent after {alone.At - inBatch.At}, before Retry-After.");
        Assert.True(result.Report.Throttled >= 1);
    }

    [Fact]
    public async Task ReadFull_ListThrottledWithRetryAfter_SdkWaitsThenRetriesExactlyOnce()
    {
        var tenant = FakeTenantGenerator.Generate(3);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        bed.Server.AddFault(new FakeFault { When = r => !r.InBatch && r.IsPath("/users"), Status = 429, RetryAfterSeconds = 1 });

        var result = await bed.Reader.ReadFullAsync(null, CancellationToken.None);

        var attempts = bed.Server.Requests.Where(r => !r.InBatch && r.IsPath("/users")).OrderBy(r => r.Sequence).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(429, attempts[0].Status);
        Assert.Equal(200, attempts[1].Status);
        Assert.True(attempts[1].At - attempts[0].At >= RetryAfterLessClockSkew, $"Retried after {attempts[1].At - attempts[0].At}.");
        Assert.Equal(3, result.Snapshot.Users.Count);
        Assert.Equal(1, result.Report.Throttled);
    }

    [Fact]
    public async Task ReadFull_GroupsForbidden_NamesGroupMemberReadAll()
    {
        var tenant = FakeTenantGenerator.Generate(3);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        bed.Server.AddFault(new FakeFault { When = r => r.IsPath("/groups"), Status = 403, Code = "Authorization_RequestDenied", Times = int.MaxValue });

        var error = await Assert.ThrowsAsync<GraphPermissionException>(() => bed.Reader.ReadFullAsync(null, CancellationToken.None));

        Assert.Equal("GroupMember.Read.All", error.Permission);
        Assert.Contains("GroupMember.Read.All", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET /groups", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFull_MailboxItemForbiddenInBatch_NamesMailboxSettingsRead()
    {
        var tenant = FakeTenantGenerator.Generate(3);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        bed.Server.AddFault(new FakeFault
        {
            When = r => r.InBatch && r.Path.EndsWith("/mailboxSettings", StringComparison.Ordinal),
            Status = 403,
            Code = "ErrorAccessDenied",
            Times = int.MaxValue,
        });

        var error = await Assert.ThrowsAsync<GraphPermissionException>(() => bed.Reader.ReadFullAsync(null, CancellationToken.None));

        Assert.Equal(GraphCall.MailboxSettings, error.Call);
        Assert.Contains("MailboxSettings.Read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFull_PresenceForbidden_NamesPresenceReadAllAndHowToDoWithout()
    {
        var tenant = FakeTenantGenerator.Generate(3);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        bed.Server.AddFault(new FakeFault { When = r => r.Path.EndsWith("/getPresencesByUserId", StringComparison.Ordinal), Status = 403, Times = int.MaxValue });

        var error = await Assert.ThrowsAsync<GraphPermissionException>(() => bed.Reader.ReadFullAsync(null, CancellationToken.None));

        Assert.Equal("Presence.Read.All", error.Permission);
        Assert.Contains("SyncPresence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFull_PresenceTurnedOff_AsksNoPresenceAndLeavesItUnknown()
    {
        var tenant = FakeTenantGenerator.Generate(3);
        await using var bed = await GraphTestBed.StartAsync(tenant, o => o.SyncPresence = false);

        var result = await bed.Reader.ReadFullAsync(null, CancellationToken.None);

        Assert.DoesNotContain(bed.Server.Requests, r => r.Path.EndsWith("/getPresencesByUserId", StringComparison.Ordinal));
        Assert.All(result.Snapshot.Users, u => Assert.Null(u.Presence));
    }

    [Fact]
    public async Task SyncFull_FailsMidway_PreviousSnapshotStaysActiveAndErrorSaysWhatWasSkipped()
    {
        var tenant = FakeTenantGenerator.Generate(40);

        // One batch at a time, so the skip (early batch) is known to happen before the failure (late batch).
        await using var bed = await GraphTestBed.StartAsync(tenant, o => o.MaxParallelBatches = 1);
        await bed.Synchronizer.SyncFullAsync(null, CancellationToken.None);
        var before = bed.Directory.Current;
        var missing = tenant.Users[5].Id;
        bed.Server.AddFault(new FakeFault { When = r => r.InBatch && r.IsPath($"/users/{missing}"), Status = 404, Times = int.MaxValue });
        bed.Server.AddFault(new FakeFault { When = r => r.InBatch && r.IsPath($"/users/{tenant.Users[30].Id}/mailboxSettings"), Status = 500, Code = "generalException", Times = int.MaxValue });

        var error = await Assert.ThrowsAsync<GraphSyncException>(() => bed.Synchronizer.SyncFullAsync(null, CancellationToken.None));

        Assert.Same(before, bed.Directory.Current);
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Contains("previous snapshot stays active", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Skipped, s => s.Subject == missing);
    }

    [Fact]
    public async Task ReadFull_ThenExport_ReadsBackEqualToTheTenant()
    {
        var tenant = FakeTenantGenerator.Generate(30);
        await using var bed = await GraphTestBed.StartAsync(tenant, o => o.UseBetaProfile = true);

        var result = await bed.Reader.ReadFullAsync(null, CancellationToken.None);
        using var file = new MemoryStream();
        await SnapshotJson.WriteAsync(file, result.Snapshot, CancellationToken.None);
        file.Position = 0;
        var exported = await SnapshotJson.ReadAsync(file, CancellationToken.None);

        Assert.Equal(Canonical(tenant), Canonical(exported));
        Assert.Contains(bed.Server.Requests, r => !r.InBatch && r.Version == "beta" && r.IsPath("/$batch"));
        Assert.NotNull(exported.CapturedAt);
    }

    [Fact]
    public async Task RefreshPresence_1400Users_AsksAtMost650IdsPerCallAndBuildsANewSnapshot()
    {
        var tenant = FakeTenantGenerator.Generate(1400);
        await using var bed = await GraphTestBed.StartAsync(tenant);
        await bed.Synchronizer.SyncFullAsync(null, CancellationToken.None);
        var before = bed.Directory.Current!;
        var changed = tenant.Users[700];
        var oldAvailability = before.Users.Single(u => u.Id == changed.Id).Presence!.Availability;
        var newAvailability = oldAvailability == "DoNotDisturb" ? "Available" : "DoNotDisturb";
        bed.Server.UpdateUser(changed with { Presence = new Presence { Availability = newAvailability, Activity = "Presenting" } });
        bed.Server.ClearRequests();

        var report = await bed.Synchronizer.RefreshPresenceAsync(null, CancellationToken.None);

        var calls = bed.Server.Requests.Where(r => r.Path.EndsWith("/getPresencesByUserId", StringComparison.Ordinal)).Select(r => r.PresenceIds).Order().ToList();
        Assert.Equal([100, 650, 650], calls);
        Assert.Equal(3L, report!.Requests);
        var after = bed.Directory.Current!;
        Assert.NotSame(before, after);
        Assert.Equal(newAvailability, after.Users.Single(u => u.Id == changed.Id).Presence!.Availability);
        Assert.Equal(oldAvailability, before.Users.Single(u => u.Id == changed.Id).Presence!.Availability);
    }

    /// <summary>The snapshot as sorted JSON without the capture time, so two snapshots compare by content.</summary>
    private static string Canonical(DirectorySnapshot snapshot)
    {
        var node = JsonSerializer.SerializeToNode(snapshot with { CapturedAt = null }, SnapshotJson.Options)!;
        return Sort(node)!.ToJsonString();
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sort)]),
        null => null,
        _ => node.DeepClone(),
    };
}
