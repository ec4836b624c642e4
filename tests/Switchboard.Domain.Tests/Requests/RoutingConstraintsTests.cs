using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Requests;

public sealed class RoutingConstraintsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly UserId Requester = new("requester");
    private static readonly UserId Alice = new("alice");
    private static readonly UserId Bob = new("bob");
    private static readonly UserId Carol = new("carol");

    private static RoutingAnswer Answer => new(
        RoutingDecision.Person,
        [
            new RoutingTarget(RoutingTargetType.User, "alice", "Alice", 0.9, ["payroll expert"]),
            new RoutingTarget(RoutingTargetType.User, "bob", "Bob", 0.7, ["payroll"]),
            new RoutingTarget(RoutingTargetType.Group, "payroll-team", "Payroll team", 0.6, ["payroll service"]),
        ],
        [new UnderstoodTopic("payroll", "Payroll", false, 0.9), new UnderstoodTopic("excel", "Excel", false, 0.3)],
        []);

    [Fact]
    public void Apply_NoPreferences_AnswerUnchanged()
    {
        var answer = Answer;

        Assert.Same(answer, RoutingConstraints.From([], new Dictionary<UserId, int>(), Now).Apply(answer, Requester));
    }

    [Fact]
    public void Apply_ExpertInFocusMode_LeftOut()
    {
        var constraints = RoutingConstraints.From([new ExpertPreferences { Expert = Alice, FocusUntil = Now.AddHours(2) }], new Dictionary<UserId, int>(), Now);

        var answer = constraints.Apply(Answer, Requester);

        Assert.Equal(["bob", "payroll-team"], answer.Targets.Select(t => t.Id));
        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Contains("focus", constraints.ExclusionOf(Alice, null)?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_FocusModeOver_Kept()
    {
        var constraints = RoutingConstraints.From([new ExpertPreferences { Expert = Alice, FocusUntil = Now.AddMinutes(-1) }], new Dictionary<UserId, int>(), Now);

        Assert.Equal(3, constraints.Apply(Answer, Requester).Targets.Count);
    }

    [Theory]
    [InlineData(2, 2, false)]
    [InlineData(3, 2, true)]
    [InlineData(0, 0, false)]
    public void Apply_Capacity_LeftOutOnlyWhenReached(int capacity, int open, bool kept)
    {
        var constraints = RoutingConstraints.From(
            [new ExpertPreferences { Expert = Alice, Capacity = capacity }],
            new Dictionary<UserId, int> { [Alice] = open },
            Now);

        Assert.Equal(kept, constraints.Apply(Answer, Requester).Targets.Any(t => t.Id == "alice"));
        Assert.Equal(open, constraints.OpenWork.GetValueOrDefault(Alice));
    }

    [Fact]
    public void Apply_AwayWithDelegate_DelegateTakesTheirPlaceWithAReason()
    {
        var constraints = RoutingConstraints.From(
            [new ExpertPreferences { Expert = Alice, AwayUntil = Now.AddDays(5), Delegate = Carol }], new Dictionary<UserId, int>(), Now);

        var answer = constraints.Apply(Answer, Requester);

        Assert.Equal(["carol", "bob", "payroll-team"], answer.Targets.Select(t => t.Id));
        Assert.Equal(["payroll expert", "stands in for Alice while away"], answer.Targets[0].Reasons);
        Assert.Equal(Carol, constraints.Substitutes[Alice]);
    }

    [Fact]
    public void Apply_DelegateAlreadyListed_ListedOnce()
    {
        var constraints = RoutingConstraints.From(
            [new ExpertPreferences { Expert = Bob, AwayUntil = Now.AddDays(5), Delegate = Alice }], new Dictionary<UserId, int>(), Now);

        Assert.Equal(["alice", "payroll-team"], constraints.Apply(Answer, Requester).Targets.Select(t => t.Id));
    }

    [Fact]
    public void Apply_DelegateIsTheRequester_LeftOut()
    {
        var constraints = RoutingConstraints.From(
            [new ExpertPreferences { Expert = Alice, AwayUntil = Now.AddDays(5), Delegate = Requester }], new Dictionary<UserId, int>(), Now);

        Assert.Equal(["bob", "payroll-team"], constraints.Apply(Answer, Requester).Targets.Select(t => t.Id));
    }

    [Fact]
    public void Apply_AwayWithoutDelegate_LeftOut()
    {
        var constraints = RoutingConstraints.From([new ExpertPreferences { Expert = Alice, AwayUntil = Now.AddDays(5) }], new Dictionary<UserId, int>(), Now);

        Assert.DoesNotContain(constraints.Apply(Answer, Requester).Targets, t => t.Id == "alice");
        Assert.Contains("away", constraints.Excluded[Alice].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MainTopicNotTaken_LeftOut()
    {
        var constraints = RoutingConstraints.From([new ExpertPreferences { Expert = Alice, TopicsNotTaken = ["PAYROLL"] }], new Dictionary<UserId, int>(), Now);

        Assert.DoesNotContain(constraints.Apply(Answer, Requester).Targets, t => t.Id == "alice");
    }

    [Fact]
    public void Apply_OnlyASideTopicNotTaken_Kept()
    {
        var constraints = RoutingConstraints.From([new ExpertPreferences { Expert = Alice, TopicsNotTaken = ["excel"] }], new Dictionary<UserId, int>(), Now);

        Assert.Contains(constraints.Apply(Answer, Requester).Targets, t => t.Id == "alice");
    }

    [Fact]
    public void Apply_EveryPersonLeftOut_DecisionBecomesTheGroup()
    {
        var constraints = RoutingConstraints.From(
            [new ExpertPreferences { Expert = Alice, FocusUntil = Now.AddHours(1) }, new ExpertPreferences { Expert = Bob, FocusUntil = Now.AddHours(1) }],
            new Dictionary<UserId, int>(),
            Now);

        var answer = constraints.Apply(Answer, Requester);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal(["payroll-team"], answer.Targets.Select(t => t.Id));
    }

    [Fact]
    public void Apply_EveryoneLeftOut_NoneWithTheReasons()
    {
        var constraints = RoutingConstraints.From([new ExpertPreferences { Expert = Alice, FocusUntil = Now.AddHours(1) }], new Dictionary<UserId, int>(), Now);
        var personOnly = Answer with { Targets = [Answer.Targets[0]] };

        var answer = constraints.Apply(personOnly, Requester);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Empty(answer.Targets);
        Assert.Contains(answer.Reasons, r => r.Contains("Alice", StringComparison.Ordinal) && r.Contains("focus", StringComparison.Ordinal));
    }
}

public sealed class OutOfOfficeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("alwaysEnabled", true)]
    [InlineData("disabled", false)]
    [InlineData(null, false)]
    public void IsActive_Status_AwayOnlyWhenAlwaysEnabled(string? status, bool away) =>
        Assert.Equal(away, OutOfOffice.IsActive(new AutomaticRepliesSetting { Status = status }, Now));

    [Theory]
    [InlineData("2026-11-23T10:30:00.0000000", "2026-11-30T09:00:00.0000000", true)]
    [InlineData("2026-11-23T11:30:00.0000000", "2026-11-30T09:00:00.0000000", false)]
    [InlineData("2026-11-20T09:00:00.0000000", "2026-11-23T10:30:00.0000000", false)]
    [InlineData("not a date", "2026-11-30T09:00:00.0000000", false)]
    public void IsActive_Scheduled_InTheScheduleZone(string start, string end, bool away)
    {
        // 10:00 UTC is 11:00 in Paris: a schedule from 10:30 Paris has started, one from 11:30 has not.
        var replies = new AutomaticRepliesSetting
        {
            Status = "scheduled",
            ScheduledStartDateTime = new DateTimeTimeZone { DateTime = start, TimeZone = "Romance Standard Time" },
            ScheduledEndDateTime = new DateTimeTimeZone { DateTime = end, TimeZone = "Romance Standard Time" },
        };

        Assert.Equal(away, OutOfOffice.IsActive(replies, Now));
    }

    [Fact]
    public void From_AutomaticRepliesOnAndDelegateNamed_DelegateStandsIn()
    {
        var directory = new InMemoryPeopleDirectory();
        directory.Activate(
            new DirectorySnapshot
            {
                Users =
                [
                    new DirectoryUser { Id = "alice", MailboxSettings = new MailboxSettings { AutomaticRepliesSetting = new AutomaticRepliesSetting { Status = "alwaysEnabled" } } },
                    new DirectoryUser { Id = "bob", MailboxSettings = new MailboxSettings { AutomaticRepliesSetting = new AutomaticRepliesSetting { Status = "alwaysEnabled" } } },
                ],
            },
            "test");

        var constraints = RoutingConstraints.From(
            [new ExpertPreferences { Expert = new UserId("alice"), Delegate = new UserId("carol") }, new ExpertPreferences { Expert = new UserId("bob") }],
            new Dictionary<UserId, int>(),
            Now,
            person => OutOfOffice.IsActive(directory, person, Now));

        Assert.Equal(new UserId("carol"), constraints.Substitutes[new UserId("alice")]);
        Assert.False(constraints.Substitutes.ContainsKey(new UserId("bob")));
        Assert.Empty(constraints.Excluded);
    }
}

public sealed class CandidateTests
{
    [Fact]
    public void From_RoutingTargets_KeepsKindIdNameScoreAndReasons()
    {
        var person = Candidate.From(new RoutingTarget(RoutingTargetType.User, "alice", "Alice", 0.8, ["payroll"]));
        var group = Candidate.From(new RoutingTarget(RoutingTargetType.Group, "team", null, 0.5, []));

        Assert.Equal(new Candidate(TargetKind.Person, "alice", "Alice", 0.8, ["payroll"]), person);
        Assert.Equal(new Candidate(TargetKind.Group, "team", null, 0.5, []), group);
        Assert.NotEqual(person, person with { Reasons = ["payroll", "same site"] });
    }
}
