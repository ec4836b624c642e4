using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Switchboard.DemoCompany;
using Switchboard.Domain.Dispatch;
using Switchboard.Graph;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// The conversation host with Graph writes: the real <see cref="GraphTeamsWriter"/> and Graph SDK against a fake Graph
/// on loopback serving the demo company, registered as the host registers it when Graph is configured with the app's
/// catalog id. The directory still comes from the embedded demo company, so routing is the same as without Graph.
/// </summary>
public sealed class GraphConversationHost(bool groupChatOnAccept = false) : ConversationHost
{
    public const string CatalogAppId = "4f1c9e2a-7d3b-4a6e-9c0d-2b8e5f7a1c3d";

    private Microsoft.Graph.GraphServiceClient? _client;

    public FakeGraphServer Graph { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync(DemoCompanyGenerator.Generate(Start));
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Switchboard:Conversations:GroupChatOnAccept", groupChatOnAccept ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<IGraphWriter>(_ =>
        {
            var options = new GraphOptions
            {
                TenantId = Infrastructure.TeamsActivities.DemoTenant,
                ClientId = "11111111-2222-3333-4444-555555555555",
                ClientSecret = "not-used-the-credential-is-fake",
                BaseUrl = Graph.BaseUrl,
                BetaBaseUrl = Graph.BetaBaseUrl,
                TeamsAppCatalogId = CatalogAppId,
            };
            _client = GraphServiceClientFactory.CreateClient(new FakeTokenCredential(), options, new GraphTraffic());
            return new GraphTeamsWriter(_client, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<GraphTeamsWriter>.Instance);
        }));
    }

    protected override async ValueTask DisposeFakesAsync()
    {
        _client?.Dispose();
        await Graph.DisposeAsync();
    }
}
