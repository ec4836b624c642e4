namespace Switchboard.DemoCompany;

/// <summary>
/// SplitMix64: a tiny, well-known generator whose output depends only on the seed, so the demo company is
/// byte-identical on every run, runtime version and platform (System.Random's algorithm is an implementation detail).
/// Integer arithmetic only: no floating point whose rounding could differ between machines.
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>); rejection sampling avoids modulo bias.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        var threshold = unchecked(0UL - bound) % bound;
        while (true)
        {
            var value = NextUInt64();
            if (value >= threshold)
            {
                return (int)(value % bound);
            }
        }
    }

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<Weighted<T>> items)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += item.Weight;
        }

        var roll = Next(total);
        foreach (var item in items)
        {
            if (roll < item.Weight)
            {
                return item.Value;
            }

            roll -= item.Weight;
        }

        throw new InvalidOperationException("Weighted choice fell through; weights must be positive.");
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct items in a random order (fewer when the list is shorter).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        Shuffle(copy);
        return copy.Take(count).ToList();
    }
}

/// <summary>A value with a relative weight for <see cref="DemoRandom.PickWeighted{T}"/>.</summary>
internal readonly record struct Weighted<T>(T Value, int Weight);
