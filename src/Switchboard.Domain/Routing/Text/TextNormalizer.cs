using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Switchboard.Domain.Routing.Text;

/// <summary>
/// Turns free text (French, English or both) into lower-case, accent-free word tokens.
/// The same function reads requests, profiles, group descriptions and the vocabulary, so
/// whatever it does to one side it does to the other: that symmetry matters more than linguistics.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Splits <paramref name="text"/> into normalised tokens, in order; elisions (l', d', qu') and one-letter words are dropped.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var prepared = Rewrite(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in prepared.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(current, c);
            }
            else
            {
                Flush(current, tokens);
            }
        }

        Flush(current, tokens);
        return tokens;
    }

    /// <summary>Rewrites the few spellings that punctuation splitting would destroy (C#, C++, .NET, R&amp;D, the acronym IT, the language R).</summary>
    private static string Rewrite(string text)
    {
        // "IT" in capitals is the department; lower-case "it" is an English pronoun and a stop word.
        var rewritten = ItAcronym().Replace(text, " itdept ");
        rewritten = CSharp().Replace(rewritten, " csharp ");
        rewritten = FSharp().Replace(rewritten, " fsharp ");
        rewritten = CPlusPlus().Replace(rewritten, " cplusplus ");
        rewritten = DotNet().Replace(rewritten, " dotnet ");
        // R&D, M&A, P&L become one token ("randd"): split, both letters would be dropped as one-letter words.
        rewritten = Ampersand().Replace(rewritten, "$1and$2");
        // "R" standing alone in capitals is the statistics language ("who knows R?", a skill "R"); one-letter words are dropped otherwise.
        rewritten = RLanguage().Replace(rewritten, " rlang ");
        return rewritten;
    }

    private static void AppendFolded(StringBuilder current, char c)
    {
        // Ligatures survive Unicode decomposition; fold them by hand so "œuvre" meets "oeuvre".
        switch (c)
        {
            case 'œ' or 'Œ':
                current.Append("oe");
                break;
            case 'æ' or 'Æ':
                current.Append("ae");
                break;
            case 'ß':
                current.Append("ss");
                break;
            default:
                current.Append(char.ToLowerInvariant(c));
                break;
        }
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        // One-letter words are elided articles (l', d') or English "a"/"I": never meaningful for routing.
        if (current.Length > 1 || (current.Length == 1 && char.IsDigit(current[0])))
        {
            tokens.Add(current.ToString());
        }

        current.Clear();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}&'’.\-])R(?![\p{L}\p{N}&'’.\-])", RegexOptions.CultureInvariant)]
    private static partial Regex RLanguage();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])IT(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex ItAcronym();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])c#", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CSharp();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])f#", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FSharp();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])c\+\+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CPlusPlus();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\.net(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DotNet();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\p{L})\s?&\s?(\p{L})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand();
}
