using System.Security.Cryptography;
using Switchboard.Domain.Directory;

namespace Switchboard.DemoCompany.Tests;

public sealed class DemoCompanyGeneratorTests
{
    // A Tuesday morning in Europe: the situation the demo is most often shown in.
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] Proficiencies = ["elementary", "limitedWorking", "generalProfessional", "advancedProfessional", "expert"];
    private static readonly string[] CollaborationTags = ["askMeAbout", "ableToMentor", "wantsToLearn", "wantsToImprove"];
    private static readonly string[] ReplyStatuses = ["disabled", "alwaysEnabled", "scheduled"];
    private static readonly string[] Availabilities =
        ["Available", "AvailableIdle", "Away", "BeRightBack", "Busy", "BusyIdle", "DoNotDisturb", "Offline", "PresenceUnknown"];

    private static readonly string[] RequestChannelNames = ["Requests", "Demandes"];

    // SHA-256 of the snapshot generated for TuesdayMorning, as SnapshotJson writes it.
    private const string RecordedFingerprint = "9c745fa719fffb731c3d1d54f87112eb40c9aabf9ba49ce029c05013b84bc78c";

    [Fact]
    public async Task Generate_SameNow_SerializesByteIdentical()
    {
        var first = await SerializeAsync(DemoCompanyGenerator.Generate(TuesdayMorning));
        var second = await SerializeAsync(DemoCompanyGenerator.Generate(TuesdayMorning));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Generate_FixedNow_MatchesRecordedFingerprint()
    {
        // Guards determinism across machines and runtimes: the generator must not depend on culture data,
        // hash ordering or System.Random. Update the value deliberately when the company itself is changed.
        var json = await SerializeAsync(DemoCompanyGenerator.Generate(TuesdayMorning));

        Assert.Equal(RecordedFingerprint, Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    [Fact]
    public void Generate_DifferentNow_KeepsTheSamePeopleAndOrgChart()
    {
        var tuesday = DemoCompanyGenerator.Generate(TuesdayMorning);
        var nextMonth = DemoCompanyGenerator.Generate(TuesdayMorning.AddDays(37).AddHours(7));

        Assert.Equal(
            tuesday.Users.Select(u => (u.Id, u.DisplayName, u.Manager?.Id, u.JobTitle)),
            nextMonth.Users.Select(u => (u.Id, u.DisplayName, u.Manager?.Id, u.JobTitle)));
        Assert.Equal(tuesday.Groups.Select(g => g.Id), nextMonth.Groups.Select(g => g.Id));
        Assert.Equal(Memberships(tuesday), Memberships(nextMonth));
    }

    [Fact]
    public void Generate_AnyTimeOfDay_KeepsEveryGroupsMembersAndOwners()
    {
        // Presence depends on who is at work at that hour; the groups must not.
        var night = DemoCompanyGenerator.Generate(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        var reference = Memberships(night);

        for (var hour = 0; hour < 24; hour += 3)
        {
            Assert.Equal(reference, Memberships(DemoCompanyGenerator.Generate(new DateTimeOffset(2026, 11, 24, hour, 0, 0, TimeSpan.Zero))));
        }
    }

    private static List<string> Memberships(DirectorySnapshot snapshot) =>
        snapshot.Groups
            .Select(g => $"{g.Id}: {string.Join(",", (g.Members ?? []).Select(m => m.Id))} / {string.Join(",", (g.Owners ?? []).Select(m => m.Id))}")
            .ToList();

    [Fact]
    public void Generate_Always_UsesTheDemoTenantAndTheGivenClock()
    {
        var snapshot = DemoCompanyGenerator.Generate(TuesdayMorning.AddTicks(1234));

        Assert.Equal(DemoCompany.TenantId, snapshot.TenantId);
        Assert.Equal(TuesdayMorning, snapshot.CapturedAt);
    }

    [Fact]
    public void Generate_Always_HasAtLeast300PeopleIn12DepartmentsAnd4TimeZones()
    {
        var snapshot = DemoCompanyGenerator.Generate(TuesdayMorning);

        Assert.InRange(snapshot.Users.Count, 300, 450);
        Assert.True(snapshot.Users.Select(u => u.Department).Distinct().Count() >= 12);
        var zones = snapshot.Users.Select(u => u.MailboxSettings!.TimeZone!).Distinct().ToList();
        Assert.True(zones.Count >= 4, string.Join(", ", zones));
        Assert.All(zones, zone => TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.True(snapshot.Users.Select(u => u.OfficeLocation).Distinct().Count() >= 5);
    }

    [Fact]
    public void Generate_Always_SpeaksFrenchEnglishAndGerman()
    {
        var languages = DemoCompanyGenerator.Generate(TuesdayMorning).Users.Select(u => u.PreferredLanguage).ToHashSet();

        Assert.Superset(new HashSet<string?> { "fr-FR", "en-GB", "en-US", "de-DE" }, languages);
    }

    [Fact]
    public void Generate_Always_GivesEveryObjectAUniqueGuidAndEveryUserAUniqueMailbox()
    {
        var snapshot = DemoCompanyGenerator.Generate(TuesdayMorning);
        var ids = snapshot.Users.Select(u => u.Id).Concat(snapshot.Groups.Select(g => g.Id)).ToList();

        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(snapshot.Users.Count, snapshot.Users.Select(u => u.UserPrincipalName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(snapshot.Users, u => Assert.Matches("^[a-z-]+\\.[a-z-]+[0-9]*@altenor\\.example$", u.UserPrincipalName));
    }

    [Fact]
    public void Generate_Always_BuildsOneOrgChartTreeWithoutCycles()
    {
        var users = DemoCompanyGenerator.Generate(TuesdayMorning).Users;
        var byId = users.ToDictionary(u => u.Id);

        var root = Assert.Single(users, u => u.Manager is null);
        Assert.Equal("Chief Executive Officer", TitleInEnglishOrFrench(root));
        Assert.All(users.Where(u => u.Manager is not null), u => Assert.True(byId.ContainsKey(u.Manager!.Id), u.Id));
        foreach (var user in users)
        {
            var seen = new HashSet<string>();
            var current = user;
            while (current.Manager is not null)
            {
                Assert.True(seen.Add(current.Id), "cycle through " + current.Id);
                current = byId[current.Manager.Id];
            }

            Assert.Same(root, current);
        }

        // Three levels below the CEO at least: heads, managers, staff.
        var depth = users.Max(u => Depth(u, byId));
        Assert.True(depth >= 3, "depth " + depth);
    }

    [Fact]
    public void Generate_TuesdayMorning_ShowsRealisticAbsenceAndAvailabilityShares()
    {
        var users = DemoCompanyGenerator.Generate(TuesdayMorning).Users;
        double Share(Func<DirectoryUser, bool> predicate) => (double)users.Count(predicate) / users.Count;

        Assert.InRange(Share(u => IsAway(u, TuesdayMorning)), 0.05, 0.11);
        Assert.InRange(Share(u => u.AccountEnabled == false), 0.01, 0.04);
        Assert.InRange(Share(u => u.Presence!.Availability is "Busy" or "DoNotDisturb"), 0.10, 0.20);
        Assert.InRange(Share(u => u.AccountEnabled == true && !IsAway(u, TuesdayMorning) && !IsWithinWorkingHours(u, TuesdayMorning)), 0.05, 0.20);
    }

    [Fact]
    public void Generate_Always_PlacesSomeLeaveBeforeAndAfterNowButNotOverIt()
    {
        var users = DemoCompanyGenerator.Generate(TuesdayMorning).Users;
        var scheduled = users
            .Select(u => u.MailboxSettings!.AutomaticRepliesSetting!)
            .Where(r => r.Status == "scheduled")
            .Select(r => (Start: Utc(r.ScheduledStartDateTime!), End: Utc(r.ScheduledEndDateTime!)))
            .ToList();

        Assert.All(scheduled, w => Assert.True(w.Start < w.End));
        Assert.Contains(scheduled, w => w.Start <= TuesdayMorning && TuesdayMorning < w.End);
        Assert.Contains(scheduled, w => w.Start > TuesdayMorning);
        Assert.Contains(scheduled, w => w.End <= TuesdayMorning);
        Assert.Contains(users, u => u.MailboxSettings!.AutomaticRepliesSetting!.Status == "alwaysEnabled");
    }

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2027, 7, 14)]
    [InlineData(2030, 2, 28)]
    public void Generate_AnyDay_KeepsPeopleAwayAroundThatDay(int year, int month, int day)
    {
        var now = new DateTimeOffset(year, month, day, 14, 0, 0, TimeSpan.Zero);
        var users = DemoCompanyGenerator.Generate(now).Users;

        Assert.InRange(users.Count(u => IsAway(u, now)), users.Count * 5 / 100, users.Count * 11 / 100);
    }

    [Fact]
    public void Generate_Always_GivesEveryUserTheFieldsRoutingReads()
    {
        var users = DemoCompanyGenerator.Generate(TuesdayMorning).Users;

        Assert.All(users, user =>
        {
            Assert.False(string.IsNullOrWhiteSpace(user.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(user.GivenName));
            Assert.False(string.IsNullOrWhiteSpace(user.Surname));
            Assert.Equal(user.UserPrincipalName, user.Mail);
            Assert.False(string.IsNullOrWhiteSpace(user.JobTitle));
            Assert.False(string.IsNullOrWhiteSpace(user.Department));
            Assert.False(string.IsNullOrWhiteSpace(user.OfficeLocation));
            Assert.Matches("^[a-z]{2}-[A-Z]{2}$", user.PreferredLanguage);
            Assert.Matches("^[A-Z]{2}$", user.UsageLocation);
            Assert.NotNull(user.AccountEnabled);
            Assert.NotEmpty(user.Skills!);
            Assert.NotEmpty(user.Responsibilities!);
            Assert.NotNull(user.Interests);
            Assert.NotNull(user.AboutMe);

            Assert.NotEmpty(user.Profile!.Skills!);
            Assert.All(user.Profile.Skills!, skill =>
            {
                Assert.False(string.IsNullOrWhiteSpace(skill.DisplayName));
                Assert.Contains(skill.Proficiency, Proficiencies);
                Assert.All(skill.CollaborationTags!, tag => Assert.Contains(tag, CollaborationTags));
            });
            Assert.All(user.Skills!, skill => Assert.Contains(user.Profile.Skills!, s => s.DisplayName == skill));

            var mailbox = user.MailboxSettings!;
            Assert.False(string.IsNullOrWhiteSpace(mailbox.TimeZone));
            Assert.Contains(mailbox.AutomaticRepliesSetting!.Status, ReplyStatuses);
            Assert.NotEmpty(mailbox.WorkingHours!.DaysOfWeek!);
            Assert.True(TimeOnly.TryParse(mailbox.WorkingHours.StartTime, System.Globalization.CultureInfo.InvariantCulture, out var start));
            Assert.True(TimeOnly.TryParse(mailbox.WorkingHours.EndTime, System.Globalization.CultureInfo.InvariantCulture, out var end));
            Assert.True(start < end);
            Assert.Equal(mailbox.TimeZone, mailbox.WorkingHours.TimeZone!.Name);

            Assert.Contains(user.Presence!.Availability, Availabilities);
            Assert.False(string.IsNullOrWhiteSpace(user.Presence.Activity));
        });
    }

    [Fact]
    public void Generate_Always_WritesAboutMeInFrenchForFrenchSpeakersAndEnglishOtherwise()
    {
        var users = DemoCompanyGenerator.Generate(TuesdayMorning).Users.Where(u => u.AboutMe!.Length > 0).ToList();
        string[] frenchMarkers = [" depuis ", "l'équipe", "Bonjour", "Je "];
        string[] englishMarkers = [" since ", " team", "Hi!", " I "];

        Assert.All(users.Where(u => u.PreferredLanguage!.StartsWith("fr", StringComparison.Ordinal)),
            u => Assert.Contains(frenchMarkers, m => u.AboutMe!.Contains(m, StringComparison.Ordinal)));
        Assert.All(users.Where(u => !u.PreferredLanguage!.StartsWith("fr", StringComparison.Ordinal)),
            u => Assert.Contains(englishMarkers, m => u.AboutMe!.Contains(m, StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_Always_GivesSkillsSeveralHoldersAtDifferentProficiencies()
    {
        var holders = DemoCompanyGenerator.Generate(TuesdayMorning).Users
            .Where(u => u.AccountEnabled == true)
            .SelectMany(u => u.Profile!.Skills!.Where(s => s.CollaborationTags!.Contains("wantsToLearn") is false).Select(s => (User: u, Skill: s)))
            .GroupBy(x => x.Skill.DisplayName!)
            .ToList();

        var contested = holders.Count(g => g.Count() >= 3 && g.Select(x => x.Skill.Proficiency).Distinct().Count() >= 2);
        Assert.True(contested >= 60, contested + " skills with three or more holders at different levels");
        Assert.True(holders.Count(g => g.Any(x => x.Skill.CollaborationTags!.Contains("askMeAbout"))) >= 60);
        Assert.Contains(holders, g => g.Count(x => x.Skill.Proficiency == "expert") >= 2);
    }

    [Fact]
    public void Generate_Always_TagsCollaborationWishes()
    {
        var tags = DemoCompanyGenerator.Generate(TuesdayMorning).Users
            .SelectMany(u => u.Profile!.Skills!)
            .SelectMany(s => s.CollaborationTags!)
            .ToHashSet();

        Assert.Superset(new HashSet<string> { "askMeAbout", "ableToMentor", "wantsToLearn" }, tags);
    }

    [Fact]
    public void Generate_Always_MakesEveryServiceGroupATeamWithARequestChannelAndMembers()
    {
        var snapshot = DemoCompanyGenerator.Generate(TuesdayMorning);
        var services = GroupsOfKind(snapshot, DemoGroupKind.Service);

        Assert.True(services.Count >= 8);
        Assert.All(services, group =>
        {
            Assert.True(group.IsTeam, group.DisplayName);
            Assert.Contains(group.Team!.Channels!, c => RequestChannelNames.Contains(c.DisplayName));
            Assert.NotEmpty(group.Members!);
            Assert.NotEmpty(group.Owners!);
            Assert.All(group.Owners!, o => Assert.Contains(group.Members!, m => m.Id == o.Id));
        });
    }

    [Theory]
    [InlineData("IT Help Desk", "mots de passe", "passwords")]
    [InlineData("IT Help Desk", "VPN", "printers")]
    [InlineData("Service Paie / Payroll Services", "fiches de paie", "payslips")]
    [InlineData("HR Services", "attestations employeur", "employment certificates")]
    [InlineData("Services généraux / Facilities", "badges", "building repairs")]
    [InlineData("Security Operations Center", "hameçonnage", "phishing")]
    [InlineData("Legal - Contracts Desk", "NDA", "standard customer and supplier contracts")]
    [InlineData("Purchasing Desk", "bons de commande", "purchase orders")]
    [InlineData("Finance - Expenses & Payables", "notes de frais", "expense reports")]
    public void Generate_ServiceGroup_DescribesWhatItHandlesInBothLanguages(string group, string french, string english)
    {
        var description = DemoCompanyGenerator.Generate(TuesdayMorning).Groups.Single(g => g.DisplayName == group).Description!;

        Assert.Contains(french, description, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(english, description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generate_Always_AddsSocialAndProjectGroupsThatAreNotQueues()
    {
        var snapshot = DemoCompanyGenerator.Generate(TuesdayMorning);
        var social = GroupsOfKind(snapshot, DemoGroupKind.Social);
        var projects = GroupsOfKind(snapshot, DemoGroupKind.Project);

        Assert.True(social.Count >= 3);
        Assert.True(projects.Count >= 2);
        Assert.Contains(social, g => g.IsTeam);
        Assert.Contains(social, g => !g.IsTeam);
        Assert.Contains(projects, g => !g.IsTeam);
        Assert.All(social.Concat(projects), group =>
        {
            Assert.NotEmpty(group.Members!);
            Assert.DoesNotContain(group.Team?.Channels ?? [], c => RequestChannelNames.Contains(c.DisplayName));
        });
    }

    [Fact]
    public void Generate_Always_LinksGroupsOnlyToExistingUsers()
    {
        var snapshot = DemoCompanyGenerator.Generate(TuesdayMorning);
        var ids = snapshot.Users.Select(u => u.Id).ToHashSet();

        Assert.All(snapshot.Groups, group =>
        {
            Assert.All(group.Members!, m => Assert.Contains(m.Id, ids));
            Assert.All(group.Owners!, o => Assert.Contains(o.Id, ids));
            Assert.Equal(group.Members!.Count, group.Members.Select(m => m.Id).Distinct().Count());
        });
    }

    [Fact]
    public async Task Generate_Always_RoundTripsThroughSnapshotJson()
    {
        var json = await SerializeAsync(DemoCompanyGenerator.Generate(TuesdayMorning));

        DirectorySnapshot read;
        using (var stream = new MemoryStream(json))
        {
            read = await SnapshotJson.ReadAsync(stream, CancellationToken.None);
        }

        Assert.Equal(json, await SerializeAsync(read));
        Assert.Equal(DemoCompany.TenantId, read.TenantId);
    }

    private static List<DirectoryGroup> GroupsOfKind(DirectorySnapshot snapshot, DemoGroupKind kind)
    {
        var names = DemoGroups.All.Where(g => g.Kind == kind).Select(g => g.DisplayName).ToHashSet();
        return snapshot.Groups.Where(g => names.Contains(g.DisplayName!)).ToList();
    }

    private static async Task<byte[]> SerializeAsync(DirectorySnapshot snapshot)
    {
        using var stream = new MemoryStream();
        await SnapshotJson.WriteAsync(stream, snapshot, CancellationToken.None);
        return stream.ToArray();
    }

    private static string TitleInEnglishOrFrench(DirectoryUser user) =>
        user.JobTitle == "Président-directeur général" ? "Chief Executive Officer" : user.JobTitle!;

    private static int Depth(DirectoryUser user, Dictionary<string, DirectoryUser> byId)
    {
        var depth = 0;
        for (var current = user; current.Manager is not null; current = byId[current.Manager.Id])
        {
            depth++;
        }

        return depth;
    }

    private static DateTimeOffset Utc(DateTimeTimeZone value)
    {
        Assert.Equal("UTC", value.TimeZone);
        return new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(value.DateTime!, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    private static bool IsAway(DirectoryUser user, DateTimeOffset at)
    {
        var replies = user.MailboxSettings!.AutomaticRepliesSetting!;
        return replies.Status switch
        {
            "alwaysEnabled" => true,
            "scheduled" => Utc(replies.ScheduledStartDateTime!) <= at && at < Utc(replies.ScheduledEndDateTime!),
            _ => false,
        };
    }

    private static bool IsWithinWorkingHours(DirectoryUser user, DateTimeOffset at)
    {
        var hours = user.MailboxSettings!.WorkingHours!;
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone!.Name!));
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return hours.DaysOfWeek!.Contains(local.DayOfWeek.ToString(), StringComparer.OrdinalIgnoreCase)
            && time >= TimeOnly.Parse(hours.StartTime!, System.Globalization.CultureInfo.InvariantCulture)
            && time < TimeOnly.Parse(hours.EndTime!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
