using System.Net;
using System.Text.Json;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Tab;

/// <summary>
/// The host checks the Teams SSO token itself: signature against the tenant's keys (served on loopback), issuer of the
/// allowed tenant, audience of the app, lifetime. Every refusal is a 401 that says what is wrong, and one security log
/// line that never holds the token.
/// </summary>
[Collection(TabCollection.Name)]
public sealed class TabTokenTests(TabHost host)
{
    private const string OtherTenant = "0d3c1a2b-9e8f-4a7b-8c6d-5e4f3a2b1c0d";

    [Fact]
    public async Task Report_ValidTokenForTheAppIdUri_Answers200WithTheReport()
    {
        using var response = await host.GetAsync($"/tab/api/report?period={TabHost.Month}", host.Entra.Mint(TabHost.Helene.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"scope-heading\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ValidTokenForTheAppIdItself_IsAccepted()
    {
        var token = host.Entra.Mint(host.Entra.Valid(TabHost.Helene.Id) with { Audience = FakeEntraId.AppId });

        using var response = await host.GetAsync($"/tab/api/report?period={TabHost.Month}", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Report_ExpiredToken_401Expired()
    {
        var claims = host.Entra.Valid(TabHost.Helene.Id) with { NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddMinutes(-10) };

        await AssertRefusedAsync(host.Entra.Mint(claims), "expired", "expired");
    }

    [Fact]
    public async Task Report_TokenForAnotherApp_401WrongAudience()
    {
        var claims = host.Entra.Valid(TabHost.Helene.Id) with { Audience = "api://switchboard.example.com/11111111-2222-4333-8444-555555555555" };

        await AssertRefusedAsync(host.Entra.Mint(claims), "wrong_audience", "audience");
    }

    [Fact]
    public async Task Report_TokenIssuedForAnotherTenant_401WrongIssuer()
    {
        var claims = host.Entra.Valid(TabHost.Helene.Id) with { Issuer = FakeEntraId.IssuerOf(OtherTenant), Tenant = OtherTenant };

        await AssertRefusedAsync(host.Entra.Mint(claims), "wrong_issuer", "allowed tenant");
    }

    [Fact]
    public async Task Report_RightIssuerButAnotherTenantId_401WrongIssuer()
    {
        var claims = host.Entra.Valid(TabHost.Helene.Id) with { Tenant = OtherTenant };

        await AssertRefusedAsync(host.Entra.Mint(claims), "wrong_issuer", "allowed tenant");
    }

    [Fact]
    public async Task Report_TokenSignedWithAKeyTheTenantNeverPublished_401BadSignature()
    {
        await AssertRefusedAsync(host.Entra.Mint(host.Entra.Valid(TabHost.Helene.Id), forged: true), "bad_signature", "signature");
    }

    [Fact]
    public async Task Report_TokenWithItsPayloadChanged_401BadSignature()
    {
        var parts = host.Entra.Mint(TabHost.Nicolas.Id).Split('.');
        var helenes = host.Entra.Mint(TabHost.Helene.Id).Split('.');

        // Nicolas's signature on Hélène's claims: the header and signature are genuine, the payload is not theirs.
        await AssertRefusedAsync($"{parts[0]}.{helenes[1]}.{parts[2]}", "bad_signature", "signature");
    }

    [Fact]
    public async Task Report_NoToken_401MissingToken()
    {
        await AssertRefusedAsync(null, "missing_token", "open the Reports tab in Teams");
    }

    [Fact]
    public async Task Report_NotAJwt_401()
    {
        await AssertRefusedAsync("not-a-token", "malformed", "not a JWT");
    }

    private async Task AssertRefusedAsync(string? token, string code, string explanation)
    {
        var before = SecurityLines().Count;

        using var response = await host.GetAsync($"/tab/api/report?period={TabHost.Month}", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, body.GetProperty("error").GetString());
        Assert.Contains(explanation, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        var lines = SecurityLines().Skip(before).ToList();
        var line = Assert.Single(lines);
        Assert.Equal(code, line.Values["Reason"]);
        if (token is not null)
        {
            Assert.DoesNotContain(token, line.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[0], line.Message, StringComparison.Ordinal);
        }
    }

    private List<CapturedLog> SecurityLines() => [.. host.App.Logs.Entries.Where(e => e.EventId.Id == 8001)];
}
