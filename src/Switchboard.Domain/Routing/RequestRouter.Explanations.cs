namespace Switchboard.Domain.Routing;

/// <summary>The short sentences that say why a target was chosen and why stronger matches were passed over.</summary>
public sealed partial class RequestRouter
{
    private static RoutingAnswer WithLeadingReasons(RoutingDecision decision, List<RoutingTarget> targets, List<UnderstoodTopic> understood, IReadOnlyList<RoutingReason> before, IReadOnlyList<RoutingReason> after)
    {
        var first = targets[0] with { Why = [.. before, .. targets[0].Why, .. after] };
        return new RoutingAnswer(decision, [first, .. targets.Skip(1)], understood, []);
    }

    private static RoutingTarget PersonTarget(PersonCandidate candidate, RoutingRequest request, IWorkload workload, RoutingIndex index)
    {
        var reasons = new List<RoutingReason>();
        if (candidate.BestFacet is { } best)
        {
            reasons.Add(Evidence(best, candidate.BestIsRelatedField));
        }

        if (candidate.SecondFacet is { } second && (second.Kind != candidate.BestFacet?.Kind || second.IsSkill) && second.Text != candidate.BestFacet?.Text)
        {
            reasons.Add(Evidence(second, candidate.SecondIsRelatedField));
        }

        reasons.AddRange(candidate.AvailabilityNotes());
        var requester = index.FindUser(request.RequesterId);
        if (requester?.Language is { } language && string.Equals(language, candidate.User.Language, StringComparison.Ordinal))
        {
            reasons.Add(new RoutingReason(ReasonCode.SpeaksYourLanguage) { Text = language });
        }

        if (workload.Find(candidate.User.User.Id) is { } load)
        {
            reasons.Add(new RoutingReason(ReasonCode.OpenRequests) { Count = load.OpenRequests, Capacity = load.Capacity ?? index.Options.DefaultCapacity });
        }

        return new RoutingTarget(RoutingTargetType.User, candidate.User.User.Id, candidate.User.Name, Math.Round(Math.Clamp(candidate.Rank, 0, 1), 2), reasons);
    }

    private static RoutingReason Evidence(ProfileFacet facet, bool relatedFieldOnly)
    {
        var code = facet.Kind switch
        {
            FacetKind.ProfileSkill => ReasonCode.ProfileSkill,
            FacetKind.DeclaredSkill => ReasonCode.DeclaredSkill,
            FacetKind.Responsibility => ReasonCode.Responsibility,
            FacetKind.JobTitle => ReasonCode.JobTitle,
            FacetKind.AboutMe => facet.Text.Length <= 80 ? ReasonCode.AboutMeQuote : ReasonCode.AboutMeCovers,
            FacetKind.Department => ReasonCode.Department,
            _ => ReasonCode.Interest,
        };
        return new RoutingReason(code)
        {
            // A long about-me text is not quoted: it would say more about the person than the request needs.
            Text = code == ReasonCode.AboutMeCovers ? null : facet.Text,
            Level = facet.Kind == FacetKind.ProfileSkill && facet.ProficiencyName is { } level ? new ReasonLevel(LevelKind.Proficiency, facet.Proficiency, level) : null,
            AskMeAbout = facet.Kind == FacetKind.ProfileSkill && facet.AskMeAbout,
            RelatedField = relatedFieldOnly,
        };
    }

    private static List<RoutingReason> PassedOver(List<PersonCandidate> candidates, PersonCandidate chosen, RoutingRequest request, IWorkload workload, RoutingOptions options) =>
    [
        .. candidates
            .Where(c => c != chosen && c.Blocker != Blocker.Requester && c.Match > chosen.Match + 1e-9)
            .Where(c => c.Blocker != Blocker.None || c.Demotion is not null)
            .OrderByDescending(c => c.Match)
            .Take(options.MaxPassedOverReasons)
            .Select(c => Describe(c, request, workload, options)),
    ];

    private static RoutingReason Describe(PersonCandidate candidate, RoutingRequest request, IWorkload workload, RoutingOptions options)
    {
        var availability = candidate.User.Availability;
        var who = new RoutingReason(ReasonCode.PassedOverRanksLower) { Name = candidate.User.Name, Level = Level(candidate) };
        return candidate.Blocker switch
        {
            Blocker.AccountDisabled => who with { Code = ReasonCode.PassedOverDisabled },
            Blocker.OutOfOffice when availability.AlwaysOutOfOffice => who with { Code = ReasonCode.PassedOverOutOfOfficeAutomatic },
            Blocker.OutOfOffice => availability.OutOfOfficeUntilDate() is { } until
                ? who with { Code = ReasonCode.PassedOverOutOfOfficeUntil, Until = until }
                : who with { Code = ReasonCode.PassedOverOutOfOffice },
            Blocker.AtCapacity => who with
            {
                Code = ReasonCode.PassedOverAtCapacity,
                Count = workload.Find(candidate.User.User.Id)?.OpenRequests ?? 0,
                Capacity = workload.Find(candidate.User.User.Id)?.Capacity ?? options.DefaultCapacity,
            },
            Blocker.OffHoursUrgent => who with { Code = ReasonCode.PassedOverOutsideHoursUrgent, Hours = availability.Hours, Urgency = request.Urgency },
            Blocker.DoNotDisturbUrgent => who with { Code = ReasonCode.PassedOverDoNotDisturbUrgent, Urgency = request.Urgency },
            _ => candidate.Demotion is { } demotion
                ? who with { Code = demotion, Hours = demotion == ReasonCode.PassedOverOutsideHours ? availability.Hours : null }
                : who,
        };
    }

    private static ReasonLevel Level(PersonCandidate candidate) => candidate.BestFacet switch
    {
        { IsSkill: true, ProficiencyName: { } level } f => new ReasonLevel(LevelKind.Proficiency, f.Proficiency, level),
        { IsSkill: true } => new ReasonLevel(LevelKind.DeclaredSkill),
        { Kind: FacetKind.Responsibility } => new ReasonLevel(LevelKind.Responsible),
        { Kind: FacetKind.JobTitle } f => new ReasonLevel(LevelKind.JobTitle, Text: f.Text),
        _ => new ReasonLevel(LevelKind.MatchingProfile),
    };

    /// <summary>The main topic understood, for "everyone who knows ..."; none reads "this subject".</summary>
    private static IReadOnlyList<VocabularyLabel> Subject(RequestUnderstanding understanding) =>
        understanding.Topics.Count > 0 ? [understanding.Topics[0].Topic.AsLabel()] : [];

    private static List<RoutingReason> NobodyReasons(RequestUnderstanding understanding, List<PersonCandidate> candidates, IReadOnlyList<VocabularyLabel> subject)
    {
        if (candidates.Count > 0 && candidates.All(c => c.Blocker == Blocker.Requester))
        {
            return
            [
                new RoutingReason(ReasonCode.OnlyYouList) { Topics = subject },
                new RoutingReason(ReasonCode.AskSecondOpinion),
            ];
        }

        if (understanding.Topics.Count > 0)
        {
            return
            [
                new RoutingReason(ReasonCode.UnderstoodButNobodyLists) { Topics = [.. understanding.Topics.Take(3).Select(t => t.Topic.AsLabel())] },
                new RoutingReason(ReasonCode.AskWhoHandles),
            ];
        }

        return
        [
            new RoutingReason(ReasonCode.NotMatched),
            new RoutingReason(ReasonCode.NameTheSubject),
        ];
    }
}
