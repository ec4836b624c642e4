using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Reports;

/// <summary>
/// Computes a <see cref="RoutingReport"/> from requests and their lifecycle events. Pure: the same requests, snapshot,
/// period and scope give the same report, which is what the tests hold it to.
/// </summary>
public static class RoutingReportCalculator
{
    /// <summary>The key for a topic or department the directory cannot name.</summary>
    public const string Unknown = "(unknown)";

    /// <param name="requests">
    /// Requests created in the period whose requester is in scope or on which someone in scope acted (the source's
    /// query); anything else is ignored, so a wider list never widens the report.
    /// </param>
    public static RoutingReport Compute(IReadOnlyList<SupportRequest> requests, DirectorySnapshot snapshot, ReportPeriod period, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(scope);

        var names = new DirectoryNames(snapshot);
        var sent = requests.Where(r => r.SentAt is { } at && period.Contains(at)).ToList();
        var own = sent.Where(r => scope.Includes(r.Requester.Value)).ToList();
        var topics = sent.ToDictionary(r => r.Id, r => TopicOf(r, names));

        return new RoutingReport
        {
            Period = period,
            Scope = scope,
            Received = CountFigure.Of(own.Select(r => r.Id)),
            Resolved = CountFigure.Of(own.Where(r => Has(r, RequestEventKind.Resolved)).Select(r => r.Id)),
            ByTopic = Breakdown(own, r => topics[r.Id]),
            ByDepartment = Breakdown(own, r => names.DepartmentOf(r.Requester.Value)),
            TimeToAccept = Durations(own, r => First(r, RequestEventKind.Accepted, RequestEventKind.Claimed)),
            TimeToResolve = Durations(own, r => First(r, RequestEventKind.Resolved)),
            AcceptedByFirstOffered = AcceptedByFirstOffered(own),
            Declined = Events(own, RequestEventKind.Declined),
            Redirected = Events(own, RequestEventKind.Redirected),
            Expired = Events(own, RequestEventKind.OfferExpired),
            Escalated = Events(own, RequestEventKind.Escalated),
            Unanswered = CountFigure.Of(own.Where(r => Has(r, RequestEventKind.Unanswered)).Select(r => r.Id)),
            ExpertLoad = Loads(sent, scope, _ => true),
            Fairness = Fairness(sent, scope, topics),
            UrgentByRequester = UrgentShares(own, r => r.Requester.Value),
            UrgentByDepartment = UrgentShares(own, r => names.DepartmentOf(r.Requester.Value)),
            UrgentDowngraded = Share(own.Where(IsSentUrgent).ToList(), r => Has(r, RequestEventKind.UrgencyDowngraded)),
            SingleExpertTopics = SingleExpertTopics(own, topics),
            Ratings = Ratings(own),
        };
    }

