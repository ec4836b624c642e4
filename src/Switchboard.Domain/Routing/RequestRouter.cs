using System.Globalization;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Routing;

/// <summary>
/// The routing engine. For one request: understand the text, then
/// 1. a service request (password, badge, payslip...) goes to the team whose description covers it;
/// 2. otherwise rank the people whose profiles match, drop those who must not be disturbed, explain the choice;
/// 3. if every qualified person is away, fall back to a team covering the subject;
/// 4. else answer <see cref="RoutingDecision.None"/> saying what is missing.
/// Stateless and thread-safe: all state lives in the <see cref="RoutingIndex"/> and the workload.
/// </summary>
public sealed class RequestRouter : IRequestRouter
{
    private static readonly HashSet<int> NoExperts = [];

    public RoutingAnswer Route(RoutingRequest request, RoutingIndex index, IWorkload workload, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(workload);

        var limit = Math.Max(1, top ?? index.Options.DefaultTop);
        var understanding = RequestUnderstanding.Analyze(request.Text ?? string.Empty, index);
        var understood = understanding.Topics
            .Select(t => new UnderstoodTopic(t.Topic.Id, t.Topic.Label, t.Topic.Kind == TopicKind.Service, Math.Round(t.Weight, 2)))
            .ToList();

        return ServiceDesk(request, understanding, index, workload, understood, limit)
            ?? PeopleOrFallback(request, understanding, index, workload, understood, limit);
    }

    /// <summary>
    /// Step 1: a service request goes to the teams covering its main service subjects, if any team does. When no team names the
    /// subject itself (teams only work in its domain) and someone lists it among their responsibilities ("Travel bookings"),
    /// that person is the owner of the service and the better door.
    /// </summary>
    private static RoutingAnswer? ServiceDesk(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit)
    {
        var options = index.Options;
        var primary = understanding.Topics.Where(t => t.Weight >= options.SecondaryTopicThreshold).ToList();
        var serviceWeight = primary.Where(t => t.Topic.Kind == TopicKind.Service).Sum(t => t.Weight);
        var expertiseWeight = primary.Where(t => t.Topic.Kind == TopicKind.Expertise).Sum(t => t.Weight);
        if (serviceWeight <= 0 || serviceWeight < options.ServiceShareToDecide * expertiseWeight)
        {
            return null;
        }

        // Only the request's main subjects decide the team: a passing mention must not pull in another desk.
        var serviceTopics = primary.Where(t => t.Topic.Kind == TopicKind.Service).ToList();
        var teams = RankGroups(index, serviceTopics, understanding.Domains, NoExperts, limit, allowFallbackDomains: true);
        if (teams.Count == 0)
        {
            return null;
        }

        if (!AnyTeamNames(index, serviceTopics))
        {
            var owner = RankPeople(request, understanding, index, workload, limit)
                .FirstOrDefault(c => c.Blocker == Blocker.None && c.BestFacet is { Kind: FacetKind.Responsibility } facet
                    && !c.BestIsRelatedField && facet.Topics.Any(t => serviceTopics.Any(s => s.Topic.Index == t)));
            if (owner is not null)
            {
                return new RoutingAnswer(RoutingDecision.Person, [PersonTarget(owner, request, workload, index)], understood, []);
            }
        }

        return new RoutingAnswer(RoutingDecision.Group, teams, understood, []);
    }

    private static bool AnyTeamNames(RoutingIndex index, List<WeightedTopic> topics) =>
        index.Groups.Any(g => g.AcceptsRequests && topics.Any(t =>
            g.Topics.TryGetValue(t.Topic.Index, out var weight) && (weight >= 1 || (t.Topic.DomainIndex >= 0 && g.Domains.ContainsKey(t.Topic.DomainIndex)))));

