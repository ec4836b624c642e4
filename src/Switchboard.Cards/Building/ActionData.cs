using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;

namespace Switchboard.Cards.Building;

/// <summary>
/// The data an action carries: always the verb (a submit has no verb of its own) and, for a request, its id and the
/// version the card was built from, so a click on an old card can be recognised as stale.
/// </summary>
internal sealed record ActionData(string Verb, string? RequestId, int Version, int? TargetIndex = null)
{
    public static ActionData ForRequest(string verb, string requestId, int version) => new(verb, requestId, version);

    public JsonObject ToJson()
    {
        var data = new JsonObject { [CardFields.Verb] = Verb };
        if (RequestId is not null)
        {
            data[CardFields.RequestId] = RequestId;
        }

        data[CardFields.Version] = Version;
        if (TargetIndex is { } index)
        {
            data[CardFields.TargetIndex] = index;
        }

        return data;
    }
}

/// <summary>The actions the cards use.</summary>
internal static class Buttons
{
    /// <summary>
    /// A Universal Action, with an <c>Action.Submit</c> fallback carrying the same data for clients that predate
    /// Universal Actions: they send a message instead of an invoke, and the parser reads both.
    /// </summary>
    public static JsonObject Execute(string title, ActionData data, string? style = null)
    {
        var fallback = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = data.ToJson(),
        };
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = data.Verb,
            ["data"] = data.ToJson(),
        };
        if (style is not null)
        {
            action["style"] = style;
            fallback["style"] = style;
        }

        action["fallback"] = fallback;
        return action;
    }

    /// <summary>An action that reveals a small form (a reason, a colleague) and its own send button.</summary>
    public static JsonObject ShowCard(string title, IEnumerable<JsonObject> body, params JsonObject[] actions) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = AdaptiveCard.Nested(body, actions),
    };

    public static JsonObject OpenUrl(string title, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url.AbsoluteUri,
    };
}
