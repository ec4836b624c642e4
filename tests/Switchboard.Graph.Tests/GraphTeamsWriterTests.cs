using Microsoft.Extensions.Logging.Abstractions;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Graph.Tests;

/// <summary>The Graph writes through the real SDK against the fake Graph server: what is sent, and how answers map to delivery results.</summary>
public sealed class GraphTeamsWriterTests
{
    private const string CatalogAppId = "9d3c1f7a-5b2e-4c8d-a1f0-7e6b5a4c3d2e";

    [Fact]
    public async Task WriteAsync_InstallForANewUser_PostsTheCatalogAppOnceAndIsDelivered()
    {
        await using var bed = await StartAsync();
        var user = FakeTenantGenerator.UserId(1);

        var result = await Writer(bed).WriteAsync(Install(user, bed), CancellationToken.None);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal(CatalogAppId, bed.Server.UserInstallations[user]);
        var call = Assert.Single(bed.Server.Requests);
        Assert.Equal(("POST", $"/users/{user}/teamwork/installedApps", 201), (call.Method, call.Path, call.Status));
    }

    [Fact]
    public async Task WriteAsync_AppAlreadyInstalled_The409CountsAsInstalled()
    {
        await using var bed = await StartAsync();
        var user = FakeTenantGenerator.UserId(2);
        bed.Server.InstallAppFor(user, CatalogAppId);

        var result = await Writer(bed).WriteAsync(Install(user, bed), CancellationToken.None);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal(409, Assert.Single(bed.Server.Requests).Status);
    }

    [Fact]
    public async Task WriteAsync_Throttled_IsTransientWithRetryAfterAndNotRetriedBehindTheDispatchersBack()
    {
        await using var bed = await StartAsync();
        var user = FakeTenantGenerator.UserId(3);
        bed.Server.AddFault(new FakeFault { When = r => r.Path.EndsWith("/installedApps", StringComparison.Ordinal), Status = 429, RetryAfterSeconds = 7 });

        var result = await Writer(bed).WriteAsync(Install(user, bed), CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(7), transient.RetryAfter);
        Assert.Single(bed.Server.Requests);
    }

    [Theory]
    [InlineData(503, true)]
    [InlineData(500, true)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public async Task WriteAsync_GraphAnswersAnError_MapsItLikeTheConnectorGateway(int status, bool transient)
    {
        await using var bed = await StartAsync();
        var user = FakeTenantGenerator.UserId(4);
        bed.Server.AddFault(new FakeFault { When = r => r.Path.EndsWith("/installedApps", StringComparison.Ordinal), Status = status, Code = "Injected" });

        var result = await Writer(bed).WriteAsync(Install(user, bed), CancellationToken.None);

        if (transient)
        {
            Assert.IsType<DeliveryResult.Transient>(result);
        }
        else
        {
            var refused = Assert.IsType<DeliveryResult.Refused>(result);
            Assert.Contains($"{status} Injected", refused.Reason, StringComparison.Ordinal);
            Assert.Equal(status == 403, refused.Reason.Contains(GraphTeamsWriter.InstallForUserPermission, StringComparison.Ordinal));
        }

        Assert.Single(bed.Server.Requests);
    }

    [Fact]
    public async Task WriteAsync_CreateChatTwice_OpensOneOneOnOneChatWithTheAppInstalledAndAnswersItsId()
    {
        await using var bed = await StartAsync();
        var (first, second) = (FakeTenantGenerator.UserId(1), FakeTenantGenerator.UserId(2));
        var write = Message(OutboxMessageKind.GraphWrite, new CreateChatWrite(bed.Options.TenantId!, [first, second], null).ToJson());

        var created = Assert.IsType<DeliveryResult.Delivered>(await Writer(bed).WriteAsync(write, CancellationToken.None));
        var again = Assert.IsType<DeliveryResult.Delivered>(await Writer(bed).WriteAsync(write, CancellationToken.None));

        var chat = Assert.Single(bed.Server.Chats);
        Assert.Equal(("oneOnOne", chat.Id, chat.Id), (chat.ChatType, created.ConversationId, again.ConversationId));
        Assert.Equal([first, second], chat.Members);
        Assert.Equal(CatalogAppId, bed.Server.ChatInstallations[chat.Id]);
        Assert.Equal(
            [("/chats", 201), ($"/chats/{chat.Id}/installedApps", 201), ("/chats", 201), ($"/chats/{chat.Id}/installedApps", 409)],
            bed.Server.Requests.OrderBy(r => r.Sequence).Select(r => (r.Path, r.Status)).ToList());
    }

    [Fact]
    public void Constructor_WithoutTheCatalogAppId_SaysWhichSettingIsMissing()
    {
        var options = new GraphOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" };
        using var client = GraphServiceClientFactory.CreateClient(new FakeTokenCredential(), options, new GraphTraffic());

        var error = Assert.Throws<InvalidOperationException>(() => new GraphTeamsWriter(client, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<GraphTeamsWriter>.Instance));

        Assert.Contains("Switchboard:Graph:TeamsAppCatalogId", error.Message, StringComparison.Ordinal);
    }

    private static Task<GraphTestBed> StartAsync() =>
        GraphTestBed.StartAsync(FakeTenantGenerator.Generate(5), options => options.TeamsAppCatalogId = CatalogAppId);

    private static GraphTeamsWriter Writer(GraphTestBed bed) =>
        new(bed.Client, Microsoft.Extensions.Options.Options.Create(bed.Options), TimeProvider.System, NullLogger<GraphTeamsWriter>.Instance);

    private static OutboxMessage Install(string user, GraphTestBed bed) =>
        Message(OutboxMessageKind.InstallApp, new OutgoingActivity(new UserRecipient(bed.Options.TenantId!, user), "hello", null, null, null).ToJson());

    private static OutboxMessage Message(OutboxMessageKind kind, string payload) =>
        OutboxMessage.Create("graph-test", kind, payload, null, TimeProvider.System);
}
