using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Reports;

/// <summary>How many requests, and which: every figure keeps the requests behind it so a reader can check it.</summary>
public sealed record CountFigure(int Count, IReadOnlyList<RequestId> Requests)
{
    public static CountFigure Of(IEnumerable<RequestId> requests)
    {
        var list = requests.Distinct().ToList();
        return new CountFigure(list.Count, list);
    }
}

/// <summary>
/// <paramref name="Part"/> out of <paramref name="Whole"/> requests; <see cref="Rate"/> is null when there were none,
/// which is not the same as 0 %. <paramref name="Requests"/> are the whole; <paramref name="PartRequests"/> the part.
/// </summary>
public sealed record ShareFigure(int Part, int Whole, IReadOnlyList<RequestId> PartRequests, IReadOnlyList<RequestId> Requests)
{
    public double? Rate => Whole == 0 ? null : (double)Part / Whole;
}

/// <summary>Durations, one per request: their median and 90th percentile (nearest rank), null when there are none.</summary>
public sealed record DurationFigure(TimeSpan? Median, TimeSpan? Percentile90, IReadOnlyList<RequestId> Requests);

/// <summary>One row of a breakdown (a topic, a department, a requester) and its requests.</summary>
public sealed record BreakdownRow(string Key, CountFigure Total);

/// <summary>Urgent requests out of all requests, for one requester or department.</summary>
public sealed record UrgentShareRow(string Key, ShareFigure Urgent);

/// <summary>An expert's load: requests offered to them and requests they took (accepted or claimed for a group).</summary>
public sealed record ExpertLoad(UserId Expert, CountFigure Offered, CountFigure Taken);

/// <summary>
/// How evenly a topic's work spread over the experts offered it (taken as equally qualified): the Gini coefficient of
/// requests taken (0 = even, towards 1 = one person takes it all), and the busiest expert's load over the mean.
/// </summary>
public sealed record TopicFairness(string Topic, IReadOnlyList<ExpertLoad> Experts, double Gini, double MaxOverMean, IReadOnlyList<RequestId> Requests);

/// <summary>A topic that only one person ever took in the period: the team's knowledge hangs on them.</summary>
public sealed record SingleExpertTopic(string Topic, UserId Expert, IReadOnlyList<RequestId> Requests);

/// <summary>The requesters' ratings: did it reach the right person, and how fast it felt (1 slow … 5 fast).</summary>
public sealed record RatingFigure(ShareFigure RightPerson, double? AverageSpeed, IReadOnlyList<RequestId> Requests);

/// <summary>
/// The routing figures of one scope over one period, computed from the requests sent in it and their history.
/// Requests still in draft (never sent) do not count: nothing was routed yet.
/// </summary>
public sealed record RoutingReport
{
    public required ReportPeriod Period { get; init; }

    public required ReportScope Scope { get; init; }

    /// <summary>Requests sent in the period by people in scope.</summary>
    public required CountFigure Received { get; init; }

    /// <summary>Of those, resolved (and maybe rated) by now.</summary>
    public required CountFigure Resolved { get; init; }

    /// <summary>By topic: the first proposed target's team, or for a person their department.</summary>
    public required IReadOnlyList<BreakdownRow> ByTopic { get; init; }

    /// <summary>By the requester's department.</summary>
    public required IReadOnlyList<BreakdownRow> ByDepartment { get; init; }

    /// <summary>From sending to the first acceptance or claim.</summary>
    public required DurationFigure TimeToAccept { get; init; }

    /// <summary>From sending to resolution.</summary>
    public required DurationFigure TimeToResolve { get; init; }

    /// <summary>Of the requests first offered to a person, how many that person accepted.</summary>
    public required ShareFigure AcceptedByFirstOffered { get; init; }

    public required CountFigure Declined { get; init; }

    public required CountFigure Redirected { get; init; }

    public required CountFigure Expired { get; init; }

    public required CountFigure Escalated { get; init; }

    /// <summary>Requests that ran out of candidates: everyone declined or let them expire.</summary>
    public required CountFigure Unanswered { get; init; }

    /// <summary>Experts in scope, busiest first.</summary>
    public required IReadOnlyList<ExpertLoad> ExpertLoad { get; init; }

    /// <summary>Per topic with at least one request taken, least even first.</summary>
    public required IReadOnlyList<TopicFairness> Fairness { get; init; }

    /// <summary>Requests sent as high or critical, by requester and by department.</summary>
    public required IReadOnlyList<UrgentShareRow> UrgentByRequester { get; init; }

    public required IReadOnlyList<UrgentShareRow> UrgentByDepartment { get; init; }

    /// <summary>Of the requests sent as urgent, how many an expert or manager downgraded.</summary>
    public required ShareFigure UrgentDowngraded { get; init; }

    public required IReadOnlyList<SingleExpertTopic> SingleExpertTopics { get; init; }

    public required RatingFigure Ratings { get; init; }
}
