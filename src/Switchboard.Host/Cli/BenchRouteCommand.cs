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

    /// <summary>Timed passes over the requests; the first gives the plain percentiles, all give each request's best time.</summary>
    private const int Passes = 3;

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
        var path = Path.Combine(Path.GetTempPath(), $"switchboard-bench-{Environment.ProcessId}.json");
        try
        {
            // Written to a file and read back, as production loads a snapshot: the generator's objects are gone before loading starts.
            await using (var file = File.Create(path))
            {
                await SnapshotJson.WriteAsync(file, BenchmarkTenant.Generate(users, seed), CancellationToken.None);
            }

            generation.Stop();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var load = Stopwatch.StartNew();
            DirectorySnapshot snapshot;
            await using (var stream = File.OpenRead(path))
            {
                snapshot = await SnapshotJson.ReadAsync(stream, CancellationToken.None);
            }

            var parsed = load.Elapsed;
            var index = RoutingIndex.Build(snapshot, TopicVocabulary.Load(), new RoutingOptions());
            load.Stop();
            var jsonMegabytes = new FileInfo(path).Length / 1024.0 / 1024.0;
            return await MeasureAsync(snapshot, index, users, requestCount, seed, jsonMegabytes, generation.Elapsed, load.Elapsed, parsed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<int> MeasureAsync(DirectorySnapshot snapshot, RoutingIndex index, int users, int requestCount, int seed, double jsonMegabytes, TimeSpan generation, TimeSpan load, TimeSpan parsed)
    {
        var requests = BenchmarkTenant.Requests(requestCount, users, seed);
        var at = new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.FromHours(1));
        var router = new RequestRouter();
        var workload = InMemoryWorkload.Empty;
        var urgencies = new[] { Urgency.Low, Urgency.Normal, Urgency.Normal, Urgency.High, Urgency.Critical };

        // Warm-up pass over the same requests: JIT tiering and first-touch costs are not what a running bot pays per request.
        foreach (var (requester, text) in requests)
        {
            router.Route(new RoutingRequest(requester, text, Urgency.Normal, Impact.Individual, at), index, workload);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var latencies = new double[requests.Count];
        var bestOfPasses = Enumerable.Repeat(double.MaxValue, requests.Count).ToArray();
        var decisions = new Dictionary<RoutingDecision, int>();
        var clock = new Stopwatch();
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var (requester, text) = requests[i];
                var request = new RoutingRequest(requester, text, urgencies[i % urgencies.Length], Impact.Team, at);
                clock.Restart();
                var answer = router.Route(request, index, workload);
                clock.Stop();
                var elapsed = clock.Elapsed.TotalMilliseconds;
                bestOfPasses[i] = Math.Min(bestOfPasses[i], elapsed);
                if (pass == 0)
                {
                    latencies[i] = elapsed;
                    decisions[answer.Decision] = decisions.GetValueOrDefault(answer.Decision) + 1;
                }
            }
        }

        var gcDuring = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
        var slowest = requests.Select((r, i) => (Ms: latencies[i], r.Text)).OrderByDescending(s => s.Ms).Take(5).ToList();
        Array.Sort(latencies);
        Array.Sort(bestOfPasses);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var gcInfo = GC.GetGCMemoryInfo();
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);

        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"users                 {index.UserCount:N0} ({index.FacetCount:N0} profile facets, {snapshot.Groups.Count:N0} groups)"));
        await output.WriteLineAsync(string.Create(culture, $"tenant JSON           {jsonMegabytes:F1} MB (generated in {generation.TotalSeconds:F1} s, not counted)"));
        await output.WriteLineAsync(string.Create(culture, $"load (parse + index)  {load.TotalSeconds:F2} s (parse {parsed.TotalSeconds:F2} s, index {(load - parsed).TotalSeconds:F2} s)"));
        await output.WriteLineAsync(string.Create(culture, $"peak working set      {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB"));
        await output.WriteLineAsync(string.Create(culture, $"managed heap          {managedAfter / 1024.0 / 1024.0:F0} MB after full GC (GC heap peak committed {gcInfo.TotalCommittedBytes / 1024.0 / 1024.0:F0} MB)"));
        await output.WriteLineAsync(string.Create(culture, $"requests              {requests.Count:N0} ({string.Join(", ", decisions.OrderBy(d => d.Key).Select(d => $"{d.Key.ToString().ToLowerInvariant()} {d.Value}"))})"));
        await output.WriteLineAsync(string.Create(culture, $"GCs while routing     gen0 {gcDuring.Item1}, gen1 {gcDuring.Item2}, gen2 {gcDuring.Item3}"));
        await output.WriteLineAsync(string.Create(culture, $"latency p50           {Percentile(latencies, 0.50):F3} ms"));
        await output.WriteLineAsync(string.Create(culture, $"latency p95           {Percentile(latencies, 0.95):F3} ms"));
        await output.WriteLineAsync(string.Create(culture, $"latency p99           {Percentile(latencies, 0.99):F3} ms"));
        await output.WriteLineAsync(string.Create(culture, $"latency max           {latencies[^1]:F3} ms"));
        // Each request's fastest of the passes filters out time the scheduler gave to other processes on a shared machine.
        await output.WriteLineAsync(string.Create(culture, $"best of {Passes} passes     p50 {Percentile(bestOfPasses, 0.50):F3} ms, p95 {Percentile(bestOfPasses, 0.95):F3} ms, p99 {Percentile(bestOfPasses, 0.99):F3} ms"));
        await output.WriteLineAsync($"machine               {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        foreach (var (ms, text) in slowest)
        {
            await error.WriteLineAsync(string.Create(culture, $"slow: {ms:F2} ms  {text}"));
        }

        return 0;
    }

    /// <summary>How busy the machine was (Linux), since latency on a shared machine depends on the neighbours.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
