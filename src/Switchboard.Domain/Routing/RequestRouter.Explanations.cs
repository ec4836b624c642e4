using System.Globalization;

namespace Switchboard.Domain.Routing;

/// <summary>The short sentences that say why a target was chosen and why stronger matches were passed over.</summary>
public sealed partial class RequestRouter
{
    private static RoutingAnswer WithLeadingReasons(RoutingDecision decision, List<RoutingTarget> targets, List<UnderstoodTopic> understood, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var first = targets[0] with { Reasons = [.. before, .. targets[0].Reasons, .. after] };
        return new RoutingAnswer(decision, [first, .. targets.Skip(1)], understood, []);
    }

    private static RoutingTarget PersonTarget(PersonCandidate candidate, RoutingRequest request, IWorkload workload, RoutingIndex index)
    {
        var reasons = new List<string>();
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
}
