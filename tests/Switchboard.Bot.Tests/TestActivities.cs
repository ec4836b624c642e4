using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Switchboard.Bot.Tests;

/// <summary>Teams activities as the adapter hands them to middleware and the bot.</summary>
internal static class TestActivities
{
    public const string AllowedTenant = "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f";
    public const string OtherTenant = "0f0e0d0c-0b0a-4909-8807-060504030201";
    public const string BotId = "28:switchboard-bot";
    public const string UserId = "29:user-camille";
    public const string UserAadObjectId = "7d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

    public static Activity Personal(string type, string tenant = AllowedTenant, string? locale = "en-US")
    {
        var activity = new Activity(type)
        {
            Id = "1700000000001",
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            From = new ChannelAccount(UserId, "Camille Martin") { AadObjectId = UserAadObjectId },
            Recipient = new ChannelAccount(BotId, "Switchboard"),
            Conversation = new ConversationAccount(id: "a:personal-1", conversationType: "personal", tenantId: tenant),
            Locale = locale,
        };

        // Over the wire channelData arrives as JSON, which is how the SDK hands it to us.
        activity.ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(tenant) });
        return activity;
    }

    public static TurnContext ContextFor(TestAdapter adapter, Activity activity) => new(adapter, activity);
}
