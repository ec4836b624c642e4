using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Switchboard.Domain.Directory;
using Switchboard.Graph;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>bench-sync [--users 100000] [--changes 1000] [--beta]</c>: serves a generated tenant from the fake Graph server
/// in this process (paging, batching, steady throttling with Retry-After), runs a full sync then a delta of the
/// given number of changes through the real SDK, and prints times, requests, throttling and peak memory.
/// </summary>
internal sealed class BenchSyncCommand : ICliCommand
{
    /// <summary>One top-level request in this many is throttled (429, Retry-After 1 s): the SDK's retry handler waits.</summary>
    private const int ThrottleEveryNthRequest = 500;

    /// <summary>One batch item in this many is throttled: the sync waits and resends it alone.</summary>
    private const int ThrottleEveryNthBatchItem = 5000;

    public async Task<int> RunAsync(string[] args)
    {
        var users = 100_000;
        var changes = 1_000;
        var beta = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--users" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out users) && users > 0:
                    i++;
                    break;
                case "--changes" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out changes) && changes >= 0:
                    i++;
                    break;
                case "--beta":
                    beta = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"bench-sync: unknown or invalid argument '{args[i]}'. Usage: bench-sync [--users 100000] [--changes 1000] [--beta]");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var tenant = FakeTenantGenerator.Generate(users);
        var generated = clock.Elapsed;
        await using var server = await FakeGraphServer.StartAsync(tenant);
        server.RecordRequests = false;
        server.ThrottleEveryNthRequest = ThrottleEveryNthRequest;
        server.ThrottleEveryNthBatchItem = ThrottleEveryNthBatchItem;

        var settings = new Dictionary<string, string?>
        {
            ["Switchboard:Graph:TenantId"] = tenant.TenantId,
            ["Switchboard:Graph:ClientId"] = "bench",
            ["Switchboard:Graph:ClientSecret"] = "bench-uses-a-fake-credential",
            ["Switchboard:Graph:BaseUrl"] = server.BaseUrl,
            ["Switchboard:Graph:BetaBaseUrl"] = server.BetaBaseUrl,
            ["Switchboard:Graph:UseBetaProfile"] = beta ? "true" : "false",
        };
        using var host = GraphCommandSupport.BuildHost(new GraphCommandEnvironment(settings, services => services.AddSingleton<TokenCredential>(new FakeTokenCredential())));
        var synchronizer = host.Services.GetRequiredService<GraphDirectorySynchronizer>();
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();

        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tenant:         {users} users, {tenant.Groups.Count} groups generated in {generated.TotalSeconds:F1} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fake server:    {server.BaseUrl} (429 on 1 request in {ThrottleEveryNthRequest}, 1 batch item in {ThrottleEveryNthBatchItem}; Retry-After 1 s)"));

        var progress = new ConsoleProgress(Console.Error);
        var full = await synchronizer.SyncFullAsync(progress, CancellationToken.None);
        progress.Finish();
        Print(output, "full sync", full, server);

        var random = new Random(11);
        ApplyChanges(server, directory.Current!, changes, random);
        var before = (server.TopLevelRequests, server.BatchItems);
        var delta = await synchronizer.SyncDeltaAsync(progress, CancellationToken.None);
        progress.Finish();
        Print(output, "delta sync", delta, server);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"delta served:   {server.TopLevelRequests - before.TopLevelRequests} requests, {server.BatchItems - before.BatchItems} batch items"));

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak memory:    {process.PeakWorkingSet64 / (1024 * 1024)} MiB working set (client and fake server in one process), {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MiB managed heap now"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets:        full < 300 s: {(full.Duration.TotalSeconds < 300 ? "met" : "MISSED")}; delta < 10 s: {(delta.Duration.TotalSeconds < 10 ? "met" : "MISSED")}"));
        return 0;
    }

    /// <summary>A realistic mix: mostly edits, some joiners, leavers and suspended accounts.</summary>
    private static void ApplyChanges(FakeGraphServer server, DirectorySnapshot current, int changes, Random random)
    {
        var users = current.Users;
        var touched = new HashSet<int>();
        int Pick()
        {
            int index;
            do
            {
                index = random.Next(users.Count);
            }
            while (!touched.Add(index));
            return index;
        }

        var additions = changes / 5;
        var deletions = changes * 3 / 20;
        var disables = changes / 20;
        var updates = changes - additions - deletions - disables;
        for (var i = 0; i < updates; i++)
        {
            var user = users[Pick()];
            server.UpdateUser(WithNewTitle(user));
        }

        for (var i = 0; i < disables; i++)
        {
            server.UpdateUser(users[Pick()] with { AccountEnabled = false });
        }

        for (var i = 0; i < deletions; i++)
        {
            server.DeleteUser(users[Pick()].Id);
        }

        for (var i = 0; i < additions; i++)
        {
            server.AddUser(FakeTenantGenerator.CreateUser(users.Count + 1_000_000 + i, random));
        }

        static DirectoryUser WithNewTitle(DirectoryUser user) => user with { JobTitle = "Senior " + user.JobTitle };
    }

    private static void Print(TextWriter output, string label, GraphSyncReport report, FakeGraphServer server) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label + ":",-15} {report.Duration.TotalSeconds:F1} s, {report.Users} users, {report.Groups} groups, {report.Requests} requests ({report.Batches} batches), " +
            $"{report.Throttled} throttled, {report.Skipped.Count} skipped{(report.Kind == GraphSyncKind.Delta ? $", +{report.Added} ~{report.Updated} -{report.Removed}" : "")}; server total {server.ThrottledResponses} throttled"));
}
