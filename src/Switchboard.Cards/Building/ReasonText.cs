using System.Globalization;
using Switchboard.Cards.Resources;
using Switchboard.Domain.Routing;

namespace Switchboard.Cards.Building;

/// <summary>
/// Routing's reasons in the reader's language: one resource per <see cref="ReasonCode"/> (<c>Reason_Code</c>), its
/// placeholders filled with the reason's values, each said for the reader (proficiency names, topic labels, hours,
/// dates and instants in their culture and zone). The tenant's words (skills, names, quotes) stay as written; a
/// sentence kept as written (a request recorded before reasons had codes) is shown as it is. The result is untrusted
/// text like any other: the card cleans it and places it in a run.
/// </summary>
internal static class ReasonText
{
    public static string Say(RoutingReason reason, CardTexts texts, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.Code == ReasonCode.Verbatim)
        {
            return reason.Text ?? string.Empty;
        }

        var values = reason.Values().Select(value => Value(value, texts, context)).ToArray();
        var sentence = texts.Format($"Reason_{reason.Code}", values);
        if (reason.Code == ReasonCode.ProfileSkill && reason.Level is { } level)
        {
            sentence = texts.Format("Reason_WithLevel", sentence, Level(level, texts));
        }

        if (reason.AskMeAbout)
        {
            sentence = texts.Format("Reason_AskMeAbout", sentence);
        }

        return reason.RelatedField ? texts.Format("Reason_RelatedField", sentence) : sentence;
    }

    /// <summary>A vocabulary label in the reader's language: French for French readers, English for everyone else.</summary>
    public static string Label(VocabularyLabel label, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(label);
        return culture.TwoLetterISOLanguageName == "fr" ? label.French : label.English;
    }

    private static string Value(object value, CardTexts texts, CardContext context) => value switch
    {
        string words => words,
        VocabularyLabel label => Label(label, context.Culture),
        IReadOnlyList<VocabularyLabel> labels => string.Join(", ", labels.Select(l => Label(l, context.Culture))),
        ReasonLevel level => Level(level, texts),
        LocalWorkingHours hours => texts.Format("Reason_Hours", hours.Start.ToString("t", context.Culture), hours.End.ToString("t", context.Culture)),
        DateOnly date => Formats.Date(date, context),
        DateTimeOffset at => Formats.DateTime(at, context),
        int number => number.ToString("N0", context.Culture),
        Urgency urgency => texts.Label(urgency).ToLower(context.Culture),
        RoutingReason inner => Say(inner, texts, context),
        ReasonPlaceholder placeholder => texts.Label(placeholder),
        _ => throw new ArgumentException($"A reason value of type {value.GetType().Name} has no card form.", nameof(value)),
    };

    /// <summary>A proficiency as the reader names it; a level Graph spelt in a way Switchboard does not know stays as written.</summary>
    private static string Level(ReasonLevel level, CardTexts texts) => level.Kind switch
    {
        LevelKind.Proficiency => level.Proficiency == Proficiency.Unknown ? level.Text ?? string.Empty : texts.Label(level.Proficiency),
        LevelKind.JobTitle => level.Text ?? string.Empty,
        _ => texts.Label(level.Kind),
    };
}