    /// <summary>
    /// Steps 2 to 4: the best available direct expert; else, when direct experts exist but are away, their team, else
    /// someone from a related field, else none naming who is away; when nobody matches directly, a related field, then a
    /// team covering the subject, then none saying what is missing.
    /// </summary>
    private static RoutingAnswer PeopleOrFallback(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit)
    {
        var options = index.Options;
        var candidates = RankPeople(request, understanding, index, workload, limit);
        var direct = candidates.Where(c => !c.BestIsRelatedField).ToList();
        var related = candidates.Where(c => c.BestIsRelatedField).ToList();
        if (PersonAnswer(direct, candidates, request, workload, index, understood, limit) is { } directAnswer)
        {
            return directAnswer;
        }

        var subject = Subject(understanding);
        var away = direct.Where(c => c.Blocker is not (Blocker.None or Blocker.Requester)).ToList();
        if (away.Count > 0)
        {
            // People matched only through a related field are a weaker substitute than the experts' own team.
            var awayReasons = away.Take(options.MaxPassedOverReasons).Select(c => Describe(c, request, workload, options)).ToList();
            var theirTeams = RankGroups(index, understanding.Topics, understanding.Domains, away.Select(c => c.User.Index).ToHashSet(), limit, allowFallbackDomains: false);
            if (theirTeams.Count > 0)
            {
                return WithLeadingReasons(RoutingDecision.Group, theirTeams, understood,
                    [$"everyone who knows {subject} is unavailable, so their team is asked instead"], awayReasons);
            }

            return PersonAnswer(related, candidates, request, workload, index, understood, limit)
                ?? new RoutingAnswer(RoutingDecision.None, [], understood,
                [
                    $"everyone who knows {subject} is unavailable and no team covers it",
                    .. awayReasons,
                    request.IsUrgent
                        ? "retry later, or lower the urgency if it can wait until they are back at work"
                        : "retry when one of them is back, or ask your manager who else can help",
                ]);
        }

        if (PersonAnswer(related, candidates, request, workload, index, understood, limit) is { } relatedAnswer)
        {
            return relatedAnswer;
        }

        var teamsForSubject = RankGroups(index, understanding.Topics, understanding.Domains, NoExperts, limit, allowFallbackDomains: HasServiceTopic(understanding), expertiseNeedsTopic: true);
        if (teamsForSubject.Count > 0)
        {
            return WithLeadingReasons(RoutingDecision.Group, teamsForSubject, understood, [$"nobody lists {subject} as a skill or responsibility, but this team covers it"], []);
        }

        var teamsByWords = GroupsSharingWords(index, understanding, limit);
        return teamsByWords.Count > 0
            ? new RoutingAnswer(RoutingDecision.Group, teamsByWords, understood, [])
            : new RoutingAnswer(RoutingDecision.None, [], understood, NobodyReasons(understanding, candidates, subject));
    }

