using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards.Tests;

public sealed partial class CardTextsTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    [Fact]
    public void French_HasExactlyTheEnglishKeys()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var french = Texts(French);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryText_InBothLanguages_IsNotBlankAndUsesTheSamePlaceholders()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var french = Texts(French);

        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            Assert.False(string.IsNullOrWhiteSpace(french[key]), key);
            Assert.Equal(Placeholders(text), Placeholders(french[key]));
        }
    }

    [Fact]
    public void EveryEnumShownOnACard_HasALabelInBothLanguages()
    {
        foreach (var culture in new[] { CultureInfo.GetCultureInfo("en"), French })
        {
            var texts = new CardTexts(culture);
            AssertLabels<Domain.Routing.Urgency>(texts);
            AssertLabels<Domain.Routing.Impact>(texts);
            AssertLabels<RequestKind>(texts);
            AssertLabels<PreferredTarget>(texts);
            AssertLabels<RatingSpeed>(texts);
            AssertLabels<RequestState>(texts);
            foreach (var reason in Enum.GetValues<CardErrorReason>())
            {
                Assert.NotEmpty(texts[$"Error_{reason}"]);
            }

            foreach (var step in Enum.GetValues<TimelineStepKind>())
            {
                Assert.NotEmpty(texts[$"Step_{step}"]);
            }
        }
    }

    [Fact]
    public void Build_WhateverTheThreadCulture_UsesTheCultureGiven()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = French;
            CultureInfo.CurrentCulture = French;

            var english = AdaptiveCard.ToJson(Samples.Cards["offer"](Samples.English));

            Assert.Contains("A request for you", english, StringComparison.Ordinal);
            Assert.DoesNotContain("Une demande pour vous", english, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Texts_UnknownKey_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CardTexts(French)["No_Such_Text"]);

        Assert.Contains("No_Such_Text", error.Message, StringComparison.Ordinal);
    }

    private static void AssertLabels<TEnum>(CardTexts texts)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.NotEmpty(texts.Label(value));
        }
    }

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        // tryParents: false, so the French set is the French file alone, not French filled in by English.
        var set = CardTexts.Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No card texts for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }

    private static string[] Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
