using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Directory;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Tab;

/// <summary>The development sign-in lets people try the tab outside Teams, in Development only.</summary>
public sealed class TabDevelopmentSignInTests
{
    [Fact]
    public async Task Start_ProductionWithDevelopmentSignIn_RefusesToStartNamingTheSetting()
    {
        var (exitCode, stderr) = await StartupSafetyTests.RunProductionHostWithAsync("Switchboard:Tab:DevelopmentSignIn", "true");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Switchboard cannot start:", stderr, StringComparison.Ordinal);
        Assert.Contains("Switchboard:Tab:DevelopmentSignIn is true in the Production environment", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Production_DoesNotExist()
    {
        using var data = new TestDataFolder();
        await using var factory = ProductionHost.Create(data);
        using var client = factory.CreateClient();

        using var signIn = await client.GetAsync($"/tab/dev/sign-in?user={TabHost.Helene.Id}");
        using var shell = await client.GetAsync("/tab/reports");

        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Contains("data-development-sign-in=\"false\"", await shell.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DevelopmentWithTheSetting_GivesATokenTheReportApiAccepts()
    {
        using var data = new TestDataFolder();
        await using var app = SwitchboardApp.Instance(data, new Dictionary<string, string?> { ["Switchboard:Tab:DevelopmentSignIn"] = "true" });
        await app.InitializeAsync();
        var directory = app.Services.GetRequiredService<IPeopleDirectory>();
        for (var waited = 0; directory.Current is null && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        using var client = app.CreateClient();
        using var signIn = await client.GetAsync($"/tab/dev/sign-in?user={TabHost.Helene.Id}");
        var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/api/report?period=2026-11");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var report = await client.SendAsync(request);
        using var shell = await client.GetAsync("/tab/reports");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("Hélène Muller&#39;s reporting line", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<form id=\"dev-sign-in\"", await shell.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, e => e.EventId.Id == 8003);
    }
}