    /// <summary>Median (the mean of the two middle values for an even count) of values already sorted.</summary>
    internal static TimeSpan Median(IReadOnlyList<TimeSpan> sorted) =>
        sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : TimeSpan.FromTicks((sorted[(sorted.Count / 2) - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);

    /// <summary>Nearest-rank percentile of values already sorted: an actual observation, never an interpolation.</summary>
    internal static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    /// <summary>Gini coefficient of non-negative values; 0 when all are equal or all zero.</summary>
    internal static double Gini(IReadOnlyList<int> values)
    {
        var sorted = values.Order().ToList();
        double total = sorted.Sum();
        if (sorted.Count == 0 || total == 0)
        {
            return 0;
        }

        var weighted = sorted.Select((value, index) => (index + 1) * (double)value).Sum();
        return (2 * weighted / (sorted.Count * total)) - ((sorted.Count + 1.0) / sorted.Count);
    }

    private static string TopicOf(SupportRequest request, DirectoryNames names) => (request.Candidates.Count > 0 ? request.Candidates[0] : null) switch
    {
        null => Unknown,
        { Kind: TargetKind.Group } group => names.GroupName(group.Id) ?? group.DisplayName ?? group.Id,
        var person => names.DepartmentOf(person.Id),
    };

    private static bool Has(SupportRequest request, RequestEventKind kind) => request.History.Any(e => e.Kind == kind);

    private static RequestEvent? First(SupportRequest request, params RequestEventKind[] kinds) =>
        request.History.FirstOrDefault(e => kinds.Contains(e.Kind));

    private static bool IsSentUrgent(SupportRequest request) => request.RequestedUrgency is Urgency.High or Urgency.Critical;

    private static List<BreakdownRow> Breakdown(IReadOnlyList<SupportRequest> requests, Func<SupportRequest, string> key) =>
        requests.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new BreakdownRow(g.Key, CountFigure.Of(g.Select(r => r.Id))))
            .OrderByDescending(row => row.Total.Count).ThenBy(row => row.Key, StringComparer.Ordinal)
            .ToList();

    private static DurationFigure Durations(IReadOnlyList<SupportRequest> requests, Func<SupportRequest, RequestEvent?> end)
    {
        var measured = requests
            .Select(r => (r.Id, End: end(r), r.SentAt))
            .Where(x => x.End is not null && x.SentAt is not null)
            .Select(x => (x.Id, Duration: x.End!.At - x.SentAt!.Value))
            .OrderBy(x => x.Duration)
            .ToList();
        if (measured.Count == 0)
        {
            return new DurationFigure(null, null, []);
        }

        var sorted = measured.Select(x => x.Duration).ToList();
        return new DurationFigure(Median(sorted), Percentile(sorted, 0.9), measured.Select(x => x.Id).ToList());
    }

    private static ShareFigure AcceptedByFirstOffered(IReadOnlyList<SupportRequest> requests)
    {
        var firstOfferedToPerson = requests
            .Select(r => (Request: r, Offer: r.History.FirstOrDefault(e => e.Kind is RequestEventKind.Offered or RequestEventKind.Posted)))
            .Where(x => x.Offer?.Kind == RequestEventKind.Offered)
            .ToList();
        return Share(
            firstOfferedToPerson.Select(x => x.Request).ToList(),
            r =>
            {
                var offeree = firstOfferedToPerson.First(x => x.Request.Id == r.Id).Offer!.Data[RequestEventData.TargetId];
                return First(r, RequestEventKind.Accepted) is { } accepted && string.Equals(accepted.ActorId, offeree, StringComparison.OrdinalIgnoreCase);
            });
    }

    private static ShareFigure Share(List<SupportRequest> whole, Func<SupportRequest, bool> isPart)
    {
        var part = whole.Where(isPart).Select(r => r.Id).ToList();
        return new ShareFigure(part.Count, whole.Count, part, whole.Select(r => r.Id).ToList());
    }

    /// <summary>Counts the events (two declines on one request are two), and lists the requests they happened on.</summary>
    private static CountFigure Events(IReadOnlyList<SupportRequest> requests, RequestEventKind kind)
    {
        var events = requests.SelectMany(r => r.History).Where(e => e.Kind == kind).ToList();
        return new CountFigure(events.Count, events.Select(e => e.RequestId).Distinct().ToList());
    }

    private static IEnumerable<(string Expert, RequestId Request)> OffersToPeople(SupportRequest request) =>
        request.History
            .Where(e => e.Kind == RequestEventKind.Offered && e.Data.TryGetValue(RequestEventData.TargetId, out _))
            .Select(e => (e.Data[RequestEventData.TargetId], request.Id));

    private static IEnumerable<(string Expert, RequestId Request)> Takes(SupportRequest request) =>
        request.History
            .Where(e => e.Kind is RequestEventKind.Accepted or RequestEventKind.Claimed)
            .Select(e => (e.ActorId, request.Id));

    private static List<ExpertLoad> Loads(IReadOnlyList<SupportRequest> requests, ReportScope scope, Func<SupportRequest, bool> filter)
    {
        var chosen = requests.Where(filter).ToList();
        var offered = chosen.SelectMany(OffersToPeople).Where(x => scope.Includes(x.Expert)).ToLookup(x => x.Expert, x => x.Request, StringComparer.OrdinalIgnoreCase);
        var taken = chosen.SelectMany(Takes).Where(x => scope.Includes(x.Expert)).ToLookup(x => x.Expert, x => x.Request, StringComparer.OrdinalIgnoreCase);
        return offered.Select(g => g.Key).Concat(taken.Select(g => g.Key))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(expert => new ExpertLoad(new UserId(expert), CountFigure.Of(offered[expert]), CountFigure.Of(taken[expert])))
            .OrderByDescending(load => load.Taken.Count).ThenByDescending(load => load.Offered.Count).ThenBy(load => load.Expert.Value, StringComparer.Ordinal)
            .ToList();
    }

    private static List<TopicFairness> Fairness(IReadOnlyList<SupportRequest> requests, ReportScope scope, Dictionary<RequestId, string> topics) =>
        requests.GroupBy(r => topics[r.Id], StringComparer.Ordinal)
            .Select(g =>
            {
                var loads = Loads(g.ToList(), scope, _ => true);
                var taken = loads.Select(l => l.Taken.Count).ToList();
                var mean = taken.Count == 0 ? 0 : taken.Average();
                return new TopicFairness(g.Key, loads, Gini(taken), mean == 0 ? 0 : taken.Max() / mean, g.Select(r => r.Id).ToList());
            })
            .Where(f => f.Experts.Any(e => e.Taken.Count > 0))
            .OrderByDescending(f => f.Gini).ThenBy(f => f.Topic, StringComparer.Ordinal)
            .ToList();

    private static List<UrgentShareRow> UrgentShares(IReadOnlyList<SupportRequest> requests, Func<SupportRequest, string> key) =>
        requests.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new UrgentShareRow(g.Key, Share(g.ToList(), IsSentUrgent)))
            .OrderByDescending(row => row.Urgent.Rate).ThenBy(row => row.Key, StringComparer.Ordinal)
            .ToList();

    private static List<SingleExpertTopic> SingleExpertTopics(IReadOnlyList<SupportRequest> requests, Dictionary<RequestId, string> topics) =>
        requests.SelectMany(r => Takes(r).Select(t => (Topic: topics[r.Id], t.Expert, t.Request)))
            .GroupBy(x => x.Topic, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Expert).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            .Select(g => new SingleExpertTopic(g.Key, new UserId(g.First().Expert), g.Select(x => x.Request).Distinct().ToList()))
            .OrderBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();

    private static RatingFigure Ratings(IReadOnlyList<SupportRequest> requests)
    {
        var rated = requests.Where(r => r.Rating is not null).ToList();
        return new RatingFigure(
            Share(rated, r => r.Rating!.ReachedRightPerson),
            rated.Count == 0 ? null : rated.Average(r => r.Rating!.Speed),
            rated.Select(r => r.Id).ToList());
    }

    /// <summary>Departments and group names by id, looked up once per report rather than once per request.</summary>
    private sealed class DirectoryNames(DirectorySnapshot snapshot)
    {
        private readonly Dictionary<string, DirectoryUser> users = snapshot.Users.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DirectoryGroup> groups = snapshot.Groups.ToDictionary(g => g.Id, StringComparer.OrdinalIgnoreCase);

        public string DepartmentOf(string userId) =>
            users.TryGetValue(userId, out var user) && !string.IsNullOrWhiteSpace(user.Department) ? user.Department : Unknown;

        public string? GroupName(string groupId) => groups.TryGetValue(groupId, out var group) ? group.DisplayName : null;
    }
}
