using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Switchboard.Cards;

/// <summary>
/// The card envelope and its serialisation. Every card Switchboard sends is built as a <see cref="JsonObject"/> whose
/// values are string, number or boolean nodes, so the JSON writer escapes them; no card is ever assembled as text.
/// </summary>
public static class AdaptiveCard
{
    /// <summary>The attachment content type Teams expects for an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>1.5 is the highest version Teams renders in bot messages.</summary>
    public const string Version = "1.5";

    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    // Readable output for every script (French accents, right-to-left names stay as they are), while the
    // characters that matter inside HTML or a script (<, >, &, quotes, +) are still written as \u escapes.
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The card as JSON text, ready to be the content of an attachment.</summary>
    public static string ToJson(JsonObject card) => card.ToJsonString(Options);

    internal static JsonObject Create(IEnumerable<JsonObject> body, IEnumerable<JsonObject> actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = ToArray(body),
        };
        var actionArray = ToArray(actions);
        if (actionArray.Count > 0)
        {
            card["actions"] = actionArray;
        }

        return card;
    }

    /// <summary>The card inside an <c>Action.ShowCard</c>: no version or schema of its own, it is part of its parent.</summary>
    internal static JsonObject Nested(IEnumerable<JsonObject> body, IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["body"] = ToArray(body),
        ["actions"] = ToArray(actions),
    };

    internal static JsonArray ToArray(IEnumerable<JsonNode> nodes)
    {
        var array = new JsonArray();
        foreach (var node in nodes)
        {
            array.Add(node);
        }

        return array;
    }
}
