using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Directory;
using Switchboard.Graph.FakeServer;
using Switchboard.Host.Cli;

namespace Switchboard.Host.Tests.Cli;

/// <summary>The Graph commands end to end: real SDK, fake Graph on loopback, files on disk.</summary>
public sealed class GraphCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("switchboard-graph-cli-").FullName;

    [Fact]
    public async Task Export_SyncedFakeTenant_ReadsBackEqualToTheTenant()
    {
        var tenant = FakeTenantGenerator.Generate(25);
        await using var server = await FakeGraphServer.StartAsync(tenant);
        var path = Path.Combine(_folder, "tenant.json");

        var exit = await new ExportCommand(Environment(server, tenant)).RunAsync(["--out", path]);

        Assert.Equal(0, exit);
        var exported = await ReadAsync(path);
        Assert.Equal(Canonical(tenant), Canonical(exported));
    }

    [Fact]
    public async Task Sync_ThenSyncDelta_WritesTheSnapshotAndAppliesOnlyTheChanges()
    {
        var tenant = FakeTenantGenerator.Generate(25);
        await using var server = await FakeGraphServer.StartAsync(tenant);
        var environment = Environment(server, tenant);
        var path = Path.Combine(_folder, "tenant.json");

        Assert.Equal(0, await new SyncCommand(environment).RunAsync(["--out", path]));
        Assert.True(File.Exists(path + ".deltalink"));
        server.DeleteUser(tenant.Users[7].Id);
        server.UpdateUser(tenant.Users[8] with { Department = "Legal" });
        server.ClearRequests();

        Assert.Equal(0, await new SyncCommand(environment).RunAsync(["--delta", "--out", path]));

        var synced = await ReadAsync(path);
        Assert.Equal(24, synced.Users.Count);
        Assert.DoesNotContain(synced.Users, u => u.Id == tenant.Users[7].Id);
        Assert.Equal("Legal", synced.Users.Single(u => u.Id == tenant.Users[8].Id).Department);
        Assert.DoesNotContain(server.Requests, r => !r.InBatch && r.IsPath("/users"));
    }

    [Fact]
    public async Task Sync_DeltaWithoutAnEarlierSnapshot_ExitsWithUsageError()
    {
        var tenant = FakeTenantGenerator.Generate(2);
        await using var server = await FakeGraphServer.StartAsync(tenant);

        var exit = await new SyncCommand(Environment(server, tenant)).RunAsync(["--delta", "--out", Path.Combine(_folder, "missing.json")]);

        Assert.Equal(2, exit);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Export_GraphRefusesGroups_ExitsNonZeroAndWritesNothing()
    {
        var tenant = FakeTenantGenerator.Generate(3);
        await using var server = await FakeGraphServer.StartAsync(tenant);
        server.AddFault(new FakeFault { When = r => r.IsPath("/groups"), Status = 403, Times = int.MaxValue });
        var path = Path.Combine(_folder, "tenant.json");

        var exit = await new ExportCommand(Environment(server, tenant)).RunAsync(["--out", path]);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static GraphCommandEnvironment Environment(FakeGraphServer server, DirectorySnapshot tenant) => new(
        new Dictionary<string, string?>
        {
            ["Switchboard:Graph:TenantId"] = tenant.TenantId,
            ["Switchboard:Graph:ClientId"] = "cli-test",
            ["Switchboard:Graph:ClientSecret"] = "unused: the credential is fake",
            ["Switchboard:Graph:BaseUrl"] = server.BaseUrl,
            ["Switchboard:Graph:BetaBaseUrl"] = server.BetaBaseUrl,
            ["Switchboard:Graph:UseBetaProfile"] = "true",
        },
        services => services.AddSingleton<TokenCredential>(new FakeTokenCredential()));

    private static async Task<DirectorySnapshot> ReadAsync(string path)
    {
        await using var file = File.OpenRead(path);
        return await SnapshotJson.ReadAsync(file, CancellationToken.None);
    }

    private static string Canonical(DirectorySnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot with { CapturedAt = null }, SnapshotJson.Options);
}
