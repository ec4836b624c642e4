using System.Collections.Concurrent;

namespace Switchboard.Domain.Routing;

/// <summary>
/// Per-request working memory sized to the index: what the request contributed to each facet it touched.
/// Arrays stamped with a generation number replace a dictionary per request (no hashing, no clearing), and are
/// pooled so concurrent requests each get their own.
/// </summary>
internal sealed class FacetScratch
{
    private readonly int[] _stamp;
    private readonly int[] _userStamp;
    private readonly int[] _wordStamp;
    private int _generation;
    private int _userGeneration;

    public FacetScratch(int facetCount, int userCount)
    {
        _stamp = new int[facetCount];
        _userStamp = new int[userCount];
        _wordStamp = new int[userCount];
        WordIdf = new double[userCount];
        WordStem = new int[userCount];
        WordFactor = new double[userCount];
        WordFacet = new int[userCount];
        Best = new double[userCount];
        BestFacet = new int[userCount];
        BestRelated = new bool[userCount];
        _bestSecondaryShare = new double[userCount];
        Second = new double[userCount];
        SecondFacet = new int[userCount];
        SecondRelated = new bool[userCount];
        SecondarySum = new double[userCount];
        RelatedSum = new double[userCount];
        MatchedIdf = new double[facetCount];
        TopicWeight = new double[facetCount];
        DomainWeight = new double[facetCount];
        Corrected = new bool[facetCount];
        Asked = new bool[facetCount];
    }

    public double[] MatchedIdf { get; }

    /// <summary>The idf mass of the request's words the directory's profiles know.</summary>
    public double RequestIdf { get; set; }

    /// <summary>Per user: the idf of the request's words found anywhere in their profile, each word once, weighted by the best field holding it.</summary>
    public double[] WordIdf { get; }

    /// <summary>Per user: the request word last counted, and the field factor it was counted with (a better field replaces it).</summary>
    private int[] WordStem { get; }

    private double[] WordFactor { get; }

    /// <summary>Whether <see cref="WordIdf"/> holds this request's value for the user.</summary>
    public bool HasWords(int user) => _wordStamp[user] == _generation;

    /// <summary>Counts one request word (numbered <paramref name="stem"/>) for a user once, with the best field factor seen.</summary>
    public void AddWord(int user, int facet, int stem, double idf, double factor)
    {
        if (_wordStamp[user] != _generation)
        {
            _wordStamp[user] = _generation;
            WordIdf[user] = 0;
            WordStem[user] = -1;
            WordFactor[user] = 0;
            WordFacet[user] = facet;
            WordUsers.Add(user);
        }

        if (WordStem[user] != stem)
        {
            WordStem[user] = stem;
            WordFactor[user] = factor;
            WordIdf[user] += idf * factor;
        }
        else if (factor > WordFactor[user])
        {
            WordIdf[user] += idf * (factor - WordFactor[user]);
            WordFactor[user] = factor;
            WordFacet[user] = facet;
        }
    }

    /// <summary>Users holding at least one of this request's words.</summary>
    public List<int> WordUsers { get; } = [];

    /// <summary>Per user: a facet holding one of the request's words in their best field, to explain a profile-wide match.</summary>
    public int[] WordFacet { get; }

    /// <summary>Whether the user has evidence since <see cref="ResetUsers"/>.</summary>
    public bool IsOffered(int user) => _userStamp[user] == _userGeneration;

    public double[] TopicWeight { get; }

    public double[] DomainWeight { get; }

    public bool[] Corrected { get; }

    /// <summary>Per facet: whether it holds a name the request asks about ("qqn connaît Trillium ?").</summary>
    public bool[] Asked { get; }

    /// <summary>Facets touched since <see cref="Reset"/>, in first-touch order.</summary>
    public List<int> Touched { get; } = [];

    // Per user: the strongest facet, the second one (for reasons) and the sum of all but the strongest (secondary evidence).
    public double[] Best { get; }

    public int[] BestFacet { get; }

    public bool[] BestRelated { get; }

    /// <summary>What share of the best facet's strength counts as secondary evidence once a stronger facet displaces it.</summary>
    private readonly double[] _bestSecondaryShare;

    public double[] Second { get; }

    public int[] SecondFacet { get; }

    public bool[] SecondRelated { get; }

    /// <summary>Sum of the other fields matched directly.</summary>
    public double[] SecondarySum { get; }

    /// <summary>Sum of the other fields matched only through their domain.</summary>
    public double[] RelatedSum { get; }

    /// <summary>
    /// Secondary evidence for the user: related-field fields only add up among related-field people, so breadth in a field never
    /// outweighs the proficiency of someone who holds the very skill asked for.
    /// </summary>
    public double Secondary(int user) => SecondarySum[user] + (BestRelated[user] ? RelatedSum[user] : 0);

