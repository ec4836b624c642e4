using System.Text.Json.Nodes;

namespace Switchboard.Cards.Building;

/// <summary>
/// The body elements the cards use. Two kinds of text: <see cref="Text"/> takes our own words (resources, dates,
/// numbers) into a <c>TextBlock</c>, which Teams renders as markdown; <see cref="Untrusted"/> takes anything a person
/// wrote into a <c>TextRun</c>, which Teams shows verbatim. Keeping the two apart is what makes injection impossible
/// by construction rather than by escaping.
/// </summary>
internal static class Elements
{
    public static JsonObject Heading(string ownText) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = ownText,
        ["style"] = "heading",
        ["size"] = "Medium",
        ["weight"] = "Bolder",
        ["wrap"] = true,
    };

    public static JsonObject Text(string ownText, bool subtle = false, bool bold = false, string? color = null)
    {
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = ownText,
            ["wrap"] = true,
        };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        return block;
    }

    /// <summary>Text from a person, cleaned and cut at <paramref name="limit"/>, shown verbatim.</summary>
    public static JsonObject Untrusted(string? text, int limit) => Runs(Run(UntrustedText.Clean(text, limit)));

    /// <summary>One line of runs: our label then a person's text, for lines that mix the two.</summary>
    public static JsonObject Runs(params JsonObject[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = AdaptiveCard.ToArray(runs),
    };

    /// <summary>A run of text; callers pass either their own words or text already cleaned by <see cref="UntrustedText"/>.</summary>
    public static JsonObject Run(string text, bool bold = false, bool subtle = false)
    {
        var run = new JsonObject
        {
            ["type"] = "TextRun",
            ["text"] = text,
        };
        if (bold)
        {
            run["weight"] = "Bolder";
        }

        if (subtle)
        {
            run["isSubtle"] = true;
        }

        return run;
    }

    /// <summary>A labelled value: our label in bold, then the person's text on the next line.</summary>
    public static JsonObject Field(string ownLabel, string? untrustedValue, int limit) =>
        Container(Text(ownLabel, bold: true), Spaced(Untrusted(untrustedValue, limit), "None"));

    /// <summary>Facts whose titles and values are all our own words (enum labels, dates, figures).</summary>
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = AdaptiveCard.ToArray(facts.Select(fact => new JsonObject
        {
            ["title"] = fact.Title,
            ["value"] = fact.Value,
        })),
    };

    public static JsonObject Container(params JsonObject[] items) => new()
    {
        ["type"] = "Container",
        ["items"] = AdaptiveCard.ToArray(items),
    };

    public static JsonObject Emphasis(JsonObject container, string style)
    {
        container["style"] = style;
        return container;
    }

    public static JsonObject Spaced(JsonObject element, string spacing)
    {
        element["spacing"] = spacing;
        return element;
    }

    public static JsonObject Separated(JsonObject element)
    {
        element["separator"] = true;
        return element;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = AdaptiveCard.ToArray(actions),
    };
}
