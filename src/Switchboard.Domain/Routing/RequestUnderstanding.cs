using System.Text.RegularExpressions;
using Switchboard.Domain.Routing.Text;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Routing;

/// <summary>A topic found in a request, with its weight relative to the strongest one (1).</summary>
/// <param name="StrongestTerm">The strongest single term that named it, before scaling: above 1 for a phrase of several words or a decisive word, below 1 for a generic word.</param>
/// <param name="NamedBy">The request's stems that named the topic.</param>
internal readonly record struct WeightedTopic(Topic Topic, double Weight, double StrongestTerm = 1, IReadOnlySet<string>? NamedBy = null);

/// <summary>A name the request asks about: its normalised words, and the name as the requester wrote it ("Qlik Sense").</summary>
internal sealed record AskedName(IReadOnlyList<string> Tokens, string Written);

/// <summary>
/// What the engine understood from a request's text: its content stems (typos corrected against the
/// words the vocabulary and the directory know), the vocabulary topics it is about, and the domains it names.
/// </summary>
internal sealed partial class RequestUnderstanding
{
    private RequestUnderstanding(IReadOnlyList<string> tokens, IReadOnlyList<string> stems, IReadOnlySet<string> correctedStems, IReadOnlySet<string> writtenStems, IReadOnlyList<WeightedTopic> topics, IReadOnlySet<int> domains, IReadOnlyList<AskedName> names, bool asksForExpertise, bool asksForReview, bool asksForAnotherPerson, bool asksForAPerson, bool asksForAThing, IReadOnlySet<string> objectStems, bool reportsAProblem)
    {
        AsksForAPerson = asksForAPerson;
        ReportsAProblem = reportsAProblem;
        AsksForAThing = asksForAThing;
        ObjectStems = objectStems;
        ObjectTopics = [.. topics.Where(t => t.NamedBy is { } named && named.Overlaps(objectStems))];
        Names = names;
        AsksForExpertise = asksForExpertise;
        AsksForReview = asksForReview;
        AsksForAnotherPerson = asksForAnotherPerson;
        Tokens = tokens;
        Stems = stems;
        CorrectedStems = correctedStems;
        WrittenStems = writtenStems;
        Topics = topics;
        Domains = domains;
    }

    /// <summary>
    /// The request's words the lexicon translated into the directory's own, with the stems of those ("hv": "high", "voltag"): known,
    /// though nobody writes them.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> TranslatedWords { get; private init; } = NoTranslations;

    private static readonly Dictionary<string, HashSet<string>> NoTranslations = [];

    /// <summary>The request's normalised words, stop words included, in order: what the vocabulary's cues are matched against.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>
    /// The names the request asks someone to know ("qui connaît SimCorp Dimension", "experience with LabVIEW"): the words written as
    /// names (a capital inside a sentence, two capitals, letters with digits) that begin what a knowledge cue asks about.
    /// </summary>
    public IReadOnlyList<AskedName> Names { get; }

    /// <summary>Whether the request asks for someone's knowledge (one of the vocabulary's expertise cues: "qui connaît", "explain"...).</summary>
    public bool AsksForExpertise { get; }

    /// <summary>Whether the request asks a colleague to review or take over the requester's own work ("second opinion", "qui d'autre").</summary>
    public bool AsksForReview { get; }

    /// <summary>
    /// Stems of the words a knowledge cue asks about ("qui connaît la protection cathodique" → protection, cathodique; "anyone familiar
    /// with DG acceptance" → dg, acceptance): what someone must know to be asked. Empty when no knowledge cue.
    /// </summary>
    public IReadOnlySet<string> ObjectStems { get; }

    /// <summary>The subjects among <see cref="Topics"/> that the words of <see cref="ObjectStems"/> name: what is asked about, as subjects.</summary>
    public IReadOnlyList<WeightedTopic> ObjectTopics { get; }

    /// <summary>Whether the request asks for a thing to be done or sent and for no one's knowledge ("besoin de mon AEM svp").</summary>
    public bool AsksForAThing { get; }

    /// <summary>Whether the request asks for a person or their judgement ("quelqu'un", "who", "un avis": <c>personAskedCues</c>).</summary>
    public bool AsksForAPerson { get; }

    /// <summary>Whether the request reports something broken (one of the vocabulary's <c>problemCues</c>: "en panne", "won't start", "jammed").</summary>
    public bool ReportsAProblem { get; }

