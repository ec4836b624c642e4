using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Conversations;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Dispatch;

/// <summary>
/// The gateway as the host wires it (real SDK connector client, real SQLite address book) against the fake Bot
/// Connector on loopback: what goes over the wire, and how each answer of the connector is classified.
/// </summary>
public sealed class BotConnectorGatewayTests(SwitchboardApp app) : IClassFixture<SwitchboardApp>
{
    private const string Tenant = TeamsActivities.DemoTenant;

    private const string CardJson =
        """{"type":"AdaptiveCard","version":"1.5","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","body":[{"type":"TextBlock","text":"Due 2026-11-26T10:00:00Z, \"quoted\" é 🚀","wrap":true}],"actions":[{"type":"Action.Execute","verb":"accept","data":{"requestId":"0193","weight":1.50}}]}""";

    private IConversationGateway Gateway => app.Services.GetRequiredService<IConversationGateway>();

    [Fact]
    public async Task SendAsync_UserWithoutAddress_CreatesTheConversationWithTheTenantThenSendsTheCard()
    {
        var user = new UserRecipient(Tenant, Guid.NewGuid().ToString());
        var createdBefore = app.Connector.CreateConversationCalls.Count;

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "You have a request", CardJson, "offer:x", "New request"), CancellationToken.None);

        var delivered = Assert.IsType<DeliveryResult.Delivered>(result);
        var create = Assert.Single(app.Connector.CreateConversationCalls.Skip(createdBefore), c => c.Body.Contains(user.AadObjectId, StringComparison.Ordinal));
        var body = create.Json;
        Assert.Equal(Tenant, body.GetProperty("tenantId").GetString());
        Assert.Equal(Tenant, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        var member = Assert.Single(body.GetProperty("members").EnumerateArray());
        Assert.Equal(user.AadObjectId, member.GetProperty("id").GetString());
        Assert.Equal(user.AadObjectId, member.GetProperty("aadObjectId").GetString());
        Assert.StartsWith("28:", body.GetProperty("bot").GetProperty("id").GetString(), StringComparison.Ordinal);

        var send = Assert.Single(app.Connector.CallsFor(delivered.ConversationId));
        Assert.Equal(("POST", $"/v3/conversations/{delivered.ConversationId}/activities"), (send.Method, send.Path));
        var activity = JsonNode.Parse(send.Body)!;
        Assert.Equal("message", activity["type"]!.GetValue<string>());
        Assert.Equal("You have a request", activity["text"]!.GetValue<string>());
        Assert.Equal("New request", activity["summary"]!.GetValue<string>());
        Assert.Equal(Tenant, activity["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CardJson), attachment["content"]), attachment["content"]!.ToJsonString());

        Assert.Equal(app.Connector.ServiceUrl, delivered.ServiceUrl);
        Assert.False(string.IsNullOrEmpty(delivered.ActivityId));
        var stored = await app.AddressBook.FindAsync(Tenant, user.AadObjectId, CancellationToken.None);
        Assert.Equal(delivered.ConversationId, stored?.ConversationId);

        // The conversation is known now: a second message goes straight to it.
        Assert.IsType<DeliveryResult.Delivered>(await Gateway.SendAsync(new OutgoingActivity(user, "Again", null, null, null), CancellationToken.None));
        Assert.Single(app.Connector.CreateConversationCalls, c => c.Body.Contains(user.AadObjectId, StringComparison.Ordinal));
        Assert.Equal(2, app.Connector.CallsFor(delivered.ConversationId).Count);
    }

    [Fact]
    public async Task SendAsync_UserWithStoredAddress_SendsToThatConversationWithoutCreatingOne()
    {
        var (user, conversationId) = await KnownUserAsync();
        var createdBefore = app.Connector.CreateConversationCalls.Count;

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        var delivered = Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal(conversationId, delivered.ConversationId);
        Assert.Equal(createdBefore, app.Connector.CreateConversationCalls.Count);
        Assert.Null(JsonNode.Parse(Assert.Single(app.Connector.CallsFor(conversationId)).Body)!["attachments"]);
    }

    [Fact]
    public async Task SendAsync_Channel_PostsIntoTheChannelConversationWithTheTenant()
    {
        var channelId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var channel = new ChannelRecipient(Tenant, "team-1", channelId);

        var result = await Gateway.SendAsync(new OutgoingActivity(channel, null, CardJson, null, "A request for your team"), CancellationToken.None);

        Assert.Equal(channelId, Assert.IsType<DeliveryResult.Delivered>(result).ConversationId);
        var post = Assert.Single(app.Connector.CallsFor(channelId));
        Assert.Equal("POST", post.Method);
        var channelData = JsonNode.Parse(post.Body)!["channelData"]!;
        Assert.Equal(Tenant, channelData["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(channelId, channelData["channel"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateAsync_SentActivity_ReplacedInPlaceByItsId()
    {
        var (user, conversationId) = await KnownUserAsync();
        var original = new SentActivity("status:1", conversationId, "1:activity-42", app.Connector.ServiceUrl);

        var result = await Gateway.UpdateAsync(new OutgoingActivity(user, "Accepted by Alice", CardJson, "status:1", null), original, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered(conversationId, "1:activity-42", app.Connector.ServiceUrl), result);
        var put = Assert.Single(app.Connector.CallsFor(conversationId));
        Assert.Equal(("PUT", $"/v3/conversations/{conversationId}/activities/1:activity-42"), (put.Method, put.Path));
        Assert.Equal("Accepted by Alice", JsonNode.Parse(put.Body)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_Throttled_TransientWithTheRetryAfterAndNoRetryOfItsOwn()
    {
        var (user, conversationId) = await KnownUserAsync();
        app.Connector.Inject(call => call.Path.Contains(conversationId, StringComparison.Ordinal), ConnectorFault.Error(429, retryAfter: "7"));

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(7), transient.RetryAfter);
        Assert.StartsWith("429", transient.Reason, StringComparison.Ordinal);
        Assert.Single(app.Connector.CallsFor(conversationId));
    }

    [Fact]
    public async Task SendAsync_ThrottledWithAnHttpDate_TransientUntilThatDate()
    {
        var (user, conversationId) = await KnownUserAsync();
        var until = DateTimeOffset.UtcNow.AddSeconds(30);
        app.Connector.Inject(call => call.Path.Contains(conversationId, StringComparison.Ordinal), ConnectorFault.Error(429, retryAfter: until.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.InRange(Assert.IsType<DeliveryResult.Transient>(result).RetryAfter!.Value.TotalSeconds, 25, 30);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendAsync_TransientStatus_TransientAfterOneCall(int status)
    {
        var (user, conversationId) = await KnownUserAsync();
        app.Connector.Inject(call => call.Path.Contains(conversationId, StringComparison.Ordinal), ConnectorFault.Error(status));

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.Null(Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
        Assert.Single(app.Connector.CallsFor(conversationId));
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "NotFound")]
    public async Task SendAsync_RefusedByTeams_RefusedWithTheTeamsErrorCode(int status, string code)
    {
        var (user, conversationId) = await KnownUserAsync();
        app.Connector.Inject(call => call.Path.Contains(conversationId, StringComparison.Ordinal), ConnectorFault.Error(status, code));

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.StartsWith($"{status} {code}", Assert.IsType<DeliveryResult.Refused>(result).Reason, StringComparison.Ordinal);
        Assert.Single(app.Connector.CallsFor(conversationId));
    }

    [Fact]
    public async Task SendAsync_ConversationCannotBeCreated_RefusedAndNoAddressStored()
    {
        var user = new UserRecipient(Tenant, Guid.NewGuid().ToString());
        app.Connector.Inject(call => call.Body.Contains(user.AadObjectId, StringComparison.Ordinal), ConnectorFault.Error(403, "BotNotInConversationRoster"));

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.IsType<DeliveryResult.Refused>(result);
        Assert.Null(await app.AddressBook.FindAsync(Tenant, user.AadObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinTheTimeout_OutcomeUnknown()
    {
        var (user, conversationId) = await KnownUserAsync();
        app.Connector.Inject(call => call.Path.Contains(conversationId, StringComparison.Ordinal), ConnectorFault.HangForever());
        var clock = Stopwatch.StartNew();

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.IsType<DeliveryResult.Unknown>(result);
        Assert.True(clock.Elapsed >= SwitchboardApp.SendTimeout - TimeSpan.FromMilliseconds(50), $"gave up after {clock.Elapsed}");
        Assert.Single(app.Connector.CallsFor(conversationId));
    }

    [Fact]
    public async Task SendAsync_ConnectionClosedAfterTheRequest_OutcomeUnknown()
    {
        var (user, conversationId) = await KnownUserAsync();
        app.Connector.Inject(call => call.Path.Contains(conversationId, StringComparison.Ordinal), ConnectorFault.CloseConnection());

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.IsType<DeliveryResult.Unknown>(result);
    }

    [Fact]
    public async Task SendAsync_ConnectorRefusesTheConnection_TransientBecauseNothingWasSent()
    {
        var closed = ClosedLoopbackUrl();
        var (user, _) = await KnownUserAsync(closed);

        var result = await Gateway.SendAsync(new OutgoingActivity(user, "Hello", null, null, null), CancellationToken.None);

        Assert.Contains("unreachable", Assert.IsType<DeliveryResult.Transient>(result).Reason, StringComparison.Ordinal);
    }

    private async Task<(UserRecipient User, string ConversationId)> KnownUserAsync(Uri? serviceUrl = null)
    {
        var aad = Guid.NewGuid().ToString();
        var conversationId = $"a:known-{Guid.NewGuid():N}";
        await app.AddressBook.SaveAsync(
            new ConversationAddress(aad, Tenant, serviceUrl ?? app.Connector.ServiceUrl, conversationId, $"29:{aad}", TeamsActivities.BotId, "en-US", DateTimeOffset.UtcNow),
            CancellationToken.None);
        return (new UserRecipient(Tenant, aad), conversationId);
    }

    /// <summary>A loopback address where nothing listens: the port was just free and is closed again.</summary>
    private static Uri ClosedLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
