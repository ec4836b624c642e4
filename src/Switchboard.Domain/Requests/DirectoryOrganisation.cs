using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Requests;

/// <summary><see cref="IOrganisation"/> read from the active directory snapshot; an unknown person or group has no relations.</summary>
public sealed class DirectoryOrganisation(IPeopleDirectory directory) : IOrganisation
{
    public bool IsMember(UserId person, GroupId group)
    {
        var found = directory.Current?.Groups.FirstOrDefault(g => string.Equals(g.Id, group.Value, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return false;
        }

        return (found.Members ?? []).Concat(found.Owners ?? [])
            .Any(member => string.Equals(member.Id, person.Value, StringComparison.OrdinalIgnoreCase));
    }

    public UserId? ManagerOf(UserId person)
    {
        var user = directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, person.Value, StringComparison.OrdinalIgnoreCase));
        return user?.Manager?.Id is { Length: > 0 } managerId ? new UserId(managerId) : null;
    }
}
