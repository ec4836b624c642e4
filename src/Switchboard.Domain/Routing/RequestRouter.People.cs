namespace Switchboard.Domain.Routing;

/// <summary>Who matches a request, how strongly, and whether they can be disturbed now.</summary>
public sealed partial class RequestRouter
{
    private static List<PersonCandidate> RankPeople(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, int limit)
    {
        var scratch = index.Scratch.Rent();
        try
        {
            var requestIdf = CollectDirectHits(understanding, index, scratch);
            scratch.RequestIdf = requestIdf;
            var requireTopic = HasOrphanSubject(understanding, index);
            var candidates = Candidates(index, scratch, requestIdf, requireTopic);
            if (candidates.Count >= limit || understanding.Topics.Count == 0)
            {
                return Rank(candidates, scratch, request, index, workload, limit, stopEarly: true);
            }

            // Related fields are a fallback for scarce evidence: in a large directory they would touch half the company for nothing.
            // Everyone is then assessed, so a direct match is never hidden behind related-field people.
            CollectRelatedFieldHits(understanding, index, scratch);
            return Rank(Candidates(index, scratch, requestIdf, requireTopic), scratch, request, index, workload, limit, stopEarly: false);
        }
        finally
        {
            index.Scratch.Return(scratch);
        }
    }

    /// <summary>Qualified users (match at least the minimum) with their match; people are materialised only when ranked.</summary>
    private static List<(double Match, int User)> Candidates(RoutingIndex index, FacetScratch scratch, double requestIdf, bool requireTopic)
    {
        var options = index.Options;
        scratch.ResetUsers();
        var hot = index.Hot;
        HashSet<int>? topical = requireTopic ? [] : null;
        foreach (var facetId in scratch.Touched)
        {
            // A skill named in full (or by its acronym) is evidence of itself, whatever topic the vocabulary guessed; a field in the
            // subject's own domain (the related-field fallback) is still about the subject, unlike a stray shared word.
            if (topical is not null && (scratch.TopicWeight[facetId] > 0 || scratch.DomainWeight[facetId] > 0
                || (hot.IsSkill[facetId] && hot.TotalIdf[facetId] > 0 && scratch.MatchedIdf[facetId] / hot.TotalIdf[facetId] >= 0.999)))
            {
                topical.Add(hot.User[facetId]);
            }

            var hit = new FacetHit(scratch.MatchedIdf[facetId], scratch.TopicWeight[facetId], scratch.DomainWeight[facetId], scratch.Corrected[facetId], scratch.Asked[facetId]);
            var strength = Strength(hot, facetId, hit, requestIdf, options);
            if (strength.Value > 0)
            {
                scratch.Offer(hot.User[facetId], facetId, strength.Value, strength.RelatedFieldOnly,
                    hit.MatchedIdf > 0 ? 1 : options.TopicOnlySecondaryShare);
            }
        }

        // Someone whose fields were each too little alone may still hold most of the request across them: only they are added, so the
        // thousands who share one common word with the request cost nothing further.
        foreach (var user in scratch.WordUsers)
        {
            if (!scratch.IsOffered(user) && requestIdf > 0 && scratch.WordIdf[user] / requestIdf >= options.MinProfileWordCoverage)
            {
                scratch.Offer(user, scratch.WordFacet[user], double.Epsilon, related: false);
            }
        }

        var qualified = scratch.Qualified;
        // The most of the request's words anyone holds: the bonus below is relative to it, so a long message full of small talk does not
        // dilute the one rare word that names the subject ("extrusion" among "hola", "drifting", "resin").
        var mostWords = 0.0;
        foreach (var user in scratch.TouchedUsers)
        {
            if (requestIdf > 0 && scratch.HasWords(user))
            {
                mostWords = Math.Max(mostWords, scratch.WordIdf[user] / requestIdf);
            }
        }

        foreach (var user in scratch.TouchedUsers)
        {
            var match = scratch.Best[user] + Math.Min(options.MaxSecondaryEvidence, options.SecondaryEvidenceShare * scratch.Secondary(user));
            // The profile as one text: someone whose fields together hold most of the request's informative words is a match even
            // when no single field is named in full ("plainte" in one field, "AMF" in another; "interactions" of "Interactions médicamenteuses").
            var words = requestIdf > 0 && scratch.HasWords(user) ? scratch.WordIdf[user] / requestIdf : 0;
            // The request's own rare words separate comparable matches: the same for every holder of the same words, so proficiency
            // still orders the holders of one skill; squared, so holding half as much of them earns a quarter.
            if (mostWords > 0)
            {
                var share = Math.Min(1, words / mostWords);
                match += options.RequestWordsBonus * share * share;
            }

            if (words >= options.MinProfileWordCoverage && options.ProfileWordsWeight * words > match)
            {
                match = options.ProfileWordsWeight * words;
                scratch.MarkDirect(user);
            }

            if (match >= options.MinPersonMatch && (topical is null || topical.Contains(user)))
            {
                qualified.Add((match, user));
            }
        }

        return qualified;
    }

