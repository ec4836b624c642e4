using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Requests;

public sealed class ExpertPreferencesTests
{
    private static readonly UserId Alice = new("alice");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_Sensible_NoErrors() =>
        Assert.Empty(new ExpertPreferences { Expert = Alice, Capacity = 5, Delegate = new UserId("bob"), TopicsNotTaken = ["excel"] }.Validate());

    [Theory]
    [InlineData(-1)]
    [InlineData(ExpertPreferences.MaxCapacity + 1)]
    public void Validate_CapacityOutOfRange_NamesCapacity(int capacity) =>
        Assert.Equal("capacity", Assert.Single(new ExpertPreferences { Expert = Alice, Capacity = capacity }.Validate()).Field);

    [Fact]
    public void Validate_DelegateIsSelf_NamesDelegate() =>
        Assert.Equal("delegate", Assert.Single(new ExpertPreferences { Expert = Alice, Delegate = new UserId("ALICE") }.Validate()).Field);

    [Fact]
    public void IsInFocusAndIsAway_BeforeAndAfterTheirEnd_TrueThenFalse()
    {
        var preferences = new ExpertPreferences { Expert = Alice, FocusUntil = Now.AddHours(1), AwayUntil = Now.AddDays(1) };

        Assert.True(preferences.IsInFocus(Now));
        Assert.False(preferences.IsInFocus(Now.AddHours(1)));
        Assert.True(preferences.IsAway(Now.AddHours(23)));
        Assert.False(preferences.IsAway(Now.AddDays(1)));
    }
}

public sealed class DirectoryOrganisationTests
{
    [Fact]
    public void IsMemberAndManagerOf_FromTheActiveSnapshot()
    {
        var directory = new InMemoryPeopleDirectory();
        directory.Activate(
            new DirectorySnapshot
            {
                Users = [new DirectoryUser { Id = "alice", Manager = new DirectoryReference { Id = "mina" } }, new DirectoryUser { Id = "bob" }],
                Groups = [new DirectoryGroup { Id = "helpdesk", Members = [new DirectoryReference { Id = "alice" }], Owners = [new DirectoryReference { Id = "olga" }] }],
            },
            "test");
        var organisation = new DirectoryOrganisation(directory);

        Assert.True(organisation.IsMember(new UserId("ALICE"), new GroupId("helpdesk")));
        Assert.True(organisation.IsMember(new UserId("olga"), new GroupId("helpdesk")));
        Assert.False(organisation.IsMember(new UserId("bob"), new GroupId("helpdesk")));
        Assert.False(organisation.IsMember(new UserId("alice"), new GroupId("unknown")));
        Assert.Equal(new UserId("mina"), organisation.ManagerOf(new UserId("alice")));
        Assert.Null(organisation.ManagerOf(new UserId("bob")));
        Assert.Null(organisation.ManagerOf(new UserId("nobody")));
    }

    [Fact]
    public void IsMember_NoSnapshotYet_False() =>
        Assert.False(new DirectoryOrganisation(new InMemoryPeopleDirectory()).IsMember(new UserId("alice"), new GroupId("helpdesk")));
}