    /// <summary>
    /// Qualified users with their match, kept between requests: a common skill can qualify tens of thousands of people, and
    /// a fresh list that large would land on the large-object heap on every request.
    /// </summary>
    public List<(double Match, int User)> Qualified { get; } = [];

    /// <summary>The strongest few qualified users, found in one pass with a small min-heap instead of sorting everyone.</summary>
    public PriorityQueue<(double Match, int User), (double Match, int User)> Strongest { get; } = new(WeakestFirst.Instance);

    /// <summary>Users with evidence since <see cref="ResetUsers"/>.</summary>
    public List<int> TouchedUsers { get; } = [];

    public void ResetUsers()
    {
        TouchedUsers.Clear();
        Qualified.Clear();
        Strongest.Clear();
        if (++_userGeneration == int.MaxValue)
        {
            Array.Clear(_userStamp);
            _userGeneration = 1;
        }
    }

    /// <summary>Adds one facet's strength to its user's evidence.</summary>
    /// <param name="secondaryShare">The share of <paramref name="strength"/> that counts as secondary evidence when another facet is the best.</param>
    public void Offer(int user, int facet, double strength, bool related, double secondaryShare = 1)
    {
        if (_userStamp[user] != _userGeneration)
        {
            _userStamp[user] = _userGeneration;
            Best[user] = 0;
            BestFacet[user] = -1;
            BestRelated[user] = false;
            _bestSecondaryShare[user] = 1;
            Second[user] = 0;
            SecondFacet[user] = -1;
            SecondRelated[user] = false;
            SecondarySum[user] = 0;
            RelatedSum[user] = 0;
            TouchedUsers.Add(user);
        }

        if (strength > Best[user])
        {
            if (BestFacet[user] >= 0)
            {
                Push(user, BestFacet[user], Best[user], BestRelated[user], _bestSecondaryShare[user]);
            }

            Best[user] = strength;
            BestFacet[user] = facet;
            BestRelated[user] = related;
            _bestSecondaryShare[user] = secondaryShare;
        }
        else
        {
            Push(user, facet, strength, related, secondaryShare);
        }
    }

    /// <summary>The user's match comes from their own words, not a related field.</summary>
    public void MarkDirect(int user) => BestRelated[user] = false;

    private void Push(int user, int facet, double strength, bool related, double secondaryShare)
    {
        if (related)
        {
            RelatedSum[user] += strength;
        }
        else
        {
            SecondarySum[user] += strength * secondaryShare;
        }

        if (strength > Second[user])
        {
            Second[user] = strength;
            SecondFacet[user] = facet;
            SecondRelated[user] = related;
        }
    }

    public void Reset()
    {
        Touched.Clear();
        WordUsers.Clear();
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamp);
            Array.Clear(_wordStamp);
            _generation = 1;
        }
    }

    /// <summary>Whether the facet has evidence from this request.</summary>
    public bool IsTouched(int facet) => _stamp[facet] == _generation;

    /// <summary>Marks a facet as touched by this request, zeroing what a previous request left in it.</summary>
    public void Touch(int facet)
    {
        if (_stamp[facet] == _generation)
        {
            return;
        }

        _stamp[facet] = _generation;
        MatchedIdf[facet] = 0;
        TopicWeight[facet] = 0;
        DomainWeight[facet] = 0;
        Corrected[facet] = false;
        Asked[facet] = false;
        Touched.Add(facet);
    }
}

/// <summary>Strongest match first; equal matches by user index, so answers are deterministic.</summary>
internal sealed class StrongestFirst : IComparer<(double Match, int User)>
{
    public static StrongestFirst Instance { get; } = new();

    public int Compare((double Match, int User) x, (double Match, int User) y)
    {
        var byMatch = y.Match.CompareTo(x.Match);
        return byMatch != 0 ? byMatch : x.User.CompareTo(y.User);
    }
}

/// <summary>The reverse order, for the min-heap that keeps the strongest few.</summary>
internal sealed class WeakestFirst : IComparer<(double Match, int User)>
{
    public static WeakestFirst Instance { get; } = new();

    public int Compare((double Match, int User) x, (double Match, int User) y) => StrongestFirst.Instance.Compare(y, x);
}

/// <summary>A small pool of scratch buffers for one index.</summary>
internal sealed class FacetScratchPool(int facetCount, int userCount)
{
    private readonly ConcurrentBag<FacetScratch> _free = [];

    public FacetScratch Rent()
    {
        var scratch = _free.TryTake(out var pooled) ? pooled : new FacetScratch(facetCount, userCount);
        scratch.Reset();
        return scratch;
    }

    public void Return(FacetScratch scratch) => _free.Add(scratch);
}