    /// <summary>
    /// The request's main subject is a specific vocabulary topic (named by a non-generic term) that nobody in the tenant holds, and
    /// its words are most of the request:
    /// "someone who knows SAP ABAP for this mandate". Then a person sharing only another word of the request ("Gestion de mandats")
    /// is not evidence of the subject; only people sharing one of the request's topics or holding a skill it names in full ("Houdini"
    /// when "generator" made the vocabulary guess electrical engineering) may be proposed, else the fallbacks apply.
    /// </summary>
    private static bool HasOrphanSubject(RequestUnderstanding understanding, RoutingIndex index)
    {
        var options = index.Options;
        return understanding.Topics.Count > 0
            && understanding.Topics[0] is var main
            && main.StrongestTerm >= options.OrphanSubjectMinTerm
            && index.FacetsWithTopic(main.Topic.Index).Count == 0
            && main.NamedBy is { Count: > 0 } named
            && understanding.Stems.Count > 0
            && (double)understanding.Stems.Count(named.Contains) / understanding.Stems.Count >= options.OrphanSubjectMinShare;
    }

    private static PersonCandidate Materialise(RoutingIndex index, FacetScratch scratch, int user, double match) => new(index.Users[user])
    {
        Match = match,
        BestFacet = index.Facets[scratch.BestFacet[user]],
        BestStrength = scratch.Best[user],
        BestIsRelatedField = scratch.BestRelated[user],
        SecondFacet = scratch.SecondFacet[user] >= 0 ? index.Facets[scratch.SecondFacet[user]] : null,
        SecondStrength = scratch.Second[user],
        SecondIsRelatedField = scratch.SecondRelated[user],
        WordCoverage = scratch.RequestIdf > 0 && scratch.HasWords(user) ? scratch.WordIdf[user] / scratch.RequestIdf : 0,
    };

    /// <summary>
    /// Assesses availability strongest match first and stops once nobody further down can enter the top: availability only
    /// lowers a match and tie-breakers add at most their sum, so thousands of weak holders of a common skill cost nothing.
    /// </summary>
    private static List<PersonCandidate> Rank(List<(double Match, int User)> qualified, FacetScratch scratch, RoutingRequest request, RoutingIndex index, IWorkload workload, int limit, bool stopEarly)
    {
        var options = index.Options;
        var maxBonus = options.SameLanguageBonus + options.FreeCapacityBonus + options.OrgClosenessBonus;
        var requester = index.FindUser(request.RequesterId);
        var requesterAncestors = Ancestors(requester, index, options.MaxOrgDistance);
        var assessed = new List<PersonCandidate>();
        var bestAvailableRanks = new List<double>();
        foreach (var (match, user) in StrongestFirstOrder(qualified, scratch, limit))
        {
            if (stopEarly && bestAvailableRanks.Count >= limit && match + maxBonus < bestAvailableRanks[limit - 1])
            {
                break;
            }

            var candidate = Materialise(index, scratch, user, match);
            Assess(candidate, request, requester, requesterAncestors, index, workload);
            assessed.Add(candidate);
            if (candidate.Blocker == Blocker.None)
            {
                var position = bestAvailableRanks.BinarySearch(candidate.Rank, DescendingComparer.Instance);
                bestAvailableRanks.Insert(position < 0 ? ~position : position, candidate.Rank);
            }
        }

        assessed.Sort((a, b) =>
        {
            var byRank = b.Rank.CompareTo(a.Rank);
            if (byRank != 0)
            {
                return byRank;
            }

            var byMatch = b.Match.CompareTo(a.Match);
            return byMatch != 0 ? byMatch : string.CompareOrdinal(a.User.User.Id, b.User.User.Id);
        });
        SameSkillHoldersByLevelAndTieBreakers(assessed);
        return assessed;
    }

    private const double LevelTolerance = 1e-9;

