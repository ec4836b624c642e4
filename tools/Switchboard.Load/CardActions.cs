using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Load;

/// <summary>Reads a card as a Teams client does: its <c>Action.Execute</c> actions, and what a click on one sends back.</summary>
internal static class CardActions
{
    /// <summary>Every (verb, requestId) of the card's <c>Action.Execute</c> actions, shown cards included.</summary>
    public static IEnumerable<(string Verb, string RequestId)> Of(JsonElement card)
    {
        var found = new List<(string, string)>();
        Walk(card, element =>
        {
            if (IsExecute(element) && element.TryGetProperty("verb", out var verb) && element.TryGetProperty("data", out var data)
                && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("requestId", out var requestId) && requestId.ValueKind == JsonValueKind.String)
            {
                found.Add((verb.GetString()!, requestId.GetString()!));
            }
        });
        return found;
    }

    /// <summary>The data of the first action with <paramref name="verb"/> whose data matches <paramref name="where"/>.</summary>
    public static JsonObject? DataOf(JsonElement card, string verb, Func<JsonElement, bool>? where = null)
    {
        JsonObject? found = null;
        Walk(card, element =>
        {
            if (found is null && IsExecute(element) && element.TryGetProperty("verb", out var v) && v.GetString() == verb
                && element.TryGetProperty("data", out var data) && (where is null || where(data)))
            {
                found = JsonNode.Parse(data.GetRawText())!.AsObject();
            }
        });
        return found;
    }

    /// <summary>
    /// The proposal's targets in order, as "person" or "team", from the label after each name (the requester reads
    /// English: the players send <c>en-US</c>).
    /// </summary>
    public static IReadOnlyList<string> ProposalTargetKinds(JsonElement card)
    {
        var kinds = new List<string>();
        Walk(card, element =>
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.GetString() == "TextRun"
                && element.TryGetProperty("text", out var text) && text.GetString() is " (person)" or " (team)")
            {
                kinds.Add(text.GetString()!.Trim(' ', '(', ')'));
            }
        });
        return kinds;
    }

    private static bool IsExecute(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Execute";

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        visit(element);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, visit);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit);
                }

                break;
        }
    }
}
