using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Switchboard.Domain.Directory;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Graph.Tests;

/// <summary>The real Graph SDK pointed at a fake Graph server on loopback, with the sync's own classes on top.</summary>
internal sealed class GraphTestBed : IAsyncDisposable
{
    private GraphTestBed(FakeGraphServer server, GraphOptions options)
    {
        Server = server;
        Options = options;
        Client = GraphServiceClientFactory.CreateClient(Credential, options, Traffic);
        Reader = new GraphDirectoryReader(Client, Microsoft.Extensions.Options.Options.Create(options), Traffic, TimeProvider.System, NullLogger<GraphDirectoryReader>.Instance);
        Synchronizer = new GraphDirectorySynchronizer(Reader, Directory, DeltaLinks, Microsoft.Extensions.Options.Options.Create(options), NullLogger<GraphDirectorySynchronizer>.Instance);
    }

    public FakeGraphServer Server { get; }

    public GraphOptions Options { get; }

    public FakeTokenCredential Credential { get; } = new();

    public GraphTraffic Traffic { get; } = new();

    public GraphServiceClient Client { get; }

    public GraphDirectoryReader Reader { get; }

    public InMemoryPeopleDirectory Directory { get; } = new();

    public InMemoryDeltaLinkStore DeltaLinks { get; } = new();

    public GraphDirectorySynchronizer Synchronizer { get; }

    public static async Task<GraphTestBed> StartAsync(DirectorySnapshot tenant, Action<GraphOptions>? configure = null)
    {
        var server = await FakeGraphServer.StartAsync(tenant);
        var options = new GraphOptions
        {
            TenantId = tenant.TenantId,
            ClientId = "11111111-2222-3333-4444-555555555555",
            ClientSecret = "not-used-the-credential-is-fake",
            BaseUrl = server.BaseUrl,
            BetaBaseUrl = server.BetaBaseUrl,
        };
        configure?.Invoke(options);
        return new GraphTestBed(server, options);
    }

    public async ValueTask DisposeAsync()
    {
        Synchronizer.Dispose();
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
