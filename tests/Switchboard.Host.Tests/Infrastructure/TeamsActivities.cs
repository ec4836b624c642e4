using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>
/// Activities shaped like the ones Teams sends through the Bot Connector, as raw JSON: the tests post what
/// goes over the wire, not SDK objects. Each call makes a fresh personal conversation so tests never share one.
/// </summary>
public static class TeamsActivities
{
    /// <summary>The demo company's tenant, allowed in Development by appsettings.Development.json.</summary>
    public const string DemoTenant = "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f";

    public const string ForeignTenant = "0f0e0d0c-0b0a-4909-8807-060504030201";

    public const string BotId = "28:switchboard-bot";

    public static JsonObject Message(Uri serviceUrl, string text = "Who can approve a VPN exception?", string locale = "en-US") =>
        Personal("message", serviceUrl, locale, activity => activity["text"] = text);

    /// <summary>The conversation update Teams sends when a user installs the app in personal scope.</summary>
    public static JsonObject BotAddedToPersonalChat(Uri serviceUrl, string locale = "en-US") =>
        Personal("conversationUpdate", serviceUrl, locale, activity =>
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }));

    /// <summary>The installation update Teams sends alongside it.</summary>
    public static JsonObject AppInstalledInPersonalScope(Uri serviceUrl, string locale = "en-US") =>
        Personal("installationUpdate", serviceUrl, locale, activity => activity["action"] = "add");

    public static string ConversationId(JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();

    public static string Id(JsonObject activity) => activity["id"]!.GetValue<string>();

    public static string UserAadObjectId(JsonObject activity) => activity["from"]!["aadObjectId"]!.GetValue<string>();

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity) =>
        client.PostAsJsonAsync("/api/messages", activity);

    private static JsonObject Personal(string type, Uri serviceUrl, string locale, Action<JsonObject> complete)
    {
        var unique = Guid.NewGuid().ToString("N");
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"1{unique[..12]}",
            ["timestamp"] = "2026-11-26T09:30:00.000Z",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject
            {
                ["id"] = $"29:user-{unique}",
                ["name"] = "Camille Martin",
                ["aadObjectId"] = Guid.NewGuid().ToString(),
            },
            ["conversation"] = new JsonObject
            {
                ["id"] = $"a:personal-{unique}",
                ["conversationType"] = "personal",
                ["tenantId"] = DemoTenant,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Switchboard" },
            ["locale"] = locale,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoTenant } },
        };
        complete(activity);
        return activity;
    }
}
