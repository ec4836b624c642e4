using System.Globalization;
using Switchboard.Domain.Directory;

namespace Switchboard.Graph.FakeServer;

/// <summary>
/// Generates a tenant of any size with the variety a sync must carry through: an org chart, profile skills,
/// mailboxes (some without, some out of office), presence, teams with channels and plain groups.
/// Deterministic for a given seed, so benchmark runs are comparable.
/// </summary>
public static class FakeTenantGenerator
{
    public const string TenantId = "5e1f0c2a-6b7d-4f3e-9a21-0c8d7e6f5a40";

    private static readonly string[] Departments =
        ["IT", "Security", "Software", "Data", "HR", "Payroll", "Legal", "Finance", "Procurement", "Facilities", "Quality", "Sales"];

    private static readonly string[] Skills =
        ["Kubernetes", "SQL", "Payroll", "Contract law", "PLC programming", "Networking", "Power BI", "Recruiting", "SAP", "Azure", "Python", "Negotiation"];

    private static readonly string[] Zones = ["Romance Standard Time", "GMT Standard Time", "Eastern Standard Time", "W. Europe Standard Time"];

    private static readonly string[] Availabilities = ["Available", "Busy", "DoNotDisturb", "Away", "Offline"];

    private static readonly string[] Proficiencies = ["elementary", "limitedWorking", "generalProfessional", "advancedProfessional", "expert"];

    public static DirectorySnapshot Generate(int userCount, int seed = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userCount);
        var random = new Random(seed);
        var users = new List<DirectoryUser>(userCount);
        for (var i = 0; i < userCount; i++)
        {
            users.Add(CreateUser(i, random));
        }

        var groups = new List<DirectoryGroup>();
        var teams = Math.Max(1, userCount / 50);
        for (var t = 0; t < teams; t++)
        {
            groups.Add(CreateGroup(t, isTeam: true, userCount, random));
        }

        var socials = Math.Max(1, userCount / 200);
        for (var s = 0; s < socials; s++)
        {
            groups.Add(CreateGroup(teams + s, isTeam: false, userCount, random));
        }

        return new DirectorySnapshot { TenantId = TenantId, Users = users, Groups = groups };
    }

    public static string UserId(int index) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}");

    public static DirectoryUser CreateUser(int index, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var department = Departments[index % Departments.Length];
        var zone = Zones[index % Zones.Length];
        var skill = Skills[random.Next(Skills.Length)];
        var second = Skills[random.Next(Skills.Length)];
        var name = string.Create(CultureInfo.InvariantCulture, $"user{index:D6}");
        var outOfOffice = random.Next(10) == 0;
        return new DirectoryUser
        {
            Id = UserId(index),
            DisplayName = string.Create(CultureInfo.InvariantCulture, $"Person {index}"),
            GivenName = "Person",
            Surname = index.ToString(CultureInfo.InvariantCulture),
            UserPrincipalName = name + "@contoso.example",
            Mail = name + "@contoso.example",
            JobTitle = department + " specialist",
            Department = department,
            OfficeLocation = index % 3 == 0 ? "Lyon" : "Paris",
            PreferredLanguage = index % 2 == 0 ? "fr-FR" : "en-GB",
            UsageLocation = "FR",
            AccountEnabled = random.Next(50) != 0,
            Manager = index == 0 ? null : new DirectoryReference { Id = UserId((index - 1) / 8) },
            Skills = [skill, second],
            Responsibilities = [department + " requests"],
            Interests = [],
            AboutMe = string.Create(CultureInfo.InvariantCulture, $"I work in {department}."),
            Profile = new UserProfile
            {
                Skills =
                [
                    new SkillProficiency { DisplayName = skill, Proficiency = Proficiencies[random.Next(Proficiencies.Length)], CollaborationTags = random.Next(4) == 0 ? ["askMeAbout"] : [] },
                ],
            },
            MailboxSettings = random.Next(25) == 0 ? null : new MailboxSettings
            {
                TimeZone = zone,
                AutomaticRepliesSetting = new AutomaticRepliesSetting
                {
                    Status = outOfOffice ? "alwaysEnabled" : "disabled",
                    InternalReplyMessage = outOfOffice ? "<p>Away this week.</p>" : "",
                    ExternalReplyMessage = "",
                },
                WorkingHours = new WorkingHours
                {
                    DaysOfWeek = ["monday", "tuesday", "wednesday", "thursday", "friday"],
                    StartTime = "09:00:00.0000000",
                    EndTime = "17:30:00.0000000",
                    TimeZone = new TimeZoneBase { Name = zone },
                },
            },
            Presence = new Presence { Availability = Availabilities[random.Next(Availabilities.Length)], Activity = "Available" },
        };
    }

    private static DirectoryGroup CreateGroup(int index, bool isTeam, int userCount, Random random)
    {
        var department = Departments[index % Departments.Length];
        var id = string.Create(CultureInfo.InvariantCulture, $"10000000-0000-4000-8000-{index:D12}");
        var memberCount = Math.Min(userCount, 10 + random.Next(30));
        var start = random.Next(userCount);
        var members = Enumerable.Range(0, memberCount).Select(i => new DirectoryReference { Id = UserId((start + i) % userCount) }).ToList();
        return new DirectoryGroup
        {
            Id = id,
            DisplayName = isTeam
                ? string.Create(CultureInfo.InvariantCulture, $"{department} service desk {index}")
                : string.Create(CultureInfo.InvariantCulture, $"Running club {index}"),
            Description = isTeam ? $"Requests for the {department} team." : "Lunchtime runs.",
            Mail = string.Create(CultureInfo.InvariantCulture, $"group{index}@contoso.example"),
            GroupTypes = ["Unified"],
            ResourceProvisioningOptions = isTeam ? ["Team"] : [],
            Members = members,
            Owners = [members[0]],
            Team = isTeam
                ? new TeamInfo
                {
                    Channels =
                    [
                        new TeamChannel { Id = string.Create(CultureInfo.InvariantCulture, $"19:general{index}@thread.tacv2"), DisplayName = "General", Description = "" },
                        new TeamChannel { Id = string.Create(CultureInfo.InvariantCulture, $"19:requests{index}@thread.tacv2"), DisplayName = "Requests", Description = "Ask here." },
                    ],
                }
                : null,
        };
    }
}
