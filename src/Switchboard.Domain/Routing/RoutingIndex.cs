using System.Text.RegularExpressions;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing.Text;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Routing;

/// <summary>
/// Everything routing needs from one directory snapshot, precomputed: profiles cut into facets, an
/// inverted index from stems and topics to facets (so a request touches only the few people who share
/// its words), document frequencies, availability parsed once, the org chart, and the service groups.
/// Build once per snapshot; immutable and safe to share between threads afterwards.
/// </summary>
public sealed partial class RoutingIndex
{
    private readonly Dictionary<string, int> _userById;
    private readonly Dictionary<string, int[]> _stemPostings;
    private readonly string[] _sortedStems;
    private readonly Dictionary<string, double> _idf;
    private readonly int[][] _topicPostings;
    private readonly int[][] _topicPostingsWithoutAboutMe;
    private readonly int[][] _domainPostings;
    private readonly double[] _topicSpecificity;

    private readonly Lazy<IReadOnlyDictionary<string, int[]>> _usersByLanguage;
    private readonly Lazy<IReadOnlySet<string>> _peopleNameWords;

    private readonly Lazy<IReadOnlySet<string>> _deskStems;
    private readonly Lazy<IReadOnlySet<int>> _sectorTopics;

    private RoutingIndex(
        DirectorySnapshot snapshot,
        TopicVocabulary vocabulary,
        RoutingOptions options,
        List<IndexedUser> users,
        List<ProfileFacet> facets,
        Dictionary<string, int> userById,
        Dictionary<string, int[]> stemPostings,
        Dictionary<string, double> idf,
        int[][] topicPostings,
        int[][] domainPostings,
        List<IndexedGroup> groups,
        TypoLexicon words,
        TypoLexicon stems,
        IReadOnlySet<string> placeStems)
    {
        Snapshot = snapshot;
        Vocabulary = vocabulary;
        Options = options;
        Users = users;
        _usersByLanguage = new Lazy<IReadOnlyDictionary<string, int[]>>(
            () => users.Where(u => u.Language is not null)
                .GroupBy(u => u.Language!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(u => u.Index).ToArray(), StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _peopleNameWords = new Lazy<IReadOnlySet<string>>(
            () => users.SelectMany(u => TextNormalizer.Tokenize($"{u.User.DisplayName} {u.User.GivenName} {u.User.Surname}")).ToHashSet(StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        PlaceStems = placeStems;
        Facets = facets;
        _userById = userById;
        _stemPostings = stemPostings;
        _sortedStems = [.. stemPostings.Keys.Order(StringComparer.Ordinal)];
        _idf = idf;
        _topicPostings = topicPostings;
        // About-me texts repeat the skills people already list; in a large directory they double the work of a topic for little evidence.
        _topicPostingsWithoutAboutMe = [.. topicPostings.Select(postings => postings.Where(f => facets[f].Kind != FacetKind.AboutMe).ToArray())];
        _domainPostings = domainPostings;
        Groups = groups;
        _deskStems = new Lazy<IReadOnlySet<string>>(
            () => groups.Where(g => g.AcceptsRequests).SelectMany(g => g.Stems).ToHashSet(StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _sectorTopics = new Lazy<IReadOnlySet<int>>(() => SectorTopics(groups, options), LazyThreadSafetyMode.ExecutionAndPublication);
        Words = words;
        Stems = stems;
        Scratch = new FacetScratchPool(facets.Count, users.Count);
        _topicSpecificity = [.. topicPostings.Select(postings => Specificity(postings, facets, users.Count, options))];
        Hot = new FacetColumns(facets, options);
        _camelCaseStems = new Lazy<IReadOnlySet<string>>(
            () => facets.SelectMany(f => CamelCaseWord().Matches(f.Text)).SelectMany(m => TextNormalizer.Tokenize(m.Value))
                .Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        AcronymStems = facets
            .Where(f => f.IsSkill && !f.IsAlias && HasTwoCapitals(f.Text))
            .SelectMany(f => CapitalisedWords(f.Text))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Stems of the acronyms written in capitals in the directory's skill names ("LEED", "IFS"): a request word that merely stems to
    /// one of them ("Leeds" → "leed") is another word, not the acronym, and keeps its own form.
    /// </summary>
    internal IReadOnlySet<string> AcronymStems { get; }

    /// <summary>
    /// Stems of product names written in camel case in profiles ("CartonIQ", "PowerBI", "SatMaster"): one word glued to another, so a
    /// request's plain "carton" or "power" is not the same word in another form.
    /// </summary>
    private readonly Lazy<IReadOnlySet<string>> _camelCaseStems;

    private const int MaxJoinedWordHolders = 2000;

    /// <summary>
    /// The two profile stems a request word glues together ("powerbi" for a skill written "Power BI", "nutriscore" for "Nutri-Score",
    /// "antipanique" for "anti-panique"): two words some profile writes in a row whose joined form stems to the request's. Null when
    /// none does. Read on demand from the facets holding either half, so a large directory builds nothing for it.
    /// </summary>
    internal string[]? JoinedWords(string stem)
    {
        if (stem.Length < 4 || !stem.All(char.IsLetter))
        {
            return null;
        }

        for (var cut = 2; cut <= stem.Length - 2; cut++)
        {
            var withFirst = FacetsWithStem(LightStemmer.Stem(stem[..cut]));
            var withSecond = FacetsWithStem(LightStemmer.Stem(stem[cut..]));
            var holders = withFirst.Count == 0 || (withSecond.Count > 0 && withSecond.Count < withFirst.Count) ? withSecond : withFirst;
            // Two words so common that even the rarer is written thousands of times are no product name glued together, and reading
            // all their facets would cost a large directory a visible pause.
            if (holders.Count > MaxJoinedWordHolders)
            {
                continue;
            }

            foreach (var facetId in holders)
            {
                var words = TextNormalizer.Tokenize(Facets[facetId].Text);
                for (var i = 1; i < words.Count; i++)
                {
                    if (words[i - 1].Length >= 2 && words[i].Length >= 2
                        && string.Equals(LightStemmer.Stem(words[i - 1] + words[i]), stem, StringComparison.Ordinal))
                    {
                        return [LightStemmer.Stem(words[i - 1]), LightStemmer.Stem(words[i])];
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Normalised words of <paramref name="text"/> written entirely in capitals (two letters or more).</summary>
    internal static IEnumerable<string> CapitalisedWords(string? text) => string.IsNullOrEmpty(text)
        ? []
        : CapitalisedWord().Matches(text).SelectMany(m => TextNormalizer.Tokenize(m.Value));

    private static bool HasTwoCapitals(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsUpper(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2}[\p{Lu}\p{N}]*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    /// <summary>A word with a capital after a lower-case letter inside it: "CartonIQ", "SharePoint", "eTrack".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+\p{Ll}\p{Lu}[\p{L}\p{N}]*", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCaseWord();

    public DirectorySnapshot Snapshot { get; }

    public TopicVocabulary Vocabulary { get; }

    public RoutingOptions Options { get; }

    public int UserCount => Users.Count;

    public int FacetCount => Facets.Count;

    internal IReadOnlyList<IndexedUser> Users { get; }

    internal IReadOnlyList<ProfileFacet> Facets { get; }

    internal IReadOnlyList<IndexedGroup> Groups { get; }

    /// <summary>Known normalised words (vocabulary and directory), to correct typos before stemming.</summary>
    internal TypoLexicon Words { get; }

    /// <summary>Known stems, to correct typos the word lexicon missed.</summary>
    internal TypoLexicon Stems { get; }

    internal FacetScratchPool Scratch { get; }

    /// <summary>The per-facet numbers scoring reads, as arrays, so scoring tens of thousands of facets stays in cache.</summary>
    internal FacetColumns Hot { get; }

    /// <summary>Users by the primary subtag of their preferred language ("pt" of "pt-BR"), built on first use.</summary>
    internal IReadOnlyDictionary<string, int[]> UsersByLanguage => _usersByLanguage.Value;

    /// <summary>The words of everyone's names in the directory ("Sarah", "Blanc"), built on first use.</summary>
    internal IReadOnlySet<string> PeopleNameWords => _peopleNameWords.Value;

    /// <summary>Stems of the names of the company's sites, from everyone's office location ("Ashton Vale", "Sixt").</summary>
    internal IReadOnlySet<string> PlaceStems { get; }

    /// <summary>
    /// Whether the service topic is the company's trade rather than a desk's service: at least <see cref="RoutingOptions.SectorTopicMinDesks"/>
    /// desks, and <see cref="RoutingOptions.SectorTopicMinDeskShare"/> of those taking requests, name it in their own text ("candidats",
    /// "intérimaires" at a staffing agency). Counted once per snapshot, on first use.
    /// </summary>
    internal bool IsSectorTopic(int topic) => _sectorTopics.Value.Contains(topic);

    private static HashSet<int> SectorTopics(List<IndexedGroup> groups, RoutingOptions options)
    {
        var desks = groups.Where(g => g.AcceptsRequests).ToList();
        return
        [
            .. desks.SelectMany(g => g.Topics.Where(t => t.Value >= 1).Select(t => t.Key))
                .GroupBy(topic => topic)
                .Where(naming => naming.Count() >= options.SectorTopicMinDesks && naming.Count() >= options.SectorTopicMinDeskShare * desks.Count)
                .Select(naming => naming.Key),
        ];
    }

    /// <summary>Whether the directory uses the stem: in someone's profile or in the name or description of a desk.</summary>
    internal bool Uses(string stem) => FacetsWithStem(stem).Count > 0 || DeskUses(stem);

    /// <summary>Whether the name or description of a group that takes requests uses the stem.</summary>
    internal bool DeskUses(string stem) => _deskStems.Value.Contains(stem);

    internal IndexedUser? FindUser(string id) => _userById.TryGetValue(id, out var index) ? Users[index] : null;

    /// <summary>
    /// A profile stem that is the same word in the other language or another derivation ("ergonom"/"ergonomi", "stochastic"/"stochast"):
    /// one is the other plus at most <see cref="RoutingOptions.MaxCognateExtraLetters"/> letters, sharing at least
    /// <see cref="RoutingOptions.MinCognatePrefix"/>. The closest in length wins; null when none.
    /// </summary>
    internal string? Cognate(string stem)
    {
        var options = Options;
        if (stem.Length < options.MinCognatePrefix || !stem.All(char.IsLetter))
        {
            return null;
        }

        string? best = null;
        for (var length = stem.Length - 1; length >= Math.Max(options.MinCognatePrefix, stem.Length - options.MaxCognateExtraLetters); length--)
        {
            if (_stemPostings.ContainsKey(stem[..length]))
            {
                best = stem[..length];
                break;
            }
        }

        foreach (var candidate in LongerStemsStartingWith(stem))
        {
            if (candidate.Length - stem.Length <= options.MaxCognateExtraLetters && !_camelCaseStems.Value.Contains(candidate)
                && (best is null || Math.Abs(candidate.Length - stem.Length) < Math.Abs(best.Length - stem.Length)))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// The profile stem that is the request stem's French "-age" noun of the same act, or the reverse: "greffe" for "Greffage de
    /// l'olivier", "sablage" for a profile's "sabler". Only for a request word the directory does not know; null when none.
    /// </summary>
    internal string? ActionNoun(string stem)
    {
        if (stem.Length < 3 || !stem.All(char.IsLetter))
        {
            return null;
        }

        if (stem.EndsWith("ag", StringComparison.Ordinal) && stem.Length >= 6)
        {
            var root = stem[..^2];
            if (_stemPostings.ContainsKey(root))
            {
                return root;
            }

            return root[^1] == root[^2] && _stemPostings.ContainsKey(root[..^1]) ? root[..^1] : null;
        }

        return _stemPostings.ContainsKey(stem + "ag") ? stem + "ag"
            : _stemPostings.ContainsKey(stem + stem[^1] + "ag") ? stem + stem[^1] + "ag"
            : null;
    }

    /// <summary>
    /// The profile word a request word abbreviates by cutting its end ("phyto" for "phytosanitaires", "regl" for "réglementation",
    /// "compta" for "comptabilité"): the request word is unknown to the directory, at least
    /// <see cref="RoutingOptions.MinTruncationLength"/> letters, and begins a longer profile stem by more than a cognate's ending.
    /// Of several, the stem most people hold: an abbreviation stands for the common word. Null when none.
    /// </summary>
    internal string? Expansion(string stem)
    {
        var options = Options;
        if (stem.Length < options.MinTruncationLength || !stem.All(char.IsLetter))
        {
            return null;
        }

        string? best = null;
        var bestCount = 0;
        foreach (var candidate in LongerStemsStartingWith(stem))
        {
            var count = FacetsWithStem(candidate).Count;
            if (candidate.Length - stem.Length > options.MaxCognateExtraLetters && candidate.All(char.IsLetter) && count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>The profile stems that begin with <paramref name="prefix"/> and are longer, in order.</summary>
    private IEnumerable<string> LongerStemsStartingWith(string prefix)
    {
        var start = Array.BinarySearch(_sortedStems, prefix, StringComparer.Ordinal);
        for (var i = start < 0 ? ~start : start + 1; i < _sortedStems.Length && _sortedStems[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sortedStems[i];
        }
    }

    /// <summary>A user's own fields: facets are stored user by user, so a binary search finds the first.</summary>
    internal IEnumerable<ProfileFacet> FacetsOf(int user)
    {
        var low = 0;
        var high = Facets.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Facets[middle].UserIndex < user)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < Facets.Count && Facets[i].UserIndex == user; i++)
        {
            yield return Facets[i];
        }
    }

    internal IReadOnlyList<int> FacetsWithStem(string stem) => _stemPostings.TryGetValue(stem, out var postings) ? postings : [];

    /// <summary>
    /// Whether at least <paramref name="minHolders"/> people list the stem in a skill: the company's trade ("transport" at an ambulance
    /// company), not one desk's service. Postings are ordered by user, so a new holder is a change of user; the count stops at the bar.
    /// </summary>
    internal bool IsTradeWord(string stem, int minHolders)
    {
        var holders = 0;
        var last = -1;
        foreach (var posting in FacetsWithStem(stem))
        {
            var facet = Facets[posting];
            if (facet.IsSkill && facet.UserIndex != last)
            {
                last = facet.UserIndex;
                if (++holders >= minHolders)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether one of the user's facets holds the stem: a binary search, as facets and so postings are ordered by user.</summary>
    internal bool UserHoldsStem(int user, string stem)
    {
        var postings = FacetsWithStem(stem);
        var low = 0;
        var high = postings.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var holder = Facets[postings[middle]].UserIndex;
            if (holder == user)
            {
                return true;
            }

            if (holder < user)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    internal IReadOnlyList<int> FacetsWithTopic(int topic) => _topicPostings[topic];

    /// <summary>Facets naming the topic, about-me texts excepted.</summary>
    internal IReadOnlyList<int> FacetsWithTopicExceptAboutMe(int topic) => _topicPostingsWithoutAboutMe[topic];

    /// <summary>Whether the directory is large enough for the shortcuts that trade a little recall for speed.</summary>
    internal bool IsLarge => Users.Count >= Options.MinUsersForWordShareRule;

    internal IReadOnlyList<int> FacetsInDomain(int domain) => domain >= 0 ? _domainPostings[domain] : [];

    internal double Idf(string stem) => _idf.GetValueOrDefault(stem);

    /// <summary>The idf of a word one person holds: the weight of a word only a desk's description uses.</summary>
    internal double SingleHolderIdf => Math.Log(1 + (UserCount + 1.0));

    /// <summary>
    /// How much a topic tells people apart in this tenant, from 1 (few hold it) down to <see cref="RoutingOptions.MinTopicSpecificity"/>
    /// (a large share does): in a construction company "chantier" is everyone's business and must not decide who answers.
    /// </summary>
    internal double TopicSpecificity(int topic) => _topicSpecificity[topic];

    private static double Specificity(int[] postings, List<ProfileFacet> facets, int userCount, RoutingOptions options)
    {
        if (userCount < options.MinUsersForTopicSpecificity || postings.Length == 0)
        {
            return 1;
        }

        var people = 0;
        var previous = -1;
        foreach (var facetId in postings)
        {
            var user = facets[facetId].UserIndex;
            if (user != previous)
            {
                people++;
                previous = user;
            }
        }

        var share = (double)people / userCount;
        if (share <= options.TopicShareAtFullWeight)
        {
            return 1;
        }

        var progress = Math.Min(1, (share - options.TopicShareAtFullWeight) / (options.TopicShareAtMinWeight - options.TopicShareAtFullWeight));
        return 1 - (progress * (1 - options.MinTopicSpecificity));
    }

    public static RoutingIndex Build(DirectorySnapshot snapshot, TopicVocabulary vocabulary, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(options);

        var builder = new Builder(vocabulary, options);
        return builder.Build(snapshot);
    }

    private sealed partial class Builder(TopicVocabulary vocabulary, RoutingOptions options)
    {
        private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TimeZoneInfo?> _zones = new(StringComparer.OrdinalIgnoreCase);
        private readonly TypoLexicon _words = new(options.MinTypoLength);
        private readonly TypoLexicon _stems = new(options.MinStemTypoLength);

        /// <summary>The stems of the vocabulary's terms, for the initials check of every multi-word skill.</summary>
        private readonly HashSet<string> _vocabularyStems = vocabulary.Matcher.KnownStems.ToHashSet(StringComparer.Ordinal);

        public RoutingIndex Build(DirectorySnapshot snapshot)
        {
            var users = new List<IndexedUser>(snapshot.Users.Count);
            var userById = new Dictionary<string, int>(snapshot.Users.Count, StringComparer.OrdinalIgnoreCase);
            var facets = new List<ProfileFacet>(snapshot.Users.Count * 6);
            var stemPostings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var topicPostings = new List<int>[vocabulary.Topics.Count];
            for (var i = 0; i < topicPostings.Length; i++)
            {
                topicPostings[i] = [];
            }

            var domainPostings = new List<int>[vocabulary.Domains.Count];
            for (var i = 0; i < domainPostings.Length; i++)
            {
                domainPostings[i] = [];
            }

            LearnVocabularyWords();

            foreach (var user in snapshot.Users)
            {
                if (user is null || string.IsNullOrWhiteSpace(user.Id) || userById.ContainsKey(user.Id))
                {
                    // A duplicate id is a broken export; the first occurrence wins so answers stay deterministic.
                    continue;
                }

                var index = users.Count;
                userById[user.Id] = index;
                users.Add(new IndexedUser
                {
                    Index = index,
                    User = user,
                    Name = user.DisplayName ?? user.Mail ?? user.UserPrincipalName ?? user.Id,
                    Language = PrimaryLanguage(user.PreferredLanguage),
                    Availability = AvailabilityProfile.From(user, ResolveZone),
                });

                foreach (var facet in FacetsOf(user, index))
                {
                    var facetId = facets.Count;
                    facets.Add(facet);
                    foreach (var domain in facet.Domains)
                    {
                        domainPostings[domain].Add(facetId);
                    }

                    // A department or an interest never qualifies anyone on its own, and a department word is shared by
                    // thousands in a large company: they count as related-field evidence only, not in word and topic postings.
                    if (facet.Kind is FacetKind.Department or FacetKind.Interest)
                    {
                        continue;
                    }

                    foreach (var stem in facet.Stems)
                    {
                        if (!stemPostings.TryGetValue(stem, out var list))
                        {
                            list = [];
                            stemPostings[stem] = list;
                        }

                        list.Add(facetId);
                    }

                    foreach (var topic in facet.Topics)
                    {
                        topicPostings[topic].Add(facetId);
                    }
                }
            }

            foreach (var user in users)
            {
                if (user.User.Manager?.Id is { } managerId && userById.TryGetValue(managerId, out var manager) && manager != user.Index)
                {
                    user.ManagerIndex = manager;
                }
            }

            // A word of a reply says what a colleague is named for when the directory or the vocabulary uses it ("collection",
            // "lymphoedema"); "contactez", "boussole" do not.
            AssignDelegates(users, vocabulary, stem => stemPostings.ContainsKey(stem) || _vocabularyStems.Contains(stem));
            var idf = ComputeIdf(stemPostings, facets, users.Count);
            // The names of the company's sites ("Sixt", "Singapore", "Bernin") say where, not what: in a request they are context, and
            // the people whose profile names the site ("Chef de secteur Sixt") are not its subject's experts.
            var placeStems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var place in users.SelectMany(u => PlaceNames(u.User.OfficeLocation)).Distinct(StringComparer.Ordinal))
            {
                var stem = LightStemmer.Stem(place);
                if (place.Length >= 3 && place.All(char.IsLetter) && !_vocabularyStems.Contains(stem))
                {
                    placeStems.Add(stem);
                    if (idf.TryGetValue(stem, out var value))
                    {
                        idf[stem] = value * options.PlaceWordIdfFactor;
                    }
                }
            }

            foreach (var facet in facets)
            {
                facet.TotalIdf = facet.Stems.Sum(s => idf.GetValueOrDefault(s));
            }

            var tradeStems = TradeStems(facets, users.Count);
            var groups = snapshot.Groups
                .Where(g => g is not null && !string.IsNullOrWhiteSpace(g.Id))
                .Select(g => IndexGroup(g, userById, tradeStems))
                .ToList();

            return new RoutingIndex(
                snapshot,
                vocabulary,
                options,
                users,
                facets,
                userById,
                stemPostings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
                idf,
                [.. topicPostings.Select(l => l.ToArray())],
                [.. domainPostings.Select(l => l.ToArray())],
                groups,
                _words,
                _stems,
                placeStems);
        }

        private void LearnVocabularyWords()
        {
            // Vocabulary words are preferred corrections: they were chosen by people, directory text was not.
            const int VocabularyPreference = 2;
            foreach (var stem in _vocabularyStems)
            {
                _stems.Add(stem, VocabularyPreference);
            }

            foreach (var word in vocabulary.StopWords)
            {
                _words.Add(word, VocabularyPreference);
            }

            foreach (var word in vocabulary.KnownWords)
            {
                _words.Add(word, VocabularyPreference);
            }
        }

        private IEnumerable<ProfileFacet> FacetsOf(DirectoryUser user, int index)
        {
            var seenSkills = new HashSet<string>(StringComparer.Ordinal);
            foreach (var skill in user.Profile?.Skills ?? [])
            {
                if (skill?.DisplayName is not { } name || string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var tags = skill.CollaborationTags ?? [];
                var askMeAbout = tags.Contains("askMeAbout", StringComparer.OrdinalIgnoreCase);
                var ableToMentor = tags.Contains("ableToMentor", StringComparer.OrdinalIgnoreCase);
                var proficiency = ParseProficiency(skill.Proficiency);
                seenSkills.Add(Key(name));
                // Wanting to learn something is the opposite of being the one to ask, unless they also invite questions.
                if (tags.Contains("wantsToLearn", StringComparer.OrdinalIgnoreCase) && !askMeAbout && !ableToMentor)
                {
                    continue;
                }

                if (CreateFacet(index, FacetKind.ProfileSkill, name, proficiency, skill.Proficiency, askMeAbout, ableToMentor) is { } facet)
                {
                    yield return facet;
                    foreach (var alias in Aliases(index, facet))
                    {
                        yield return alias;
                    }
                }
            }

            foreach (var name in user.Skills ?? [])
            {
                if (!string.IsNullOrWhiteSpace(name) && seenSkills.Add(Key(name))
                    && CreateFacet(index, FacetKind.DeclaredSkill, name, Proficiency.Unknown, null, false, false) is { } facet)
                {
                    yield return facet;
                    foreach (var alias in Aliases(index, facet))
                    {
                        yield return alias;
                    }
                }
            }

            foreach (var responsibility in user.Responsibilities ?? [])
            {
                if (CreateFacet(index, FacetKind.Responsibility, responsibility, Proficiency.Unknown, null, false, false) is { } facet)
                {
                    yield return facet;
                    foreach (var alias in Aliases(index, facet))
                    {
                        yield return alias;
                    }
                }
            }

            foreach (var interest in user.Interests ?? [])
            {
                if (CreateFacet(index, FacetKind.Interest, interest, Proficiency.Unknown, null, false, false) is { } facet)
                {
                    yield return facet;
                }
            }

            if (CreateFacet(index, FacetKind.JobTitle, user.JobTitle, Proficiency.Unknown, null, false, false) is { } title)
            {
                yield return title;
            }

            if (CreateFacet(index, FacetKind.AboutMe, user.AboutMe, Proficiency.Unknown, null, false, false) is { } about)
            {
                yield return about;
            }

            if (CreateFacet(index, FacetKind.Department, user.Department, Proficiency.Unknown, null, false, false) is { } department)
            {
                yield return department;
            }
        }

        /// <summary>
        /// Acronyms a skill name gives in brackets or between slashes ("Certificats SSL/TLS", "Video Games Expenditure Credit (VGEC)",
        /// "Console certification (TRC/XR/Lotcheck)") are other names of the same skill: naming one of them names the skill,
        /// although it covers only a small share of the skill's words. Each becomes an alias facet of the same skill, as do a standard's
        /// number and up to three words in brackets ("Free trade zone regime (Zona Franca)").
        /// </summary>
        private static readonly Regex AliasAcronym = new(
            @"(?<=[(/]\s*)(?<acronym>\p{Lu}[\p{Lu}\p{N}]{1,6})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<acronym>\p{Lu}[\p{Lu}\p{N}]{1,6})(?=\s*[/)])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>An all-capitals word of three to seven letters or digits, starting with two letters, standing alone in a skill name.</summary>
        private static readonly Regex PlainAcronym = new(
            @"(?<![\p{L}\p{N}&])\p{Lu}{2}[\p{Lu}\p{N}]{1,5}(?![\p{L}\p{N}&])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>A code of one to three capitals then two to four digits standing alone in a skill name: "M57", "R482".</summary>
        private static readonly Regex LetterCode = new(@"(?<![\p{L}\p{N}.,/-])\p{Lu}{1,3}\p{N}{2,4}(?![\p{L}\p{N}.,/-])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Words in brackets in a skill name (up to three count, once stop words are set aside).</summary>
        private static readonly Regex Bracketed = new(@"\((?<name>[^()/]{3,40})\)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>A number of four to six digits standing alone in a skill name: a standard's number.</summary>
        private static readonly Regex StandardNumber = new(@"(?<![\p{L}\p{N}.,/-])\p{N}{4,6}(?![\p{L}\p{N}.,/-])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Words joining two subjects in a skill's name ("Trusts et fondations", "Hydraulics &amp; pneumatics").</summary>
        private static readonly Regex Conjunctions = new(@"\s+(?:et|and|&|und|e|y)\s+|\s*,\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

        private IEnumerable<ProfileFacet> Aliases(int user, ProfileFacet skill)
        {
            if (skill.Stems.Length < 2)
            {
                yield break;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            // A capitalised acronym among plain words ("QXF Food", "Audit SMETA") names the skill as surely as one in brackets; not one
            // beside a number ("IFRS 17", "Eurocode 8"), where the number is what tells the skill from its siblings.
            var acronyms = AliasAcronym.Matches(skill.Text).Select(m => m.Groups["acronym"].Value);
            // Nor one the vocabulary knows as a subject ("SCADA security", "SCADA systems"): there the acronym is the shared subject
            // of sibling skills and its topic already links them; the rest of the name is what tells them apart.
            if (!skill.Stems.Any(stem => stem.Any(char.IsDigit)))
            {
                acronyms = acronyms.Concat(PlainAcronym.Matches(skill.Text).Select(m => m.Value)
                    .Where(a => TextNormalizer.Tokenize(a) is [var token] && vocabulary.Matcher.Match([LightStemmer.Stem(token)]).Count == 0));
            }

            // A standard's number ("ISO 11135", "IEC 62304", "EN 1090") names the standard, and so the skill, on its own: "per 11135";
            // so does a code of capitals and digits ("Nomenclature M57", "CACES R482"): "je débute sur la M57".
            acronyms = acronyms.Concat(StandardNumber.Matches(skill.Text).Select(m => m.Value));
            acronyms = acronyms.Concat(LetterCode.Matches(skill.Text).Select(m => m.Value));
            // Words in brackets are the skill's other name ("Free trade zone regime (Zona Franca)", "Phytosanitaires (Certiphyto)").
            acronyms = acronyms.Concat(Bracketed.Matches(skill.Text).Select(m => m.Groups["name"].Value));
            // A name given in two languages or two forms ("Droit des sociétés / Corporate law"), or a subject and its detail ("Marchés publics -
            // réponse aux appels d'offres"), is named by each.
            if (skill.Text.Contains(" / ", StringComparison.Ordinal) || skill.Text.Contains(" - ", StringComparison.Ordinal))
            {
                acronyms = acronyms.Concat(skill.Text.Split([" / ", " - "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            // And the name without them is the skill itself ("Treuillage (hoist operations)" for "un spécialiste treuillage").
            if (Bracketed.IsMatch(skill.Text))
            {
                acronyms = acronyms.Append(Bracketed.Replace(skill.Text, " "));
            }

            // The initials of a name of three to five words are how colleagues write it ("Atomic layer deposition": ALD), unless they
            // spell a word the vocabulary knows; so are those of one of its names ("Traçabilité des cuirs / Leather Working Group": LWG).
            foreach (var name in NamePartSeparators().Split(skill.Text).Where(part => part.Trim().Length > 0))
            {
                // Only short linking words are skipped: "Leather Working Group" is LWG although "working" is a stop word.
                var words = TextNormalizer.Tokenize(name).Where(t => t.Length > 4 || !vocabulary.StopWords.Contains(t)).ToList();
                if (words.Count is >= 3 and <= 5 && words.All(w => w.All(char.IsLetter)) && string.Concat(words.Select(w => w[0])) is var initials
                    && !vocabulary.StopWords.Contains(initials) && !_vocabularyStems.Contains(LightStemmer.Stem(initials)))
                {
                    acronyms = acronyms.Append(initials);
                }
            }

            // A name joining two subjects ("Trusts et fondations", "Hydraulics & pneumatics", "Pompes, vannes") is named by each of them,
            // and so is a bracketed list's item ("Procédures collectives (RJ, LJ)"). Measured: leaving bracketed lists out cost two.
            if (Conjunctions.IsMatch(skill.Text))
            {
                // A bracketed list's items name the skill when written as names ("(RJ, LJ)", "(CPSC, Prop 65)", "(Legrabox, Movento)");
                // plain words listed in brackets are what it deals in ("Achats fils techniques (para-aramide, polyester)"): "du polyester"
                // does not name the buying. Measured: +7 first targets (16 gained, 9 lost); keeping only acronyms and codes, −1.
                var outside = AnyBracketed().Replace(skill.Text, " ");
                acronyms = acronyms.Concat(Conjunctions.Split(outside).Where(part => part.Trim().Length > 0));
                acronyms = acronyms.Concat(AnyBracketed().Matches(skill.Text)
                    .SelectMany(m => Conjunctions.Split(m.Groups["name"].Value))
                    .Where(part => part.Any(char.IsUpper)));
            }

            foreach (var acronym in acronyms)
            {
                var tokens = TextNormalizer.Tokenize(acronym).Where(t => !vocabulary.StopWords.Contains(t)).ToList();
                if (tokens.Count is 0 or > 3 || tokens.Count == skill.Stems.Length)
                {
                    continue;
                }

                var aliasStems = tokens.Select(t => Intern(LightStemmer.Stem(t))).ToArray();
                if (!seen.Add(string.Join(' ', aliasStems)))
                {
                    continue;
                }

                var matches = vocabulary.Matcher.Match(aliasStems);
                yield return new ProfileFacet
                {
                    UserIndex = user,
                    Kind = skill.Kind,
                    Text = skill.Text,
                    Stems = aliasStems,
                    Topics = [.. matches.Where(m => m.Phrase.Target == PhraseTarget.Topic).Select(m => m.Phrase.TargetIndex).Distinct()],
                    Domains = skill.Domains,
                    Proficiency = skill.Proficiency,
                    ProficiencyName = skill.ProficiencyName,
                    AskMeAbout = skill.AskMeAbout,
                    AbleToMentor = skill.AbleToMentor,
                    IsAlias = true,
                };
            }
        }

        private ProfileFacet? CreateFacet(int user, FacetKind kind, string? text, Proficiency proficiency, string? proficiencyName, bool askMeAbout, bool ableToMentor)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var tokens = TextNormalizer.Tokenize(text);
            var stems = new List<string>(tokens.Count);
            foreach (var token in tokens)
            {
                if (vocabulary.StopWords.Contains(token) || (kind == FacetKind.JobTitle && vocabulary.JobTitleRoleWords.Contains(token)))
                {
                    continue;
                }

                var stem = LightStemmer.Stem(token);
                stems.Add(Intern(stem));
                // The tenant's own words become known words, so a typo in a product name still finds it.
                _words.Add(Intern(token), 1);
                _stems.Add(stems[^1], 1);
            }

            if (stems.Count == 0)
            {
                return null;
            }

            var matches = vocabulary.Matcher.Match(stems);
            var topics = matches
                .Where(m => m.Phrase.Target == PhraseTarget.Topic)
                .Select(m => m.Phrase.TargetIndex)
                .Distinct()
                .ToArray();
            var domains = matches
                .Select(m => m.Phrase.Target == PhraseTarget.Topic ? vocabulary.Topics[m.Phrase.TargetIndex].DomainIndex : m.Phrase.TargetIndex)
                .Where(d => d >= 0)
                .Distinct()
                .ToArray();

            return new ProfileFacet
            {
                UserIndex = user,
                Kind = kind,
                Text = text.Trim(),
                Stems = [.. stems.Distinct(StringComparer.Ordinal)],
                Topics = topics,
                Domains = domains,
                Proficiency = proficiency,
                ProficiencyName = proficiency == Proficiency.Unknown ? null : proficiencyName,
                AskMeAbout = askMeAbout,
                AbleToMentor = ableToMentor,
            };
        }

        /// <summary>
        /// The company's trade words ("golf" at a golf resort): stems written in the job titles or departments of at least
        /// <see cref="RoutingOptions.TradeWordMinHolders"/> people and <see cref="RoutingOptions.TradeTitleMinShare"/> of the directory.
        /// </summary>
        private HashSet<string> TradeStems(List<ProfileFacet> facets, int userCount)
        {
            // Facets come user by user: a stem's holder count grows when its last holder changes, with no set of users per stem.
            var holders = new Dictionary<string, (int LastUser, int Count)>(StringComparer.Ordinal);
            foreach (var facet in facets)
            {
                if (facet.Kind is not (FacetKind.JobTitle or FacetKind.Department))
                {
                    continue;
                }

                foreach (var stem in facet.Stems)
                {
                    var (last, count) = holders.GetValueOrDefault(stem, (-1, 0));
                    if (last != facet.UserIndex)
                    {
                        holders[stem] = (facet.UserIndex, count + 1);
                    }
                }
            }

            var minimum = Math.Max(options.TradeWordMinHolders, options.TradeTitleMinShare * userCount);
            return [.. holders.Where(h => h.Value.Count >= minimum).Select(h => h.Key)];
        }

        private IndexedGroup IndexGroup(DirectoryGroup group, Dictionary<string, int> userById, HashSet<string> tradeStems)
        {
            var name = group.DisplayName ?? group.Mail ?? group.Id;
            var nameStems = vocabulary.ContentStems(group.DisplayName);
            // "Pour un incident de sécurité (mail suspect), contactez la Cellule Cyber.": a sentence sending requests elsewhere names
            // what the desk does not take.
            var description = vocabulary.WithoutRedirects(group.Description);
            var descriptionStems = vocabulary.ContentStems(description);
            var allStems = new HashSet<string>(nameStems.Concat(descriptionStems), StringComparer.Ordinal);

            var topics = new Dictionary<int, double>();
            var domainTopics = new Dictionary<int, HashSet<int>>();
            var namedDomains = new HashSet<int>();
            var nameMatches = vocabulary.Matcher.Match(nameStems);
            var nameTopics = nameMatches.Where(m => m.Phrase.Target == PhraseTarget.Topic).Select(m => m.Phrase.TargetIndex).ToHashSet();
            foreach (var match in nameMatches.Concat(vocabulary.Matcher.Match(descriptionStems)))
            {
                if (match.Phrase.Target == PhraseTarget.Domain)
                {
                    namedDomains.Add(match.Phrase.TargetIndex);
                    continue;
                }

                var topic = vocabulary.Topics[match.Phrase.TargetIndex];
                topics[topic.Index] = Math.Max(topics.GetValueOrDefault(topic.Index), match.Phrase.Weight);
                // Naming a subject of a domain claims the domain: a help desk listing passwords and printers also takes VPN requests.
                // A generic word does not ("contracts" in an HR team's description does not make it the legal desk).
                if (topic.DomainIndex >= 0 && match.Phrase.Weight >= 1)
                {
                    if (!domainTopics.TryGetValue(topic.DomainIndex, out var set))
                    {
                        set = [];
                        domainTopics[topic.DomainIndex] = set;
                    }

                    set.Add(topic.Index);
                }
            }

            var domains = new Dictionary<int, int>();
            foreach (var domain in domainTopics.Keys.Union(namedDomains))
            {
                domains[domain] = (domainTopics.TryGetValue(domain, out var set) ? set.Count : 0) + (namedDomains.Contains(domain) ? 2 : 0);
            }

            // The name says what a group is; its description may mention a social or project word in passing ("stationnement vélo",
            // "licences de musique", "fuite d'assets du projet"). A group with its own intake channel, or named as a desk, is a
            // service desk whatever its description mentions.
            var requestChannel = FindRequestChannel(group, out var dedicated);
            var nameSet = new HashSet<string>(nameStems, StringComparer.Ordinal);
            var deskByName = dedicated || TopicVocabulary.ContainsMarker(vocabulary.RequestChannelMarkers, nameSet);
            var markerStems = deskByName ? nameSet : allStems;
            var nameTokens = TextNormalizer.Tokenize(group.DisplayName);
            var descriptionTokens = deskByName ? [] : TextNormalizer.Tokenize(description);
            // A single leisure word is no leisure in the name of a desk with its own intake channel ("Flotte - Vans & vélos cargo" with its
            // Demandes channel), nor when it is the company's trade ("Départs & réservations golf" at a golf resort whose staff teach golf).
            // Nor a client named in the description of a desk whose name is a service ("Juridique – revue de contrats" reviewing
            // "conventions de partenariat avec les clubs", a contract desk listing "loueurs de vélos" among its suppliers).
            var serviceName = nameTopics.Any(t => vocabulary.Topics[t].Kind == TopicKind.Service);
            var social = vocabulary.SocialMarkers.Any(marker => marker.All(markerStems.Contains)
                    && !(marker.Length == 1 && (dedicated || tradeStems.Contains(marker[0]) || (serviceName && !nameSet.Contains(marker[0])))))
                || TopicVocabulary.ContainsPhrase(nameTokens, vocabulary.SocialPhrases) || TopicVocabulary.ContainsPhrase(descriptionTokens, vocabulary.SocialPhrases);
            var project = TopicVocabulary.ContainsMarker(vocabulary.ProjectMarkers, markerStems)
                || TopicVocabulary.ContainsPhrase(nameTokens, vocabulary.ProjectPhrases) || TopicVocabulary.ContainsPhrase(descriptionTokens, vocabulary.ProjectPhrases);
            // "Shuttle Season AUS 2026", "Tattersalls December Sale 2026": a year in the name is a season, an event or a project with an
            // end, not a desk taking requests (one named as a desk, "Support 2026", still is).
            project |= !deskByName && YearInName().IsMatch(group.DisplayName ?? string.Empty);
            // "Harvest Robot Pilot", "Heat Treatment Trial - Bristol": named after the trial it runs, not after a service.
            project |= !deskByName && TopicVocabulary.ContainsMarker(vocabulary.ProjectNameMarkers, nameSet);
            var broadcast = nameTokens.Count > 0 && vocabulary.BroadcastNameStarts.Contains(nameTokens[0]);
            // A missing provisioning list is missing data, not a "no": only an explicit non-team is refused.
            var teamOrUnknown = group.ResourceProvisioningOptions is null || group.IsTeam;

            var members = new HashSet<int>();
            foreach (var reference in (group.Members ?? []).Concat(group.Owners ?? []))
            {
                if (reference?.Id is { } id && userById.TryGetValue(id, out var member))
                {
                    members.Add(member);
                }
            }

            return new IndexedGroup
            {
                Group = group,
                Name = name,
                AcceptsRequests = teamOrUnknown && !social && !project && !broadcast,
                SocialNameStems = social ? nameSet : new HashSet<string>(StringComparer.Ordinal),
                Topics = topics,
                NameTopics = nameTopics,
                Domains = domains,
                MemberIndexes = members,
                Stems = allStems,
                RequestChannel = requestChannel,
            };
        }

        /// <param name="dedicated">Whether the channel is an intake channel by its own name or description, not General by default.</param>
        private TeamChannel? FindRequestChannel(DirectoryGroup group, out bool dedicated)
        {
            var channels = group.Team?.Channels?.Where(c => c is not null).ToList() ?? [];
            dedicated = true;
            foreach (var channel in channels)
            {
                var stems = new HashSet<string>(vocabulary.ContentStems($"{channel.DisplayName} {channel.Description}"), StringComparer.Ordinal);
                if (TopicVocabulary.ContainsMarker(vocabulary.RequestChannelMarkers, stems))
                {
                    return channel;
                }
            }

            dedicated = false;

            // Without a dedicated intake channel, General is where a team expects to be addressed.
            return channels.FirstOrDefault(c => string.Equals(c.DisplayName, "General", StringComparison.OrdinalIgnoreCase))
                ?? channels.FirstOrDefault();
        }

        /// <summary>
        /// Reads the colleagues an automatic reply names ("Pour les ouvrages : Hugo Bonnet", "please contact Rory Gillespie"): a full
        /// display name, first and last name at least, written in the reply. Names are indexed only when some reply has text.
        /// </summary>
        private static void AssignDelegates(List<IndexedUser> users, TopicVocabulary vocabulary, Func<string, bool> informative)
        {
            var replying = users.Where(u => (u.Availability.AlwaysOutOfOffice || u.Availability.HasScheduledOutOfOffice)
                && !string.IsNullOrWhiteSpace(u.User.MailboxSettings?.AutomaticRepliesSetting?.InternalReplyMessage)).ToList();
            if (replying.Count == 0)
            {
                return;
            }

            var byFirstWord = new Dictionary<string, List<(IReadOnlyList<string> Name, int User)>>(StringComparer.Ordinal);
            foreach (var user in users)
            {
                var name = TextNormalizer.Tokenize(user.User.DisplayName);
                if (name.Count >= 2)
                {
                    if (!byFirstWord.TryGetValue(name[0], out var list))
                    {
                        byFirstWord[name[0]] = list = [];
                    }

                    list.Add((name, user.Index));
                }
            }

            foreach (var user in replying)
            {
                var named = new List<AutoReplyDelegate>();
                // Sentence by sentence: what a colleague is named for is written before their name in the same sentence.
                foreach (var sentence in SentenceEnd().Split(user.User.MailboxSettings!.AutomaticRepliesSetting!.InternalReplyMessage!))
                {
                    var words = TextNormalizer.Tokenize(sentence);
                    for (var i = 0; i < words.Count; i++)
                    {
                        if (!byFirstWord.TryGetValue(words[i], out var names))
                        {
                            continue;
                        }

                        foreach (var (name, other) in names)
                        {
                            if (other != user.Index && !named.Exists(d => d.User == other) && i + name.Count <= words.Count
                                && Enumerable.Range(0, name.Count).All(k => words[i + k] == name[k]))
                            {
                                var forStems = words.Take(i).Where(w => !vocabulary.StopWords.Contains(w)).Select(LightStemmer.Stem).Where(informative).Distinct(StringComparer.Ordinal).ToList();
                                named.Add(new AutoReplyDelegate(other, forStems));
                            }
                        }
                    }
                }

                user.Delegates = named;
            }
        }

        [GeneratedRegex(@"[.!?;\n]|</p>", RegexOptions.CultureInvariant)]
        private static partial Regex SentenceEnd();

        [GeneratedRegex(@"(?<![\p{L}\p{N}])(19|20)\d{2}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
        private static partial Regex YearInName();

        /// <summary>
        /// What separates a skill's other names: "Traçabilité des cuirs / Leather Working Group", "Point de vente (retail)", a spaced dash
        /// ("Visas sportifs - Governing Body Endorsement").
        /// </summary>
        [GeneratedRegex(@"[/()]|\s[-–]\s", RegexOptions.CultureInvariant)]
        private static partial Regex NamePartSeparators();

        /// <summary>
        /// Words in brackets, however many: "(para-aramide, verre E, polyester haute ténacité)". Unlike <see cref="Bracketed"/>, which
        /// takes a short other name as an alias, this takes a whole list, to set it apart from the rest of the name.
        /// </summary>
        [GeneratedRegex(@"\((?<name>[^()]*)\)", RegexOptions.CultureInvariant)]
        private static partial Regex AnyBracketed();

        /// <summary>The words of an office location written as names ("Bernin - Fab 1 (bâtiment B2)": "bernin", "fab"), normalised.</summary>
        private static IEnumerable<string> PlaceNames(string? location) => string.IsNullOrEmpty(location)
            ? []
            : location.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(chunk => chunk.Trim('(', ')', ',', '-', '/'))
                .Where(chunk => chunk.Length >= 2 && char.IsUpper(chunk[0]) && chunk.Skip(1).Any(char.IsLower))
                .SelectMany(TextNormalizer.Tokenize);

        private static Dictionary<string, double> ComputeIdf(Dictionary<string, List<int>> postings, List<ProfileFacet> facets, int userCount)
        {
            var idf = new Dictionary<string, double>(postings.Count, StringComparer.Ordinal);
            foreach (var (stem, list) in postings)
            {
                // Document frequency counts people, not facets: someone repeating a word in five fields is still one person.
                var people = 0;
                var previous = -1;
                foreach (var facetId in list)
                {
                    var user = facets[facetId].UserIndex;
                    if (user != previous)
                    {
                        people++;
                        previous = user;
                    }
                }

                idf[stem] = Math.Log(1 + ((userCount + 1.0) / people));
            }

            return idf;
        }

        private TimeZoneInfo? ResolveZone(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            if (!_zones.TryGetValue(name, out var zone))
            {
                // Graph returns Windows names ("Romance Standard Time"); .NET on Linux maps them through ICU. Unknown names stay unknown.
                zone = TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) ? found : null;
                _zones[name] = zone;
            }

            return zone;
        }

        private string Intern(string value)
        {
            if (_interned.TryGetValue(value, out var existing))
            {
                return existing;
            }

            _interned[value] = value;
            return value;
        }

        private static string Key(string name) => string.Join(' ', TextNormalizer.Tokenize(name));

        private static string? PrimaryLanguage(string? tag)
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                return null;
            }

            var dash = tag.IndexOfAny(['-', '_']);
            return (dash > 0 ? tag[..dash] : tag).Trim().ToLowerInvariant();
        }

        private static Proficiency ParseProficiency(string? value) => value?.Trim().ToLowerInvariant() switch
        {
            "elementary" => Proficiency.Elementary,
            "limitedworking" => Proficiency.LimitedWorking,
            "generalprofessional" => Proficiency.GeneralProfessional,
            "advancedprofessional" => Proficiency.AdvancedProfessional,
            "expert" => Proficiency.Expert,
            _ => Proficiency.Unknown,
        };
    }
}
