using System.Globalization;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// A compact way to write a tenant by hand. Skills read "Name:level[:ask|:mentor|:learn]", working hours "08:00-18:00"
/// (Monday to Friday, in the person's zone), out of office "always" or "start..end" (local times in the person's zone).
/// </summary>
internal sealed class TestTenant
{
    private static readonly Lazy<TopicVocabulary> SharedVocabulary = new(() => TopicVocabulary.Load());

    private readonly List<DirectoryUser> _users = [];
    private readonly List<DirectoryGroup> _groups = [];
    private readonly List<ExpertLoad> _loads = [];
    private readonly Dictionary<string, PersonSpec> _specs = new(StringComparer.Ordinal);

    public static TopicVocabulary Vocabulary => SharedVocabulary.Value;

    public IReadOnlyDictionary<string, PersonSpec> People => _specs;

    public TestTenant Person(
        string id,
        string name,
        string? jobTitle = null,
        string? department = null,
        string? language = "fr-FR",
        string? manager = null,
        string[]? skills = null,
        string[]? declaredSkills = null,
        string[]? responsibilities = null,
        string? aboutMe = null,
        string[]? interests = null,
        string zone = "Romance Standard Time",
        string? hours = "08:00-18:00",
        string? outOfOffice = null,
        bool enabled = true,
        string presence = "Available",
        string? office = null,
        string? replyMessage = null)
    {
        var spec = new PersonSpec(id, name, zone, hours, outOfOffice, enabled, presence);
        _specs[id] = spec;
        _users.Add(new DirectoryUser
        {
            Id = id,
            DisplayName = name,
            GivenName = name.Split(' ')[0],
            Surname = name.Split(' ')[^1],
            Mail = $"{id}@tenant.example",
            UserPrincipalName = $"{id}@tenant.example",
            JobTitle = jobTitle,
            Department = department,
            OfficeLocation = office,
            PreferredLanguage = language,
            AccountEnabled = enabled,
            Manager = manager is null ? null : new DirectoryReference { Id = manager },
            Skills = declaredSkills,
            Responsibilities = responsibilities,
            Interests = interests,
            AboutMe = aboutMe,
            Profile = new UserProfile { Skills = skills?.Select(ParseSkill).ToList() },
            MailboxSettings = new MailboxSettings
            {
                TimeZone = zone,
                AutomaticRepliesSetting = OutOfOffice(outOfOffice, zone) with { InternalReplyMessage = replyMessage },
                WorkingHours = hours is null ? null : new WorkingHours
                {
                    DaysOfWeek = ["monday", "tuesday", "wednesday", "thursday", "friday"],
                    StartTime = hours.Split('-')[0] + ":00.0000000",
                    EndTime = hours.Split('-')[1] + ":00.0000000",
                    TimeZone = new TimeZoneBase { Name = zone },
                },
            },
            Presence = new Presence { Availability = presence, Activity = presence },
        });
        return this;
    }

    /// <summary>A team (Teams-provisioned group) with channels; the first channel listed is created first.</summary>
    public TestTenant Team(string id, string name, string description, string[]? channels = null, string[]? members = null) =>
        AddGroup(id, name, description, isTeam: true, channels ?? ["General"], members ?? []);

    /// <summary>A plain Microsoft 365 group, not a team.</summary>
    public TestTenant PlainGroup(string id, string name, string description) =>
        AddGroup(id, name, description, isTeam: false, [], []);

    public TestTenant Load(string id, int open, int? capacity = null)
    {
        _loads.Add(new ExpertLoad(id, open, capacity));
        return this;
    }

    public DirectorySnapshot Snapshot() => new()
    {
        TenantId = "test-tenant",
        CapturedAt = new DateTimeOffset(2027, 3, 1, 7, 0, 0, TimeSpan.Zero),
        Users = _users,
        Groups = _groups,
    };

    public RoutingIndex Index(RoutingOptions? options = null) => RoutingIndex.Build(Snapshot(), Vocabulary, options ?? new RoutingOptions());

    public IWorkload Workload() => new InMemoryWorkload(_loads);

    public int OpenRequests(string id) => _loads.FirstOrDefault(l => l.UserId == id)?.OpenRequests ?? 0;

    public int? Capacity(string id) => _loads.FirstOrDefault(l => l.UserId == id)?.Capacity;

    private TestTenant AddGroup(string id, string name, string description, bool isTeam, string[] channels, string[] members)
    {
        _groups.Add(new DirectoryGroup
        {
            Id = id,
            DisplayName = name,
            Description = description,
            GroupTypes = ["Unified"],
            ResourceProvisioningOptions = isTeam ? ["Team"] : [],
            Members = [.. members.Select(m => new DirectoryReference { Id = m })],
            Owners = [],
            Team = isTeam ? new TeamInfo { Channels = [.. channels.Select((c, i) => new TeamChannel { Id = $"19:{id}-{i}@thread.tacv2", DisplayName = c })] } : null,
        });
        return this;
    }

    private static SkillProficiency ParseSkill(string text)
    {
        var parts = text.Split(':');
        var tags = parts.Skip(2).Select(t => t switch
        {
            "ask" => "askMeAbout",
            "mentor" => "ableToMentor",
            "learn" => "wantsToLearn",
            _ => t,
        }).ToList();
        return new SkillProficiency { DisplayName = parts[0], Proficiency = parts.Length > 1 ? Level(parts[1]) : null, CollaborationTags = tags };
    }

    private static string Level(string shortName) => shortName switch
    {
        "elem" => "elementary",
        "limited" => "limitedWorking",
        "general" => "generalProfessional",
        "advanced" => "advancedProfessional",
        _ => shortName,
    };

    private static AutomaticRepliesSetting OutOfOffice(string? spec, string zone)
    {
        if (spec is null)
        {
            return new AutomaticRepliesSetting { Status = "disabled" };
        }

        if (spec == "always")
        {
            return new AutomaticRepliesSetting { Status = "alwaysEnabled" };
        }

        var range = spec.Split("..");
        return new AutomaticRepliesSetting
        {
            Status = "scheduled",
            ScheduledStartDateTime = new DateTimeTimeZone { DateTime = range[0] + ":00.0000000", TimeZone = zone },
            ScheduledEndDateTime = new DateTimeTimeZone { DateTime = range[1] + ":00.0000000", TimeZone = zone },
        };
    }
}

/// <summary>What the test wrote about a person's availability, to check answers independently of the engine.</summary>
internal sealed record PersonSpec(string Id, string Name, string Zone, string? Hours, string? OutOfOffice, bool Enabled, string Presence)
{
    public bool IsOutOfOffice(DateTimeOffset at)
    {
        if (OutOfOffice is null)
        {
            return false;
        }

        if (OutOfOffice == "always")
        {
            return true;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var range = OutOfOffice.Split("..");
        var start = TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(range[0], CultureInfo.InvariantCulture), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(range[1], CultureInfo.InvariantCulture), zone);
        return at.UtcDateTime >= start && at.UtcDateTime < end;
    }

    public bool IsInWorkingHours(DateTimeOffset at)
    {
        if (Hours is null)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var start = TimeSpan.Parse(Hours.Split('-')[0], CultureInfo.InvariantCulture);
        var end = TimeSpan.Parse(Hours.Split('-')[1], CultureInfo.InvariantCulture);
        var time = local.TimeOfDay;
        return start <= end ? time >= start && time < end : time >= start || time < end;
    }
}
