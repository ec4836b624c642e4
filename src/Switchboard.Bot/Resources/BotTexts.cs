using System.Globalization;
using System.Resources;

namespace Switchboard.Bot.Resources;

/// <summary>
/// The words the bot says, from BotTexts.resx (English) and BotTexts.fr.resx (French). Every accessor takes the
/// culture explicitly: a turn answers in the language of the activity, whatever culture the thread happens to run in.
/// </summary>
internal static class BotTexts
{
    private static readonly ResourceManager Texts = new(typeof(BotTexts).FullName!, typeof(BotTexts).Assembly);

    public static string GreetingIntro(CultureInfo culture) => Get(nameof(GreetingIntro), culture);

    public static string GreetingHowTo(CultureInfo culture) => Get(nameof(GreetingHowTo), culture);

    public static string Help(CultureInfo culture) => Get(nameof(Help), culture);

    public static string Apology(CultureInfo culture) => Get(nameof(Apology), culture);

    public static string AskWhat(CultureInfo culture) => Get(nameof(AskWhat), culture);

    public static string ReportDirectoryUnavailable(CultureInfo culture) => Get(nameof(ReportDirectoryUnavailable), culture);

    public static string ReportUnknownUser(CultureInfo culture) => Get(nameof(ReportUnknownUser), culture);

    public static string NothingOpen(CultureInfo culture) => Get(nameof(NothingOpen), culture);

    public static string NotIdentified(CultureInfo culture) => Get(nameof(NotIdentified), culture);

    /// <summary>The resource manager itself, so tests can compare the key sets of every language.</summary>
    internal static ResourceManager Manager => Texts;

    private static string Get(string name, CultureInfo culture) =>
        Texts.GetString(name, culture)
        ?? throw new InvalidOperationException($"The bot text '{name}' is missing from BotTexts.resx.");
}

/// <summary>Chooses the language the bot answers in from the locale a Teams client reports.</summary>
internal static class BotCulture
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>French for any <c>fr</c> locale (fr-FR, fr-CA, fr-BE...), English for everything else.</summary>
    public static CultureInfo FromLocale(string? locale) =>
        locale is not null
        && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
        && (locale.Length == 2 || locale[2] is '-' or '_')
            ? French
            : English;
}