    /// <summary>Whether the request asks for another person, not a service ("qui d'autre", "who else", "a second opinion").</summary>
    public bool AsksForAnotherPerson { get; }

    /// <summary>Distinct content stems, in order of first appearance.</summary>
    public IReadOnlyList<string> Stems { get; }

    /// <summary>Stems that come from a typo correction, so they weigh a little less.</summary>
    public IReadOnlySet<string> CorrectedStems { get; }

    /// <summary>Stems the requester wrote themselves (at least once uncorrected): the words a skill must be named by in full.</summary>
    public IReadOnlySet<string> WrittenStems { get; }

    /// <summary>Topics, strongest first.</summary>
    public IReadOnlyList<WeightedTopic> Topics { get; }

    public IReadOnlySet<int> Domains { get; }

    public static RequestUnderstanding Analyze(string text, RoutingIndex index)
    {
        var vocabulary = index.Vocabulary;
        var options = index.Options;
        var stems = new List<string>();
        var corrected = new List<bool>();
        var capitals = RoutingIndex.CapitalisedWords(text).ToHashSet(StringComparer.Ordinal);
        // "3 CGIs", "les SOPs": an acronym's plural, written as the acronym and a small "s".
        var acronymPlurals = AcronymPlural().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var tokens = TextNormalizer.Tokenize(text);
        // Read only once a word is neither known nor a known word's form: most requests never need it.
        HashSet<string>? properNames = null;
        // Each word stemmed once, for every pass below (the words, the lexicon, the terms in a row, what a cue asks about).
        var tokenStems = tokens.Select(LightStemmer.Stem).ToArray();
        // Words neither the vocabulary nor the directory knows, nor correct as a typo: what nobody here has heard of, if asked about.
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        // "Qui peut faire les réglages pendant mes vacances ?": asking who can do something while the requester is away is asking for a
        // stand-in, like "qui d'autre"; the aside about their leave is no leave request.
        // The asides about the requester's absence are left out only when someone is asked to stand in ("qui d'autre", a review).
        var absenceAsides = vocabulary.AsideWords(tokens);
        var asksForReview = (vocabulary.AsksWhoCan(tokens) && absenceAsides.Count > 0) || vocabulary.AsksForReview(tokens);
        var asides = vocabulary.NeverSubjectWords(tokens);
        if (asksForReview)
        {
            asides.UnionWith(absenceAsides);
        }

        var starts = vocabulary.KnowledgeObjectStarts(tokens);
        var (translated, translations, translatedWords) = Translate(tokens, tokenStems, asides, index, starts, capitals);
        var position = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (asides.Contains(t))
            {
                continue;
            }

            if (vocabulary.StopWords.Contains(token))
            {
                // "jours de CET", "IK de novembre": an acronym the vocabulary knows, written in capitals, is no determiner or pronoun.
                if (capitals.Contains(token) && vocabulary.CapitalAcronyms.Contains(token))
                {
                    position++;
                    stems.Add(token);
                    corrected.Add(false);
                }

                continue;
            }

            position++;
            var stem = tokenStems[t];
            if (translated.Contains(position))
            {
                // A form the lexicon translates into the directory's own words ("lipstick" for "rouge à lèvres"): not a typo to correct.
                stems.Add(stem);
                corrected.Add(false);
                continue;
            }

            // "Leeds" is not "LEED": a word that only stems to a tenant's acronym, and was not itself written as that acronym, keeps its form.
            if (!string.Equals(stem, token, StringComparison.Ordinal) && index.AcronymStems.Contains(stem) && !capitals.Contains(token))
            {
                stem = token;
            }

            if (index.Stems.Contains(stem) || index.Words.Contains(token))
            {
                stems.Add(stem);
                corrected.Add(false);
            }
            else if (acronymPlurals.Contains(token) && index.Stems.Contains(token[..^1]))
            {
                stems.Add(token[..^1]);
                corrected.Add(false);
            }
            else if (KnownShortBase(token, index) is { } shortBase)
            {
                // "paying" is "pay" with an ending the stemmer keeps on short words: a known word, not a typo of "paging".
                stems.Add(shortBase);
                corrected.Add(false);
            }
            else if ((properNames ??= ProperNames(text, tokens)).Contains(token))
            {
                // "the Marchin outlet": a name written with its capital inside a sentence is a place, a firm or a person, not a typo
                // of a directory word ("machin", machining).
                stems.Add(stem);
                corrected.Add(false);
                unknown.Add(token);
            }
            else if (index.Words.Correct(token) is { } word)
            {
                if (!vocabulary.StopWords.Contains(word))
                {
                    stems.Add(LightStemmer.Stem(word));
                    corrected.Add(true);
                }
            }
            else if (index.Stems.Correct(stem) is { } correctedStem)
            {
                stems.Add(correctedStem);
                corrected.Add(true);
            }
            else if (index.Cognate(stem) is { } cognate)
            {
                // The same word in the directory's other language or form ("stochastic" for "stochastique").
                stems.Add(cognate);
                corrected.Add(true);
            }
            else if (token.Length - stem.Length <= 2 && index.ActionNoun(stem) is { } actionNoun)
            {
                // "une greffe" is what a profile calls "Greffage": the same act, named by its "-age" noun. Not from a word the stemmer
                // cut far back: an "alliance" is no alloy ("alliage").
                stems.Add(actionNoun);
                corrected.Add(true);
            }
            else if (ModelSeries(token, index) is { } series)
            {
                // A model number ("GMK5250L") of a series the directory names ("Grove GMK").
                stems.Add(series);
                corrected.Add(true);
            }
            else
            {
                stems.Add(stem);
                corrected.Add(false);
                unknown.Add(token);
            }
        }

