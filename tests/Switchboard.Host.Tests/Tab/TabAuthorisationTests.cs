using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Record;

namespace Switchboard.Host.Tests.Tab;

/// <summary>Who sees what through the tab's API: ReportService's policy, decided for the token's user on every call.</summary>
[Collection(TabCollection.Name)]
public sealed class TabAuthorisationTests(TabHost host)
{
    [Fact]
    public async Task Report_Manager_SeesTheirReportingLineAndTheViewIsRecorded()
    {
        using var response = await host.ReportAsync(TabHost.Helene);

        var html = await OkAsync(response);
        Assert.Contains("Requests of Hélène Muller&#39;s reporting line (40 people), November 2026", html, StringComparison.Ordinal);
        var head = await host.App.Services.GetRequiredService<IAuditLog>().ReadHeadAsync(CancellationToken.None);
        Assert.Equal(AuditEntryKind.ReportViewed, head!.Content.Kind);
        Assert.Equal(host.App.Services.GetRequiredService<AuditPseudonyms>().Of(new(TabHost.Helene.Id)), head.Content.Actor);
    }

    [Fact]
    public async Task Report_ManagerPicksSomeoneInTheirLine_SeesThatPersonsLine()
    {
        using var response = await host.ReportAsync(TabHost.Helene, $"&scope={TabHost.Florian.Id}");

        var html = await OkAsync(response);
        Assert.Contains("Requests of Florian Guérin&#39;s reporting line", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ManagerAsksForAnotherManagersLine_403WithARefusalNotAnEmptyChart()
    {
        using var response = await host.ReportAsync(TabHost.Nicolas, $"&scope={TabHost.Helene.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"refusal\"", html, StringComparison.Ordinal);
        Assert.Contains("You are not allowed to see these requests", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"figure\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        // The chosen scope is shown by name, so the reader sees what was refused.
        Assert.Contains(">Hélène Muller</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ManagerAsksForEveryone_403()
    {
        using var response = await host.ReportAsync(TabHost.Helene, "&scope=all");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Report_Administrator_SeesEveryoneAndMayPickAnyone()
    {
        using var everyone = await host.ReportAsync(TabHost.JeanMarc, "&scope=all");
        using var nicolas = await host.ReportAsync(TabHost.JeanMarc, $"&scope={TabHost.Nicolas.Id}");

        var html = await OkAsync(everyone);
        Assert.Contains("Everyone&#39;s requests, November 2026", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"all\" selected>Everyone</option>", html, StringComparison.Ordinal);
        Assert.Contains("Requests of Nicolas Bonnet&#39;s reporting line", await OkAsync(nicolas), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_EmployeeWithoutReports_SeesOnlyTheirOwnRequestsAndCannotWiden()
    {
        using var own = await host.ReportAsync(TabHost.Sanjay);
        using var wider = await host.ReportAsync(TabHost.Sanjay, $"&scope={TabHost.Helene.Id}");

        var html = await OkAsync(own);
        Assert.Contains("Sanjay Reddy&#39;s own requests", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\" selected>My own requests</option></select>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wider.StatusCode);
    }

    [Fact]
    public async Task Report_UserNotInTheDirectory_403UnknownUser()
    {
        using var response = await host.ReportAsync(("0a0b0c0d-0000-4000-8000-000000000000", "Stranger"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("are not in the directory", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_DirectoryCannotAnswer_503WithARefusal()
    {
        // The same host and database, with a directory that never loads.
        await using var outage = host.App.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(Mock.Of<IPeopleDirectory>())));
        using var client = outage.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/tab/api/report?period={TabHost.Month}");
        request.Headers.Authorization = new("Bearer", host.Entra.Mint(TabHost.Helene.Id));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The directory cannot be read right now", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadPeriod_400NamingTheExpectedForm()
    {
        using var response = await host.GetAsync("/tab/api/report?period=November", host.Entra.Mint(TabHost.Helene.Id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2026-11", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> OkAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {html}");
        return html;
    }
}