    /// <summary>Teams whose own words cover most of the request: the tenant's services the vocabulary has never heard of.</summary>
    private static List<RoutingTarget> GroupsSharingWords(RoutingIndex index, RequestUnderstanding understanding, int limit)
    {
        var options = index.Options;
        var words = understanding.Stems.Where(s => s.Length >= 3 && !s.All(char.IsDigit)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var found = new List<(IndexedGroup Group, double Overlap, List<string> Shared)>();
        foreach (var group in index.Groups.Where(g => g.AcceptsRequests))
        {
            var shared = words.Where(group.Stems.Contains).ToList();
            var overlap = (double)shared.Count / words.Count;
            // One shared word is only enough when the request is one or two words long.
            if (overlap >= options.GroupWordOverlapThreshold && (shared.Count >= 2 || words.Count <= 2))
            {
                found.Add((group, overlap, shared));
            }
        }

        return
        [
            .. found
                .OrderByDescending(f => f.Overlap)
                .ThenBy(f => f.Group.Name, StringComparer.Ordinal)
                .Take(limit)
                .Select(f => new RoutingTarget(
                    RoutingTargetType.Group,
                    f.Group.Group.Id,
                    f.Group.Name,
                    Math.Round(options.GroupWordOverlapScore * f.Overlap, 2),
                    f.Group.RequestChannel is { } channel
                        ? [$"{f.Group.Name} describes this service in its own words", $"post in its channel {channel.DisplayName ?? channel.Id}"]
                        : [$"{f.Group.Name} describes this service in its own words"])),
        ];
    }

    private static RoutingAnswer WithLeadingReasons(RoutingDecision decision, List<RoutingTarget> targets, List<UnderstoodTopic> understood, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var first = targets[0] with { Reasons = [.. before, .. targets[0].Reasons, .. after] };
        return new RoutingAnswer(decision, [first, .. targets.Skip(1)], understood, []);
    }

    private static RoutingAnswer? PersonAnswer(List<PersonCandidate> pool, List<PersonCandidate> all, RoutingRequest request, IWorkload workload, RoutingIndex index, List<UnderstoodTopic> understood, int limit)
    {
        var available = pool.Where(c => c.Blocker == Blocker.None).ToList();
        if (available.Count == 0)
        {
            return null;
        }

        var targets = available.Take(limit).Select(c => PersonTarget(c, request, workload, index)).ToList();
        var passedOver = PassedOver(all, available[0], request, workload, index.Options);
        if (passedOver.Count > 0)
        {
            targets[0] = targets[0] with { Reasons = [.. targets[0].Reasons, .. passedOver] };
        }

        return new RoutingAnswer(RoutingDecision.Person, targets, understood, []);
    }

    private static List<PersonCandidate> RankPeople(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, int limit)
    {
        var options = index.Options;
        var scratch = index.Scratch.Rent();
        try
        {
            var requestIdf = CollectDirectHits(understanding, index, scratch);
            var candidates = Candidates(index, scratch, requestIdf);
            if (candidates.Count >= limit || understanding.Topics.Count == 0)
            {
                return Rank(candidates, scratch, request, index, workload, limit, stopEarly: true);
            }

            // Related fields are a fallback for scarce evidence: in a large directory they would touch half the company for nothing.
            // Everyone is then assessed, so a direct match is never hidden behind related-field people.
            CollectRelatedFieldHits(understanding, index, scratch);
            return Rank(Candidates(index, scratch, requestIdf), scratch, request, index, workload, limit, stopEarly: false);
        }
        finally
        {
            index.Scratch.Return(scratch);
        }
    }

    /// <summary>Qualified users (match at least the minimum) in a queue by strongest match; people are materialised only when taken.</summary>
    private static List<(double Match, int User)> Candidates(RoutingIndex index, FacetScratch scratch, double requestIdf)
    {
        var options = index.Options;
        scratch.ResetUsers();
        var hot = index.Hot;
        foreach (var facetId in scratch.Touched)
        {
            var hit = new FacetHit(scratch.MatchedIdf[facetId], scratch.TopicWeight[facetId], scratch.DomainWeight[facetId], scratch.Corrected[facetId]);
            var strength = Strength(hot, facetId, hit, requestIdf, options);
            if (strength.Value > 0)
            {
                scratch.Offer(hot.User[facetId], facetId, strength.Value, strength.RelatedFieldOnly);
            }
        }

        var qualified = scratch.Qualified;
        foreach (var user in scratch.TouchedUsers)
        {
            var match = scratch.Best[user] + Math.Min(options.MaxSecondaryEvidence, options.SecondaryEvidenceShare * scratch.Secondary(user));
            if (match >= options.MinPersonMatch)
            {
                qualified.Add((match, user));
            }
        }

        return qualified;
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
        return assessed;
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
            foreach (var facetId in index.FacetsWithTopic(topic.Topic.Index))
            {
                scratch.Touch(facetId);
                scratch.TopicWeight[facetId] = Math.Max(scratch.TopicWeight[facetId], topic.Weight);
            }
        }

        var requestIdf = 0.0;
        var applyShareRule = index.UserCount >= options.MinUsersForWordShareRule;
        foreach (var stem in understanding.Stems)
        {
            var postings = index.FacetsWithStem(stem);
            if (postings.Count == 0 || (applyShareRule && postings.Count > options.MaxWordUserShare * index.UserCount))
            {
                continue;
            }

            var idf = index.Idf(stem);
            var corrected = understanding.CorrectedStems.Contains(stem);
            requestIdf += idf;
            foreach (var facetId in postings)
            {
                scratch.Touch(facetId);
                scratch.MatchedIdf[facetId] += idf;
                scratch.Corrected[facetId] |= corrected;
            }
        }

        return requestIdf;
    }