        // A word the vocabulary knows but no profile holds ("ergonome") may still be a profile's word in another form ("Ergonomie"),
        // or a profile's word cut short ("phyto" of "Phytosanitaires"): the profile's form is added after the request's own words, so
        // phrases between the request's words are unchanged.
        var count = stems.Count;
        // Only needed once a word has neither holders nor a cognate, which most requests never reach.
        var compoundStems = new Lazy<HashSet<string>>(
            () => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(chunk => chunk.Trim('-').Contains('-', StringComparison.Ordinal))
                .SelectMany(TextNormalizer.Tokenize)
                .Select(LightStemmer.Stem)
                .ToHashSet(StringComparer.Ordinal),
            LazyThreadSafetyMode.None);
        for (var i = 0; i < count; i++)
        {
            if (corrected[i] || index.FacetsWithStem(stems[i]).Count > 0)
            {
                continue;
            }

            // A part of a hyphenated word ("inter" of "inter-entreprises") is a prefix of that word, not an abbreviation. Else a word
            // glued from two of a profile's ("powerbi" for "Power BI") stands for those two words.
            var other = index.Cognate(stems[i]) ?? (compoundStems.Value.Contains(stems[i]) ? null : index.Expansion(stems[i]));
            if ((other is not null ? [other] : index.JoinedWords(stems[i])) is not { } forms)
            {
                continue;
            }

            // Known after all, in the profile's form: not something nobody has heard of.
            var stem = stems[i];
            unknown.RemoveWhere(token => LightStemmer.Stem(token) == stem);
            foreach (var form in forms.Where(form => !stems.Contains(form)))
            {
                stems.Add(form);
                corrected.Add(true);
            }
        }

        // The directory's own forms of what the lexicon translated, after the request's words so phrases between them are unchanged.
        foreach (var stem in translations)
        {
            if (!stems.Contains(stem))
            {
                stems.Add(stem);
                corrected.Add(true);
            }
        }

        var termsByTopic = new Dictionary<int, List<double>>();
        var counted = new Dictionary<int, HashSet<int>>();
        var namedBy = new Dictionary<int, HashSet<string>>();
        var domains = new HashSet<int>();
        foreach (var match in vocabulary.Matcher.Match(stems))
        {
            if (match.Phrase.Target == PhraseTarget.Domain)
            {
                domains.Add(match.Phrase.TargetIndex);
                continue;
            }

            // Words already counted for this topic by a longer phrase do not count again ("mot de passe" is not also "passe").
            var topic = match.Phrase.TargetIndex;
            if (!counted.TryGetValue(topic, out var positions))
            {
                positions = [];
                counted[topic] = positions;
            }

            if (match.Positions.All(positions.Contains))
            {
                continue;
            }

            positions.UnionWith(match.Positions);
            var weight = match.Phrase.Weight * (1 + (options.MultiWordTopicBonus * (match.Positions.Length - 1)));
            if (match.Positions.Any(p => corrected[p]))
            {
                weight *= options.TypoMatchFactor;
            }

            CountTerm(topic, match.Positions.Select(p => stems[p]), weight);
        }

