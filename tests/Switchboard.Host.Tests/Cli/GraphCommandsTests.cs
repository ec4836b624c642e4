using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.DemoCompany;
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
    public async Task Export_SyncedDemoCompany_RoutesEveryRequestExactlyLikeTheSourceSnapshot()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var tenant = DemoCompanyGenerator.Generate(now);
        await using var server = await FakeGraphServer.StartAsync(tenant);
        var sourcePath = Path.Combine(_folder, "source.json");
        await using (var file = File.Create(sourcePath))
        {
            await SnapshotJson.WriteAsync(file, tenant, CancellationToken.None);
        }

        var exportPath = Path.Combine(_folder, "exported.json");
        Assert.Equal(0, await new ExportCommand(Environment(server, tenant)).RunAsync(["--out", exportPath]));

        var requestsPath = Path.Combine(_folder, "requests.jsonl");
        await File.WriteAllLinesAsync(requestsPath, RoundTripRequests(tenant, now));
        var fromSource = await RouteAsync(sourcePath, requestsPath);
        var fromExport = await RouteAsync(exportPath, requestsPath);

        Assert.Equal(fromSource.Count, fromExport.Count);
        Assert.True(fromSource.Count >= 20);
        Assert.Contains(fromSource, line => line.Contains("\"decision\":\"person\"", StringComparison.Ordinal));
        Assert.Contains(fromSource, line => line.Contains("\"decision\":\"group\"", StringComparison.Ordinal));
        for (var i = 0; i < fromSource.Count; i++)
        {
            Assert.Equal(fromSource[i], fromExport[i]);
        }
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

    /// <summary>Questions on the skills people of the tenant hold, and the usual service requests, in both languages.</summary>
    private static IEnumerable<string> RoundTripRequests(DirectorySnapshot tenant, DateTimeOffset at)
    {
        var requester = tenant.Users[0].Id;
        var skills = tenant.Users
            .SelectMany(u => u.Profile?.Skills ?? [])
            .Select(s => s.DisplayName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Take(16);
        var texts = skills.Select((skill, i) => i % 2 == 0 ? $"Qui peut m'aider sur {skill} ?" : $"Who can help me with {skill}?")
            .Concat([
                "J'ai oublié mon mot de passe et mon compte est bloqué",
                "My payslip is wrong this month",
                "Mon badge ne fonctionne plus à l'entrée du bâtiment",
                "I clicked a phishing link in an email",
                "Il faudrait relire un NDA standard pour un fournisseur",
            ]);
        var urgencies = new[] { "normal", "high", "low", "critical" };
        return texts.Select((text, i) => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = $"rt-{i}",
            ["requester"] = requester,
            ["text"] = text,
            ["urgency"] = urgencies[i % urgencies.Length],
            ["impact"] = "team",
            ["at"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    private static async Task<List<string>> RouteAsync(string tenantPath, string requestsPath)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await new RouteCommand(stdout, stderr).RunAsync(["--tenant", tenantPath, "--requests", requestsPath]);
        Assert.True(exit == 0, stderr.ToString());
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

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
