using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;
using Switchboard.Host.Tests.Infrastructure;
using Switchboard.Storage;

namespace Switchboard.Host.Tests.Dispatch;

/// <summary>
/// The hosted dispatcher in the real host: outbox rows written with a state change reach the fake connector
/// exactly once, and a host that stops before sending, or after sending but before recording it, loses nothing.
/// </summary>
public sealed class OutboxDispatchEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly Dictionary<string, string?> DispatchOff = new() { ["Switchboard:Dispatch:Enabled"] = "false" };
    private static readonly Dictionary<string, string?> DispatchOn = new();

    [Fact]
    public async Task HostedDispatcher_OutboxRowStoredWithTheRequest_DeliveredToTheConnectorExactlyOnce()
    {
        await using var app = new SwitchboardApp();
        await app.InitializeAsync();
        var user = new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString());
        var message = await StoreWithNewRequestAsync(app, user, "Your request is with Alice");

        var conversationId = await WaitForConversationAsync(app, user);
        await WaitUntilAsync(async () => await StateAsync(app, message.Id) == nameof(OutboxState.Sent));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var send = Assert.Single(app.Connector.CallsFor(conversationId));
        Assert.Contains("Your request is with Alice", send.Body, StringComparison.Ordinal);
        Assert.Single(app.Connector.CreateConversationCalls, c => c.Body.Contains(user.AadObjectId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_HostStoppedBeforeSending_SentOnceByTheNextHost()
    {
        using var data = new TestDataFolder();
        await using var connector = await FakeBotConnector.StartAsync();
        var user = new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString());
        OutboxMessage message;
        await using (var stopped = SwitchboardApp.Instance(data, DispatchOff, connector))
        {
            await stopped.InitializeAsync();
            message = await StoreWithNewRequestAsync(stopped, user, "Stored, then the host stopped");
        }

        await using var restarted = SwitchboardApp.Instance(data, DispatchOn, connector);
        await restarted.InitializeAsync();
        var conversationId = await WaitForConversationAsync(restarted, user);
        await WaitUntilAsync(async () => await StateAsync(restarted, message.Id) == nameof(OutboxState.Sent));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Single(connector.CallsFor(conversationId));
    }

    [Fact]
    public async Task Restart_HostStoppedAfterSendingBeforeMarking_SentAgainOnceAndTheDuplicateLogged()
    {
        using var data = new TestDataFolder();
        await using var connector = await FakeBotConnector.StartAsync();
        var user = new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString());
        var lease = TimeSpan.FromSeconds(1);
        OutboxMessage message;
        await using (var crashed = SwitchboardApp.Instance(data, DispatchOff, connector))
        {
            await crashed.InitializeAsync();
            message = await StoreWithNewRequestAsync(crashed, user, "Sent, then the host died");

            // What a dispatcher does up to the moment it dies: claim, send, and nothing recorded.
            var claimed = Assert.Single(await crashed.Services.GetRequiredService<IOutbox>().ClaimDueAsync(10, lease, CancellationToken.None));
            var sent = await crashed.Services.GetRequiredService<IConversationGateway>().SendAsync(OutgoingActivity.FromJson(claimed.Payload), CancellationToken.None);
            Assert.IsType<DeliveryResult.Delivered>(sent);
        }

        await using var restarted = SwitchboardApp.Instance(data, DispatchOn, connector);
        await restarted.InitializeAsync();
        var conversationId = await WaitForConversationAsync(restarted, user);
        await WaitUntilAsync(async () => await StateAsync(restarted, message.Id) == nameof(OutboxState.Sent));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Equal(2, connector.CallsFor(conversationId).Count);
        var warning = Assert.Single(restarted.Logs.Entries, e => e.EventId.Id == 6007);
        Assert.Equal(message.Id.Value, warning.Values["MessageId"]);
        await using var db = await restarted.Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, (await db.OutboxMessages.SingleAsync(m => m.Id == message.Id.Value)).Attempts);
    }

    [Fact]
    public async Task HostedDispatcher_SendRefusedByABlockedUser_FailedForGoodAfterOneCall()
    {
        await using var app = new SwitchboardApp();
        await app.InitializeAsync();
        var user = new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString());
        app.Connector.Inject(call => call.Path.Contains("/activities", StringComparison.Ordinal) && call.Body.Contains("Blocked offer", StringComparison.Ordinal),
            ConnectorFault.Error(403, "ConversationBlockedByUser"));

        var message = await StoreWithNewRequestAsync(app, user, "Blocked offer");
        await WaitUntilAsync(async () => await StateAsync(app, message.Id) == nameof(OutboxState.FailedPermanently));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var conversationId = await WaitForConversationAsync(app, user);
        Assert.Single(app.Connector.CallsFor(conversationId));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
        Assert.StartsWith("403 ConversationBlockedByUser", (await db.OutboxMessages.SingleAsync(m => m.Id == message.Id.Value)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostedDispatcher_ConnectorNeverAnswers_OutcomeUnknownRecordedAndLoggedWithoutRetry()
    {
        await using var app = new SwitchboardApp();
        await app.InitializeAsync();
        var user = new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString());
        app.Connector.Inject(call => call.Path.Contains("/activities", StringComparison.Ordinal) && call.Body.Contains("Lost in transit", StringComparison.Ordinal),
            ConnectorFault.HangForever());

        var message = await StoreWithNewRequestAsync(app, user, "Lost in transit");
        await WaitUntilAsync(async () => await StateAsync(app, message.Id) == nameof(OutboxState.Unknown));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var conversationId = await WaitForConversationAsync(app, user);
        Assert.Single(app.Connector.CallsFor(conversationId));
        var warning = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 6006 && Equals(e.Values["MessageId"], message.Id.Value));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
    }

    [Fact]
    public async Task HostedDispatcher_ConnectorDownThenBack_MessageStaysQueuedAndIsDeliveredOnceWhenItReturns()
    {
        using var data = new TestDataFolder();
        var first = await FakeBotConnector.StartAsync();
        var port = first.ServiceUrl.Port;
        var fastRetries = new Dictionary<string, string?> { ["Switchboard:Dispatch:BackoffBase"] = "00:00:00.100", ["Switchboard:Dispatch:BackoffMax"] = "00:00:00.300" };
        await using var app = SwitchboardApp.Instance(data, fastRetries, first);
        await app.InitializeAsync();

        // The connector goes away: every call is refused at the TCP level.
        await first.DisposeAsync();
        var user = new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString());
        var message = await StoreWithNewRequestAsync(app, user, "Queued while the connector was down");
        await WaitUntilAsync(async () => await AttemptsAsync(app, message.Id) >= 3);
        Assert.Equal(nameof(OutboxState.Pending), await StateAsync(app, message.Id));

        // It comes back on the same address, and answers 503 then 502 before it really works.
        await using var back = await FakeBotConnector.StartAsync(port);
        back.Inject(_ => true, ConnectorFault.Error(503, retryAfter: "0"));
        back.Inject(_ => true, ConnectorFault.Error(502));
        await WaitUntilAsync(async () => await StateAsync(app, message.Id) == nameof(OutboxState.Sent));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var conversationId = await WaitForConversationAsync(app, user);
        var delivered = back.CallsFor(conversationId);
        Assert.Single(delivered);
        Assert.Contains("Queued while the connector was down", delivered[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostedDispatcher_OneSendHangs_AMessageToSomeoneElseGoesOutMeanwhile()
    {
        await using var app = new SwitchboardApp();
        await app.InitializeAsync();
        app.Connector.Inject(call => call.Path.Contains("/activities", StringComparison.Ordinal) && call.Body.Contains("Hangs until", StringComparison.Ordinal),
            ConnectorFault.HangForever());
        var hanging = await StoreWithNewRequestAsync(app, new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString()), "Hangs until the send timeout");
        await WaitUntilAsync(() => Task.FromResult(app.Connector.Calls.Any(c => c.Body.Contains("Hangs until", StringComparison.Ordinal))));

        // Found by the load run: one round waited for its slowest send, so nothing else left until the timeout.
        var meanwhile = await StoreWithNewRequestAsync(app, new UserRecipient(TeamsActivities.DemoTenant, Guid.NewGuid().ToString()), "Goes out meanwhile");
        await WaitUntilAsync(async () => await StateAsync(app, meanwhile.Id) == nameof(OutboxState.Sent));

        Assert.Equal(nameof(OutboxState.Pending), await StateAsync(app, hanging.Id));
        await WaitUntilAsync(async () => await StateAsync(app, hanging.Id) == nameof(OutboxState.Unknown));
    }

    /// <summary>A new request and its first outbox message, saved in one transaction as the conversation layer does.</summary>
    private static async Task<OutboxMessage> StoreWithNewRequestAsync(SwitchboardApp app, UserRecipient to, string text)
    {
        var request = SupportRequest.Create(RequestId.New(), new UserId(to.AadObjectId), text, TimeProvider.System);
        var payload = new OutgoingActivity(to, text, null, $"status:{request.Id}", null).ToJson();
        var message = OutboxMessage.Create(to.ConversationKey, OutboxMessageKind.Send, payload, request.Id, TimeProvider.System);
        var saved = await app.Services.GetRequiredService<IRequestStore>().SaveAsync(request, [message], null, CancellationToken.None);
        Assert.True(saved.Saved);
        return message;
    }

    private static async Task<string> WaitForConversationAsync(SwitchboardApp app, UserRecipient user)
    {
        string? conversationId = null;
        await WaitUntilAsync(async () =>
        {
            conversationId = (await app.AddressBook.FindAsync(user.TenantId, user.AadObjectId, CancellationToken.None))?.ConversationId;
            return conversationId is not null;
        });
        return conversationId!;
    }

    private static async Task<int> AttemptsAsync(SwitchboardApp app, OutboxMessageId id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.Where(m => m.Id == id.Value).Select(m => m.Attempts).SingleOrDefaultAsync();
    }

    private static async Task<string?> StateAsync(SwitchboardApp app, OutboxMessageId id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.Where(m => m.Id == id.Value).Select(m => m.State).SingleOrDefaultAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), timeout.Token);
        }
    }
}
