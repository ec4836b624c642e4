using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Switchboard.Host.Cli.Evaluation;

/// <summary>One request's outcome in an evaluation: was the decision right, was the first target acceptable.</summary>
internal sealed record EvaluatedRequest(string Id, bool DecisionRight, bool FirstTargetRight, string? Forbidden, IReadOnlyList<string> Report);

/// <summary>An evaluation set's figures.</summary>
internal sealed record EvaluationResult(string Name, IReadOnlyList<EvaluatedRequest> Requests)
{
    public int Total => Requests.Count;

    public int FirstTargetRight => Requests.Count(r => r.FirstTargetRight);

    public int DecisionRight => Requests.Count(r => r.DecisionRight);

    public IReadOnlyList<string> Forbidden => Requests.Where(r => r.Forbidden is not null).Select(r => $"{r.Id}: {r.Forbidden}").ToList();

    public double FirstTargetRate => Total == 0 ? 0 : (double)FirstTargetRight / Total;

    public double DecisionRate => Total == 0 ? 0 : (double)DecisionRight / Total;

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: first target right {FirstTargetRight}/{Total} = {FirstTargetRate:P1}; decision right {DecisionRight}/{Total} = {DecisionRate:P1}; forbidden first {Forbidden.Count}");
}

/// <summary>
/// Measures the routing engine on an evaluation set: a folder with <c>tenant.json</c>, <c>requests.jsonl</c>,
/// <c>expected.jsonl</c> (per request: <c>decision</c>, the acceptable <c>first</c> target ids, <c>why</c>) and an
/// optional <c>workload.json</c>. It runs the real <c>route</c> command, and judges forbidden first targets (absent,
/// disabled, at capacity, off-hours for an urgent request, the requester) from the tenant data itself, never from the
/// engine's own reasons.
/// </summary>
internal static class RoutingEvaluation
{
    public const int DefaultCapacity = 5;

    public static async Task<EvaluationResult> RunAsync(string folder, CancellationToken cancellationToken)
    {
        var tenantPath = Path.Combine(folder, "tenant.json");
        var requestsPath = Path.Combine(folder, "requests.jsonl");
        var expectedPath = Path.Combine(folder, "expected.jsonl");
        var workloadPath = Path.Combine(folder, "workload.json");
        foreach (var required in new[] { tenantPath, requestsPath, expectedPath })
        {
            if (!File.Exists(required))
            {
                throw new InputException($"{required}: file not found (an evaluation set needs tenant.json, requests.jsonl and expected.jsonl)");
            }
        }

        var args = new List<string> { "--tenant", tenantPath, "--requests", requestsPath };
        if (File.Exists(workloadPath))
        {
            args.AddRange(["--workload", workloadPath]);
        }

        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await new RouteCommand(stdout, stderr).RunAsync([.. args]);
        if (exit != 0)
        {
            throw new InputException($"route failed on {folder}: {stderr.ToString().Trim()}");
        }

        var answers = ReadLines(stdout.ToString());
        var requests = ReadLines(await File.ReadAllTextAsync(requestsPath, cancellationToken));
        var expected = ReadLines(await File.ReadAllTextAsync(expectedPath, cancellationToken));
        if (answers.Count != requests.Count || expected.Count != requests.Count)
        {
            throw new InputException($"{expectedPath}: {expected.Count} expectations for {requests.Count} requests ({answers.Count} answers)");
        }

        using var tenantDocument = JsonDocument.Parse(await File.ReadAllTextAsync(tenantPath, cancellationToken));
        var facts = TenantFacts.Load(tenantDocument.RootElement, File.Exists(workloadPath) ? await File.ReadAllTextAsync(workloadPath, cancellationToken) : null);

        var results = new List<EvaluatedRequest>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            results.Add(Judge(requests[i], answers[i], expected[i], facts, expectedPath, i + 1));
        }

        return new EvaluationResult(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), results);
    }

    private static EvaluatedRequest Judge(JsonElement request, JsonElement answer, JsonElement expectation, TenantFacts facts, string expectedPath, int line)
    {
        var id = request.GetProperty("id").GetString()!;
        if (expectation.GetProperty("id").GetString() != id || answer.GetProperty("id").GetString() != id)
        {
            throw new InputException($"{expectedPath}:{line}: field 'id': expected {id}, in the order of requests.jsonl");
        }

        var expectedDecision = expectation.GetProperty("decision").GetString()!;
        var acceptable = expectation.GetProperty("first").EnumerateArray().Select(e => e.GetString()!).ToList();
        var decision = answer.GetProperty("decision").GetString()!;
        var targets = answer.GetProperty("targets");
        var first = targets.GetArrayLength() > 0 ? targets[0] : (JsonElement?)null;
        var firstId = first?.GetProperty("id").GetString();

        var decisionOk = decision == expectedDecision;
        var firstOk = expectedDecision == "none" ? decision == "none" : firstId is not null && acceptable.Contains(firstId);

        string? violation = null;
        if (first is { } target && target.GetProperty("type").GetString() == "user")
        {
            var at = DateTimeOffset.Parse(request.GetProperty("at").GetString()!, CultureInfo.InvariantCulture);
            var urgent = request.TryGetProperty("urgency", out var u) && u.GetString() is "high" or "critical";
            var reason = facts.ForbiddenReason(firstId!, request.GetProperty("requester").GetString()!, at, urgent);
            violation = reason is null ? null : $"{facts.Name(firstId!)} {reason}";
        }

        var report = new List<string>
        {
            $"{(firstOk && decisionOk ? "ok  " : "MISS")} {id} [{request.GetProperty("urgency").GetString()}] {request.GetProperty("text").GetString()}",
            $"     expected {expectedDecision} {string.Join(" | ", acceptable.Select(facts.Name))} - {expectation.GetProperty("why").GetString()}",
            $"     got      {decision} {(firstId is null ? "-" : facts.Name(firstId))}{(violation is null ? string.Empty : "  FORBIDDEN: " + violation)}",
        };
        var reasons = first is { } shown ? shown.GetProperty("reasons") : answer.TryGetProperty("reasons", out var r) ? r : (JsonElement?)null;
        if (reasons is { ValueKind: JsonValueKind.Array } list)
        {
            report.Add($"     reasons  {string.Join("; ", list.EnumerateArray().Select(e => e.GetString()))}");
        }

        return new EvaluatedRequest(id, decisionOk, firstOk, violation, report);
    }

    /// <summary>One JSON value per line, copied out of its pooled document so nothing is left undisposed.</summary>
    private static List<JsonElement> ReadLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }).ToList();
}

/// <summary>What the tenant data itself says about each person's availability, read independently of the engine.</summary>
internal sealed class TenantFacts
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
                var capacity = expert.TryGetProperty("capacity", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : RoutingEvaluation.DefaultCapacity;
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
        if (start > end)
        {
            // A night shift (21:00-05:00): the hours after midnight belong to the shift that began the day before.
            var shiftDay = time < end ? local.AddDays(-1).DayOfWeek.ToString().ToLowerInvariant() : day;
            return !days.Contains(shiftDay) || (time < start && time >= end);
        }

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