    /// <summary>
    /// Holders of the same skill with no other skill or responsibility matching the request are equals but for their level: a job title
    /// or an about-me restating the skill does not lift an advanced holder over an expert ("Tempérage"), nor decide between two holders
    /// at one level before the tie-breakers do (language, load, org chart). The first available person gives way to the one among them
    /// ranking first on the skill alone.
    /// </summary>
    private static void SameSkillHoldersByLevelAndTieBreakers(List<PersonCandidate> assessed)
    {
        var first = assessed.FindIndex(c => c.Blocker == Blocker.None);
        if (first < 0 || assessed[first].BestFacet is not { IsSkill: true } skill || HoldsAnotherSkill(assessed[first]))
        {
            return;
        }

        var best = first;
        for (var i = first + 1; i < assessed.Count; i++)
        {
            var other = assessed[i];
            if (other.Blocker == Blocker.None && other.BestFacet is { IsSkill: true } theirs && !other.BestIsRelatedField && !HoldsAnotherSkill(other)
                && theirs.Stems.Length == skill.Stems.Length && theirs.Stems.All(skill.Stems.Contains) && Before(other, assessed[best]))
            {
                best = i;
            }
        }

        if (best != first)
        {
            var moved = assessed[best];
            assessed.RemoveAt(best);
            assessed.Insert(first, moved);
        }

        // A skill's own short name ("VIP" of "Hospitalités VIP", "T3P" of "Réglementation VTC / T3P") is the same skill, not another one.
        static bool HoldsAnotherSkill(PersonCandidate candidate) =>
            candidate.SecondFacet is { IsSkill: true } or { Kind: FacetKind.Responsibility } && !candidate.SecondIsRelatedField
            && !string.Equals(candidate.SecondFacet.Text, candidate.BestFacet?.Text, StringComparison.OrdinalIgnoreCase);

        static bool Before(PersonCandidate candidate, PersonCandidate than) => candidate.SkillLevel > than.SkillLevel + LevelTolerance
            || (Math.Abs(candidate.SkillLevel - than.SkillLevel) <= LevelTolerance && candidate.TieBreak > than.TieBreak + LevelTolerance);
    }

