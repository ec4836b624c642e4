namespace Switchboard.Graph;

/// <summary>The kinds of Graph calls a sync makes; each needs its own application permission.</summary>
public enum GraphCall
{
    ListUsers,
    UsersDelta,
    UserProfileFields,
    ProfileSkills,
    MailboxSettings,
    ListGroups,
    GroupMembers,
    GroupOwners,
    TeamChannels,
    Presence,
}

/// <summary>
/// The least-privileged application permission for each call (from the permission tables of the Graph
/// reference), so a 403 can say exactly what the administrator must grant.
/// </summary>
public static class GraphPermissions
{
    public static string For(GraphCall call) => call switch
    {
        GraphCall.ListUsers or GraphCall.UsersDelta => "User.Read.All",

        // Graph documents User.Read.All for these SharePoint-backed properties; SharePoint is known to also
        // demand Sites.Read.All for app-only reads of them in some tenants, so the message names both.
        GraphCall.UserProfileFields => "User.Read.All (and Sites.Read.All where SharePoint requires it for skills, responsibilities, interests and aboutMe)",
        GraphCall.ProfileSkills => "User.Read.All (beta profile API)",
        GraphCall.MailboxSettings => "MailboxSettings.Read",

        // Group.Read.All would do too, but it also reads conversations, calendars and files of every group.
        GraphCall.ListGroups or GraphCall.GroupMembers or GraphCall.GroupOwners => "GroupMember.Read.All",
        GraphCall.TeamChannels => "Channel.ReadBasic.All",
        GraphCall.Presence => "Presence.Read.All",
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Unknown Graph call."),
    };

    /// <summary>For calls Switchboard can do without, how to turn them off instead of granting the permission.</summary>
    public static string? WithoutIt(GraphCall call) => call switch
    {
        GraphCall.ProfileSkills => "set Switchboard:Graph:UseBetaProfile to false to rank on the plain SharePoint skills instead",
        GraphCall.Presence => "set Switchboard:Graph:SyncPresence to false to route with availability unknown",
        _ => null,
    };

    /// <summary>A short human description of the call, for messages and logs.</summary>
    public static string Describe(GraphCall call) => call switch
    {
        GraphCall.ListUsers => "GET /users",
        GraphCall.UsersDelta => "GET /users/delta",
        GraphCall.UserProfileFields => "GET /users/{id}?$select=skills,responsibilities,interests,aboutMe",
        GraphCall.ProfileSkills => "GET beta /users/{id}/profile/skills",
        GraphCall.MailboxSettings => "GET /users/{id}/mailboxSettings",
        GraphCall.ListGroups => "GET /groups",
        GraphCall.GroupMembers => "GET /groups/{id}/members",
        GraphCall.GroupOwners => "GET /groups/{id}/owners",
        GraphCall.TeamChannels => "GET /teams/{id}/channels",
        GraphCall.Presence => "POST /communications/getPresencesByUserId",
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Unknown Graph call."),
    };
}
