using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Reports;

public sealed class ReportAccessPolicyTests
{
    private readonly InMemoryPeopleDirectory _directory = new();

    public ReportAccessPolicyTests() => _directory.Activate(ReportHistory.Snapshot, "test");

    private ReportAccessPolicy Policy(string? adminGroup = ReportHistory.AdminGroup) =>
        new(_directory, new ReportsOptions { AdministratorGroupId = adminGroup });

    [Fact]
    public void Decide_ManagerByDefault_TheirWholeLineTransitively()
    {
        var decision = Policy().Decide(ReportHistory.Cleo, ReportScopeRequest.Default);

        // Cleo is at the top: everyone in the company, through Rita, Mina and Olga.
        Assert.Equal(ReportScopeKind.ReportingLine, decision.Scope!.Kind);
        Assert.Equal(ReportHistory.Snapshot.Users.Select(u => u.Id).Order(), decision.Scope.People!.Order());
    }

    [Fact]
    public void Decide_ManagerByDefault_DirectAndIndirectReportsAndThemselves()
    {
        var decision = Policy().Decide(ReportHistory.Rita, ReportScopeRequest.Default);

        Assert.True(decision.Allowed);
        Assert.Equal(ReportScopeKind.ReportingLine, decision.Scope!.Kind);
        Assert.Equal(["raul", "rhea", "rita"], decision.Scope.People!.Order());
    }

    [Fact]
    public void Decide_ManagerAsksForAnotherManagersTeam_DeniedOutsideScope()
    {
        var decision = Policy().Decide(ReportHistory.Rita, ReportScopeRequest.LineOf(ReportHistory.Olga));

        Assert.False(decision.Allowed);
        Assert.Equal(ReportDenialReason.OutsideScope, decision.Denial!.Reason);
    }

    [Fact]
    public void Decide_ManagerAsksForASubTeamOfTheirLine_Allowed()
    {
        var decision = Policy().Decide(ReportHistory.Cleo, ReportScopeRequest.LineOf(ReportHistory.Olga));

        Assert.Equal(["olga", "oscar"], decision.Scope!.People!.Order());
    }

    [Fact]
    public void Decide_ManagerAsksForEveryone_Denied()
    {
        var decision = Policy().Decide(ReportHistory.Mina, ReportScopeRequest.Everyone);

        Assert.Equal(ReportDenialReason.OutsideScope, decision.Denial!.Reason);
    }

    [Fact]
    public void Decide_AdministratorByDefault_Everyone()
    {
        var decision = Policy().Decide(ReportHistory.Adam, ReportScopeRequest.Default);

        Assert.Equal(ReportScopeKind.Everyone, decision.Scope!.Kind);
        Assert.Null(decision.Scope.People);
    }

    [Fact]
    public void Decide_AdministratorAsksForAnyManager_ThatLine()
    {
        var decision = Policy().Decide(ReportHistory.Adam, ReportScopeRequest.LineOf(ReportHistory.Mina));

        Assert.Equal(["alice", "bob", "gus", "mina"], decision.Scope!.People!.Order());
    }

    [Fact]
    public void Decide_NoAdministratorGroupConfigured_NobodyIsAdministrator()
    {
        var decision = Policy(adminGroup: null).Decide(ReportHistory.Adam, ReportScopeRequest.Everyone);

        Assert.Equal(ReportDenialReason.OutsideScope, decision.Denial!.Reason);
    }

    [Fact]
    public void Decide_SomeoneWithoutReports_OnlyTheirOwnRequests()
    {
        var decision = Policy().Decide(ReportHistory.Rhea, ReportScopeRequest.Default);

        Assert.Equal(ReportScopeKind.Own, decision.Scope!.Kind);
        Assert.Equal(["rhea"], decision.Scope.People!);
    }

    [Fact]
    public void Decide_SomeoneWithoutReportsAsksForTheirManagersLine_Denied()
    {
        var decision = Policy().Decide(ReportHistory.Rhea, ReportScopeRequest.LineOf(ReportHistory.Rita));

        Assert.Equal(ReportDenialReason.OutsideScope, decision.Denial!.Reason);
    }

    [Fact]
    public void Decide_DirectoryNotLoaded_DeniedNotEmpty()
    {
        var decision = new ReportAccessPolicy(new InMemoryPeopleDirectory(), new ReportsOptions()).Decide(ReportHistory.Rita, ReportScopeRequest.Default);

        Assert.Null(decision.Scope);
        Assert.Equal(ReportDenialReason.DirectoryUnavailable, decision.Denial!.Reason);
    }

    [Fact]
    public void Decide_ViewerNotInTheDirectory_Denied()
    {
        var decision = Policy().Decide(new UserId("stranger"), ReportScopeRequest.Default);

        Assert.Equal(ReportDenialReason.UnknownUser, decision.Denial!.Reason);
    }

    [Fact]
    public void Decide_AfterTheDirectoryChanges_DecidesOnTheNewSnapshot()
    {
        var policy = Policy();
        Assert.True(policy.Decide(ReportHistory.Rita, ReportScopeRequest.Default).Scope!.Includes("raul"));

        // Raul moves to Olga's team: Rita no longer sees him from the next access on.
        var moved = ReportHistory.Snapshot with
        {
            Users = [.. ReportHistory.Snapshot.Users.Select(u => u.Id == "raul" ? u with { Manager = new DirectoryReference { Id = "olga" } } : u)],
        };
        _directory.Activate(moved, "test");

        Assert.False(policy.Decide(ReportHistory.Rita, ReportScopeRequest.Default).Scope!.Includes("raul"));
    }

    [Fact]
    public void Decide_ACycleInTheManagerChain_EndsTheWalk()
    {
        _directory.Activate(new DirectorySnapshot
        {
            Users =
            [
                new DirectoryUser { Id = "a", Manager = new DirectoryReference { Id = "b" } },
                new DirectoryUser { Id = "b", Manager = new DirectoryReference { Id = "a" } },
            ],
        }, "test");

        Assert.Equal(["a", "b"], Policy().Decide(new UserId("a"), ReportScopeRequest.Default).Scope!.People!.Order());
    }
}
