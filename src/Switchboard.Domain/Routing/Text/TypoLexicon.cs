namespace Switchboard.Domain.Routing.Text;

/// <summary>
/// Finds the known word a mistyped word was meant to be, within one edit (insertion, deletion,
/// substitution or swap of two neighbours). Uses a deletion neighbourhood, so a lookup costs a few
/// dictionary probes whatever the size of the directory.
/// </summary>
public sealed class TypoLexicon
{
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _preference = new(StringComparer.Ordinal);
    private readonly int _minLength;

    /// <param name="minLength">Words shorter than this are never corrected: one edit on a short word is another word.</param>
    public TypoLexicon(int minLength)
    {
        _minLength = minLength;
    }

    public bool Contains(string word) => _known.Contains(word);

    /// <summary>Adds a known word; a higher <paramref name="preference"/> wins when several words are one edit away.</summary>
    public void Add(string word, int preference)
    {
        if (_preference.TryGetValue(word, out var existing))
        {
            _preference[word] = Math.Max(existing, preference);
            return;
        }

        _known.Add(word);
        _preference[word] = preference;
        if (word.Length < _minLength - 1)
        {
            return;
        }

        AddVariant(word, word);
        for (var i = 0; i < word.Length; i++)
        {
            AddVariant(word.Remove(i, 1), word);
        }
    }

    /// <summary>The known word one edit from <paramref name="word"/>, or <c>null</c> when there is none or the word is known or too short.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < _minLength || _known.Contains(word))
        {
            return null;
        }

        string? best = null;
        var bestPreference = int.MinValue;
        Consider(word, word, ref best, ref bestPreference);
        for (var i = 0; i < word.Length; i++)
        {
            Consider(word.Remove(i, 1), word, ref best, ref bestPreference);
        }

        return best;
    }

    private void Consider(string variant, string word, ref string? best, ref int bestPreference)
    {
        if (!_byDeletion.TryGetValue(variant, out var candidates))
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            // Typos on the first letter are rare, while everyday words one edit from a vocabulary term
            // ("demain"/"domain") are common: requiring the same first letter avoids inventing topics.
            if (candidate[0] != word[0])
            {
                continue;
            }

            var preference = _preference[candidate];
            if (preference > bestPreference || (preference == bestPreference && string.CompareOrdinal(candidate, best) < 0))
            {
                if (WithinOneEdit(word, candidate))
                {
                    best = candidate;
                    bestPreference = preference;
                }
            }
        }
    }

    private void AddVariant(string variant, string word)
    {
        if (!_byDeletion.TryGetValue(variant, out var list))
        {
            list = [];
            _byDeletion[variant] = list;
        }

        if (!list.Contains(word))
        {
            list.Add(word);
        }
    }

    /// <summary>True when the two words differ by at most one insertion, deletion, substitution or adjacent swap.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            // Substitution, or a swap of two neighbours.
            if (a.AsSpan(prefix + 1).SequenceEqual(b.AsSpan(prefix + 1)))
            {
                return true;
            }

            return prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                && a.AsSpan(prefix + 2).SequenceEqual(b.AsSpan(prefix + 2));
        }

        var longer = a.Length > b.Length ? a : b;
        var shorter = a.Length > b.Length ? b : a;
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }
}
