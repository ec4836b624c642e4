using System.Globalization;

namespace Switchboard.Load;

/// <summary>Runs the load on each database asked for and prints the figures; exit 1 when anything was lost.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(HostProcess.HostAssembly))
        {
            await progress.WriteLineAsync($"load: the host is not beside the tool ({HostProcess.HostAssembly}); build tools/Switchboard.Load");
            return 2;
        }

        var root = options.OutputFolder ?? Directory.CreateTempSubdirectory("switchboard-load-").FullName;
        var passed = true;
        foreach (var database in options.Databases)
        {
            var result = await new LoadRun(options, progress).RunAsync(database, Path.Combine(root, database.ToString().ToLowerInvariant()), cancellationToken);
            await output.WriteAsync(Describe(result));
            passed &= result.Passed;
        }

        await progress.WriteLineAsync($"logs: {root}");
        return passed ? 0 : 1;
    }

    public static string Describe(LoadResult r)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"== {r.Database}: {r.Conversations} conversations, {(r.Passed ? "PASSED" : "FAILED")}"),
            string.Create(c, $"  ended: {r.Resolved} resolved, {r.Withdrawn} withdrawn (no person proposed), {r.Stuck.Count} stuck"),
            string.Create(c, $"  duration: {r.PlayDuration.TotalSeconds:F1} s; throughput {r.Conversations / r.PlayDuration.TotalSeconds:F1} conversations/s, {r.Turns / r.PlayDuration.TotalSeconds:F1} turns/s"),
            string.Create(c, $"  turn latency ({r.Turns} turns): p50 {r.P50:F0} ms, p95 {r.P95:F0} ms, p99 {r.P99:F0} ms; {r.RetriedPosts} POSTs sent again; {r.AskedAgain} cards that never came asked for again"),
            r.RestartDowntime is { } down ? string.Create(c, $"  host restart: the new host was ready {down.TotalSeconds:F1} s after the stop began") : "  host restart: none",
            "  requests: " + string.Join(", ", r.RequestStates.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")),
            "  outbox: " + string.Join(", ", r.OutboxStates.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")),
            string.Create(c, $"  connector: {r.ConnectorCalls} calls, {r.Throttled} answered 429, {r.Unavailable} answered 502/503, {r.UnknownInjected} made unknown (500 or too late)"),
            string.Create(c, $"  delivered: {r.DistinctDeliveries} distinct activities; {r.DuplicateActivities} delivered more than once ({r.DuplicateCopies} extra copies); flagged: {r.PossibleDuplicatesLogged} possible duplicates, {r.UnknownOutcomesLogged} unknown outcomes logged"),
            "  audit verify: " + (r.AuditOutput.Split('\n').LastOrDefault(l => l.StartsWith("OK", StringComparison.Ordinal) || l.StartsWith("BROKEN", StringComparison.Ordinal)) ?? r.AuditOutput),
            string.Create(c, $"  lost: {r.Lost} (stuck conversations {r.Stuck.Count}, requests not ended {r.RequestsNotTerminal}, notifications not delivered {r.OutboxStates.GetValueOrDefault("Pending") + r.OutboxStates.GetValueOrDefault("FailedPermanently")}); unflagged duplicates: {r.UnflaggedDuplicates}"),
        };
        lines.AddRange(r.Stuck.Take(10).Select(s => $"    stuck #{s.Index} ({s.RequestId ?? "no request"}): {s.Detail}"));
        return string.Join('\n', lines) + "\n";
    }
}
