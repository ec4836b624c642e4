using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Moq;
using Switchboard.Domain.Conversations;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests;

/// <summary>POST /api/messages through the real CloudAdapter, answered to a fake Bot Connector on loopback.</summary>
public sealed class BotEndpointTests(SwitchboardApp app) : IClassFixture<SwitchboardApp>
{
    private const int ActivityRejectedEventId = 1001;

    [Fact]
    public async Task PostMessage_FromAllowedTeamsTenant_RepliesToTheConnectorWithinASecond()
    {
        using var client = app.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl, text: "help");
        var conversationId = TeamsActivities.ConversationId(message);

        var sentAt = app.Connector.Now;
        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(app.Connector.CallsFor(conversationId));
        Assert.True(call.ReceivedAt - sentAt < TimeSpan.FromSeconds(1), $"The reply took {call.ReceivedAt - sentAt}.");
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{conversationId}/activities/{TeamsActivities.Id(message)}", call.Path);
        Assert.False(call.HasAuthorization, "With authentication disabled the bot sends no token.");

        var reply = call.Json;
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal(TeamsActivities.Id(message), reply.GetProperty("replyToId").GetString());
        Assert.Equal(conversationId, reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(message["from"]!["id"]!.GetValue<string>(), reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.BotId, reply.GetProperty("from").GetProperty("id").GetString());
        Assert.StartsWith("To ask for help, describe what you need", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostConversationUpdate_BotAddedToPersonalChat_GreetsInEnglish()
    {
        using var client = app.CreateClient();
        var update = TeamsActivities.BotAddedToPersonalChat(app.Connector.ServiceUrl, locale: "en-GB");

        using var response = await TeamsActivities.PostAsync(client, update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Assert.Single(app.Connector.CallsFor(TeamsActivities.ConversationId(update))).Json.GetProperty("text").GetString()!;
        var lines = text.Split("\n\n");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Hi, I'm Switchboard.", lines[0], StringComparison.Ordinal);
        Assert.Contains("right person or team", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Just write your request here", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostConversationUpdate_FrenchLocale_GreetsInFrench()
    {
        using var client = app.CreateClient();
        var update = TeamsActivities.BotAddedToPersonalChat(app.Connector.ServiceUrl, locale: "fr-FR");

        using var response = await TeamsActivities.PostAsync(client, update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(app.Connector.CallsFor(TeamsActivities.ConversationId(update))).Json;
        var lines = reply.GetProperty("text").GetString()!.Split("\n\n");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Bonjour, je suis Switchboard.", lines[0], StringComparison.Ordinal);
        Assert.Contains("la bonne personne ou la bonne équipe", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Écrivez simplement votre demande ici", lines[1], StringComparison.Ordinal);
        Assert.Equal("fr", reply.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task PostInstallationUpdate_AddInPersonalScope_Greets()
    {
        using var client = app.CreateClient();
        var install = TeamsActivities.AppInstalledInPersonalScope(app.Connector.ServiceUrl);

        using var response = await TeamsActivities.PostAsync(client, install);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(app.Connector.CallsFor(TeamsActivities.ConversationId(install))).Json;
        Assert.StartsWith("Hi, I'm Switchboard.", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostConversationUpdate_OnlyTheUserAdded_DoesNotGreet()
    {
        using var client = app.CreateClient();
        var update = TeamsActivities.BotAddedToPersonalChat(app.Connector.ServiceUrl);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = update["from"]!["id"]!.GetValue<string>() });

        using var response = await TeamsActivities.PostAsync(client, update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Connector.CallsFor(TeamsActivities.ConversationId(update)));
    }

    [Fact]
    public async Task PostMessage_InPersonalChat_RecordsTheConversationAddress()
    {
        using var client = app.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl, locale: "fr-CA");

        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var address = await app.AddressBook.FindAsync(TeamsActivities.DemoTenant, TeamsActivities.UserAadObjectId(message), CancellationToken.None);
        Assert.NotNull(address);
        Assert.Equal(TeamsActivities.ConversationId(message), address.ConversationId);
        Assert.Equal(TeamsActivities.DemoTenant, address.TenantId);
        Assert.Equal(app.Connector.ServiceUrl, address.ServiceUrl);
        Assert.Equal(message["from"]!["id"]!.GetValue<string>(), address.ChannelAccountId);
        Assert.Equal(TeamsActivities.BotId, address.BotId);
        Assert.Equal("fr-CA", address.Locale);
    }

    [Fact]
    public async Task PostMessage_FromNonTeamsChannel_IsDroppedAndLoggedAsASecurityEvent()
    {
        using var client = app.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl);
        message["channelId"] = "slack";

        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeverReachedTheBot(message);
        var securityEvent = Assert.Single(RejectionsOf(message));
        Assert.Equal(LogLevel.Warning, securityEvent.Level);
        Assert.Equal("NotTeamsChannel", securityEvent.Values["Reason"]?.ToString());
        Assert.Equal("slack", securityEvent.Values["ChannelId"]);
        Assert.Equal(TeamsActivities.DemoTenant, securityEvent.Values["TenantId"]);
        Assert.Equal("message", securityEvent.Values["ActivityType"]);
    }

    [Fact]
    public async Task PostMessage_FromForeignTenant_IsDropped()
    {
        using var client = app.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl);
        message["channelData"]!["tenant"]!["id"] = TeamsActivities.ForeignTenant;
        message["conversation"]!["tenantId"] = TeamsActivities.ForeignTenant;

        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeverReachedTheBot(message);
        var securityEvent = Assert.Single(RejectionsOf(message));
        Assert.Equal("TenantNotAllowed", securityEvent.Values["Reason"]?.ToString());
        Assert.Equal(TeamsActivities.ForeignTenant, securityEvent.Values["TenantId"]);
    }

    [Fact]
    public async Task PostConversationUpdate_FromForeignTenant_DoesNotGreet()
    {
        using var client = app.CreateClient();
        var update = TeamsActivities.BotAddedToPersonalChat(app.Connector.ServiceUrl);
        update["channelData"]!["tenant"]!["id"] = TeamsActivities.ForeignTenant;
        update["conversation"]!.AsObject().Remove("tenantId");

        using var response = await TeamsActivities.PostAsync(client, update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeverReachedTheBot(update);
    }

    [Fact]
    public async Task PostMessage_ChannelDataAndConversationTenantsDisagree_IsDropped()
    {
        using var client = app.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl);
        message["conversation"]!["tenantId"] = TeamsActivities.ForeignTenant;

        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeverReachedTheBot(message);
        Assert.Equal("TenantMismatch", Assert.Single(RejectionsOf(message)).Values["Reason"]?.ToString());
    }

    [Fact]
    public async Task PostMessage_WithoutTenantInChannelData_IsDropped()
    {
        using var client = app.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl);
        message.Remove("channelData");

        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeverReachedTheBot(message);
        Assert.Equal("MissingTenant", Assert.Single(RejectionsOf(message)).Values["Reason"]?.ToString());
    }

    [Fact]
    public async Task PostMessage_WhenTheTurnFails_LogsTheExceptionAndApologizesInTheUsersLanguage()
    {
        var failure = new InvalidOperationException("The address book is unreachable.");
        var addressBook = new Mock<IConversationAddressBook>();
        addressBook.Setup(book => book.SaveAsync(It.IsAny<ConversationAddress>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);
        await using var failing = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConversationAddressBook>();
            services.AddSingleton(addressBook.Object);
        }));
        using var client = failing.CreateClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl, locale: "fr-FR");

        using var response = await TeamsActivities.PostAsync(client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(app.Connector.CallsFor(TeamsActivities.ConversationId(message))).Json;
        Assert.StartsWith("Désolé, un problème est survenu", apology.GetProperty("text").GetString(), StringComparison.Ordinal);
        var logged = Assert.Single(app.Logs.Entries, entry => entry.EventId.Name == "TurnFailed" && Equals(entry.Values["ConversationId"], TeamsActivities.ConversationId(message)));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Same(failure, logged.Exception);
    }

    private void AssertNeverReachedTheBot(JsonObject activity)
    {
        var conversationId = TeamsActivities.ConversationId(activity);
        Assert.Empty(app.Connector.CallsFor(conversationId));
        Assert.Equal(0, app.CountStoredAddresses(conversationId));
    }

    // Tests share one host, so a test finds its own security event by the id of the activity it posted.
    private IEnumerable<CapturedLog> RejectionsOf(JsonObject activity) =>
        app.Logs.Entries.Where(entry =>
            entry.EventId.Id == ActivityRejectedEventId
            && Equals(entry.Values.GetValueOrDefault("ActivityId"), TeamsActivities.Id(activity)));
}
