using System.Globalization;
using System.Text;

namespace Switchboard.Cards.Building;

/// <summary>
/// Prepares text that came from a person (a subject, details, a name from the directory) for a card.
/// </summary>
/// <remarks>
/// Untrusted text is only ever placed where Teams shows it verbatim: a <c>TextRun</c> (markdown is not interpreted
/// there), an input's value or a choice's title. That is what stops <c>**x**</c> or <c>[a](javascript:...)</c>
/// from becoming formatting or a link; escaping with backslashes would only show the backslashes. On top of that:
/// <list type="bullet">
/// <item><c>{{</c> is broken with a zero-width space, because Teams evaluates <c>{{DATE(...)}}</c> and
/// <c>{{TIME(...)}}</c> in any text, runs included;</item>
/// <item><c>${</c> likewise, so the card stays inert if it is ever bound through the Adaptive Card templating SDK;</item>
/// <item><c>](</c> likewise, so that a renderer that does read markdown in runs still finds no link;</item>
/// <item>control characters other than line breaks and tabs, and the bidirectional embedding and override
/// characters (which can make a name read backwards), are removed;</item>
/// <item>the text is cut at a documented limit (<see cref="CardLimits"/>) and ends with an ellipsis when cut.</item>
/// </list>
/// Right-to-left letters are kept: they are text, not controls.
/// </remarks>
internal static class UntrustedText
{
    /// <summary>Invisible, and breaks the two-character sequences above without changing what the reader sees.</summary>
    public const char ZeroWidthSpace = '\u200B';

    public const char Ellipsis = '\u2026';

    /// <summary>For a card: controls removed, cut at <paramref name="limit"/>, template and link syntax broken.</summary>
    public static string Clean(string? text, int limit) => Neutralise(Plain(text, limit));

    /// <summary>
    /// For text that leaves the card, such as the first message of a chat deep link, where Teams evaluates no
    /// template and the zero-width spaces would only travel along: controls removed and cut at <paramref name="limit"/>.
    /// </summary>
    public static string Plain(string? text, int limit)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = new StringBuilder(Math.Min(text.Length, limit + 1));
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in normalised)
        {
            if (IsKept(c))
            {
                kept.Append(c);
            }
        }

        return Truncate(kept.ToString(), limit);
    }

    private static bool IsKept(char c) =>
        c is '\n' or '\t'
        || (!char.IsControl(c) && !IsBidiControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.PrivateUse);

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string Truncate(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        // Keep a surrogate pair whole: half an emoji is not valid text.
        var length = limit - 1;
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), Ellipsis.ToString());
    }

    private static string Neutralise(string text)
    {
        // Character by character rather than string.Replace, so "{{{" or "]](" cannot leave a pair behind.
        var output = new StringBuilder(text.Length + 8);
        var previous = '\0';
        foreach (var c in text)
        {
            if ((c == '{' && previous is '{' or '$') || (c == '(' && previous == ']'))
            {
                output.Append(ZeroWidthSpace);
            }

            output.Append(c);
            previous = c;
        }

        return output.ToString();
    }
}
