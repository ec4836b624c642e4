using System.Collections;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Switchboard.Host.Tab.Resources;

namespace Switchboard.Host.Tests.Tab;

/// <summary>What the tab shows: the page shell, its own scripts, the figures with their charts and requests, escaping, languages.</summary>
[Collection(TabCollection.Name)]
public sealed partial class TabPageTests(TabHost host)
{
    private static readonly string[] Figures =
        ["fig-topics", "fig-departments", "fig-times", "fig-first-offered", "fig-outcomes", "fig-load", "fig-fairness", "fig-urgent", "fig-urgent-requesters", "fig-single-expert", "fig-ratings"];

    [Fact]
    public async Task Shell_LoadsOnlyItsOwnScriptsAndMayBeFramedByTeamsOnly()
    {
        using var response = await host.GetAsync("/tab/reports");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/tab/assets/teams.js", "/tab/assets/reports.js"], ScriptSources().Matches(html).Select(m => m.Groups[1].Value));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.Contains("data-development-sign-in=\"false\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dev-sign-in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shell_FrenchBrowser_FrenchPage()
    {
        using var response = await host.GetAsync("/tab/reports", acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.5");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Rapports d&#39;acheminement", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_TeamsClientIsServedFromTheHost()
    {
        using var teams = await host.GetAsync("/tab/assets/teams.js");
        using var unknown = await host.GetAsync("/tab/assets/other.js");

        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal("text/javascript", teams.Content.Headers.ContentType!.MediaType);
        Assert.Contains("microsoftTeams", await teams.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Report_EveryFigureHasAnAccessibleChartAndTheRequestsBehindIt()
    {
        using var response = await host.ReportAsync(TabHost.Helene);

        var html = await response.Content.ReadAsStringAsync();
        foreach (var figure in Figures)
        {
            var section = Section(html, figure);
            Assert.Matches($"<svg class=\"chart\" id=\"{figure}-svg\" role=\"img\" aria-labelledby=\"{figure}-title {figure}-desc\"", section);
            Assert.Matches($"<desc id=\"{figure}-desc\">[^<]+: [^<]+</desc>", section);
            Assert.Contains($"<details class=\"behind\" id=\"{figure}-requests\">", section, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"col\">Subject</th><th scope=\"col\">Requester</th><th scope=\"col\">Target</th><th scope=\"col\">State</th>", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_HostileSubject_IsEncodedNeverMarkup()
    {
        using var response = await host.ReportAsync(TabHost.Helene, $"&scope={TabHost.Florian.Id}");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</td><td>Samuel Hughes</td><td>Florian Guérin</td><td>Accepted</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_InFrench_WhenTeamsSaysFrench()
    {
        using var response = await host.ReportAsync(TabHost.Helene, "&lang=fr-FR");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"report-body\" data-lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Demandes de la ligne hiérarchique de Hélène Muller (40 personnes), novembre 2026", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"fig-topics-heading\">Demandes par sujet</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_FiguresAgreeWithTheReportService()
    {
        using var response = await host.ReportAsync(TabHost.Helene);

        var html = await response.Content.ReadAsStringAsync();
        var summary = Regex.Match(html, "<p id=\"summary\">([0-9]+) requests sent, ([0-9]+) resolved.</p>");
        Assert.True(summary.Success, "the summary line is there");
        var received = int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(received, 1, 150);
        // The department chart's bars add up to the requests received: every request has one requester department.
        var departments = Regex.Matches(Section(html, "fig-departments"), "<text class=\"value\"[^>]*>([0-9]+)</text>").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(received, departments);
        Assert.Contains($"The {received} requests behind this figure", Section(html, "fig-departments"), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_EveryKeyInEnglishIsInFrenchAndNoneIsEmpty()
    {
        static Dictionary<string, string> Read(CultureInfo culture) =>
            TabTexts.Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
                .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

        var english = Read(CultureInfo.InvariantCulture);
        var french = Read(CultureInfo.GetCultureInfo("fr"));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Values.Concat(french.Values), value => Assert.False(string.IsNullOrWhiteSpace(value)));
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section class=\"figure\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{id} is on the page");
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + 10)];
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
