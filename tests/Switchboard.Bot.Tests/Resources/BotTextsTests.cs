using System.Collections;
using System.Globalization;
using System.Resources;
using Switchboard.Bot.Resources;

namespace Switchboard.Bot.Tests.Resources;

public sealed class BotTextsTests
{
    [Fact]
    public void French_EveryEnglishText_IsTranslated()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var french = Texts(BotCulture.French);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), french.Keys.Order());
        Assert.All(english, text => Assert.NotEqual(text.Value, french[text.Key]));
    }

    [Fact]
    public void Texts_DoNotDependOnTheThreadCulture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = BotCulture.French;
            Assert.StartsWith("Sorry", BotTexts.Apology(BotCulture.English), StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = BotCulture.English;
            Assert.StartsWith("Désolé", BotTexts.Apology(BotCulture.French), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("FR-ca", "fr")]
    [InlineData("fr_CH", "fr")]
    [InlineData("frr-DE", "en")]
    [InlineData("en-US", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void FromLocale_Locale_PicksFrenchOnlyForFrench(string? locale, string expected)
    {
        Assert.Equal(expected, BotCulture.FromLocale(locale).Name);
    }

    // Only what a resource set holds itself, without falling back to the neutral language.
    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = BotTexts.Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No bot texts for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