    private static void CollectRelatedFieldHits(RequestUnderstanding understanding, RoutingIndex index, FacetScratch scratch)
    {
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
            var partial = coverage >= options.MinPartialCoverage ? options.PartialSkillWeight * coverage * typo : 0;
            var direct = Math.Max(exact, Math.Max(topic, partial));
            var relatedSkill = related * options.TopicSkillWeight;
            return new FacetStrength(Math.Max(direct, relatedSkill) * hot.Weight[facet], direct < relatedSkill);
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

    private static bool HasServiceTopic(RequestUnderstanding understanding) =>
        understanding.Topics.Any(t => t.Topic.Kind == TopicKind.Service);

    /// <param name="allowFallbackDomains">Whether a team of a fallback domain may take the request (IT for security); right for services, wrong for expertise.</param>
    private static List<RoutingTarget> RankGroups(RoutingIndex index, IReadOnlyList<WeightedTopic> topics, IReadOnlySet<int> domainsNamed, HashSet<int> experts, int limit, bool allowFallbackDomains, bool expertiseNeedsTopic = false)
    {
        var options = index.Options;
        var vocabulary = index.Vocabulary;
        var ranked = new List<(IndexedGroup Group, double Score, string Reason)>();
        foreach (var group in index.Groups)
        {
            if (!group.AcceptsRequests)
            {
                continue;
            }

            var best = 0.0;
            var total = 0.0;
            string? reason = null;
            foreach (var topic in topics)
            {
                var (coverage, how) = Coverage(group, topic.Topic, vocabulary, options, allowFallbackDomains, domainNeedsExperts: experts.Count > 0, expertiseNeedsTopic, experts);
                var score = coverage * topic.Weight;
                total += score;
                if (score > best)
                {
                    best = score;
                    reason = $"{(topic.Topic.Kind == TopicKind.Service ? "service request" : "subject")}: {how}, handled by {group.Name}";
                }
            }

            best += options.GroupExtraTopicShare * (total - best);
            if (best <= 0 && experts.Count > 0 && group.MemberIndexes.Overlaps(experts))
            {
                best = options.GroupOfExpertsScore;
                reason = $"team of the people who know the subject: {group.Name}";
            }

            foreach (var domainIndex in domainsNamed)
            {
                if (group.Domains.ContainsKey(domainIndex) && options.GroupDomainScore * options.SecondaryTopicThreshold > best)
                {
                    // A request that only names a department ("question pour les RH") is a weaker claim than a topic.
                    best = options.GroupDomainScore * options.SecondaryTopicThreshold;
                    reason = $"request for {vocabulary.Domains[domainIndex].Label}, handled by {group.Name}";
                }
            }

            if (best <= 0 || reason is null)
            {
                continue;
            }

            if (experts.Count > 0 && group.MemberIndexes.Overlaps(experts))
            {
                best += options.GroupHoldsExpertsBonus;
            }

            ranked.Add((group, best, reason));
        }

        return
        [
            .. ranked
                .OrderByDescending(r => r.Score)
                .ThenBy(r => r.Group.Name, StringComparer.Ordinal)
                .Take(limit)
                .Select(r => new RoutingTarget(
                    RoutingTargetType.Group,
                    r.Group.Group.Id,
                    r.Group.Name,
                    Math.Round(Math.Min(1, r.Score), 2),
                    r.Group.RequestChannel is { } channel
                        ? [r.Reason, $"post in its channel {channel.DisplayName ?? channel.Id}"]
                        : [r.Reason])),
        ];
    }

    /// <param name="domainNeedsExperts">When standing in for away experts, a team that merely works in the domain is not their team: it must count them among its members.</param>
    /// <param name="expertiseNeedsTopic">Whether an expertise subject must be named by the team itself (true when nobody in the directory holds it).</param>
    private static (double Coverage, string How) Coverage(IndexedGroup group, Topic topic, TopicVocabulary vocabulary, RoutingOptions options, bool allowFallbackDomains, bool domainNeedsExperts, bool expertiseNeedsTopic, HashSet<int> experts)
    {
        // A generic word in the description ("bâtiments", "contracts") names a topic only weakly, and only for a team that
        // otherwise works in the topic's domain; a team naming the whole domain may still be the better desk.
        var claimsDomain = topic.DomainIndex >= 0 && group.Domains.ContainsKey(topic.DomainIndex);
        var byTopic = group.Topics.TryGetValue(topic.Index, out var termWeight) && (termWeight >= 1 || claimsDomain)
            ? options.GroupTopicScore * Math.Min(1, termWeight)
            : 0;
        // For an expertise subject nobody holds, a team that merely works in the domain (maintenance for "engineering") is a guess, not a desk.
        var domainAllowed = domainNeedsExperts ? group.MemberIndexes.Overlaps(experts) : topic.Kind == TopicKind.Service || !expertiseNeedsTopic;
        // Naming a single subject of a domain ("plomberie, ascenseurs") makes a team the desk for that subject, not for the whole
        // domain (meeting rooms, badges); their own team is still the experts' fallback.
        var claim = claimsDomain ? group.Domains[topic.DomainIndex] : 0;
        var byDomain = claimsDomain && domainAllowed && (domainNeedsExperts || claim >= options.MinDomainClaim)
            ? options.GroupDomainScore + (options.GroupClaimBonus * Math.Min(5, claim))
            : 0;
        var domain = topic.DomainIndex >= 0 ? vocabulary.Domains[topic.DomainIndex] : null;
        var byFallback = allowFallbackDomains && domain is not null
            && domain.FallbackDomains.Any(f => vocabulary.FindDomain(f) is { } d && group.Domains.ContainsKey(d.Index))
            ? options.GroupFallbackDomainScore
            : 0;

        if (byTopic > 0 && byTopic >= byDomain && byTopic >= byFallback)
        {
            return (byTopic, topic.Label);
        }

        if (byDomain > 0 && byDomain >= byFallback)
        {
            return (byDomain, $"{topic.Label} ({domain!.Label})");
        }

        return byFallback > 0 ? (byFallback, $"{topic.Label} ({domain!.Label}, no dedicated team)") : (0, string.Empty);
    }

    private static RoutingTarget PersonTarget(PersonCandidate candidate, RoutingRequest request, IWorkload workload, RoutingIndex index)
    {
        var reasons = new List<string>();
        if (candidate.BestFacet is { } best)
        {
            reasons.Add(Evidence(best, candidate.BestIsRelatedField));
        }

        if (candidate.SecondFacet is { } second && (second.Kind != candidate.BestFacet?.Kind || second.IsSkill))
        {
            reasons.Add(Evidence(second, candidate.SecondIsRelatedField));
        }

        reasons.AddRange(candidate.AvailabilityNotes());
        var requester = index.FindUser(request.RequesterId);
        if (requester?.Language is { } language && string.Equals(language, candidate.User.Language, StringComparison.Ordinal))
        {
            reasons.Add($"speaks your language ({language})");
        }

        if (workload.Find(candidate.User.User.Id) is { } load)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{load.OpenRequests} of {load.Capacity ?? index.Options.DefaultCapacity} open requests"));
        }

        return new RoutingTarget(RoutingTargetType.User, candidate.User.User.Id, candidate.User.Name, Math.Round(Math.Clamp(candidate.Rank, 0, 1), 2), reasons);
    }

