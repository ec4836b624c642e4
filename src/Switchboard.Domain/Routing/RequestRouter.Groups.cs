using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Routing;

/// <summary>Which teams may take a request, and how well each covers its subjects.</summary>
public sealed partial class RequestRouter
{
    private static bool AnyTeamNames(RoutingIndex index, List<WeightedTopic> topics) =>
        index.Groups.Any(g => g.AcceptsRequests && topics.Any(t =>
            g.Topics.TryGetValue(t.Topic.Index, out var weight) && (weight >= 1 || (t.Topic.DomainIndex >= 0 && g.Domains.ContainsKey(t.Topic.DomainIndex)))));

    /// <summary>Teams whose own words cover most of the request: the tenant's services the vocabulary has never heard of.</summary>
    /// <param name="reportedProblem">
    /// The request reports something broken ("pneu HS", "a crevé", "affiche erreur") and nobody but the requester matches it: a desk
    /// naming two of its words ("dumpers", "pneus") is where breakdowns go, however long the rest of the message is.
    /// </param>
    private static List<RoutingTarget> GroupsSharingWords(RoutingIndex index, RequestUnderstanding understanding, int limit, bool reportedProblem = false)
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
            if ((overlap >= options.GroupWordOverlapThreshold || (reportedProblem && shared.Count(s => !index.PlaceStems.Contains(s)) >= 2))
                && (shared.Count >= 2 || words.Count <= 2))
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
                .Select(f => DeskTarget(f.Group, Math.Round(options.GroupWordOverlapScore * f.Overlap, 2), new RoutingReason(ReasonCode.TeamDescribesService) { Name = f.Group.Name })),
        ];
    }

    private static bool HasServiceTopic(RequestUnderstanding understanding) =>
        understanding.Topics.Any(t => t.Topic.Kind == TopicKind.Service);

    /// <param name="allowFallbackDomains">Whether a team of a fallback domain may take the request (IT for security); right for services, wrong for expertise.</param>
    private static List<RoutingTarget> RankGroups(RoutingIndex index, IReadOnlyList<WeightedTopic> topics, IReadOnlySet<int> domainsNamed, HashSet<int> experts, int limit, bool allowFallbackDomains, bool expertiseNeedsTopic = false, IReadOnlyList<string>? requestStems = null)
    {
        var options = index.Options;
        var vocabulary = index.Vocabulary;
        var ranked = new List<(IndexedGroup Group, double Score, GroupReason Reason)>();
        var ownWords = requestStems is null ? null : GroupIdf(index, requestStems);
        foreach (var group in index.Groups)
        {
            if (!group.AcceptsRequests)
            {
                continue;
            }

            var best = 0.0;
            var total = 0.0;
            GroupReason? reason = null;
            foreach (var topic in topics)
            {
                var (coverage, how) = Coverage(group, topic.Topic, vocabulary, options, allowFallbackDomains, domainNeedsExperts: experts.Count > 0, expertiseNeedsTopic, experts);
                var score = coverage * topic.Weight;
                if (how == Covered.ByTopic && score > 0 && group.NameTopics.Contains(topic.Topic.Index))
                {
                    // Among desks naming the subject, the one whose name names it is its desk.
                    score += options.GroupNamesTopicBonus * topic.Weight;
                }

                if (how == Covered.ByTopic && score > 0 && group.Topics.GetValueOrDefault(topic.Topic.Index) > 1)
                {
                    score += options.GroupDecisiveTermBonus * topic.Weight;
                }

                total += score;
                if (score > best)
                {
                    best = score;
                    reason = new GroupReason(ReasonCode.ServiceHandledBy, topic.Topic, how, -1);
                }
            }

            best += options.GroupExtraTopicShare * (total - best);
            if (best <= 0 && experts.Count > 0 && group.MemberIndexes.Overlaps(experts))
            {
                best = options.GroupOfExpertsScore;
                reason = new GroupReason(ReasonCode.TeamOfExperts, null, Covered.ByTopic, -1);
            }

            foreach (var domainIndex in domainsNamed)
            {
                if (group.Domains.ContainsKey(domainIndex) && options.GroupDomainScore * options.SecondaryTopicThreshold > best)
                {
                    // A request that only names a department ("question pour les RH") is a weaker claim than a topic.
                    best = options.GroupDomainScore * options.SecondaryTopicThreshold;
                    reason = new GroupReason(ReasonCode.DomainHandledBy, null, Covered.ByTopic, domainIndex);
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

            if (ownWords is not null)
            {
                best += options.GroupOwnWordsBonus * OwnWordsCoverage(group, ownWords);
            }

            ranked.Add((group, best, reason.Value));
        }

        return
        [
            .. ranked
                .OrderByDescending(r => Math.Round(r.Score, 6))
                // Equal coverage: the team that claims more of the subjects' domains is the better desk (facilities over a control room).
                .ThenByDescending(r => topics.Sum(t => t.Topic.DomainIndex >= 0 ? r.Group.Domains.GetValueOrDefault(t.Topic.DomainIndex) : 0))
                .ThenBy(r => r.Group.Name, StringComparer.Ordinal)
                .Take(limit)
                .Select(r => DeskTarget(r.Group, Math.Round(Math.Min(1, r.Score), 2), r.Reason.Build(vocabulary, r.Group.Name))),
        ];
    }

    /// <summary>
    /// The request's words with their idf over the teams that may receive requests: a word every desk uses ("demande", "support")
    /// says nothing, a word one desk uses ("Perforce", "VPN") says which desk.
    /// </summary>
    private static List<(string Stem, double Idf)> GroupIdf(RoutingIndex index, IReadOnlyList<string> stems)
    {
        var desks = index.Groups.Where(g => g.AcceptsRequests).ToList();
        var weighted = new List<(string Stem, double Idf)>(stems.Count);
        foreach (var stem in stems)
        {
            if (stem.Length < 2 || stem.All(char.IsDigit))
            {
                continue;
            }

            var count = desks.Count(g => g.Stems.Contains(stem));
            weighted.Add((stem, Math.Log((1.0 + desks.Count) / (1.0 + count))));
        }

        return weighted;
    }

    /// <summary>Share of the request's idf mass (over desks) that a desk's own name and description contain.</summary>
    private static double OwnWordsCoverage(IndexedGroup group, List<(string Stem, double Idf)> words)
    {
        var total = words.Sum(w => w.Idf);
        return total <= 0 ? 0 : words.Where(w => group.Stems.Contains(w.Stem)).Sum(w => w.Idf) / total;
    }

    /// <param name="domainNeedsExperts">When standing in for away experts, a team that merely works in the domain is not their team: it must count them among its members.</param>
    /// <param name="expertiseNeedsTopic">Whether an expertise subject must be named by the team itself (true when nobody in the directory holds it).</param>
    private static (double Coverage, Covered How) Coverage(IndexedGroup group, Topic topic, TopicVocabulary vocabulary, RoutingOptions options, bool allowFallbackDomains, bool domainNeedsExperts, bool expertiseNeedsTopic, HashSet<int> experts)
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
            return (byTopic, Covered.ByTopic);
        }

        if (byDomain > 0 && byDomain >= byFallback)
        {
            return (byDomain, Covered.ByDomain);
        }

        return byFallback > 0 ? (byFallback, Covered.ByFallbackDomain) : (0, Covered.ByTopic);
    }

    /// <summary>Why a team ranks where it does, kept as plain values while every team is scored; made a reason only for the teams returned.</summary>
    private readonly record struct GroupReason(ReasonCode Code, Topic? Topic, Covered How, int DomainIndex)
    {
        public RoutingReason Build(TopicVocabulary vocabulary, string groupName) => Code switch
        {
            ReasonCode.TeamOfExperts => new RoutingReason(ReasonCode.TeamOfExperts) { Name = groupName },
            ReasonCode.DomainHandledBy => new RoutingReason(ReasonCode.DomainHandledBy) { Domain = vocabulary.Domains[DomainIndex].AsLabel(), Name = groupName },
            _ => Handled(Topic!, How, vocabulary, groupName),
        };
    }

    /// <summary>"service request: payslip (HR), handled by ...".</summary>
    private static RoutingReason Handled(Topic topic, Covered how, TopicVocabulary vocabulary, string groupName)
    {
        var service = topic.Kind == TopicKind.Service;
        var code = how switch
        {
            Covered.ByDomain => service ? ReasonCode.ServiceHandledByDomain : ReasonCode.SubjectHandledByDomain,
            Covered.ByFallbackDomain => service ? ReasonCode.ServiceHandledByFallbackDomain : ReasonCode.SubjectHandledByFallbackDomain,
            _ => service ? ReasonCode.ServiceHandledBy : ReasonCode.SubjectHandledBy,
        };
        return new RoutingReason(code)
        {
            Topics = [topic.AsLabel()],
            Domain = how == Covered.ByTopic || topic.DomainIndex < 0 ? null : vocabulary.Domains[topic.DomainIndex].AsLabel(),
            Name = groupName,
        };
    }

    private static RoutingReason PostIn(Directory.TeamChannel channel) => new(ReasonCode.PostInChannel) { Text = channel.DisplayName ?? channel.Id };

    /// <summary>A desk as a target: the reason it was chosen, then the channel to post in when it has a request channel.</summary>
    private static RoutingTarget DeskTarget(IndexedGroup group, double score, RoutingReason reason) =>
        new(RoutingTargetType.Group, group.Group.Id, group.Name, score, group.RequestChannel is { } channel ? [reason, PostIn(channel)] : [reason]);

    /// <summary>How a team covers a topic: by naming it, by working in its domain, or by a fallback domain (IT for security).</summary>
    private enum Covered
    {
        ByTopic,
        ByDomain,
        ByFallbackDomain,
    }
}
