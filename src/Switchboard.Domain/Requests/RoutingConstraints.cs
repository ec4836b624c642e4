using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>
/// Experts' preferences and open work, turned into what routing understands: people to leave out, people to leave
/// out for given topics, substitutes for people away, and current workload. The router can take these as inputs;
/// until it does, <see cref="Apply"/> filters its answer, so preferences are honoured from the next request on.
/// </summary>
/// <param name="Excluded">People to offer nothing to now (focus mode, capacity reached, away without delegate), with why.</param>
/// <param name="TopicsNotTaken">Per person, the topic ids they do not take.</param>
/// <param name="Substitutes">Per person away, who receives their offers.</param>
/// <param name="OpenWork">Per person, open requests (for balancing load).</param>
public sealed record RoutingConstraints(
    IReadOnlyDictionary<UserId, RoutingReason> Excluded,
    IReadOnlyDictionary<UserId, IReadOnlySet<string>> TopicsNotTaken,
    IReadOnlyDictionary<UserId, UserId> Substitutes,
    IReadOnlyDictionary<UserId, int> OpenWork)
{
    public static RoutingConstraints None { get; } = new(
        new Dictionary<UserId, RoutingReason>(), new Dictionary<UserId, IReadOnlySet<string>>(), new Dictionary<UserId, UserId>(), new Dictionary<UserId, int>());

    /// <summary>
    /// Builds the constraints at <paramref name="now"/> from stored preferences and the store's open work counts.
    /// <paramref name="isOutOfOffice"/> (for example <see cref="OutOfOffice.IsActive(Directory.IPeopleDirectory, UserId, DateTimeOffset)"/>)
    /// counts people whose automatic replies are on as away too, so their delegate stands in for them.
    /// </summary>
    public static RoutingConstraints From(
        IEnumerable<ExpertPreferences> preferences,
        IReadOnlyDictionary<UserId, int> openWork,
        DateTimeOffset now,
        Func<UserId, bool>? isOutOfOffice = null)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(openWork);
        var excluded = new Dictionary<UserId, RoutingReason>();
        var topics = new Dictionary<UserId, IReadOnlySet<string>>();
        var substitutes = new Dictionary<UserId, UserId>();

        foreach (var expert in preferences)
        {
            var open = openWork.GetValueOrDefault(expert.Expert);
            if (expert.IsAway(now))
            {
                if (expert.Delegate is { } stand)
                {
                    substitutes[expert.Expert] = stand;
                }
                else
                {
                    excluded[expert.Expert] = new RoutingReason(ReasonCode.AwayUntil) { At = expert.AwayUntil };
                }
            }
            else if (expert.Delegate is { } stand && isOutOfOffice?.Invoke(expert.Expert) == true)
            {
                // Without a delegate, automatic replies alone do not exclude anyone: routing weighs presence itself.
                substitutes[expert.Expert] = stand;
            }
            else if (expert.IsInFocus(now))
            {
                excluded[expert.Expert] = new RoutingReason(ReasonCode.FocusUntil) { At = expert.FocusUntil };
            }
            else if (expert.Capacity is { } capacity && open >= capacity)
            {
                excluded[expert.Expert] = new RoutingReason(ReasonCode.AtCapacity) { Count = open, Capacity = capacity };
            }

            if (expert.TopicsNotTaken.Count > 0)
            {
                topics[expert.Expert] = new HashSet<string>(expert.TopicsNotTaken, StringComparer.OrdinalIgnoreCase);
            }
        }

        return new RoutingConstraints(excluded, topics, substitutes, new Dictionary<UserId, int>(openWork));
    }

    /// <summary>Whether the person is left out of a request whose main topic is <paramref name="mainTopicId"/>, and why.</summary>
    public RoutingReason? ExclusionOf(UserId person, string? mainTopicId)
    {
        if (Excluded.TryGetValue(person, out var reason))
        {
            return reason;
        }

        // The main topic decides: an expert who does not take a side topic may still be the right person.
        return mainTopicId is not null && TopicsNotTaken.TryGetValue(person, out var notTaken) && notTaken.Contains(mainTopicId)
            ? new RoutingReason(ReasonCode.DoesNotTakeTopic) { Text = mainTopicId }
            : null;
    }

    /// <summary>
    /// Routing's answer with the preferences applied: people left out are removed, people away are replaced by their
    /// delegate (who keeps the reasons, plus one saying whom they stand in for), and the decision follows what is
    /// left. The requester never becomes a target through a delegation.
    /// </summary>
    public RoutingAnswer Apply(RoutingAnswer answer, UserId requester)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var mainTopic = answer.Topics.OrderByDescending(t => t.Weight).FirstOrDefault()?.Id;
        var kept = new List<RoutingTarget>();
        var removed = new List<RoutingReason>();
        var substituted = false;

        foreach (var target in answer.Targets)
        {
            if (target.Type == RoutingTargetType.Group)
            {
                kept.Add(target);
                continue;
            }

            var person = new UserId(target.Id);
            var candidate = target;
            if (Substitutes.TryGetValue(person, out var stand))
            {
                candidate = target with
                {
                    Id = stand.Value,
                    DisplayName = null,
                    Why = [.. target.Why, new RoutingReason(ReasonCode.StandsInWhileAway) { Name = target.DisplayName ?? target.Id }],
                };
                person = stand;
                substituted = true;
            }

            var exclusion = ExclusionOf(person, mainTopic);
            if (exclusion is not null || person.Equals(requester) || kept.Any(k => k.Type == RoutingTargetType.User && new UserId(k.Id).Equals(person)))
            {
                removed.Add(new RoutingReason(ReasonCode.Unavailable) { Name = target.DisplayName ?? target.Id, Inner = exclusion ?? new RoutingReason(ReasonCode.AlreadyListed) });
                continue;
            }

            kept.Add(candidate);
        }

        if (removed.Count == 0 && !substituted)
        {
            return answer;
        }

        var decision = kept.Count == 0 ? RoutingDecision.None
            : kept[0].Type == RoutingTargetType.Group ? RoutingDecision.Group
            : RoutingDecision.Person;
        var reasons = decision == RoutingDecision.None ? [.. answer.Why, .. removed] : answer.Why;
        return answer with { Decision = decision, Targets = kept, Why = reasons };
    }
}
