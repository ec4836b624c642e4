using System.Text.Json;
using System.Text.Json.Serialization;
using Switchboard.Domain.Routing;

namespace Switchboard.Host.Cli;

/// <summary>Writes answers in the contract's <c>answers.jsonl</c> shape.</summary>
internal static class RouteAnswerJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Reasons name people and places in French: keep them readable, not \u-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToLine(string id, RoutingAnswer answer)
    {
        var line = new AnswerLine(
            id,
            answer.Decision.ToString().ToLowerInvariant(),
            [.. answer.Targets.Select(t => new TargetLine(t.Type.ToString().ToLowerInvariant(), t.Id, t.Score, t.Reasons))],
            [.. answer.Topics.Select(t => t.Id)],
            answer.Reasons.Count > 0 ? answer.Reasons : null);
        return JsonSerializer.Serialize(line, Options);
    }

    private sealed record AnswerLine(string Id, string Decision, IReadOnlyList<TargetLine> Targets, IReadOnlyList<string> Topics, IReadOnlyList<string>? Reasons);

    private sealed record TargetLine(string Type, string Id, double Score, IReadOnlyList<string> Reasons);
}
