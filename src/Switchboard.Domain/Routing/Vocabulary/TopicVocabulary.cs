using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Switchboard.Domain.Routing.Text;

namespace Switchboard.Domain.Routing.Vocabulary;

/// <summary>A compiled topic of the vocabulary.</summary>
public sealed record Topic(int Index, string Id, string Label, string Domain, TopicKind Kind)
{
    /// <summary>Index of <see cref="Domain"/> in the vocabulary's domains, or -1 when the vocabulary does not define it.</summary>
    public int DomainIndex { get; init; } = -1;

    /// <summary>The French label; the English <see cref="Label"/> when the vocabulary gives none.</summary>
    public string LabelFr { get; init; } = Label;

    /// <summary>The topic as a reason names it, in both languages.</summary>
    public VocabularyLabel AsLabel() => new(Id, Label, LabelFr);
}

/// <summary>A compiled domain of the vocabulary.</summary>
public sealed record TopicDomain(int Index, string Id, string Label, IReadOnlyList<string> FallbackDomains)
{
    /// <summary>The French label; the English <see cref="Label"/> when the vocabulary gives none.</summary>
    public string LabelFr { get; init; } = Label;

    /// <summary>The domain as a reason names it, in both languages.</summary>
    public VocabularyLabel AsLabel() => new(Id, Label, LabelFr);
}

/// <summary>
/// The bilingual topic vocabulary, compiled for matching: every term is tokenised and stemmed exactly
/// as requests and profiles are, so "Fiche de paie", "bulletins de salaire" and "payslip" all land on one topic.
/// Built once and shared; immutable after construction.
/// </summary>
public sealed class TopicVocabulary
{
    private const string ResourcePrefix = "Switchboard.Domain.Routing.Vocabulary.";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly List<Topic> _topics = [];
    private readonly List<TopicDomain> _domains = [];
    private readonly HashSet<string> _knownWords = new(StringComparer.Ordinal);
    private readonly ILookup<string, WordPhrase> _wordPhrasesByFirst;
    private readonly Dictionary<string, IReadOnlySet<string>> _languageNamesByCode;
    private readonly Dictionary<int, IReadOnlyList<string[]>> _decisiveCues = [];

    private readonly Dictionary<string, string> _languageWritten = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<TranslationEntry>> _translationsByFirstStem = new(StringComparer.Ordinal);

    // The tokenizer drops one-letter words, so they never reach StopWords; kept apart to tell "à" (droppable) from "C" (meaningful).
    private readonly HashSet<string> _oneLetterStopWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numberUnits;
    private readonly HashSet<string> _capitalAcronyms = new(StringComparer.Ordinal);

    private TopicVocabulary(IReadOnlyList<VocabularyDocument> documents)
    {
        var stopWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in documents.SelectMany(d => d.StopWords ?? []))
        {
            foreach (var token in TextNormalizer.Tokenize(word))
            {
                stopWords.Add(token);
            }
        }

        StopWords = stopWords;
        JobTitleRoleWords = documents.SelectMany(d => d.JobTitleRoleWords ?? []).SelectMany(TextNormalizer.Tokenize).ToHashSet(StringComparer.Ordinal);
        foreach (var word in documents.SelectMany(d => d.StopWords ?? []).Select(FoldAccents).Where(w => w.Length == 1))
        {
            _oneLetterStopWords.Add(word);
        }

        var domainTerms = MergeDomains(documents);
        var topicTerms = MergeTopics(documents);

        var phrases = new Dictionary<string, VocabularyPhrase>(StringComparer.Ordinal);
        var wordPhrases = new Dictionary<string, WordPhrase>(StringComparer.Ordinal);
        foreach (var (domain, terms) in domainTerms)
        {
            AddPhrases(phrases, wordPhrases, terms, PhraseTarget.Domain, domain.Index);
        }

        foreach (var (topic, terms) in topicTerms)
        {
            AddPhrases(phrases, wordPhrases, terms, PhraseTarget.Topic, topic.Index);
        }

