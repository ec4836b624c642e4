using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Reports;

public sealed class RoutingReportCalculatorTests
{
    private static readonly ReportPeriod November = ReportPeriod.Month(2026, 11);
    private readonly ReportHistory _history = new();

    private RoutingReport ForLineOf(UserId manager)
    {
        var scope = new ReportAccessPolicy(_history.Directory, new ReportsOptions()).Decide(manager, ReportScopeRequest.Default).Scope!;
        return RoutingReportCalculator.Compute(_history.All, ReportHistory.Snapshot, November, scope);
    }

    [Fact]
    public void Compute_RitasLine_CountsSentRequestsOfHerLineOnly()
    {
        var report = ForLineOf(ReportHistory.Rita);

        Assert.Equal(Ids(_history.R1, _history.R2, _history.R3, _history.R4, _history.R5), Sorted(report.Received.Requests));
        Assert.Equal(5, report.Received.Count);
        Assert.Equal(Ids(_history.R1, _history.R2, _history.R5), Sorted(report.Resolved.Requests));
    }

    [Fact]
    public void Compute_RitasLine_BreaksDownByFirstTargetsTeamOrDepartmentAndByRequesterDepartment()
    {
        var report = ForLineOf(ReportHistory.Rita);

        Assert.Equal([("IT", 4), ("Helpdesk", 1)], report.ByTopic.Select(r => (r.Key, r.Total.Count)));
        Assert.Equal(Ids(_history.R5), Sorted(report.ByTopic[1].Total.Requests));
        Assert.Equal([("Sales", 5)], report.ByDepartment.Select(r => (r.Key, r.Total.Count)));
    }

    [Fact]
    public void Compute_RitasLine_TimeToAcceptAndResolveMedianAndNinetiethPercentile()
    {
        var report = ForLineOf(ReportHistory.Rita);

        // Accepted or claimed at 10, 15, 35 and 60 minutes; resolved at 1, 2 and 4 hours.
        Assert.Equal(TimeSpan.FromMinutes(25), report.TimeToAccept.Median);
        Assert.Equal(TimeSpan.FromMinutes(60), report.TimeToAccept.Percentile90);
        Assert.Equal(Ids(_history.R1, _history.R2, _history.R3, _history.R5), Sorted(report.TimeToAccept.Requests));
        Assert.Equal(TimeSpan.FromHours(2), report.TimeToResolve.Median);
        Assert.Equal(TimeSpan.FromHours(4), report.TimeToResolve.Percentile90);
    }

    [Fact]
    public void Compute_RitasLine_ShareAcceptedByTheFirstPersonOffered()
    {
        var share = ForLineOf(ReportHistory.Rita).AcceptedByFirstOffered;

        // R5 was posted to a group first, so it is not in the whole.
        Assert.Equal((1, 4), (share.Part, share.Whole));
        Assert.Equal(0.25, share.Rate);
        Assert.Equal(Ids(_history.R1), share.PartRequests);
        Assert.Equal(Ids(_history.R1, _history.R2, _history.R3, _history.R4), Sorted(share.Requests));
    }

    [Fact]
    public void Compute_RitasLine_CountsDeclinesRedirectsExpiriesEscalationsAndUnanswered()
    {
        var report = ForLineOf(ReportHistory.Rita);

        AssertCount(report.Declined, 1, _history.R2);
        AssertCount(report.Redirected, 1, _history.R3);
        AssertCount(report.Expired, 2, _history.R4);
        AssertCount(report.Escalated, 1, _history.R4);
        AssertCount(report.Unanswered, 1, _history.R4);
    }

    [Fact]
    public void Compute_MinasLine_ExpertLoadOfHerExpertsWhoeverAsked()
    {
        var report = ForLineOf(ReportHistory.Mina);

        Assert.Equal(0, report.Received.Count);
        Assert.Equal(
            [("alice", 5, 2), ("bob", 2, 2), ("gus", 0, 1), ("mina", 1, 0)],
            report.ExpertLoad.Select(l => (l.Expert.Value, l.Offered.Count, l.Taken.Count)));
        Assert.Equal(Ids(_history.R1, _history.R6), Sorted(report.ExpertLoad[0].Taken.Requests));
    }

