using System.Text.Json.Nodes;

namespace Switchboard.Cards.Tests;

/// <summary>Walks a built card the way a test needs to look at it.</summary>
internal static class CardJson
{
    /// <summary>Every object in the card, depth first, with the name of the property that holds it.</summary>
    public static IEnumerable<(string? Key, JsonObject Node)> Objects(JsonNode? node, string? key = null)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (key, obj);
                foreach (var (childKey, child) in obj)
                {
                    foreach (var inner in Objects(child, childKey))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Objects(item, key))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Select(entry => entry.Node).Where(node => (string?)node["type"] == type);

    /// <summary>Every string value in the card, wherever it is.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    /// <summary>The text Teams interprets as markdown: TextBlocks and facts.</summary>
    public static IEnumerable<string> MarkdownTexts(JsonNode card) =>
        OfType(card, "TextBlock").Select(block => (string)block["text"]!)
            .Concat(OfType(card, "FactSet").SelectMany(set => set["facts"]!.AsArray()
                .SelectMany(fact => new[] { (string)fact!["title"]!, (string)fact["value"]! })));

    public static IEnumerable<string> RunTexts(JsonNode card) =>
        OfType(card, "TextRun").Select(run => ((string)run["text"]!).Replace("\u200B", string.Empty, StringComparison.Ordinal));
}
