using System.Globalization;
using System.Text;
using System.Text.Json;
using Switchboard.Host.Cli;
using Xunit.Abstractions;

namespace Switchboard.Host.Tests.Evaluation;

/// <summary>
/// Held-out evaluation of the routing engine through the real <c>route</c> command, on tenants the engine's authors
/// never saw (<c>Evaluation/HoldOut/&lt;tenant&gt;/</c>). Expected answers were written from the tenant data and the
/// routing rules before the engine was run on them. Forbidden first targets are computed here from the tenant data,
/// never from the engine's own reasons.
/// </summary>
public sealed class HoldOutEvaluationTests(ITestOutputHelper output)
{
    private const double FirstTargetBar = 0.85;
    private const double DecisionBar = 0.90;
    private const int DefaultCapacity = 5;

    public static TheoryData<string> Tenants => new() { "AssurancesBoreal", "BrumeluneGames", "HopitauxSambreMeuse", "ThornburyValeEngineering" };

    [Theory]
    [MemberData(nameof(Tenants))]
    public async Task Route_HeldOutTenant_MeetsAccuracyBarWithNoForbiddenFirstTarget(string tenant)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "HoldOut", tenant);
        var tenantPath = Path.Combine(folder, "tenant.json");
        var requestsPath = Path.Combine(folder, "requests.jsonl");
        var workloadPath = Path.Combine(folder, "workload.json");
        var args = new List<string> { "--tenant", tenantPath, "--requests", requestsPath, "--top", "5" };
        if (File.Exists(workloadPath))
        {
            args.AddRange(["--workload", workloadPath]);
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await new RouteCommand(stdout, stderr).RunAsync([.. args]);
        Assert.True(exit == 0, $"route exited {exit}: {stderr}");

        var answers = ReadLines(stdout.ToString());
        var requests = ReadLines(await File.ReadAllTextAsync(requestsPath));
        var expected = ReadLines(await File.ReadAllTextAsync(Path.Combine(folder, "expected.jsonl")));
        Assert.Equal(requests.Count, answers.Count);
        Assert.Equal(requests.Count, expected.Count);

        using var tenantDocument = JsonDocument.Parse(await File.ReadAllTextAsync(tenantPath));
        var directory = TenantFacts.Load(tenantDocument.RootElement, File.Exists(workloadPath) ? await File.ReadAllTextAsync(workloadPath) : null);

        var report = new StringBuilder();
        int firstRight = 0, decisionRight = 0;
        var forbidden = new List<string>();
        var dndUrgent = new List<string>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i].RootElement;
            var answer = answers[i].RootElement;
            var expectation = expected[i].RootElement;
            var id = request.GetProperty("id").GetString()!;
            Assert.Equal(id, answer.GetProperty("id").GetString());
            Assert.Equal(id, expectation.GetProperty("id").GetString());

            var expectedDecision = expectation.GetProperty("decision").GetString()!;
            var acceptable = expectation.GetProperty("first").EnumerateArray().Select(e => e.GetString()!).ToList();
            var decision = answer.GetProperty("decision").GetString()!;
            var targets = answer.GetProperty("targets");
            var first = targets.GetArrayLength() > 0 ? targets[0] : (JsonElement?)null;
            var firstId = first?.GetProperty("id").GetString();

            var decisionOk = decision == expectedDecision;
            var firstOk = expectedDecision == "none" ? decision == "none" : firstId is not null && acceptable.Contains(firstId);
            decisionRight += decisionOk ? 1 : 0;
            firstRight += firstOk ? 1 : 0;

            string? violation = null;
            if (first is { } target && target.GetProperty("type").GetString() == "user")
            {
                var at = DateTimeOffset.Parse(request.GetProperty("at").GetString()!, CultureInfo.InvariantCulture);
                var urgent = request.TryGetProperty("urgency", out var u) && u.GetString() is "high" or "critical";
                violation = directory.ForbiddenReason(firstId!, request.GetProperty("requester").GetString()!, at, urgent);
                if (violation is not null)
                {
                    forbidden.Add($"{id}: {directory.Name(firstId!)} {violation}");
                }

                if (urgent && directory.IsDoNotDisturb(firstId!))
                {
                    dndUrgent.Add($"{id}: {directory.Name(firstId!)}");
                }
            }

            report.Append(CultureInfo.InvariantCulture, $"{(firstOk && decisionOk ? "ok  " : "MISS")} {id} [{request.GetProperty("urgency").GetString()}] {request.GetProperty("text").GetString()}\n");
            report.Append(CultureInfo.InvariantCulture, $"     expected {expectedDecision} {string.Join(" | ", acceptable.Select(directory.Name))} — {expectation.GetProperty("why").GetString()}\n");
            report.Append(CultureInfo.InvariantCulture, $"     got      {decision} {(firstId is null ? "-" : directory.Name(firstId))}{(violation is null ? string.Empty : "  FORBIDDEN: " + violation)}\n");
            if (first is { } shown)
            {
                report.Append(CultureInfo.InvariantCulture, $"     reasons  {string.Join("; ", shown.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()))}\n");
            }
            else if (answer.TryGetProperty("reasons", out var reasons))
            {
                report.Append(CultureInfo.InvariantCulture, $"     reasons  {string.Join("; ", reasons.EnumerateArray().Select(r => r.GetString()))}\n");
            }
        }

        var total = requests.Count;
        var firstRate = (double)firstRight / total;
        var decisionRate = (double)decisionRight / total;
        output.WriteLine(report.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tenant}: first target right {firstRight}/{total} = {firstRate:P1} (bar {FirstTargetBar:P0}); decision right {decisionRight}/{total} = {decisionRate:P1} (bar {DecisionBar:P0}); forbidden first {forbidden.Count}; DND first for urgent (informational) {dndUrgent.Count}"));
        foreach (var line in forbidden.Concat(dndUrgent.Select(d => "DND/urgent " + d)))
        {
            output.WriteLine(line);
        }

        Assert.True(forbidden.Count == 0, "forbidden first targets: " + string.Join("; ", forbidden));
        Assert.True(firstRate >= FirstTargetBar, string.Create(CultureInfo.InvariantCulture, $"first target right {firstRate:P1} < {FirstTargetBar:P0}"));
        Assert.True(decisionRate >= DecisionBar, string.Create(CultureInfo.InvariantCulture, $"decision right {decisionRate:P1} < {DecisionBar:P0}"));
    }

    private static List<JsonDocument> ReadLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => JsonDocument.Parse(l)).ToList();

    /// <summary>What the tenant data itself says about each person's availability, read independently of the engine.</summary>
    private sealed class TenantFacts
    {
        private readonly Dictionary<string, JsonElement> _users = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Open, int Capacity)> _workload = new(StringComparer.Ordinal);

        public static TenantFacts Load(JsonElement tenant, string? workloadJson)
        {
            var facts = new TenantFacts();
            foreach (var user in tenant.GetProperty("users").EnumerateArray())
            {
                facts._users[user.GetProperty("id").GetString()!] = user.Clone();
            }

            foreach (var group in tenant.GetProperty("groups").EnumerateArray())
            {
                facts._groups[group.GetProperty("id").GetString()!] = Text(group, "displayName") ?? "?";
            }

            if (workloadJson is not null)
            {
                using var workload = JsonDocument.Parse(workloadJson);
                foreach (var expert in workload.RootElement.GetProperty("experts").EnumerateArray())
                {
                    var capacity = expert.TryGetProperty("capacity", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : DefaultCapacity;
                    facts._workload[expert.GetProperty("id").GetString()!] = (expert.GetProperty("openRequests").GetInt32(), capacity);
                }
            }

            return facts;
        }

        public string Name(string id) =>
            _users.TryGetValue(id, out var user) ? Text(user, "displayName") ?? id : _groups.TryGetValue(id, out var group) ? "group " + group : id;

        public bool IsDoNotDisturb(string id) =>
            _users.TryGetValue(id, out var user) && Object(user, "presence") is { } presence
            && Text(presence, "availability") is "DoNotDisturb";

        /// <summary>Why this person must never be first for this request, or null.</summary>
        public string? ForbiddenReason(string id, string requester, DateTimeOffset at, bool urgent)
        {
            if (id == requester)
            {
                return "is the requester";
            }

            if (!_users.TryGetValue(id, out var user))
            {
                return "is not in the directory";
            }

            if (user.TryGetProperty("accountEnabled", out var enabled) && enabled.ValueKind == JsonValueKind.False)
            {
                return "has a disabled account";
            }

            var mailbox = Object(user, "mailboxSettings");
            if (mailbox is { } m && Object(m, "automaticRepliesSetting") is { } replies)
            {
                var status = Text(replies, "status");
                if (status == "alwaysEnabled")
                {
                    return "has automatic replies always on";
                }

                if (status == "scheduled"
                    && ToUtc(Object(replies, "scheduledStartDateTime")) is { } start
                    && ToUtc(Object(replies, "scheduledEndDateTime")) is { } end
                    && at.UtcDateTime >= start && at.UtcDateTime < end)
                {
                    return "is out of office (scheduled automatic replies)";
                }
            }

            if (_workload.TryGetValue(id, out var load) && load.Open >= load.Capacity)
            {
                return string.Create(CultureInfo.InvariantCulture, $"is at capacity ({load.Open} of {load.Capacity})");
            }

            if (urgent && mailbox is { } mb && Object(mb, "workingHours") is { } hours && OutsideWorkingHours(mb, hours, at))
            {
                return "is outside working hours for an urgent request";
            }

            return null;
        }

        private static bool OutsideWorkingHours(JsonElement mailbox, JsonElement hours, DateTimeOffset at)
        {
            var zoneName = (Object(hours, "timeZone") is { } z ? Text(z, "name") : null) ?? Text(mailbox, "timeZone");
            if (zoneName is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone)
                || Text(hours, "startTime") is not { } startText || Text(hours, "endTime") is not { } endText)
            {
                return false; // unknown: the data cannot prove it forbidden
            }

            var local = TimeZoneInfo.ConvertTime(at, zone);
            var day = local.DayOfWeek.ToString().ToLowerInvariant();
            var days = hours.TryGetProperty("daysOfWeek", out var d) && d.ValueKind == JsonValueKind.Array
                ? d.EnumerateArray().Select(e => e.GetString()).ToList()
                : [];
            var start = TimeOnly.Parse(startText[..8], CultureInfo.InvariantCulture);
            var end = TimeOnly.Parse(endText[..8], CultureInfo.InvariantCulture);
            var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
            return !days.Contains(day) || time < start || time >= end;
        }

        private static DateTime? ToUtc(JsonElement? value)
        {
            if (value is not { } v || Text(v, "dateTime") is not { } text)
            {
                return null;
            }

            var local = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
            var zoneName = Text(v, "timeZone") ?? "UTC";
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var z) ? z : TimeZoneInfo.Utc;
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }

        private static JsonElement? Object(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
