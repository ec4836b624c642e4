using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>A person of the demo company (Altenor Group), as Teams identifies them on each activity.</summary>
public sealed record DemoPerson(string AadObjectId, string Name, string Locale = "en-US")
{
    public string ChannelAccountId => $"29:{AadObjectId}";

    public string PersonalConversationId => $"a:personal-{AadObjectId}";
}

/// <summary>
/// The people the conversation tests play, from the demo company snapshot the host generates. Their roles follow from
/// the directory: the routing of the requests below was checked with the <c>route</c> command on the same snapshot.
/// </summary>
public static class DemoPeople
{
    /// <summary>Executive assistant in the Executive Office: the requester.</summary>
    public static readonly DemoPerson Sanjay = new("7e3a1c5d-0001-4a00-8000-000000000003", "Sanjay Reddy");

    /// <summary>Head of contract law (Legal): first expert for a supplier contract question; member of the Legal - Contracts Desk.</summary>
    public static readonly DemoPerson Benoit = new("7e3a1c5d-0001-4a00-8000-000000000091", "Benoît Haddad", "fr-FR");

    /// <summary>Benoît's manager, a contract lawyer too: a candidate herself, so escalation goes one level higher.</summary>
    public static readonly DemoPerson LegalDirector = new("7e3a1c5d-0001-4a00-8000-000000000090", "Legal director");

    /// <summary>The legal director's manager: the escalation contact of a contract question nobody takes.</summary>
    public static readonly DemoPerson BenoitsManager = new("7e3a1c5d-0001-4a00-8000-000000000000", "Julien Masson", "fr-FR");

    /// <summary>Two service desk analysts of the IT Help Desk: they race to take a posted request.</summary>
    public static readonly DemoPerson Samuel = new("7e3a1c5d-0001-4a00-8000-000000000006", "Samuel Hughes", "en-GB");

    public static readonly DemoPerson Aarav = new("7e3a1c5d-0001-4a00-8000-000000000007", "Aarav Desai", "en-GB");

    public const string ContractQuestion = "Contract law question about a supplier clause, indemnity and liability cap";

    /// <summary>The qualification form's fields for <see cref="ContractQuestion"/> as a plain question of normal urgency.</summary>
    public static Dictionary<string, string> ContractQualification(string details) => new()
    {
        ["subject"] = ContractQuestion,
        ["details"] = details,
        ["kind"] = "question",
        ["urgency"] = "normal",
        ["impact"] = "individual",
        ["preferredTarget"] = "auto",
        ["tried"] = string.Empty,
        ["justification"] = string.Empty,
    };

    public const string BrokenLaptop = "My laptop screen is broken, I need a replacement";

    public const string LegalDesk = "7e3a1c5d-0002-4a00-8000-000000000006";

    public const string ItHelpDesk = "7e3a1c5d-0002-4a00-8000-000000000000";
}

/// <summary>Activities from demo people, shaped as Teams sends them: personal messages, card invokes and submits.</summary>
public static class Play
{
    public static JsonObject Message(Uri serviceUrl, DemoPerson from, string text, string? id = null) =>
        Personal(serviceUrl, from, "message", id, activity => activity["text"] = text);

    /// <summary>
    /// The invoke Teams sends when <paramref name="from"/> clicks the <c>Action.Execute</c> with <paramref name="verb"/>
    /// on <paramref name="card"/>: the action's own data with the card's inputs merged in as strings.
    /// </summary>
    public static JsonObject Click(Uri serviceUrl, DemoPerson from, JsonElement card, string verb, IReadOnlyDictionary<string, string>? inputs = null, string? id = null) =>
        Invoke(serviceUrl, from, verb, Merge(DataOf(card, verb), inputs), id);

    /// <summary>
    /// What a client without Universal Actions sends for the same click: the <c>Action.Submit</c> fallback, a message
    /// whose value is the data with the inputs merged in.
    /// </summary>
    public static JsonObject Submit(Uri serviceUrl, DemoPerson from, JsonElement card, string verb, IReadOnlyDictionary<string, string>? inputs = null) =>
        Personal(serviceUrl, from, "message", null, activity => activity["value"] = Merge(DataOf(card, verb), inputs));

    /// <summary>An invoke with hand-made data, for tampering tests.</summary>
    public static JsonObject Invoke(Uri serviceUrl, DemoPerson from, string verb, JsonObject data, string? id = null) =>
        Personal(serviceUrl, from, "invoke", id, activity =>
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            };
        });

    /// <summary>The data of the action with this verb anywhere on the card (shown cards included).</summary>
    public static JsonObject DataOf(JsonElement card, string verb) =>
        Find(JsonNode.Parse(card.GetRawText())!, verb) ?? throw new InvalidOperationException($"The card has no action '{verb}': {card}");

    /// <summary>The card an invoke answered with.</summary>
    public static JsonElement CardOf(JsonElement? invokeResponse)
    {
        Assert.NotNull(invokeResponse);
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse.Value.GetProperty("type").GetString());
        return invokeResponse.Value.GetProperty("value");
    }

    private static JsonObject Merge(JsonObject data, IReadOnlyDictionary<string, string>? inputs)
    {
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        return data;
    }

    private static JsonObject? Find(JsonNode node, string verb)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" && obj["verb"]?.GetValue<string>() == verb:
                return obj["data"]!.DeepClone().AsObject();
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null && Find(child, verb) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null && Find(child, verb) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static JsonObject Personal(Uri serviceUrl, DemoPerson from, string type, string? id, Action<JsonObject> complete)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? $"1{Guid.NewGuid():N}"[..14],
            ["timestamp"] = "2026-11-26T09:30:00.000Z",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = from.ChannelAccountId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["id"] = from.PersonalConversationId,
                ["conversationType"] = "personal",
                ["tenantId"] = TeamsActivities.DemoTenant,
            },
            ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "Switchboard" },
            ["locale"] = from.Locale,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsActivities.DemoTenant } },
        };
        complete(activity);
        return activity;
    }
}
