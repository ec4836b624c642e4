using System.Text.Json.Nodes;
using Switchboard.Cards.Views;

namespace Switchboard.Cards.Tests;

public sealed class HostileDataTests
{
    // What a reader should see of Hostile.Short: everything, less the controls that are removed on purpose.
    private static readonly string VisibleShort = Hostile.Short
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\u202E", string.Empty, StringComparison.Ordinal)
        .Replace("\u202C", string.Empty, StringComparison.Ordinal)
        .Replace("\u0007", string.Empty, StringComparison.Ordinal);

    public static TheoryData<string> Cards() => new(Samples.HostileCards.Keys);

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_HostileData_OutputParsesBackToTheSameCard(string card)
    {
        var built = Samples.HostileCards[card](Samples.English);

        var reparsed = JsonNode.Parse(AdaptiveCard.ToJson(built));

        Assert.True(JsonNode.DeepEquals(built, reparsed));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_HostileData_NoPersonsTextReachesMarkdown(string card)
    {
        var built = Samples.HostileCards[card](Samples.English);

        // TextBlocks and facts hold only our own words; a person's text is only ever in runs, inputs and choices.
        foreach (var text in CardJson.MarkdownTexts(built))
        {
            Assert.DoesNotContain("javascript:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("**x**", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("שלום", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_HostileData_NoLinkTemplateOrControlSurvivesAnywhere(string card)
    {
        var built = Samples.HostileCards[card](Samples.English);

        foreach (var text in CardJson.Strings(built))
        {
            Assert.DoesNotContain("](", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("${", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u202E', text);
            Assert.DoesNotContain('\u0007', text);
            Assert.DoesNotContain('\r', text);
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_HostileData_NoTextLongerThanTheLongestLimit(string card)
    {
        var built = Samples.HostileCards[card](Samples.English);

        // Neutralising adds zero-width spaces; the visible length is what the limit is about.
        var longest = CardJson.Strings(built).Max(text => text.Replace("\u200B", string.Empty, StringComparison.Ordinal).Length);
        Assert.True(longest <= CardLimits.Details, $"A text of {longest} characters is longer than {CardLimits.Details}.");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void ToJson_HostileData_HtmlSensitiveCharactersAreEscaped(string card)
    {
        var json = AdaptiveCard.ToJson(Samples.HostileCards[card](Samples.English));

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void ToJson_EveryFieldFull_StaysUnderTheTeamsMessageSize(string card)
    {
        var json = AdaptiveCard.ToJson(Samples.HostileCards[card](Samples.English));

        Assert.True(
            System.Text.Encoding.UTF8.GetByteCount(json) < CardLimits.TeamsMessageBytes,
            $"{card} is {System.Text.Encoding.UTF8.GetByteCount(json)} bytes with every field full.");
    }

    [Theory]
    [InlineData("qualification")]
    [InlineData("proposal")]
    [InlineData("status")]
    [InlineData("offer")]
    [InlineData("group-post")]
    [InlineData("introduction")]
    [InlineData("rating")]
    [InlineData("expert-settings")]
    public void Build_HostileData_ThePersonsTextSurvivesVisibly(string card)
    {
        var built = Samples.HostileCards[card](Samples.English);

        // Shown as runs, input values or choice titles: quotes, backslashes, line breaks, HTML, templates, right-to-left
        // letters and markdown all reach the reader as the characters they typed (names are cut at a shorter limit).
        var shown = CardJson.Strings(built).Select(text => text.Replace("\u200B", string.Empty, StringComparison.Ordinal));
        Assert.Contains(shown, text => text.StartsWith(VisibleShort[..(CardLimits.Name - 1)], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("proposal")]
    [InlineData("offer")]
    [InlineData("no-target")]
    public void Build_HostileReasonValuesInFrench_StayDataInRunsOnly(string card)
    {
        // The reasons' values (skills, names, topic labels) are placed into French sentences: they must stay as inert as
        // any other value a person or a tenant wrote.
        var built = Samples.HostileCards[card](Samples.French);

        foreach (var text in CardJson.MarkdownTexts(built))
        {
            Assert.DoesNotContain("javascript:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("**x**", text, StringComparison.Ordinal);
        }

        foreach (var text in CardJson.Strings(built))
        {
            Assert.DoesNotContain("](", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("${", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u202E', text);
        }

        var runs = CardJson.RunTexts(built).Select(run => run.Replace("\u200B", string.Empty, StringComparison.Ordinal)).ToArray();
        Assert.Contains(runs, run => run.Contains("Say \"hi\"", StringComparison.Ordinal) && run.StartsWith("• ", StringComparison.Ordinal));
        Assert.True(AdaptiveCard.ToJson(built).Length < CardLimits.TeamsMessageBytes);
    }

    [Fact]
    public void OfferCard_HostileData_EveryFieldSurvivesVisiblyOrCutAtItsLimit()
    {
        var built = Samples.HostileCards["offer"](Samples.English);
        var runs = CardJson.RunTexts(built).ToArray();

        Assert.Contains(VisibleShort, runs);
        var details = Assert.Single(runs, run => run.Length == CardLimits.Details);
        Assert.EndsWith("\u2026", details, StringComparison.Ordinal);
        Assert.StartsWith(VisibleShort, details, StringComparison.Ordinal);
        var tried = Assert.Single(runs, run => run.Length == CardLimits.Tried);
        Assert.EndsWith("\u2026", tried, StringComparison.Ordinal);
        Assert.Contains(runs, run => run.Length == CardLimits.Justification && run.EndsWith('\u2026'));
    }

    [Fact]
    public void QualificationCard_HostileData_PrefilledInputsKeepTheTextCutAtTheirMaxLength()
    {
        var built = Samples.HostileCards["qualification"](Samples.English);
        var inputs = CardJson.OfType(built, "Input.Text").ToDictionary(input => (string)input["id"]!);

        Assert.Equal(VisibleShort, Visible(inputs["subject"]["value"]));
        Assert.Equal(CardLimits.Details, Visible(inputs["details"]["value"]).Length);
        Assert.Equal(CardLimits.Details, (int)inputs["details"]["maxLength"]!);
        Assert.Equal(CardLimits.Tried, Visible(inputs["tried"]["value"]).Length);
    }

    [Fact]
    public void IntroductionCard_HostileData_DeepLinkKeepsEveryValueInsideItsQueryParameter()
    {
        var built = Samples.HostileCards["introduction"](Samples.English);
        var url = new Uri((string)Assert.Single(CardJson.OfType(built, "Action.OpenUrl"))["url"]!);

        var query = url.Query.TrimStart('?').Split('&');
        Assert.Equal("teams.microsoft.com", url.Host);
        Assert.Equal("/l/chat/0/0", url.AbsolutePath);
        Assert.Equal(2, query.Length);
        Assert.Equal("users=" + Uri.EscapeDataString("a&b=c@contoso.example?x=1#frag"), query[0]);
        Assert.Empty(url.Fragment);
        var message = Uri.UnescapeDataString(query[1]["message=".Length..]).Replace("\u200B", string.Empty, StringComparison.Ordinal);
        Assert.Contains("Say \"hi\"", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void ErrorCard_UnknownFieldName_IsNeverEchoed()
    {
        var built = ErrorCard.Build(new ErrorView(CardErrorReason.InvalidInput, Hostile.Short), Samples.English);

        Assert.DoesNotContain(CardJson.Strings(built), text => text.Contains("script", StringComparison.Ordinal));
    }

    private static string Visible(JsonNode? value) => ((string)value!).Replace("\u200B", string.Empty, StringComparison.Ordinal);
}