        Matcher = new PhraseMatcher(phrases.Values);
        _wordPhrasesByFirst = wordPhrases.Values.ToLookup(p => p.Words[0], StringComparer.Ordinal);
        SocialMarkers = CompileMarkers(documents.SelectMany(d => d.SocialGroupMarkers ?? []));
        ProjectMarkers = CompileMarkers(documents.SelectMany(d => d.ProjectGroupMarkers ?? []));
        ProjectNameMarkers = CompileMarkers(documents.SelectMany(d => d.ProjectGroupNameMarkers ?? []));
        SocialPhrases = CompilePhraseMarkers(documents.SelectMany(d => d.SocialGroupMarkers ?? []));
        ProjectPhrases = CompilePhraseMarkers(documents.SelectMany(d => d.ProjectGroupMarkers ?? []));
        RequestChannelMarkers = CompileMarkers(documents.SelectMany(d => d.RequestChannelMarkers ?? []));
        ExpertiseCues = CompileCues(documents.SelectMany(d => d.ExpertiseCues ?? []));
        PersonalCues = CompileCues(documents.SelectMany(d => d.PersonalCues ?? []));
        KnowledgeCues = CompileCues(documents.SelectMany(d => d.KnowledgeCues ?? []));
        ProblemCues = CompileCues(documents.SelectMany(d => d.ProblemCues ?? []));
        ReviewCues = CompileCues(documents.SelectMany(d => d.ReviewCues ?? []));
        AnotherPersonCues = CompileCues(documents.SelectMany(d => d.AnotherPersonCues ?? []));
        ThingAskedCues = CompileCues(documents.SelectMany(d => d.ThingAskedCues ?? []));
        PersonAskedCues = CompileCues(documents.SelectMany(d => d.PersonAskedCues ?? []));
        AbsenceAsides = CompileCues(documents.SelectMany(d => d.AbsenceAsides ?? []));
        // Every kind of aside is never the subject; which kind it is only matters to the documents that list them.
        NeverSubjectAsides = CompileCues(documents.SelectMany(d => (IEnumerable<string>)
            [.. d.ContactAsides ?? [], .. d.DepartureAsides ?? [], .. d.PlaceAsides ?? [], .. d.GreetingAsides ?? [], .. d.AskingAsides ?? []]));
        WhoCanCues = CompileCues(documents.SelectMany(d => d.WhoCanCues ?? []));
        OrderCues = CompileCues(documents.SelectMany(d => d.OrderCues ?? []));
        LeisureTimeCues = CompileCues(documents.SelectMany(d => d.LeisureTimeCues ?? []));
        _numberUnits = [.. documents.SelectMany(d => d.NumberUnits ?? []).SelectMany(TextNormalizer.Tokenize)];
        NeverAskedNames = documents.SelectMany(d => d.NeverAskedNames ?? []).SelectMany(TextNormalizer.Tokenize).ToHashSet(StringComparer.Ordinal);
        RedirectCues = CompileCues(documents.SelectMany(d => d.RedirectCues ?? []));
        AddTranslations(documents.SelectMany(d => d.Translations ?? []), generalLexicon: false);
        AddTranslations(documents.SelectMany(d => d.Lexicon ?? []), generalLexicon: true);
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, names) in documents.SelectMany(d => d.SpokenLanguages ?? new Dictionary<string, IReadOnlyList<string>>()))
        {
            foreach (var name in names)
            {
                foreach (var token in TextNormalizer.Tokenize(name))
                {
                    languages[token] = code.ToLowerInvariant();
                    // Shown in answers as the vocabulary writes it ("coréen"), not as matched ("coreen").
                    _languageWritten[token] = name;
                }
            }
        }

        LanguageNames = languages;
        _languageNamesByCode = languages
            .GroupBy(n => n.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlySet<string> (g) => g.Select(n => n.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        LanguageCues = documents.SelectMany(d => d.SpokenLanguageCues ?? []).SelectMany(TextNormalizer.Tokenize).ToHashSet(StringComparer.Ordinal);
        ToolServiceTopics = documents.SelectMany(d => d.ToolServiceTopics ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        PersonalEventDomains = documents.SelectMany(d => d.PersonalEventDomains ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        PersonalEventTopics = documents.SelectMany(d => d.PersonalEventTopics ?? [])
            .Select(id => FindTopic(id) is null
                ? throw new InvalidDataException($"Vocabulary field 'personalEventTopics': '{id}' is not the id of any topic.")
                : id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        BreakdownTopic = documents.Select(d => d.BreakdownTopic).LastOrDefault(t => t is not null) is { } breakdown
            ? FindTopic(breakdown) ?? throw new InvalidDataException($"Vocabulary field 'breakdownTopic': '{breakdown}' is not the id of any topic.")
            : null;
        if (documents.Select(d => d.OrderTopic).LastOrDefault(t => t is not null) is { } orderTopic)
        {
            var ordered = FindTopic(orderTopic) ?? throw new InvalidDataException($"Vocabulary field 'orderTopic': '{orderTopic}' is not the id of any topic.");
            _decisiveCues[ordered.Index] = [.. _decisiveCues.GetValueOrDefault(ordered.Index) ?? [], .. OrderCues];
        }

        BreakdownExcludedDomains = documents.SelectMany(d => d.BreakdownExcludedDomains ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        BroadcastNameStarts = documents
            .SelectMany(d => d.BroadcastGroupNameStarts ?? [])
            .SelectMany(TextNormalizer.Tokenize)
            .ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Topic> Topics => _topics;

    public IReadOnlyList<TopicDomain> Domains => _domains;

    public IReadOnlySet<string> StopWords { get; }

    /// <summary>Rank and role words of job titles (normalised tokens), left out when a title is indexed.</summary>
    internal IReadOnlySet<string> JobTitleRoleWords { get; }

    /// <summary>
    /// The topic terms matched as words in a row (<see cref="WordPhrase"/>) found in a request's normalised words (with each word's
    /// stem), each with the position of its one content word.
    /// </summary>
    internal List<(WordPhrase Phrase, int ContentToken)> MatchWordPhrases(IReadOnlyList<string> tokens, IReadOnlyList<string> stems)
    {
        var found = new List<(WordPhrase, int)>();
        if (_wordPhrasesByFirst.Count == 0 || tokens.Count < 2)
        {
            return found;
        }

        for (var start = 0; start < stems.Count; start++)
        {
            foreach (var phrase in _wordPhrasesByFirst[stems[start]])
            {
                if (start + phrase.Words.Length > stems.Count)
                {
                    continue;
                }

                var inARow = true;
                var content = -1;
                for (var w = 0; w < phrase.Words.Length; w++)
                {
                    if (!string.Equals(stems[start + w], phrase.Words[w], StringComparison.Ordinal))
                    {
                        inARow = false;
                        break;
                    }

                    if (content < 0 && !StopWords.Contains(tokens[start + w]))
                    {
                        content = start + w;
                    }
                }

                if (inARow && content >= 0)
                {
                    found.Add((phrase, content));
                }
            }
        }

        return found;
    }

    /// <summary>Every normalised word the vocabulary's terms use, for typo correction.</summary>
    public IReadOnlySet<string> KnownWords => _knownWords;

    /// <summary>Topic terms that are acronyms written in capitals and also stop words ("CET", "IK"): matched only when written in capitals.</summary>
    internal IReadOnlySet<string> CapitalAcronyms => _capitalAcronyms;

    /// <summary>Words after a knowledge cue that are never what is asked about ("specialist", "diagnostiquer"), normalised.</summary>
    internal IReadOnlySet<string> NeverAskedNames { get; }

    internal PhraseMatcher Matcher { get; }

    internal IReadOnlyList<string[]> SocialMarkers { get; }

    internal IReadOnlyList<string[]> ProjectMarkers { get; }

    /// <summary>Markers of a project team checked in a group's name only ("Pilot", "Trial").</summary>
    internal IReadOnlyList<string[]> ProjectNameMarkers { get; }

    /// <summary>
    /// Social markers whose words a stop word reduces to one generic stem ("after work" is not "work"), matched as consecutive words
    /// of a group's text instead.
    /// </summary>
    internal IReadOnlyList<string[]> SocialPhrases { get; }

    /// <summary>Project markers matched as consecutive words: "working group", "tiger team" (not every group, not every team).</summary>
    internal IReadOnlyList<string[]> ProjectPhrases { get; }

    /// <summary>Whether the normalised words contain one of the phrases as consecutive words.</summary>
    internal static bool ContainsPhrase(IReadOnlyList<string> tokens, IReadOnlyList<string[]> phrases) => ContainsCue(tokens, phrases);

    internal IReadOnlyList<string[]> RequestChannelMarkers { get; }

    /// <summary>Normalised words of each phrase that asks for someone's knowledge.</summary>
    internal IReadOnlyList<string[]> ExpertiseCues { get; }

    /// <summary>Normalised words of each phrase saying something is broken or blocked.</summary>
    internal IReadOnlyList<string[]> ProblemCues { get; }

    /// <summary>Whether the normalised words contain one of <see cref="ProblemCues"/> as consecutive words.</summary>
    internal bool ReportsAProblem(IReadOnlyList<string> tokens) => ContainsCue(tokens, ProblemCues);

    /// <summary>Whether any vocabulary file gives translations or a lexicon: without, every request skips the lookup.</summary>
    internal bool HasTranslations => _translationsByFirstStem.Count > 0;

    /// <summary>
    /// The translation expressions (as content stems) that begin with the stem, each with every expression of its group; empty when none.
    /// </summary>
    internal IReadOnlyList<TranslationEntry> TranslationsStartingWith(string stem) =>
        _translationsByFirstStem.TryGetValue(stem, out var entries) ? entries : [];

    private void AddTranslations(IEnumerable<IReadOnlyList<string>> groups, bool generalLexicon)
    {
        foreach (var group in groups)
        {
            var expressions = group.Select(ContentStems).Where(e => e.Count > 0).Select(e => e.ToArray()).Distinct(StemSequenceComparer.Instance).ToArray();
            if (expressions.Length < 2)
            {
                continue;
            }

            foreach (var expression in expressions)
            {
                if (!_translationsByFirstStem.TryGetValue(expression[0], out var starting))
                {
                    starting = [];
                    _translationsByFirstStem[expression[0]] = starting;
                }

                // A single word of the general lexicon is too often the request's context ("le four de recuit"); an expression of
                // several words ("hot foil stamping") names its subject wherever it stands.
                starting.Add(new TranslationEntry(expression, expressions, generalLexicon && expression.Length < 2));
            }
        }
    }

    /// <summary>Normalised words of each phrase that sends requests to another desk ("contactez", "please contact", "voir").</summary>
    internal IReadOnlyList<string[]> RedirectCues { get; }

    /// <summary>
    /// The text without its sentences that send requests elsewhere ("Pour un incident de sécurité, contactez la Cellule Cyber.",
    /// "Seafarers: please contact Crewing."): what a desk says it does not take is not its service.
    /// </summary>
    internal string? WithoutRedirects(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || RedirectCues.Count == 0)
        {
            return text;
        }

        var sentences = SentenceEnd.Split(text);
        var kept = sentences.Where(sentence => !ContainsCue(TextNormalizer.Tokenize(sentence), RedirectCues)).ToList();
        return kept.Count == sentences.Length ? text : string.Join(" ", kept);
    }

    private static readonly Regex SentenceEnd = new(@"(?<=[.;!?])\s+|\r?\n", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Normalised words of each phrase asking who can do something ("qui peut", "who can", "qqn pour").</summary>
    internal IReadOnlyList<string[]> WhoCanCues { get; }

    /// <summary>Whether the normalised words contain one of <see cref="WhoCanCues"/> as consecutive words.</summary>
    internal bool AsksWhoCan(IReadOnlyList<string> tokens) => ContainsCue(tokens, WhoCanCues);

    /// <summary>Normalised words of each phrase asking someone to place an order ("qui peut commander", "who can order").</summary>
    internal IReadOnlyList<string[]> OrderCues { get; }

    /// <summary>Whether the normalised words contain one of <see cref="OrderCues"/> as consecutive words.</summary>
    internal bool AsksToOrder(IReadOnlyList<string> tokens) => ContainsCue(tokens, OrderCues);

    internal IReadOnlyList<string[]> LeisureTimeCues { get; }

    /// <summary>Whether the normalised words contain one of <see cref="LeisureTimeCues"/> ("samedi", "jeudi soir", "this weekend").</summary>
    internal bool SpeaksOfLeisureTime(IReadOnlyList<string> tokens) => ContainsCue(tokens, LeisureTimeCues);

    /// <summary>The topics (indexes) one of whose <see cref="TopicDefinition.DecisiveWith"/> cues the normalised words contain.</summary>
    internal IEnumerable<int> TopicsMadeDecisive(IReadOnlyList<string> tokens) =>
        _decisiveCues.Where(p => ContainsCue(tokens, p.Value)).Select(p => p.Key);

    /// <summary>Normalised words of each aside about the requester's own absence.</summary>
    internal IReadOnlyList<string[]> AbsenceAsides { get; }

    /// <summary>
    /// The positions of the words of every aside about the requester's absence ("pendant mes congés"). They are left out only when the
    /// request also asks someone to stand in (the caller decides), so "je voudrais poser mes congés" stays a leave request.
    /// </summary>
    internal HashSet<int> AsideWords(IReadOnlyList<string> tokens) => CuePositions(AbsenceAsides, tokens);

    /// <summary>
    /// Normalised words of each phrase that is never the subject: how the requester wants to be reached ("on the phone", "au tel"),
    /// someone else's departure or absence ("a pris sa retraite", "est en vacances") and the holidays as a time ("vacances de Noël").
    /// </summary>
    internal IReadOnlyList<string[]> NeverSubjectAsides { get; }

    /// <summary>
    /// The positions of the words of every <see cref="NeverSubjectAsides"/> phrase ("need an engineer on the phone NOW", "depuis que Réjean a
    /// pris sa retraite"): always left out, the phone is how to talk and the retirement someone else's, not what is asked; and so is a
    /// unit written after a number ("250 mg/5 mL"), a measure and not the subject its abbreviation also names.
    /// </summary>
    internal HashSet<int> NeverSubjectWords(IReadOnlyList<string> tokens)
    {
        var positions = CuePositions(NeverSubjectAsides, tokens);
        for (var t = 1; t < tokens.Count; t++)
        {
            if (_numberUnits.Contains(tokens[t]) && tokens[t - 1].All(char.IsAsciiDigit))
            {
                positions.Add(t);
            }
        }

        return positions;
    }

    private static HashSet<int> CuePositions(IReadOnlyList<string[]> cues, IReadOnlyList<string> tokens)
    {
        var positions = new HashSet<int>();
        foreach (var aside in cues)
        {
            for (var start = 0; start + aside.Length <= tokens.Count; start++)
            {
                if (MatchesAt(tokens, aside, start))
                {
                    positions.UnionWith(Enumerable.Range(start, aside.Length));
                }
            }
        }

        return positions;
    }

    /// <summary>Normalised words of each phrase asking a colleague to review the requester's own work.</summary>
    internal IReadOnlyList<string[]> ReviewCues { get; }

    /// <summary>Whether the normalised words contain one of <see cref="ReviewCues"/> as consecutive words.</summary>
    internal bool AsksForReview(IReadOnlyList<string> tokens) => ContainsCue(tokens, ReviewCues);

    /// <summary>Normalised words of each phrase asking for another person rather than a service.</summary>
    internal IReadOnlyList<string[]> AnotherPersonCues { get; }

    /// <summary>Normalised words of each phrase asking for a thing to be done or sent ("besoin de", "il faudrait un", "needed").</summary>
    internal IReadOnlyList<string[]> ThingAskedCues { get; }

    /// <summary>Normalised words that ask for a person rather than a thing ("quelqu'un", "someone", "qui peut m'expliquer").</summary>
    internal IReadOnlyList<string[]> PersonAskedCues { get; }

    /// <summary>
    /// Whether the normalised words contain one of <see cref="ThingAskedCues"/> ("besoin de mon AEM", "certificate of origin needed"); a
    /// thing is asked for only when no person is (<see cref="AsksForAPerson"/>), which the caller checks.
    /// </summary>
    internal bool NamesAThingAsked(IReadOnlyList<string> tokens) => ContainsCue(tokens, ThingAskedCues);

    /// <summary>Whether the normalised words contain one of <see cref="PersonAskedCues"/>: someone, or their judgement, is asked for.</summary>
    internal bool AsksForAPerson(IReadOnlyList<string> tokens) => ContainsCue(tokens, PersonAskedCues);

    /// <summary>Whether the normalised words contain one of <see cref="AnotherPersonCues"/> as consecutive words.</summary>
    internal bool AsksForAnotherPerson(IReadOnlyList<string> tokens) => ContainsCue(tokens, AnotherPersonCues);

    /// <summary>Normalised words of each phrase whose next words name the knowledge asked for.</summary>
    internal IReadOnlyList<string[]> KnowledgeCues { get; }

    /// <summary>
    /// Where each <see cref="KnowledgeCues"/> phrase's object begins: the first word after it that is not a stop word
    /// ("qui connaît bien le COBOL" → "COBOL"). Empty when the request asks no such thing.
    /// </summary>
    internal List<int> KnowledgeObjectStarts(IReadOnlyList<string> tokens)
    {
        var starts = new List<int>();
        foreach (var cue in KnowledgeCues)
        {
            for (var start = 0; start + cue.Length <= tokens.Count; start++)
            {
                var length = CueLengthAt(tokens, cue, start);
                if (length < 0)
                {
                    continue;
                }

                var next = start + length;
                while (next < tokens.Count && StopWords.Contains(tokens[next]))
                {
                    next++;
                }

                if (next < tokens.Count && !starts.Contains(next))
                {
                    starts.Add(next);
                }
            }
        }

        return starts;
    }

    /// <summary>Normalised words of each phrase that marks a personal, non-work request.</summary>
    internal IReadOnlyList<string[]> PersonalCues { get; }

    /// <summary>Ids of the domains that handle life events at work (leave for one's wedding), so a personal cue does not settle those.</summary>
    internal IReadOnlySet<string> PersonalEventDomains { get; }

    /// <summary>Ids of the topics that are work whatever the life around them (an expense claim for one's own car).</summary>
    internal IReadOnlySet<string> PersonalEventTopics { get; }

    /// <summary>Ids of the service topics whose object is a tool (access, account): naming the tool does not make them expertise.</summary>
    internal IReadOnlySet<string> ToolServiceTopics { get; }

    /// <summary>The topic of breakdowns and repairs, where a reported problem goes when nobody's knowledge is asked for; null when none.</summary>
    internal Topic? BreakdownTopic { get; }

    /// <summary>Ids of the domains whose problems have their own desks (IT, software, security).</summary>
    internal IReadOnlySet<string> BreakdownExcludedDomains { get; }

    /// <summary>
    /// Whether the normalised words contain one of <see cref="ExpertiseCues"/> or <see cref="KnowledgeCues"/> as consecutive words: "qqn s'y
    /// connaît en", "anyone familiar with" ask for someone's knowledge as much as "qui connaît".
    /// </summary>
    internal bool AsksForExpertise(IReadOnlyList<string> tokens) => ContainsCue(tokens, ExpertiseCues) || ContainsCue(tokens, KnowledgeCues);

    /// <summary>Normalised language names to their language code ("portugais" → "pt").</summary>
    internal IReadOnlyDictionary<string, string> LanguageNames { get; }

    internal IReadOnlySet<string> LanguageCues { get; }

    /// <summary>The code under which <c>languageNames</c> lists sign languages ("lsf", "bsl").</summary>
    private const string SignLanguageCode = "sgn";

    /// <summary>The words by which a profile names sign language in full.</summary>
    private static readonly string[] SignLanguageHeldWords = ["signes", "sign"];

    /// <summary>"langue des signes" or "sign language" written out at <paramref name="i"/>, as written; null when not.</summary>
    private static string? SignLanguageWords(IReadOnlyList<string> tokens, int i) =>
        tokens[i] is "langue" or "langues" && i + 2 < tokens.Count && tokens[i + 1] == "des" && tokens[i + 2] == "signes" ? "langue des signes"
        : tokens[i] == "sign" && i + 1 < tokens.Count && tokens[i + 1] is "language" or "languages" ? "sign language"
        : null;

    /// <summary>Where a language name is looked for around a cue: the three words after it, the two before, then a little further.</summary>
    private static readonly int[] LanguageNameOffsets = [1, 2, 3, -1, -2, 4, 5, -3, -4, -5, -6];

    /// <summary>The furthest after a cue that <see cref="LanguageNameOffsets"/> look; the target-language search starts beyond it.</summary>
    private static readonly int LanguageNameReach = LanguageNameOffsets.Max();

    /// <summary>
    /// The language a request asks someone to speak, translate or interpret: the language named closest after a cue ("parle roumain",
    /// "speak Portuguese", "traduire un courrier en coréen"), else before it ("Deutsch spricht", "il nous écrit en vietnamien, qqn peut
    /// traduire ?"); null when the request asks no such thing ("his English is limited" alone is not a question about English), or names
    /// three languages or more ("traduire les notes en allemand, italien, espagnol": localisation work, not someone who speaks one).
    /// </summary>
    internal SpokenLanguage? LanguageAsked(IReadOnlyList<string> tokens)
    {
        // "Quelqu'un parle portugais ? il galère en français comme en anglais": the language right after a speaking cue is the one
        // asked, whatever others the request names, unless a list goes on after it ("parle anglais, allemand ou italien").
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (LanguageCues.Contains(tokens[i]) && !NegatedAt(tokens, i) && LanguageNames.TryGetValue(tokens[i + 1], out var named)
                && !Enumerable.Range(i + 2, 2).Any(j => j < tokens.Count && LanguageNames.ContainsKey(tokens[j])))
            {
                return Spoken(tokens[i + 1], named);
            }
        }

        // Languages the requester says someone does not speak ("ne parle ni anglais ni français", "doesn't speak English") are not
        // asked for; several others are a list, not one language asked.
        if (tokens.Where((t, i) => LanguageNames.ContainsKey(t) && !NegatedAt(tokens, i)).Select(t => LanguageNames[t]).Distinct(StringComparer.Ordinal).Skip(2).Any())
        {
            return null;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            // "Ne parle pas un mot de français, qqn parle roumain ?": a cue the requester negates names the language not spoken.
            if (!LanguageCues.Contains(tokens[i]) || NegatedAt(tokens, i) || (i + 1 < tokens.Count && tokens[i + 1] == "pas"))
            {
                continue;
            }

            // After the cue ("parle roumain", "speak Portuguese", "traduire un courrier en coréen"), else before it ("Deutsch spricht",
            // "il nous écrit en vietnamien, qqn peut traduire ?"), nearest first.
            foreach (var j in LanguageNameOffsets.Select(offset => i + offset))
            {
                if (j >= 0 && j < tokens.Count && LanguageNames.TryGetValue(tokens[j], out var code) && !NegatedAt(tokens, j))
                {
                    return Spoken(tokens[j], code);
                }
            }

            // "Traduire les fiches produits du catalogue en allemand": further on, the language the text is to be put into.
            for (var j = i + LanguageNameReach + 1; j < Math.Min(tokens.Count, i + MaxTargetLanguageOffset + 1); j++)
            {
                if (TargetLanguageWords.Contains(tokens[j - 1]) && LanguageNames.TryGetValue(tokens[j], out var code))
                {
                    return Spoken(tokens[j], code);
                }
            }
        }

        // "Qqn connaît la langue des signes ?", "anyone who knows BSL?": a sign language is signed, not spoken, so no speaking cue
        // comes with it; named at all, by its initials or as "langue des signes" / "sign language", it is what is asked.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NegatedAt(tokens, i))
            {
                continue;
            }

            if (LanguageNames.TryGetValue(tokens[i], out var code) && code == SignLanguageCode)
            {
                return SignLanguage(tokens[i], initials: true);
            }

            if (SignLanguageWords(tokens, i) is { } written)
            {
                return SignLanguage(written, initials: false);
            }
        }

        return null;

        SpokenLanguage Spoken(string written, string code) => code == SignLanguageCode
            ? SignLanguage(written, initials: true)
            : new(code, _languageWritten.GetValueOrDefault(written, written), _languageNamesByCode[code]);
    }

    /// <summary>
    /// A sign language asked for: named by its initials, that one only ("LSQ" is no "LSF"); written out, any. Its holders are found by
    /// those names and by the words a profile writes it out with ("Langue des signes française", "British Sign Language").
    /// </summary>
    private SpokenLanguage SignLanguage(string written, bool initials)
    {
        IEnumerable<string> names = initials ? [written] : _languageNamesByCode.GetValueOrDefault(SignLanguageCode) ?? new HashSet<string>();
        return new SpokenLanguage(SignLanguageCode, _languageWritten.GetValueOrDefault(written, written), names.Concat(SignLanguageHeldWords).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>How far after a cue "en allemand", "into German" is still the language asked for.</summary>
    private const int MaxTargetLanguageOffset = 10;

    private static readonly HashSet<string> TargetLanguageWords = new(["en", "into", "vers"], StringComparer.Ordinal);

    private static readonly HashSet<string> LanguageNegations = new(["ni", "pas", "ne", "nor", "neither", "not", "doesn", "don", "didn", "cannot"], StringComparer.Ordinal);

    /// <summary>Words that say a language is hardly spoken ("parle peu anglais", "hardly speaks English", "parle mal anglais", "poor English"), unless "un peu" (some).</summary>
    private static readonly HashSet<string> LanguageScarcities = new(["peu", "hardly", "barely", "mal", "poor"], StringComparer.Ordinal);

    /// <summary>
    /// Whether one of the two words before <paramref name="index"/> negates it ("ni anglais", "doesn't speak English") or says it is
    /// hardly spoken ("très peu français", "very little English"; "un peu d'allemand", "a little German" is some, and the tokens have
    /// already lost the "a").
    /// </summary>
    private static bool NegatedAt(IReadOnlyList<string> tokens, int index)
    {
        for (var back = 1; back <= 2 && index - back >= 0; back++)
        {
            var word = tokens[index - back];
            var before = index - back >= 1 ? tokens[index - back - 1] : null;
            if (LanguageNegations.Contains(word) || (LanguageScarcities.Contains(word) && before != "un") || (word == "little" && before == "very"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the normalised words contain one of <see cref="PersonalCues"/> as consecutive words.</summary>
    internal bool SoundsPersonal(IReadOnlyList<string> tokens) => ContainsCue(tokens, PersonalCues);

    private static IReadOnlyList<string[]> CompileCues(IEnumerable<string> cues) =>
        [.. cues.Select(cue => TextNormalizer.Tokenize(cue).ToArray()).Where(tokens => tokens.Length > 0)];

    private static bool ContainsCue(IReadOnlyList<string> tokens, IReadOnlyList<string[]> cues)
    {
        foreach (var cue in cues)
        {
            for (var start = 0; start + cue.Length <= tokens.Count; start++)
            {
                if (CueLengthAt(tokens, cue, start) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words a requester slips between a cue's words without changing what it asks: "does anyone here know", "qqn ici connaît".</summary>
    private static readonly string[][] CueFillers = [.. new[] { "here", "around", "ici" }.Select(f => TextNormalizer.Tokenize(f).ToArray())];

    /// <summary>
    /// How many tokens the cue spans from <paramref name="start"/>: its words in order, with <see cref="CueFillers"/> allowed between
    /// them; -1 when it does not stand there.
    /// </summary>
    private static int CueLengthAt(IReadOnlyList<string> tokens, string[] cue, int start)
    {
        var position = start;
        for (var i = 0; i < cue.Length; i++)
        {
            if (i > 0)
            {
                position = AfterFillers(tokens, position);
            }

            if (position >= tokens.Count || !string.Equals(tokens[position], cue[i], StringComparison.Ordinal))
            {
                return -1;
            }

            position++;
        }

        return position - start;
    }

    private static int AfterFillers(IReadOnlyList<string> tokens, int position)
    {
        foreach (var filler in CueFillers)
        {
            if (position + filler.Length <= tokens.Count && MatchesAt(tokens, filler, position))
            {
                return position + filler.Length;
            }
        }

        return position;
    }

    /// <summary>Whether the cue's words stand consecutively in <paramref name="tokens"/> from <paramref name="start"/>.</summary>
    private static bool MatchesAt(IReadOnlyList<string> tokens, string[] cue, int start)
    {
        for (var i = 0; i < cue.Length; i++)
        {
            if (!string.Equals(tokens[start + i], cue[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalised first words of all-hands group names.</summary>
    internal IReadOnlySet<string> BroadcastNameStarts { get; }

    public TopicDomain? FindDomain(string id) => _domains.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    public Topic? FindTopic(string id) => _topics.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The built-in vocabulary (embedded JSON), optionally extended by an administrator's file.</summary>
    public static TopicVocabulary Load(string? extensionPath = null)
    {
        var documents = LoadBuiltIn();
        if (extensionPath is not null)
        {
            using var stream = File.OpenRead(extensionPath);
            documents.Add(Parse(stream, extensionPath));
        }

        return new TopicVocabulary(documents);
    }

    /// <summary>Compiles a vocabulary from documents given directly (tests, or a host that stores its vocabulary elsewhere).</summary>
    public static TopicVocabulary FromDocuments(IEnumerable<VocabularyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return new TopicVocabulary([.. documents]);
    }

    /// <summary>The built-in vocabulary extended with <paramref name="extensions"/>.</summary>
    public static TopicVocabulary BuiltInWith(params VocabularyDocument[] extensions)
    {
        var documents = LoadBuiltIn();
        documents.AddRange(extensions);
        return new TopicVocabulary(documents);
    }

    /// <summary>Normalises and stems text, dropping stop words: the form every matcher works on.</summary>
    public IReadOnlyList<string> ContentStems(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var stems = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!StopWords.Contains(token))
            {
                stems.Add(LightStemmer.Stem(token));
            }
        }

        return stems;
    }

    internal static bool ContainsMarker(IReadOnlyList<string[]> markers, IReadOnlySet<string> stems) =>
        markers.Any(marker => marker.All(stems.Contains));

    private static List<VocabularyDocument> LoadBuiltIn()
    {
        var assembly = typeof(TopicVocabulary).Assembly;
        var documents = new List<VocabularyDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded vocabulary '{name}' is listed but cannot be opened.");
            documents.Add(Parse(stream, name));
        }

        return documents;
    }

    private static VocabularyDocument Parse(Stream stream, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<VocabularyDocument>(stream, JsonOptions)
                ?? throw new InvalidDataException($"Vocabulary '{source}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Vocabulary '{source}' line {exception.LineNumber + 1}: {exception.Message}", exception);
        }
    }

    private List<(TopicDomain Domain, List<string> Terms)> MergeDomains(IReadOnlyList<VocabularyDocument> documents)
    {
        var merged = new List<(TopicDomain Domain, List<string> Terms)>();
        var byId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in documents.SelectMany(d => d.Domains ?? []))
        {
            if (!byId.TryGetValue(definition.Id, out var index))
            {
                index = merged.Count;
                byId[definition.Id] = index;
                var label = definition.Label ?? definition.Id;
                var domain = new TopicDomain(index, definition.Id, label, definition.FallbackDomains ?? []) { LabelFr = definition.LabelFr ?? label };
                _domains.Add(domain);
                merged.Add((domain, []));
            }
            else if (definition.LabelFr is { } french)
            {
                // An extension may give a French label to a built-in domain without repeating it.
                _domains[index] = _domains[index] with { LabelFr = french };
                merged[index] = (_domains[index], merged[index].Terms);
            }

            merged[index].Terms.AddRange(definition.Terms ?? []);
        }

        return merged;
    }

    private List<(Topic Topic, List<string> Terms)> MergeTopics(IReadOnlyList<VocabularyDocument> documents)
    {
        var merged = new List<(Topic Topic, List<string> Terms)>();
        var byId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in documents.SelectMany(d => d.Topics ?? []))
        {
            if (!byId.TryGetValue(definition.Id, out var index))
            {
                index = merged.Count;
                byId[definition.Id] = index;
                var domain = definition.Domain ?? "general";
                var label = definition.Label ?? definition.Id;
                var topic = new Topic(index, definition.Id, label, domain, definition.Kind ?? TopicKind.Expertise)
                {
                    DomainIndex = FindDomain(domain)?.Index ?? -1,
                    LabelFr = definition.LabelFr ?? label,
                };
                _topics.Add(topic);
                merged.Add((topic, []));
            }
            else if (definition.LabelFr is { } french)
            {
                // An extension may give a French label to a built-in topic without repeating its terms.
                _topics[index] = _topics[index] with { LabelFr = french };
                merged[index] = (_topics[index], merged[index].Terms);
            }

            merged[index].Terms.AddRange(definition.Terms ?? []);
            if (definition.DecisiveWith is { Count: > 0 } cues)
            {
                _decisiveCues[index] = [.. _decisiveCues.GetValueOrDefault(index) ?? [], .. CompileCues(cues)];
            }
        }

        return merged;
    }

    private void AddPhrases(Dictionary<string, VocabularyPhrase> phrases, Dictionary<string, WordPhrase> wordPhrases, IEnumerable<string> terms, PhraseTarget target, int targetIndex)
    {
        foreach (var entry in terms.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var (term, weight) = SplitWeight(entry);
            if (LosesAWord(term))
            {
                // "langage C" would shrink to "langage" and match every language question: such a term cannot be matched faithfully.
                continue;
            }

            foreach (var token in TextNormalizer.Tokenize(term).Where(t => !StopWords.Contains(t)))
            {
                _knownWords.Add(token);
            }

            var stems = ContentStems(term);
            if (stems.Count == 0)
            {
                // "CET" (compte épargne temps), "IK" (indemnités kilométriques): an acronym written in capitals that is also a stop word
                // ("cet", Dutch "ik") is a phrase of its one word, matched only where a request writes it in capitals too.
                if (target != PhraseTarget.Topic || TextNormalizer.Tokenize(term) is not [var acronym] || !term.Any(char.IsLetter)
                    || !term.Where(char.IsLetter).All(char.IsUpper))
                {
                    continue;
                }

                _capitalAcronyms.Add(acronym);
                stems = [acronym];
            }

            if (IsDegenerate(term, stems))
            {
                // "log in", "locked out", "new hire": one word is left after stop words, so the term is matched as its words in a row.
                if (target == PhraseTarget.Topic)
                {
                    var words = TextNormalizer.Tokenize(term).Select(LightStemmer.Stem).ToArray();
                    var wordKey = $"{targetIndex}:{string.Join(' ', words)}";
                    if (!wordPhrases.TryGetValue(wordKey, out var known) || known.Weight < weight)
                    {
                        wordPhrases[wordKey] = new WordPhrase(words, stems[0], targetIndex, weight);
                    }
                }

                continue;
            }

            // Plural and accent variants ("hôtel", "hotel", "hotels") compile to one phrase; counting each would inflate the topic.
            var key = $"{(int)target}:{targetIndex}:{string.Join(' ', stems)}";
            if (!phrases.TryGetValue(key, out var existing) || existing.Weight < weight)
            {
                phrases[key] = new VocabularyPhrase([.. stems], target, targetIndex, weight);
            }
        }
    }

    /// <summary>
    /// A term of several words that keeps only one after stop words ("people review", "work order", "log in") would match that one
    /// generic word everywhere; it is not a phrase of content words but a <see cref="WordPhrase"/>, its words in a row.
    /// </summary>
    private static bool IsDegenerate(string term, IReadOnlyList<string> stems) =>
        stems.Count == 1 && TextNormalizer.Tokenize(term).Count > 1;

    // One-letter stop words ("à", "a", "y") are dropped in terms and requests alike, so losing them loses nothing; a meaningful
    // letter ("langage C", "R language", "code G") would leave a term that matches every language or code question.
    private bool LosesAWord(string term) =>
        term.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(word => TextNormalizer.Tokenize(word).Count == 0 && !_oneLetterStopWords.Contains(FoldAccents(word)));

    private static string FoldAccents(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }

    /// <summary>
    /// A term may end with <c>|weight</c> (0 to 2): generic words such as "panne" or "contract" still point to a topic,
    /// but weigh less than specific ones, so "imprimante en panne" is about the printer, not machine maintenance; decisive
    /// words such as "phishing" weigh more, so a security incident is never mistaken for the payroll detail it mentions.
    /// </summary>
    private static (string Term, double Weight) SplitWeight(string entry)
    {
        var bar = entry.LastIndexOf('|');
        if (bar > 0 && double.TryParse(entry.AsSpan(bar + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight > 0)
        {
            return (entry[..bar], Math.Min(weight, 2));
        }

        return (entry, 1);
    }

    private List<string[]> CompilePhraseMarkers(IEnumerable<string> markers) =>
        [.. markers.Where(m => ContentStems(m) is var stems && stems.Count > 0 && IsDegenerate(m, stems)).Select(m => TextNormalizer.Tokenize(m).ToArray())];

    private List<string[]> CompileMarkers(IEnumerable<string> markers) =>
        [.. markers.Select(m => (Marker: m, Stems: ContentStems(m))).Where(m => m.Stems.Count > 0 && !IsDegenerate(m.Marker, m.Stems)).Select(m => m.Stems.ToArray())];
}

/// <summary>
/// A topic term of several words of which stop words leave one ("log in", "locked out", "new hire"): matched only as its words in a row
/// (each stemmed), counting for <paramref name="TargetIndex"/>'s topic with the one content word <paramref name="ContentStem"/>.
/// </summary>
internal sealed record WordPhrase(string[] Words, string ContentStem, int TargetIndex, double Weight);

/// <summary>A spoken language a request asks for: its code, the name the requester wrote, and all its names (normalised).</summary>
internal sealed record SpokenLanguage(string Code, string Named, IReadOnlySet<string> Names);

/// <summary>
/// One expression of a translation group, as content stems, and every expression of the group (itself included); a single word of the
/// general lexicon (<paramref name="AskedAboutOnly"/>) bridges only what a knowledge question asks about, or an acronym written in capitals.
/// </summary>
internal sealed record TranslationEntry(string[] Expression, string[][] Group, bool AskedAboutOnly);

/// <summary>Compares stem sequences by their stems, so a group's duplicate forms ("fût", "fut") count once.</summary>
internal sealed class StemSequenceComparer : IEqualityComparer<string[]>
{
    public static StemSequenceComparer Instance { get; } = new();

    public bool Equals(string[]? x, string[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(string[] obj)
    {
        var hash = default(HashCode);
        foreach (var stem in obj)
        {
            hash.Add(stem, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
