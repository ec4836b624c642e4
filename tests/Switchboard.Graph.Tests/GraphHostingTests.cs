using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Dispatch;
using Switchboard.Graph.FakeServer;

namespace Switchboard.Graph.Tests;

public sealed class GraphHostingTests
{
    [Fact]
    public void AddSwitchboardGraph_NoCredentials_RegistersNothing()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Switchboard:Graph:TenantId"] = "contoso" });

        builder.AddSwitchboardGraph();

        Assert.DoesNotContain(builder.Services, d => d.ImplementationType == typeof(GraphSyncService));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(GraphDirectorySynchronizer));
    }

    [Fact]
    public async Task AddSwitchboardGraph_Configured_RunsAFullSyncAtStartAndActivatesIt()
    {
        var tenant = FakeTenantGenerator.Generate(12);
        await using var server = await FakeGraphServer.StartAsync(tenant);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Switchboard:Graph:TenantId"] = tenant.TenantId,
            ["Switchboard:Graph:ClientId"] = "app",
            ["Switchboard:Graph:ClientSecret"] = "secret",
            ["Switchboard:Graph:BaseUrl"] = server.BaseUrl,
            ["Switchboard:Graph:BetaBaseUrl"] = server.BetaBaseUrl,
        });
        builder.Services.AddSingleton<TokenCredential>(new FakeTokenCredential());

        builder.AddSwitchboardGraph();
        using var host = builder.Build();
        await host.StartAsync();
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (directory.Current is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await host.StopAsync();

        Assert.Equal(12, directory.Current?.Users.Count);
        Assert.Equal(GraphDirectorySynchronizer.SourceName, directory.Source);
        Assert.Contains(host.Services.GetServices<IDirectorySnapshotSource>(), s => s is GraphDirectorySource);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("4f1c9e2a-7d3b-4a6e-9c0d-2b8e5f7a1c3d", true)]
    public void AddSwitchboardGraph_Configured_RegistersTheGraphWriterOnlyWithTheAppsCatalogId(string? catalogId, bool registered)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Switchboard:Graph:TenantId"] = "contoso",
            ["Switchboard:Graph:ClientId"] = "app",
            ["Switchboard:Graph:ClientSecret"] = "secret",
            ["Switchboard:Graph:TeamsAppCatalogId"] = catalogId,
        });

        builder.AddSwitchboardGraph();

        Assert.Equal(registered, builder.Services.Any(d => d.ServiceType == typeof(IGraphWriter) && d.ImplementationType == typeof(GraphTeamsWriter)));
    }

    [Fact]
    public void GraphOptions_IsConfigured_NeedsTenantAppAndCredentialOrManagedIdentity()
    {
        Assert.False(new GraphOptions { TenantId = "t", ClientId = "c" }.IsConfigured);
        Assert.True(new GraphOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" }.IsConfigured);
        Assert.True(new GraphOptions { TenantId = "t", ClientId = "c", CertificatePath = "app.pfx" }.IsConfigured);
        Assert.True(new GraphOptions { UseManagedIdentity = true }.IsConfigured);
    }
}
