using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Tab;

/// <summary>When the tenant's signing keys cannot be read, no token can be checked: a 401 that says so.</summary>
public sealed class TabMetadataTests
{
    [Fact]
    public async Task Report_MetadataUnreachable_401MetadataUnavailable()
    {
        await using var entra = await FakeEntraId.StartAsync(TeamsActivities.DemoTenant);
        using var data = new TestDataFolder();
        var settings = new Dictionary<string, string?>(entra.TabSettings)
        {
            ["Switchboard:Tab:MetadataAddress"] = $"http://127.0.0.1:{ClosedPort()}/{TeamsActivities.DemoTenant}/v2.0/.well-known/openid-configuration",
        };
        await using var app = SwitchboardApp.Instance(data, settings);
        await app.InitializeAsync();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/api/report?period=2026-11");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", entra.Mint(TabHost.Helene.Id));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("metadata_unavailable", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    /// <summary>A loopback port nothing listens on: taken, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