        // "I can't log in", "she's locked out", "a new hire": terms stop words leave one word of count when their words are in a row,
        // unless a phrase already counted that word for the topic.
        foreach (var (phrase, content) in vocabulary.MatchWordPhrases(tokens, tokenStems))
        {
            if (!asides.Contains(content) && !(namedBy.TryGetValue(phrase.TargetIndex, out var named) && named.Contains(phrase.ContentStem)))
            {
                CountTerm(phrase.TargetIndex, [phrase.ContentStem], phrase.Weight * options.WordPhraseShare);
            }
        }

        // "Contrat de sous-traitance à signer, qqn peut le relire ?", "qui peut commander des caisses pour le transport des lapins ?": a
        // topic named, even by a weak word, with one of the words that make it decisive is the request's subject, whatever its context
        // evokes. Not when someone's knowledge is asked too ("je sais pas quelle maille prendre"): the doubt is the question.
        var asksForExpertise = vocabulary.AsksForExpertise(tokens);
        if (!asksForExpertise)
        {
            foreach (var topic in vocabulary.TopicsMadeDecisive(tokens))
            {
                if (termsByTopic.ContainsKey(topic))
                {
                    CountTerm(topic, [], options.DecisiveServiceTerm);
                }
            }
        }

        // One term's weight for a topic, and the request's stems that named it.
        void CountTerm(int topic, IEnumerable<string> naming, double weight)
        {
            if (!namedBy.TryGetValue(topic, out var named))
            {
                named = new HashSet<string>(StringComparer.Ordinal);
                namedBy[topic] = named;
            }

            named.UnionWith(naming);
            (termsByTopic.TryGetValue(topic, out var weights) ? weights : termsByTopic[topic] = []).Add(weight);
        }

        // The strongest term counts fully, further terms of the same topic less and less: describing one subject at
        // length ("CACES", "chariot élévateur") must not drown the subject the requester actually asks for.
        var topicWeights = termsByTopic.ToDictionary(
            p => p.Key,
            p => p.Value.OrderDescending().Select((w, i) => w * Math.Pow(options.FurtherTermShare, i)).Sum() * index.TopicSpecificity(p.Key));

