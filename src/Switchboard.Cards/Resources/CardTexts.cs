using System.Globalization;
using System.Resources;

namespace Switchboard.Cards.Resources;

/// <summary>
/// The words on the cards, from CardTexts.resx (English) and CardTexts.fr.resx (French), for one culture given
/// explicitly: a card is written in its reader's language whatever culture the building thread runs in.
/// </summary>
internal readonly struct CardTexts(CultureInfo culture)
{
    private static readonly ResourceManager Texts = new(typeof(CardTexts).FullName!, typeof(CardTexts).Assembly);

    /// <summary>The resource manager itself, so tests can compare the key sets of every language.</summary>
    internal static ResourceManager Manager => Texts;

    public CultureInfo Culture => culture;

    public string this[string key] =>
        Texts.GetString(key, culture)
        ?? throw new InvalidOperationException($"The card text '{key}' is missing from CardTexts.resx.");

    /// <summary>A text with placeholders, formatted by the reader's culture (numbers, dates).</summary>
    public string Format(string key, params object?[] arguments) => string.Format(culture, this[key], arguments);

    /// <summary>The label of an enum value: the resource named <c>Type_Value</c>.</summary>
    public string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => this[$"{typeof(TEnum).Name}_{value}"];

    /// <summary>Every value of an enum as choices: its label as the title, its wire name as the value.</summary>
    public IEnumerable<(string Title, string Value)> Choices<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var texts = this;
        return values.Select(value => (texts.Label(value), Actions.WireNames.Of(value)));
    }
}