    private static string Evidence(ProfileFacet facet, bool relatedFieldOnly) =>
        relatedFieldOnly ? $"{Evidence(facet)}, a related field" : Evidence(facet);

    private static string Evidence(ProfileFacet facet) => facet.Kind switch
    {
        FacetKind.ProfileSkill => $"skill {facet.Text}{(facet.ProficiencyName is { } level ? $" ({level})" : string.Empty)}{(facet.AskMeAbout ? ", ask me about" : string.Empty)}",
        FacetKind.DeclaredSkill => $"skill {facet.Text}",
        FacetKind.Responsibility => $"responsible for {facet.Text}",
        FacetKind.JobTitle => $"job title {facet.Text}",
        FacetKind.AboutMe => facet.Text.Length <= 80 ? $"about me: \"{facet.Text}\"" : "their about-me text covers the subject",
        FacetKind.Department => $"department {facet.Text}",
        _ => $"interested in {facet.Text}",
    };

    private static List<string> PassedOver(List<PersonCandidate> candidates, PersonCandidate chosen, RoutingRequest request, IWorkload workload, RoutingOptions options) =>
    [
        .. candidates
            .Where(c => c != chosen && c.Blocker != Blocker.Requester && c.Match > chosen.Match + 1e-9)
            .Where(c => c.Blocker != Blocker.None || c.Demotion is not null)
            .OrderByDescending(c => c.Match)
            .Take(options.MaxPassedOverReasons)
            .Select(c => Describe(c, request, workload, options)),
    ];