        // Weights are relative to the strongest topic, but never raised above what its terms say: a subject guessed only from a
        // generic word ("prime"), a corrected one or the company's own trade stays weak rather than becoming a full subject because
        // nothing stronger was named.
        var strongest = topicWeights.Count == 0 ? 1 : Math.Max(1, topicWeights.Values.Max());
        var topics = topicWeights
            .Select(p => new WeightedTopic(vocabulary.Topics[p.Key], p.Value / strongest, termsByTopic[p.Key].Max(), namedBy[p.Key]))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Topic.Index)
            .ToList();

        var correctedStems = new HashSet<string>(StringComparer.Ordinal);
        var clean = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++)
        {
            (corrected[i] ? correctedStems : clean).Add(stems[i]);
        }

        correctedStems.ExceptWith(clean);
        var names = starts.Count == 0 ? [] : AskedNames(text, vocabulary, options.KnowledgeObjectWords);
        foreach (var start in starts)
        {
            // "Quelqu'un pratique l'acupuncture ?": a plain word nobody knows, asked about, is as unknown as a name ("-ment" and "-ly"
            // words qualify the asking: "parfaitement", "really"; an infinitive after "pour" says what the help is for: "des conseils
            // pour rassurer").
            if (tokens[start] is var word && unknown.Contains(word) && word.Length >= 5 && !vocabulary.NeverAskedNames.Contains(word)
                && !word.EndsWith("ment", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
                && !(start > 0 && tokens[start - 1] == "pour" && InfinitiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
                && !names.Any(n => n.Tokens.Contains(word)))
            {
                names = [.. names, new AskedName([word], WrittenAs(text, word))];
            }
        }

        var objectStems = new HashSet<string>(StringComparer.Ordinal);
        // Only a request with a knowledge cue needs its question ends, which tokenize the text a second time.
        List<int> questionEnds = starts.Count == 0 ? [] : QuestionEnds(text, tokens.Count);
        foreach (var start in starts)
        {
            var taken = 0;
            // "qui maîtrise les L/C ? je veux vérifier les conditions": what is asked ends with its question.
            var end = questionEnds.FirstOrDefault(e => e > start, tokens.Count);
            for (var i = start; i < end && taken < options.KnowledgeObjectWords; i++)
            {
                // An aside ("qui maîtrise ça en interne ?") is how the question is asked, not what it asks about.
                if (tokens[i].Length >= 2 && !vocabulary.StopWords.Contains(tokens[i]) && !asides.Contains(i))
                {
                    var stem = tokenStems[i];
                    objectStems.Add(stem);
                    // "En mixologie" asks about what an about-me calls "mixology": the directory's form of the word is asked about too.
                    if (index.FacetsWithStem(stem).Count == 0 && index.Cognate(stem) is { } cognate)
                    {
                        objectStems.Add(cognate);
                    }

                    taken++;
                }
            }
        }

        var asksForAPerson = vocabulary.AsksForAPerson(tokens);
        return new RequestUnderstanding(tokens, [.. stems.Distinct(StringComparer.Ordinal)], correctedStems, clean, topics, domains, names, asksForExpertise, asksForReview,
            vocabulary.AsksForAnotherPerson(tokens), asksForAPerson, vocabulary.NamesAThingAsked(tokens) && !asksForAPerson && !asksForReview && !asksForExpertise,
            objectStems, vocabulary.ReportsAProblem(tokens))
        {
            TranslatedWords = translatedWords,
        };
    }

    /// <summary>
    /// The token positions where a question or an exclamation ends ("?", "!"), in order; none when the text split there does not give
    /// the same words as the whole (a rewrite spanning the mark).
    /// </summary>
    private static List<int> QuestionEnds(string text, int tokenCount)
    {
        var ends = new List<int>();
        var position = 0;
        foreach (var part in text.Split(['?', '!']))
        {
            position += TextNormalizer.Tokenize(part).Count;
            ends.Add(position);
        }

        return position == tokenCount ? ends : [];
    }

    /// <summary>
    /// The series of a model number ("gmk" of "gmk5250l", "ltm" of "ltm1100"): the letters before its digits (three letters and two
    /// digits at least), when the directory uses them as a word; null otherwise.
    /// </summary>
    internal static string? ModelSeries(string token, RoutingIndex index)
    {
        var letters = 0;
        while (letters < token.Length && char.IsAsciiLetter(token[letters]))
        {
            letters++;
        }

        // Two digits at least: "AAV8" is a variant of AAV, asked about as such, not a model of a series.
        if (letters < 3 || letters + 1 >= token.Length || !char.IsAsciiDigit(token[letters]) || !char.IsAsciiDigit(token[letters + 1]))
        {
            return null;
        }

        var series = token[..letters];
        return index.FacetsWithStem(series).Count > 0 ? series : null;
    }

    /// <summary>
    /// A short known word under a regular ending the stemmer leaves on short words ("paying" → "pay"), for a word unknown as written;
    /// null when the word without its ending is unknown too.
    /// </summary>
    private static string? KnownShortBase(string token, RoutingIndex index)
    {
        if (LightStemmer.HasFixedStem(token))
        {
            // "leaving" keeps its own stem: it is no "leave" with an ending.
            return null;
        }

        foreach (var ending in ShortWordEndings)
        {
            if (token.Length - ending.Length >= 3 && token.EndsWith(ending, StringComparison.Ordinal)
                && token[..^ending.Length] is var root && (index.Words.Contains(root) || index.Stems.Contains(root)))
            {
                return LightStemmer.Stem(root);
            }
        }

        return null;
    }

    /// <summary>
    /// The words written as names inside a sentence: a capital then small letters, not the sentence's first word, in a sentence that is
    /// not shouted ("Desethyl-atrazine at the Marchin outlet": "marchin").
    /// </summary>
    private static HashSet<string> ProperNames(string text, IReadOnlyList<string> tokens)
    {
        // German writes every noun with a capital ("Der Autoklav zeigt am kältesten Punkt...", "mein Passwort ist abgelaufen"): there a
        // capital says nothing of a name.
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (tokens.Any(GermanMarkers.Contains))
        {
            return names;
        }

        foreach (var sentence in SentenceEnd().Split(text).Where(sentence => !Shouted(sentence)))
        {
            foreach (var chunk in sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var word = chunk.Trim(TrimmedAroundNames);
                if (word.Length >= 3 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && TextNormalizer.Tokenize(word) is [var token])
                {
                    names.Add(token);
                }
            }
        }

        // So does a text where names are too many to be names.
        return names.Count >= 3 && names.Count >= tokens.Count / 6 ? [] : names;
    }

    /// <summary>
    /// The names a request asks about: after a phrase asking who knows something ("qui connaît", "experience with"), the words written
    /// as names that begin its object ("SimCorp Dimension", "COBOL", "LabVIEW"), at most <paramref name="width"/>. Called only when the
    /// request's words hold such a phrase: the sentences are then read again, word by word, for their capitals.
    /// </summary>
    private static List<AskedName> AskedNames(string text, TopicVocabulary vocabulary, int width)
    {
        var names = new List<AskedName>();
        foreach (var sentence in SentenceEnd().Split(text))
        {
            var tokens = new List<string>();
            var written = new List<string?>();
            var first = true;
            var shouted = Shouted(sentence);
            foreach (var chunk in sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var characters = chunk.Where(char.IsLetterOrDigit).ToArray();
                if (characters.Length == 0)
                {
                    continue;
                }

                var name = (!shouted && characters.Count(char.IsUpper) >= 2)
                    || (characters.Any(char.IsDigit) && characters.Any(char.IsLetter) && !CountedWord().IsMatch(chunk.Trim(TrimmedAroundNames)))
                    || (!shouted && !first && char.IsUpper(characters[0]) && characters.Length >= 2);
                first = false;
                foreach (var token in TextNormalizer.Tokenize(chunk))
                {
                    tokens.Add(token);
                    written.Add(name ? chunk.Trim(TrimmedAroundNames) : null);
                }
            }

            foreach (var start in vocabulary.KnowledgeObjectStarts(tokens))
            {
                var run = new List<string>();
                var runWritten = new List<string>();
                for (var i = start; i < tokens.Count && i < start + width && written[i] is { } asWritten; i++)
                {
                    if (tokens[i].Length >= 2 && !vocabulary.StopWords.Contains(tokens[i]))
                    {
                        run.Add(tokens[i]);
                        if (runWritten.Count == 0 || runWritten[^1] != asWritten)
                        {
                            runWritten.Add(asWritten);
                        }
                    }
                }

                if (run.Count > 0 && !names.Any(n => n.Tokens.SequenceEqual(run)))
                {
                    names.Add(new AskedName(run, string.Join(' ', runWritten)));
                }
            }
        }

        return names;
    }

    /// <summary>
    /// The translations the request needs: each expression of the request ("general average") that the directory does not use as such,
    /// whose group holds another form every word of which the directory uses ("avarie commune"). A single word of the general lexicon
    /// counts only when it is among the first <see cref="RoutingOptions.KnowledgeObjectWords"/> content words after a knowledge cue
    /// (<paramref name="objectStarts"/>): what is asked about, not its context. Returns the positions (among the request's content words)
    /// of the translated expressions, the stems of the directory's forms, in order, and each translated word with the stems it was
    /// translated into.
    /// </summary>
    private static (HashSet<int> Positions, List<string> Stems, Dictionary<string, HashSet<string>> Words) Translate(IReadOnlyList<string> tokens, string[] tokenStems, HashSet<int> asides, RoutingIndex index, List<int> objectStarts, HashSet<string> capitals)
    {
        var vocabulary = index.Vocabulary;
        var positions = new HashSet<int>();
        var stems = new List<string>();
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (!vocabulary.HasTranslations)
        {
            return (positions, stems, words);
        }

        var contentTokens = Enumerable.Range(0, tokens.Count).Where(i => !vocabulary.StopWords.Contains(tokens[i]) && !asides.Contains(i)).ToList();
        var content = contentTokens.Select(i => tokenStems[i]).ToList();
        var askedAbout = new HashSet<int>();
        foreach (var objectStart in objectStarts)
        {
            var first = contentTokens.FindIndex(i => i >= objectStart);
            for (var c = first; c >= 0 && c < content.Count && c < first + index.Options.KnowledgeObjectWords; c++)
            {
                askedAbout.Add(c);
            }
        }

        for (var start = 0; start < content.Count; start++)
        {
            foreach (var entry in vocabulary.TranslationsStartingWith(content[start]))
            {
                var expression = entry.Expression;
                // A single word of the general lexicon outside what a knowledge cue asks about: bridged only as an acronym.
                var outsideAsked = entry.AskedAboutOnly && !askedAbout.Contains(start);
                if ((outsideAsked && !IsAcronym(tokens[contentTokens[start]]))
                    || start + expression.Length > content.Count || !expression.AsSpan().SequenceEqual(content.GetRange(start, expression.Length).ToArray())
                    || expression.All(index.Uses))
                {
                    continue;
                }

                foreach (var other in entry.Group)
                {
                    // An acronym bridged outside what is asked about reaches people's knowledge ("GDPR" for the "RGPD" expert); a form a
                    // group's own text holds is that desk's word, and the acronym often means something else here: "CLM" is a time trial
                    // in a cycling team, not the legal desk's "gestion des contrats".
                    if (other != expression && other.All(index.Uses)
                        && !(outsideAsked && index.Groups.Any(g => other.All(g.Stems.Contains))))
                    {
                        stems.AddRange(other.Where(s => !stems.Contains(s)));
                        positions.UnionWith(Enumerable.Range(start, expression.Length));
                        foreach (var word in Enumerable.Range(start, expression.Length).Select(c => tokens[contentTokens[c]]))
                        {
                            if (!words.TryGetValue(word, out var into))
                            {
                                into = new HashSet<string>(StringComparer.Ordinal);
                                words[word] = into;
                            }

                            into.UnionWith(other);
                        }
                    }
                }
            }
        }

        return (positions, stems, words);

        // "How long can we keep the recordings under GDPR?": a name written in capitals is the subject wherever it stands, so the general
        // lexicon bridges it to the directory's other language ("RGPD") without a knowledge cue before it. Not two letters: "IP", "PM".
        bool IsAcronym(string token) => token.Length >= index.Options.AcronymTranslationMinLetters && capitals.Contains(token);
    }

    /// <summary>The request's word as written (accents, case) for a normalised token; the token itself when no single word gives it.</summary>
    private static string WrittenAs(string text, string token) => text
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Select(chunk => chunk.Trim(TrimmedAroundNames))
        .Select(chunk => chunk[(chunk.LastIndexOfAny(Apostrophes) + 1)..])
        .FirstOrDefault(chunk => TextNormalizer.Tokenize(chunk) is [var only] && only == token) ?? token;

    /// <summary>A number joined to a plain word ("6-component", "2-rangs"): how many of a thing, not a name.</summary>
    [GeneratedRegex(@"^\d+-\p{Ll}{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedWord();

    /// <summary>An elided article or pronoun ends at its apostrophe ("l'acupuncture").</summary>
    private static readonly char[] Apostrophes = ['\'', '’'];

    private static readonly string[] ShortWordEndings = ["ing", "ed"];

    /// <summary>The endings of French infinitives of the first two groups ("rassurer", "choisir").</summary>
    private static readonly string[] InfinitiveEndings = ["er", "ir"];

    /// <summary>A sentence with at least this share of its letters in capitals is shouted, not capitalised by name.</summary>
    private const double ShoutedShare = 0.7;

    /// <summary>
    /// Whether a sentence is written in capitals ("QUI CONNAIT LE DOSSIER DUPONT ?"): then it says nothing about which of its words are
    /// names.
    /// </summary>
    private static bool Shouted(string sentence)
    {
        var letters = sentence.Where(char.IsLetter).ToArray();
        return letters.Length > 0 && letters.Count(char.IsUpper) >= ShoutedShare * letters.Length;
    }

    /// <summary>Short German words no French or English sentence holds: a request holding one writes its nouns with capitals.</summary>
    private static readonly HashSet<string> GermanMarkers = new(["ich", "mein", "meine", "ist", "nicht", "und", "der", "das", "wer", "kann", "bitte", "mit"], StringComparer.Ordinal);

    private static readonly char[] TrimmedAroundNames = ['?', '!', ',', ';', ':', '.', '(', ')', '"', '«', '»', '\'', '’'];

    /// <summary>An acronym in capitals with a plural "s" ("CGIs", "SOPs"), as a whole word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2,}s(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymPlural();

    /// <summary>Where a sentence ends: its punctuation followed by a space or the end, or a new line (".NET" and "v2.1" stay whole).</summary>
    [GeneratedRegex(@"[.!?;:]+(?=\s|$)|[\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