    /// <summary>
    /// Qualified users strongest first, lazily: the strongest few come from a small heap in one pass; only if the caller
    /// needs more (many of them away) is the whole list sorted.
    /// </summary>
    private static IEnumerable<(double Match, int User)> StrongestFirstOrder(List<(double Match, int User)> qualified, FacetScratch scratch, int limit)
    {
        // Large enough for the usual crowd of equally strong holders of a common skill, small enough to stay a cheap pass.
        var size = Math.Max(256, 16 * limit);
        var heap = scratch.Strongest;
        heap.Clear();
        foreach (var item in qualified)
        {
            if (heap.Count < size)
            {
                heap.Enqueue(item, item);
            }
            else if (StrongestFirst.Instance.Compare(item, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(item, item);
            }
        }

        var top = new List<(double Match, int User)>(heap.Count);
        while (heap.TryDequeue(out var item, out _))
        {
            top.Add(item);
        }

        top.Reverse();
        foreach (var item in top)
        {
            yield return item;
        }

        if (qualified.Count <= top.Count)
        {
            yield break;
        }

        qualified.Sort(StrongestFirst.Instance);
        for (var i = top.Count; i < qualified.Count; i++)
        {
            yield return qualified[i];
        }
    }

    /// <summary>Topic and word evidence; returns the idf mass of the request's words the directory knows.</summary>
    private static double CollectDirectHits(RequestUnderstanding understanding, RoutingIndex index, FacetScratch scratch)
    {
        var options = index.Options;
        foreach (var topic in understanding.Topics)
        {
            var postings = index.IsLarge ? index.FacetsWithTopicExceptAboutMe(topic.Topic.Index) : index.FacetsWithTopic(topic.Topic.Index);
            foreach (var facetId in postings)
            {
                scratch.Touch(facetId);
                scratch.TopicWeight[facetId] = Math.Max(scratch.TopicWeight[facetId], topic.Weight);
            }
        }

        var askedStems = understanding.Names.SelectMany(n => n.Tokens.Select(Text.LightStemmer.Stem)).ToHashSet(StringComparer.Ordinal);
        var requestIdf = 0.0;
        var applyShareRule = index.UserCount >= options.MinUsersForWordShareRule;
        var hot = index.Hot;
        var stemNumber = -1;
        // Rarest words first: in a large directory a common word only adds to the profile-wide coverage of people who already hold a
        // rarer word of the request, so the tens of thousands who share only "client" or "setup" are never counted.
        var seedLimit = applyShareRule ? options.MaxCoverageSeedShare * index.UserCount : double.MaxValue;
        List<(string Stem, int Number)>? places = null;
        foreach (var stem in understanding.Stems.OrderBy(s => index.FacetsWithStem(s).Count))
        {
            stemNumber++;
            if (index.PlaceStems.Contains(stem))
            {
                (places ??= []).Add((stem, stemNumber));
                continue;
            }

            var postings = index.FacetsWithStem(stem);
            if (postings.Count == 0 || (applyShareRule && postings.Count > options.MaxWordUserShare * index.UserCount))
            {
                continue;
            }

            var idf = index.Idf(stem);
            var corrected = understanding.CorrectedStems.Contains(stem);
            var asked = askedStems.Contains(stem);
            requestIdf += idf;
            var seeds = postings.Count <= seedLimit;
            foreach (var facetId in postings)
            {
                scratch.Touch(facetId);
                scratch.MatchedIdf[facetId] += idf;
                scratch.Corrected[facetId] |= corrected;
                scratch.Asked[facetId] |= asked;
                var user = hot.User[facetId];
                if (seeds || scratch.HasWords(user))
                {
                    scratch.AddWord(user, facetId, stemNumber, corrected ? idf * options.TypoMatchFactor : idf, hot.WordFactor[facetId]);
                }
            }
        }

        // A site's name ("Échallens") says where: it adds to the people the request's other words found (the holder of the subject at
        // that site first), it makes nobody a candidate, and it is left out of the request's idf mass like a word no profile holds.
        foreach (var (stem, number) in places ?? [])
        {
            var postings = index.FacetsWithStem(stem);
            var idf = index.Idf(stem);
            foreach (var facetId in postings)
            {
                var user = hot.User[facetId];
                if (scratch.HasWords(user) || scratch.IsTouched(facetId))
                {
                    scratch.Touch(facetId);
                    scratch.MatchedIdf[facetId] += idf;
                    scratch.AddWord(user, facetId, number, idf, hot.WordFactor[facetId]);
                }
            }
        }

        return requestIdf;
    }

    private static void CollectRelatedFieldHits(RequestUnderstanding understanding, RoutingIndex index, FacetScratch scratch)
    {
        if (index.IsLarge)
        {
            // The about-me evidence skipped by the direct pass of a large directory is worth its cost when evidence is scarce.
            foreach (var topic in understanding.Topics)
            {
                foreach (var facetId in index.FacetsWithTopic(topic.Topic.Index))
                {
                    scratch.Touch(facetId);
                    scratch.TopicWeight[facetId] = Math.Max(scratch.TopicWeight[facetId], topic.Weight);
                }
            }
        }

        foreach (var topic in understanding.Topics)
        {
            foreach (var facetId in index.FacetsInDomain(topic.Topic.DomainIndex))
            {
                scratch.Touch(facetId);
                scratch.DomainWeight[facetId] = Math.Max(scratch.DomainWeight[facetId], topic.Weight);
            }
        }
    }

    private static FacetStrength Strength(FacetColumns hot, int facet, FacetHit hit, double requestIdf, RoutingOptions options)
    {
        var totalIdf = hot.TotalIdf[facet];
        var coverage = totalIdf > 0 ? Math.Min(1, hit.MatchedIdf / totalIdf) : 0;
        var typo = hit.Corrected ? options.TypoMatchFactor : 1;
        // Rounding noise in idf sums must not turn "all words present" into a partial match.
        var complete = coverage >= 0.999;
        var related = hit.DomainWeight * options.DomainMatchFactor;

        if (hot.IsSkill[facet])
        {
            var exact = complete ? options.ExactSkillWeight * typo : 0;
            var topic = hit.TopicWeight * options.TopicSkillWeight;
            // "Qui connaît Trillium ?" of "Trillium SIS": the name asked about is the skill's own, not one generic word of it.
            var partial = coverage >= (hit.Asked ? options.MinAskedNamePartialCoverage : options.MinPartialCoverage) ? options.PartialSkillWeight * coverage * typo : 0;
            var weight = hot.Weight[facet];
            // Naming the skill is a tier above sharing its topic or part of its name: proficiency and askMeAbout order people within
            // a tier, they cannot lift a synonym holder over someone who holds the very skill asked for.
            var unnamed = Math.Min(options.UnnamedSkillCeiling, Math.Max(topic, partial) * weight);
            var direct = Math.Max(exact * weight, unnamed);
            var relatedSkill = Math.Min(options.UnnamedSkillCeiling, related * options.TopicSkillWeight * weight);
            return new FacetStrength(Math.Max(direct, relatedSkill), direct < relatedSkill);
        }

        var requestCoverage = requestIdf > 0 ? Math.Min(1, hit.MatchedIdf / requestIdf) : 0;
        var textQuality = Math.Max(
            coverage >= options.MinPartialCoverage && hot.StemCount[facet] <= 6 ? coverage * typo : 0,
            requestCoverage >= options.MinTextRequestCoverage ? requestCoverage * typo : 0);
        var directText = Math.Max(hit.TopicWeight, textQuality);
        return new FacetStrength(hot.Weight[facet] * Math.Max(directText, related), directText < related);
    }

    private static void Assess(PersonCandidate candidate, RoutingRequest request, IndexedUser? requester, Dictionary<int, int> requesterAncestors, RoutingIndex index, IWorkload workload)
    {
        var options = index.Options;
        var availability = candidate.User.Availability;
        var load = workload.Find(candidate.User.User.Id);
        var capacity = load?.Capacity ?? options.DefaultCapacity;
        var open = load?.OpenRequests ?? 0;
        var inHours = availability.IsInWorkingHours(request.At);

        candidate.Blocker = true switch
        {
            _ when requester is not null && requester.Index == candidate.User.Index => Blocker.Requester,
            _ when string.Equals(candidate.User.User.Id, request.RequesterId, StringComparison.OrdinalIgnoreCase) => Blocker.Requester,
            _ when availability.AccountDisabled => Blocker.AccountDisabled,
            _ when availability.IsOutOfOffice(request.At) => Blocker.OutOfOffice,
            _ when open >= capacity => Blocker.AtCapacity,
            _ when request.IsUrgent && inHours == false => Blocker.OffHoursUrgent,
            _ when request.IsUrgent && availability.DoNotDisturb => Blocker.DoNotDisturbUrgent,
            _ => Blocker.None,
        };

        candidate.InHours = inHours;
        var factor = 1.0;
        if (inHours == false)
        {
            factor *= options.OffHoursFactor;
        }

        if (availability.DoNotDisturb)
        {
            factor *= options.DoNotDisturbFactor;
        }
        else if (availability.Away)
        {
            factor *= options.AwayFactor;
        }

        var bonus = 0.0;
        if (requester?.Language is { } language && string.Equals(language, candidate.User.Language, StringComparison.Ordinal))
        {
            bonus += options.SameLanguageBonus;
        }

        var free = capacity > 0 ? Math.Clamp(1 - ((double)open / capacity), 0, 1) : 0;
        bonus += options.FreeCapacityBonus * free;
        var distance = OrgDistance(candidate.User, requesterAncestors, index, options.MaxOrgDistance);
        bonus += options.OrgClosenessBonus * Math.Max(0, 1 - ((double)distance / options.MaxOrgDistance));

        candidate.Rank = (candidate.Match * factor) + bonus;
        candidate.SkillLevel = candidate.BestFacet is { IsSkill: true } skill ? FacetColumns.SkillFactor(skill, options) * factor : 0;
        candidate.TieBreak = bonus;
    }

    private static Dictionary<int, int> Ancestors(IndexedUser? user, RoutingIndex index, int maxDistance)
    {
        var ancestors = new Dictionary<int, int>();
        var current = user;
        for (var distance = 0; current is not null && distance <= maxDistance && !ancestors.ContainsKey(current.Index); distance++)
        {
            ancestors[current.Index] = distance;
            current = current.ManagerIndex >= 0 ? index.Users[current.ManagerIndex] : null;
        }

        return ancestors;
    }

    private static int OrgDistance(IndexedUser candidate, Dictionary<int, int> requesterAncestors, RoutingIndex index, int maxDistance)
    {
        var current = candidate;
        for (var steps = 0; current is not null && steps <= maxDistance; steps++)
        {
            if (requesterAncestors.TryGetValue(current.Index, out var up))
            {
                return steps + up;
            }

            current = current.ManagerIndex >= 0 ? index.Users[current.ManagerIndex] : null;
        }

        return maxDistance;
    }
}