    private static string Describe(PersonCandidate candidate, RoutingRequest request, IWorkload workload, RoutingOptions options)
    {
        var who = $"{candidate.User.Name} ({Level(candidate)})";
        var availability = candidate.User.Availability;
        return candidate.Blocker switch
        {
            Blocker.AccountDisabled => $"{who} has a disabled account",
            Blocker.OutOfOffice when availability.AlwaysOutOfOffice => $"{who} is out of office (automatic replies on)",
            Blocker.OutOfOffice => availability.OutOfOfficeUntilText() is { } until
                ? $"{who} is out of office until {until}"
                : $"{who} is out of office",
            Blocker.AtCapacity => string.Create(CultureInfo.InvariantCulture,
                $"{who} is at capacity ({workload.Find(candidate.User.User.Id)?.OpenRequests ?? 0} of {workload.Find(candidate.User.User.Id)?.Capacity ?? options.DefaultCapacity} open requests)"),
            Blocker.OffHoursUrgent => $"{who} is outside working hours ({availability.WorkingHoursText()} their time) and the request is {request.Urgency.ToString().ToLowerInvariant()}",
            Blocker.DoNotDisturbUrgent => $"{who} is in Do Not Disturb and the request is {request.Urgency.ToString().ToLowerInvariant()}",
            _ => $"{who} {candidate.Demotion ?? "ranks lower"}",
        };
    }

    private static string Level(PersonCandidate candidate) => candidate.BestFacet switch
    {
        { IsSkill: true, ProficiencyName: { } level } => level,
        { IsSkill: true } => "declared skill",
        { Kind: FacetKind.Responsibility } => "responsible",
        { Kind: FacetKind.JobTitle } f => f.Text,
        _ => "matching profile",
    };

    private static string Subject(RequestUnderstanding understanding) =>
        understanding.Topics.Count > 0 ? understanding.Topics[0].Topic.Label : "this subject";

    private static List<string> NobodyReasons(RequestUnderstanding understanding, List<PersonCandidate> candidates, string subject)
    {
        if (candidates.Count > 0 && candidates.All(c => c.Blocker == Blocker.Requester))
        {
            return
            [
                $"you are the only one in the directory who lists {subject}",
                "ask your manager or a colleague for a second opinion",
            ];
        }

        if (understanding.Topics.Count > 0)
        {
            var labels = string.Join(", ", understanding.Topics.Take(3).Select(t => t.Topic.Label));
            return
            [
                $"understood the request as {labels}, but nobody in the directory lists it as a skill or responsibility and no team covers it",
                "ask your manager who handles it, or ask the directory owners to add the skill to the right profiles",
            ];
        }

        return
        [
            "could not match the request to any skill, responsibility or team in the directory",
            "name the tool, system or subject concerned (for example 'SAP', 'payslip', 'VPN'), or ask your manager",
        ];
    }

    /// <summary>Orders ranks from highest to lowest for the running top-k.</summary>
    private sealed class DescendingComparer : IComparer<double>
    {
        public static DescendingComparer Instance { get; } = new();

        public int Compare(double x, double y) => y.CompareTo(x);
    }

    /// <summary>What a request contributed to one facet: shared stems (idf-weighted) and the strongest shared topic.</summary>
    private readonly record struct FacetHit(double MatchedIdf, double TopicWeight, double DomainWeight, bool Corrected);

    /// <summary>How strongly a facet matches, and whether only through its domain (a related field, said so in the reasons).</summary>
    private readonly record struct FacetStrength(double Value, bool RelatedFieldOnly);
}
