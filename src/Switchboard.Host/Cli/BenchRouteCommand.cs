using System.Diagnostics;
using System.Globalization;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>bench-route [--users 100000] [--requests 1000] [--seed 42]</c>: generates a synthetic tenant, serialises it to the
/// contract's JSON in memory, then measures what production pays: parse + index build ("load"), peak memory, and
/// per-request latency percentiles. A benchmark is a command that prints figures, not a test with a time limit.
/// </summary>
internal sealed class BenchRouteCommand(TextWriter output, TextWriter error) : ICliCommand
{
    private static readonly string[] Allowed = ["users", "requests", "seed"];

    public BenchRouteCommand()
        : this(Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        int users;
        int requestCount;
        int seed;
        try
        {
            var arguments = CliArguments.Parse(args, Allowed);
            users = arguments.OptionalPositiveInt("users", 100_000);
            requestCount = arguments.OptionalPositiveInt("requests", 1000);
            seed = arguments.OptionalPositiveInt("seed", 42);
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"bench-route: {exception.Message}");
            return 2;
        }

        await error.WriteLineAsync($"generating a {users:N0}-user tenant (seed {seed})...");
        var generation = Stopwatch.StartNew();
        byte[] json;
        {
            var generated = BenchmarkTenant.Generate(users, seed);
            using var buffer = new MemoryStream();
            await SnapshotJson.WriteAsync(buffer, generated, CancellationToken.None);
            json = buffer.ToArray();
        }

        generation.Stop();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var load = Stopwatch.StartNew();
        DirectorySnapshot snapshot;
        using (var stream = new MemoryStream(json, writable: false))
        {
            snapshot = await SnapshotJson.ReadAsync(stream, CancellationToken.None);
        }

        var parsed = load.Elapsed;
        var vocabulary = TopicVocabulary.Load();
        var index = RoutingIndex.Build(snapshot, vocabulary, new RoutingOptions());
        load.Stop();
        var jsonMegabytes = json.Length / 1024.0 / 1024.0;
        json = [];

        var requests = BenchmarkTenant.Requests(requestCount, users, seed);
        var at = new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.FromHours(1));
        var router = new RequestRouter();
        var workload = InMemoryWorkload.Empty;
        var urgencies = new[] { Urgency.Low, Urgency.Normal, Urgency.Normal, Urgency.High, Urgency.Critical };

        // Warm-up: JIT and first-touch costs are not what a running bot pays per request.
        foreach (var (requester, text) in requests.Take(50))
        {
            router.Route(new RoutingRequest(requester, text, Urgency.Normal, Impact.Individual, at), index, workload);
        }

        var latencies = new double[requests.Count];
        var decisions = new Dictionary<RoutingDecision, int>();
        var clock = new Stopwatch();
        for (var i = 0; i < requests.Count; i++)
        {
            var (requester, text) = requests[i];
            var request = new RoutingRequest(requester, text, urgencies[i % urgencies.Length], Impact.Team, at);
            clock.Restart();
            var answer = router.Route(request, index, workload);
            clock.Stop();
            latencies[i] = clock.Elapsed.TotalMilliseconds;
            decisions[answer.Decision] = decisions.GetValueOrDefault(answer.Decision) + 1;
        }

        Array.Sort(latencies);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var gcInfo = GC.GetGCMemoryInfo();
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);

        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"users                 {index.UserCount:N0} ({index.FacetCount:N0} profile facets, {snapshot.Groups.Count:N0} groups)"));
        await output.WriteLineAsync(string.Create(culture, $"tenant JSON           {jsonMegabytes:F1} MB (generated in {generation.Elapsed.TotalSeconds:F1} s, not counted)"));
        await output.WriteLineAsync(string.Create(culture, $"load (parse + index)  {load.Elapsed.TotalSeconds:F2} s (parse {parsed.TotalSeconds:F2} s, index {(load.Elapsed - parsed).TotalSeconds:F2} s)"));
        await output.WriteLineAsync(string.Create(culture, $"peak working set      {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB"));
        await output.WriteLineAsync(string.Create(culture, $"managed heap          {managedAfter / 1024.0 / 1024.0:F0} MB after full GC (GC heap peak committed {gcInfo.TotalCommittedBytes / 1024.0 / 1024.0:F0} MB)"));
        await output.WriteLineAsync(string.Create(culture, $"requests              {requests.Count:N0} ({string.Join(", ", decisions.OrderBy(d => d.Key).Select(d => $"{d.Key.ToString().ToLowerInvariant()} {d.Value}"))})"));
        await output.WriteLineAsync(string.Create(culture, $"latency p50           {Percentile(latencies, 0.50):F3} ms"));
        await output.WriteLineAsync(string.Create(culture, $"latency p95           {Percentile(latencies, 0.95):F3} ms"));
        await output.WriteLineAsync(string.Create(culture, $"latency p99           {Percentile(latencies, 0.99):F3} ms"));
        await output.WriteLineAsync(string.Create(culture, $"latency max           {latencies[^1]:F3} ms"));
        return 0;
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
