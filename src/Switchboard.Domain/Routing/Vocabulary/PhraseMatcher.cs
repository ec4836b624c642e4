namespace Switchboard.Domain.Routing.Vocabulary;

/// <summary>What a vocabulary phrase points at.</summary>
internal enum PhraseTarget
{
    Topic,
    Domain,
}

/// <summary>A vocabulary term as a sequence of stems, with its weight (generic words weigh less).</summary>
internal sealed record VocabularyPhrase(string[] Stems, PhraseTarget Target, int TargetIndex, double Weight);

/// <summary>A phrase found in a text: which phrase, and which stem positions it used.</summary>
internal readonly record struct PhraseMatch(VocabularyPhrase Phrase, int[] Positions);

/// <summary>
/// Finds vocabulary phrases in a stemmed text. Words of a phrase may come in any order and with a
/// small gap ("account is locked" = "locked account", "mot de passe oublié" = "oublié mon mot de passe"),
/// because people do not write terms the way glossaries do. Longer phrases win over the shorter
/// phrases they contain, so "power bi" is not also "power".
/// </summary>
internal sealed class PhraseMatcher
{
    // Extra positions a phrase may spread over beyond its own length.
    private const int AllowedGap = 2;

    private readonly Dictionary<string, List<VocabularyPhrase>> _byStem = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<VocabularyPhrase> phrases)
    {
        foreach (var phrase in phrases)
        {
            // Index each phrase under its first stem only: a match needs every stem, so one anchor is enough.
            var anchor = phrase.Stems[0];
            if (!_byStem.TryGetValue(anchor, out var list))
            {
                list = [];
                _byStem[anchor] = list;
            }

            list.Add(phrase);
        }
    }

    /// <summary>Every stem any phrase uses, so the typo lexicon can learn them.</summary>
    public IEnumerable<string> KnownStems => _byStem.Values.SelectMany(l => l).SelectMany(p => p.Stems).Distinct(StringComparer.Ordinal);

    public IReadOnlyList<PhraseMatch> Match(IReadOnlyList<string> stems)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++)
        {
            if (!positions.TryGetValue(stems[i], out var list))
            {
                list = [];
                positions[stems[i]] = list;
            }

            list.Add(i);
        }

        var found = new List<PhraseMatch>();
        foreach (var (stem, anchorPositions) in positions)
        {
            if (!_byStem.TryGetValue(stem, out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                foreach (var anchor in anchorPositions)
                {
                    if (TryPlace(phrase, anchor, positions) is { } placed)
                    {
                        found.Add(new PhraseMatch(phrase, placed));
                        break;
                    }
                }
            }
        }

        return KeepLongest(found);
    }

    private static int[]? TryPlace(VocabularyPhrase phrase, int anchor, Dictionary<string, List<int>> positions)
    {
        var placed = new int[phrase.Stems.Length];
        placed[0] = anchor;
        var window = phrase.Stems.Length + AllowedGap;
        for (var i = 1; i < phrase.Stems.Length; i++)
        {
            if (!positions.TryGetValue(phrase.Stems[i], out var candidates))
            {
                return null;
            }

            var best = -1;
            foreach (var candidate in candidates)
            {
                if (Math.Abs(candidate - anchor) < window && !placed.AsSpan(0, i).Contains(candidate)
                    && (best < 0 || Math.Abs(candidate - anchor) < Math.Abs(best - anchor)))
                {
                    best = candidate;
                }
            }

            if (best < 0)
            {
                return null;
            }

            placed[i] = best;
        }

        return placed;
    }

    private static List<PhraseMatch> KeepLongest(List<PhraseMatch> found)
    {
        found.Sort((a, b) => b.Positions.Length.CompareTo(a.Positions.Length));
        var kept = new List<PhraseMatch>(found.Count);
        foreach (var match in found)
        {
            var covered = kept.Any(k => k.Positions.Length > match.Positions.Length && match.Positions.All(k.Positions.Contains));
            if (!covered)
            {
                kept.Add(match);
            }
        }

        return kept;
    }
}
