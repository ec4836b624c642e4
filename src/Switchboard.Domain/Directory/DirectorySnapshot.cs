namespace Switchboard.Domain.Directory;

/// <summary>
/// One consistent picture of a tenant's people and groups, in the shape of Microsoft Graph's own JSON
/// (see ROUTING_CONTRACT.md). Graph, an export, the demo company and evaluation sets all produce this.
/// Any field may be missing, as in real tenants: consumers must cope with nulls.
/// </summary>
public sealed record DirectorySnapshot
{
    public string? TenantId { get; init; }
    public DateTimeOffset? CapturedAt { get; init; }
    public IReadOnlyList<DirectoryUser> Users { get; init; } = [];
    public IReadOnlyList<DirectoryGroup> Groups { get; init; } = [];
}

/// <summary>A Graph <c>user</c> with the per-user data Graph serves from other endpoints nested in it.</summary>
public sealed record DirectoryUser
{
    public required string Id { get; init; }
    public string? DisplayName { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? Mail { get; init; }
    public string? JobTitle { get; init; }
    public string? Department { get; init; }
    public string? OfficeLocation { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? UsageLocation { get; init; }
    public bool? AccountEnabled { get; init; }
    public DirectoryReference? Manager { get; init; }
    public IReadOnlyList<string>? Skills { get; init; }
    public IReadOnlyList<string>? Responsibilities { get; init; }
    public IReadOnlyList<string>? Interests { get; init; }
    public string? AboutMe { get; init; }
    public UserProfile? Profile { get; init; }
    public MailboxSettings? MailboxSettings { get; init; }
    public Presence? Presence { get; init; }
}

/// <summary>A link to another directory object by id, as Graph nests <c>manager</c>, <c>members</c> and <c>owners</c>.</summary>
public sealed record DirectoryReference
{
    public required string Id { get; init; }
}

/// <summary>The beta <c>profile</c> resource; only its skills are used.</summary>
public sealed record UserProfile
{
    public IReadOnlyList<SkillProficiency>? Skills { get; init; }
}

/// <summary>Graph beta <c>skillProficiency</c>.</summary>
public sealed record SkillProficiency
{
    public string? DisplayName { get; init; }

    /// <summary><c>elementary</c> &lt; <c>limitedWorking</c> &lt; <c>generalProfessional</c> &lt; <c>advancedProfessional</c> &lt; <c>expert</c>.</summary>
    public string? Proficiency { get; init; }

    /// <summary><c>askMeAbout</c>, <c>ableToMentor</c>, <c>wantsToLearn</c>, <c>wantsToImprove</c>.</summary>
    public IReadOnlyList<string>? CollaborationTags { get; init; }
}

/// <summary>Graph <c>mailboxSettings</c>: time zone, automatic replies and working hours.</summary>
public sealed record MailboxSettings
{
    /// <summary>A Windows zone name such as <c>Romance Standard Time</c>, or an IANA name.</summary>
    public string? TimeZone { get; init; }
    public AutomaticRepliesSetting? AutomaticRepliesSetting { get; init; }
    public WorkingHours? WorkingHours { get; init; }
}

/// <summary>Graph <c>automaticRepliesSetting</c>.</summary>
public sealed record AutomaticRepliesSetting
{
    /// <summary><c>disabled</c>, <c>alwaysEnabled</c> or <c>scheduled</c>.</summary>
    public string? Status { get; init; }
    public DateTimeTimeZone? ScheduledStartDateTime { get; init; }
    public DateTimeTimeZone? ScheduledEndDateTime { get; init; }
    public string? InternalReplyMessage { get; init; }
    public string? ExternalReplyMessage { get; init; }
}

/// <summary>Graph <c>dateTimeTimeZone</c>: a local date and time with the zone it is expressed in.</summary>
public sealed record DateTimeTimeZone
{
    public string? DateTime { get; init; }
    public string? TimeZone { get; init; }
}

/// <summary>Graph <c>workingHours</c>.</summary>
public sealed record WorkingHours
{
    public IReadOnlyList<string>? DaysOfWeek { get; init; }

    /// <summary>Local time of day such as <c>08:30:00.0000000</c>.</summary>
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public TimeZoneBase? TimeZone { get; init; }
}

/// <summary>Graph <c>timeZoneBase</c>.</summary>
public sealed record TimeZoneBase
{
    public string? Name { get; init; }
}

/// <summary>Graph <c>presence</c>.</summary>
public sealed record Presence
{
    /// <summary><c>Available</c>, <c>AvailableIdle</c>, <c>Away</c>, <c>BeRightBack</c>, <c>Busy</c>, <c>BusyIdle</c>, <c>DoNotDisturb</c>, <c>Offline</c>, <c>PresenceUnknown</c>.</summary>
    public string? Availability { get; init; }
    public string? Activity { get; init; }
}

/// <summary>A Graph <c>group</c>; a team when <see cref="ResourceProvisioningOptions"/> contains <c>Team</c>.</summary>
public sealed record DirectoryGroup
{
    public required string Id { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Mail { get; init; }
    public IReadOnlyList<string>? GroupTypes { get; init; }
    public IReadOnlyList<string>? ResourceProvisioningOptions { get; init; }
    public IReadOnlyList<DirectoryReference>? Members { get; init; }
    public IReadOnlyList<DirectoryReference>? Owners { get; init; }
    public TeamInfo? Team { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsTeam => ResourceProvisioningOptions?.Any(o => string.Equals(o, "Team", StringComparison.OrdinalIgnoreCase)) == true;
}

/// <summary>The part of Graph's <c>team</c> resource that routing needs.</summary>
public sealed record TeamInfo
{
    public IReadOnlyList<TeamChannel>? Channels { get; init; }
}

/// <summary>Graph <c>channel</c>.</summary>
public sealed record TeamChannel
{
    public required string Id { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}