    [Fact]
    public void Compute_MinasLine_FairnessPerTopicAmongExpertsOfferedIt()
    {
        var fairness = ForLineOf(ReportHistory.Mina).Fairness;

        // IT: Alice took 2, Bob 2, Mina (offered on escalation) 0.
        Assert.Equal(["IT", "Helpdesk"], fairness.Select(f => f.Topic));
        Assert.Equal(1.0 / 3, fairness[0].Gini, 6);
        Assert.Equal(1.5, fairness[0].MaxOverMean, 6);
        Assert.Equal(0, fairness[1].Gini);
        Assert.Equal(1, fairness[1].MaxOverMean);
    }

    [Fact]
    public void Compute_RitasLine_UrgentShareByRequesterAndDepartmentAndDowngrades()
    {
        var report = ForLineOf(ReportHistory.Rita);

        Assert.Equal([("rhea", 1, 2), ("raul", 0, 3)], report.UrgentByRequester.Select(r => (r.Key, r.Urgent.Part, r.Urgent.Whole)));
        Assert.Equal(Ids(_history.R2), report.UrgentByRequester[0].Urgent.PartRequests);
        Assert.Equal([("Sales", 1, 5)], report.UrgentByDepartment.Select(r => (r.Key, r.Urgent.Part, r.Urgent.Whole)));
        Assert.Equal((1, 1), (report.UrgentDowngraded.Part, report.UrgentDowngraded.Whole));
    }

    [Fact]
    public void Compute_RitasLine_TopicsTakenByOnlyOneExpert()
    {
        var topic = Assert.Single(ForLineOf(ReportHistory.Rita).SingleExpertTopics);

        Assert.Equal(("Helpdesk", "gus"), (topic.Topic, topic.Expert.Value));
        Assert.Equal(Ids(_history.R5), topic.Requests);
    }

    [Fact]
    public void Compute_RitasLine_Ratings()
    {
        var ratings = ForLineOf(ReportHistory.Rita).Ratings;

        Assert.Equal((1, 2), (ratings.RightPerson.Part, ratings.RightPerson.Whole));
        Assert.Equal(3.5, ratings.AverageSpeed);
        Assert.Equal(Ids(_history.R1, _history.R2), Sorted(ratings.Requests));
    }

    [Fact]
    public void Compute_Everyone_IncludesOtherTeamsButNeverDrafts()
    {
        var report = RoutingReportCalculator.Compute(_history.All, ReportHistory.Snapshot, November, ReportScope.Everyone);

        Assert.Equal(6, report.Received.Count);
        Assert.DoesNotContain(_history.Draft.Id, report.Received.Requests);
        Assert.Equal([("Sales", 5), ("Finance", 1)], report.ByDepartment.Select(r => (r.Key, r.Total.Count)));
    }

    [Fact]
    public void Compute_AnotherMonth_IsEmptyWithNoRatesRatherThanZero()
    {
        var report = RoutingReportCalculator.Compute(_history.All, ReportHistory.Snapshot, ReportPeriod.Month(2026, 10), ReportScope.Everyone);

        Assert.Equal(0, report.Received.Count);
        Assert.Null(report.TimeToAccept.Median);
        Assert.Null(report.AcceptedByFirstOffered.Rate);
        Assert.Null(report.Ratings.AverageSpeed);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1 }, 0)]
    [InlineData(new[] { 0, 0, 0, 4 }, 0.75)]
    [InlineData(new[] { 0, 0 }, 0)]
    public void Gini_KnownDistributions_KnownCoefficients(int[] loads, double expected) =>
        Assert.Equal(expected, RoutingReportCalculator.Gini(loads), 6);

    private static void AssertCount(CountFigure figure, int count, params SupportRequest[] requests)
    {
        Assert.Equal(count, figure.Count);
        Assert.Equal(Ids(requests), Sorted(figure.Requests));
    }

    private static List<RequestId> Ids(params SupportRequest[] requests) => Sorted(requests.Select(r => r.Id));

    private static List<RequestId> Sorted(IEnumerable<RequestId> ids) => [.. ids.OrderBy(id => id.Value)];
}
