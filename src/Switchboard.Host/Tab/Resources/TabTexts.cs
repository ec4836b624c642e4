using System.Globalization;
using System.Resources;

namespace Switchboard.Host.Tab.Resources;

/// <summary>
/// The words of the Reports tab, from TabTexts.resx (English) and TabTexts.fr.resx (French), for one culture given
/// explicitly: the page is written in its reader's language whatever culture the request runs in.
/// </summary>
internal readonly struct TabTexts(CultureInfo culture)
{
    private static readonly ResourceManager Texts = new(typeof(TabTexts).FullName!, typeof(TabTexts).Assembly);

    /// <summary>The resource manager itself, so tests can compare the key sets of every language.</summary>
    internal static ResourceManager Manager => Texts;

    public CultureInfo Culture => culture;

    public string this[string key] =>
        Texts.GetString(key, culture)
        ?? throw new InvalidOperationException($"The tab text '{key}' is missing from TabTexts.resx.");

    public string Format(string key, params object?[] arguments) => string.Format(culture, this[key], arguments);

    /// <summary>French for a French reader, English for everyone else: the languages Switchboard speaks.</summary>
    public static TabTexts For(string? language) =>
        new(language is { Length: >= 2 } && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("fr-FR")
            : CultureInfo.GetCultureInfo("en-GB"));
}
