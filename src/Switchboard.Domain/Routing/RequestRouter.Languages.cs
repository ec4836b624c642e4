using System.Text.RegularExpressions;
using Switchboard.Domain.Routing.Text;

namespace Switchboard.Domain.Routing;

/// <summary>Requests for someone who speaks a language: only people who speak it may answer them.</summary>
public sealed partial class RequestRouter
{
    /// <summary>A pair of language codes ("FR-EN", "EN > FR", "de/fr"), as translators write their skill.</summary>
    private static readonly Regex LanguagePair = new(
        @"(?<![\p{L}\p{N}])(?<from>[A-Za-z]{2})\s*(?:-|/|>|→|<>|<->)\s*(?<to>[A-Za-z]{2})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether a matched field pairs the language's code with another ("Traduction FR-EN" for English): the translator speaks it.</summary>
    private static bool PairsLanguage(ProfileFacet? facet, string code) =>
        facet?.Text is { } text && LanguagePair.Matches(text).Any(m => m.Groups["from"].Value.Equals(code, StringComparison.OrdinalIgnoreCase)
            || m.Groups["to"].Value.Equals(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the field writes the language's name: a field holds the initials it is named by too ("blanc Sylvan, Lambert" holds
    /// "bsl"), which say nothing of British Sign Language.
    /// </summary>
    private static bool WritesLanguage(ProfileFacet facet, string stem) =>
        facet.Stems.Contains(stem) && TextNormalizer.Tokenize(facet.Text).Any(t => t == stem || LightStemmer.Stem(t) == stem);

    /// <summary>
    /// "Quelqu'un parle roumain ?", "Anyone speak Portuguese?": the language is the whole subject, so only people who list it in their
    /// profile (a skill, a responsibility, their about-me) or whose preferred language it is may be proposed; a client manager who
    /// shares the request's other words ("client", "abonnement") is no answer. Speakers are ranked by their match when the profile
    /// names the language, then as the usual tie-breakers say. Nobody who speaks it, or nobody available: none, saying which.
    /// Null when the request asks for no language.
    /// </summary>
    private static RoutingAnswer? LanguageRequest(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit, Lazy<List<PersonCandidate>> people)
    {
        if (index.Vocabulary.LanguageAsked(understanding.Tokens) is not { } language)
        {
            return null;
        }

        var options = index.Options;
        // Who lists the language is checked per candidate and read from the postings as needed, never collected: in a large
        // directory tens of thousands may list English. (Departments and interests are not in the word postings.)
        var stems = language.Names.Select(LightStemmer.Stem).Distinct(StringComparer.Ordinal).ToList();
        var requester = index.FindUser(request.RequesterId);
        var ancestors = Ancestors(requester, index, options.MaxOrgDistance);
        var ranked = people.Value.Where(c => stems.Any(s => index.UserHoldsStem(c.User.Index, s) && index.FacetsOf(c.User.Index).Any(f => WritesLanguage(f, s)))
            || PairsLanguage(c.BestFacet, language.Code) || PairsLanguage(c.SecondFacet, language.Code)).ToList();
        var assessed = ranked.Select(c => c.User.Index).ToHashSet();
        var listing = stems.SelectMany(s => index.FacetsWithStem(s).Where(f => WritesLanguage(index.Facets[f], s))).Select(f => index.Facets[f].UserIndex);
        // Speakers whose profile says nothing of it, only their preferred language: in a large directory thousands share a language, so
        // only enough of them to fill the answer several times over are assessed (in directory order).
        var native = index.UsersByLanguage.GetValueOrDefault(language.Code) ?? [];
        var budget = Math.Max(64, 16 * limit);
        foreach (var user in listing.Concat(native))
        {
            if (budget == 0)
            {
                break;
            }

            if (assessed.Add(user))
            {
                var candidate = new PersonCandidate(index.Users[user]) { Match = options.LanguageSpeakerMatch };
                Assess(candidate, request, requester, ancestors, index, workload);
                ranked.Add(candidate);
                budget--;
            }
        }

        var available = AvailableByRank(ranked, limit);
        if (available.Count > 0)
        {
            var targets = available
                .Select(c => PersonTarget(c, request, workload, index))
                .Select(t => t with { Why = [new RoutingReason(ReasonCode.SpeaksLanguageAsked) { Text = language.Named }, .. t.Why] })
                .ToList();
            return new RoutingAnswer(RoutingDecision.Person, targets, understood, []);
        }

        var away = ranked.Where(c => c.Blocker is not (Blocker.None or Blocker.Requester)).ToList();
        return new RoutingAnswer(RoutingDecision.None, [], understood, away.Count > 0
            ?
            [
                new RoutingReason(ReasonCode.LanguageSpeakersUnavailable) { Text = language.Named },
                .. away.Take(options.MaxPassedOverReasons).Select(c => Describe(c, request, workload, options)),
                new RoutingReason(ReasonCode.RetryWhenBack),
            ]
            :
            [
                new RoutingReason(ReasonCode.NobodySpeaksLanguage) { Text = language.Named },
                new RoutingReason(ReasonCode.AskInformally),
            ]);
    }
}
