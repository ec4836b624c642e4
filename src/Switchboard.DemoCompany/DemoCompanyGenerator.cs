using System.Globalization;
using System.Text;
using Switchboard.Domain.Directory;

namespace Switchboard.DemoCompany;

/// <summary>
/// Builds the demo company's directory snapshot. The company itself (people, org chart, skills, groups) depends
/// only on <see cref="Seed"/>; out-of-office windows and presence are placed relative to the <c>now</c> passed in,
/// so the same <c>now</c> always yields byte-identical output.
/// </summary>
public static class DemoCompanyGenerator
{
    public const ulong Seed = 0x5B7C_2F1E_A17E_0042;

    public static DirectorySnapshot Generate(DateTimeOffset now) => new Builder(now.ToUniversalTime()).Build();

    private const string ExecutiveDepartment = "Executive Office";

    // Shares of the tenant, in percent of all users. Real tenants always carry some leavers and absentees;
    // these are the proportions a mid-sized company shows on an ordinary weekday.
    private const int DisabledPercent = 2;
    private const int AlwaysAwayPercent = 2;
    private const int ScheduledAwayNowPercent = 6;
    private const int ScheduledAwayLaterPercent = 3;
    private const int ScheduledAwayEndedPercent = 2;
    private const int BusyPercent = 15;

    private static readonly string[] Proficiencies = ["elementary", "limitedWorking", "generalProfessional", "advancedProfessional", "expert"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    private static readonly string[] FourDayWeek = ["monday", "tuesday", "thursday", "friday"];

    private enum Absence
    {
        None,
        Disabled,
        AlwaysAway,
        AwayNow,
        AwayLater,
        AwayEnded,
    }

    private sealed class Person
    {
        public required string Id { get; init; }
        public required string Department { get; init; }
        public required DemoTeam? Team { get; init; }
        public required DemoRole Role { get; init; }
        public required DemoSite Site { get; init; }
        public required Person? Manager { get; init; }
        public required bool IsManager { get; init; }
        public string GivenName { get; set; } = "";
        public string Surname { get; set; } = "";
        public string Login { get; set; } = "";
        public string Language { get; set; } = "";
        public List<SkillProficiency> ProfileSkills { get; } = [];
        public List<string> Responsibilities { get; } = [];
        public List<string> Interests { get; } = [];
        public string AboutMe { get; set; } = "";
        public WorkingHours Hours { get; set; } = new();
        public Absence Absence { get; set; }
        public AutomaticRepliesSetting Replies { get; set; } = new() { Status = "disabled" };
        public Presence Presence { get; set; } = new();

        public string DisplayName => GivenName + " " + Surname;

        public bool SpeaksFrench => Language.StartsWith("fr", StringComparison.Ordinal);
    }

    private sealed class Builder(DateTimeOffset now)
    {
        private readonly DemoRandom _random = new(Seed);

        // Group membership draws from its own stream: presence, drawn before it, takes as many draws as there are
        // people at work at `now`, which would otherwise reshuffle project and social groups with the time of day.
        private readonly DemoRandom _groupRandom = new(Seed ^ 0x6A09_E667_F3BC_C908UL);
        private readonly List<Person> _people = [];
        private readonly HashSet<string> _logins = new(StringComparer.Ordinal);

        public DirectorySnapshot Build()
        {
            BuildOrgChart();
            foreach (var person in _people)
            {
                Name(person);
                Profile(person);
                person.Hours = WorkingHoursOf(person);
            }

            AssignAbsences();
            AssignPresence();

            return new DirectorySnapshot
            {
                TenantId = DemoCompany.TenantId,
                CapturedAt = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
                Users = _people.Select(ToUser).ToList(),
                Groups = DemoGroups.All.Select(ToGroup).ToList(),
            };
        }

        private void BuildOrgChart()
        {
            var lyon = DemoSites.Lyon;
            var ceo = Add(ExecutiveDepartment, DemoOrganisation.ExecutiveOffice, DemoOrganisation.Ceo, lyon, manager: null, isManager: true);
            var office = DemoOrganisation.ExecutiveOffice;
            for (var i = 0; i < office.Size; i++)
            {
                // One chief of staff, then assistants: the last role repeats.
                Add(ExecutiveDepartment, office, office.Roles[Math.Min(i, office.Roles.Count - 1)], lyon, ceo, isManager: false);
            }

            foreach (var department in DemoOrganisation.Departments)
            {
                var head = Add(department.Name, team: null, department.Head, DemoSites.ByKey(department.HeadSite), ceo, isManager: true);
                foreach (var team in department.Teams)
                {
                    var manager = Add(department.Name, team, team.Manager, DemoSites.ByKey(team.Sites[0].Value), head, isManager: true);
                    for (var i = 0; i < team.Size; i++)
                    {
                        var site = DemoSites.ByKey(_random.PickWeighted(team.Sites));
                        Add(department.Name, team, _random.Pick(team.Roles), site, manager, isManager: false);
                    }
                }
            }
        }

        private Person Add(string department, DemoTeam? team, DemoRole role, DemoSite site, Person? manager, bool isManager)
        {
            var person = new Person
            {
                Id = ObjectId(1, _people.Count),
                Department = department,
                Team = team,
                Role = role,
                Site = site,
                Manager = manager,
                IsManager = isManager,
            };
            _people.Add(person);
            return person;
        }

        private void Name(Person person)
        {
            // The language comes from the site's mix; a name is then drawn from a culture that speaks it, so an
            // English speaker in Lyon is not called Aurélie. About one in twelve works away from home: their name and
            // language follow them, the site follows the job.
            var expatriate = _random.Chance(8);
            var culture = expatriate ? _random.Pick(DemoSites.All).Names : person.Site.Names;
            var language = expatriate ? HomeLanguage(culture) : _random.PickWeighted(person.Site.Languages);
            if (!SameLanguage(HomeLanguage(culture), language))
            {
                culture = _random.Pick(Cultures.Where(c => SameLanguage(HomeLanguage(c), language)).ToList());
            }

            var (given, surnames) = DemoNames.For(culture);
            for (var attempt = 0; ; attempt++)
            {
                var givenName = _random.Pick(given);
                var surname = _random.Pick(surnames);
                var login = Ascii(givenName) + "." + Ascii(surname);
                if (attempt >= 20)
                {
                    // The pools are large enough that this never triggers today; it keeps logins unique if they shrink.
                    login += (attempt - 19).ToString(CultureInfo.InvariantCulture);
                }

                if (_logins.Add(login))
                {
                    person.GivenName = givenName;
                    person.Surname = surname;
                    person.Login = login;
                    break;
                }
            }

            person.Language = language;
        }

        private void Profile(Person person)
        {
            var (pool, count) = person switch
            {
                { Manager: null } => (DemoOrganisation.CeoSkills, DemoOrganisation.CeoSkills.Count),
                { Team: null } => (HeadSkills(person), 3),
                _ => (person.Team.Skills, _random.Next(3, 6)),
            };

            var owned = _random.Sample(pool, count);
            if (person.Team is null && person.Manager is not null)
            {
                // A department head also knows a little of what one of their teams does.
                var team = _random.Pick(DepartmentOf(person).Teams);
                owned.AddRange(_random.Sample(team.Skills.Except(owned).ToList(), 1));
            }

            if (_random.Chance(30))
            {
                owned.AddRange(_random.Sample(DemoOrganisation.CrossSkills.Except(owned).ToList(), 1));
            }

            for (var i = 0; i < owned.Count; i++)
            {
                var level = Level(person.Role.Seniority);
                if (i == 0 && level < 4)
                {
                    // The first skill is what the person is hired for: it is their strongest.
                    level++;
                }

                person.ProfileSkills.Add(new SkillProficiency
                {
                    DisplayName = owned[i],
                    Proficiency = Proficiencies[level],
                    CollaborationTags = Tags(level),
                });
            }

            if (_random.Chance(40))
            {
                var learnable = LearnableSkills(person).Except(owned).ToList();
                if (learnable.Count > 0)
                {
                    person.ProfileSkills.Add(new SkillProficiency
                    {
                        DisplayName = _random.Pick(learnable),
                        Proficiency = Proficiencies[_random.Next(2)],
                        CollaborationTags = ["wantsToLearn"],
                    });
                }
            }

            person.Responsibilities.AddRange(ResponsibilitiesOf(person));
            person.Interests.AddRange(_random.Sample(DemoOrganisation.Interests, _random.PickWeighted<int>([new(0, 25), new(1, 35), new(2, 28), new(3, 12)])));
            person.AboutMe = AboutMe(person);
        }

        private static IReadOnlyList<string> HeadSkills(Person head) => DepartmentOf(head).HeadSkills;

        private static DemoDepartment DepartmentOf(Person person) =>
            DemoOrganisation.Departments.First(d => d.Name == person.Department);

        private IEnumerable<string> LearnableSkills(Person person)
        {
            if (person.Team is null || person.Department == ExecutiveDepartment)
            {
                return DemoOrganisation.CrossSkills;
            }

            var neighbours = DepartmentOf(person).Teams.Where(t => t != person.Team).SelectMany(t => t.Skills);
            return _random.Chance(50) ? neighbours.Concat(DemoOrganisation.CrossSkills) : DemoOrganisation.CrossSkills;
        }

        private int Level(int seniority) => seniority switch
        {
            0 => _random.PickWeighted<int>([new(1, 3), new(2, 4), new(3, 1)]),
            1 => _random.PickWeighted<int>([new(2, 4), new(3, 4), new(4, 1)]),
            2 => _random.PickWeighted<int>([new(2, 1), new(3, 4), new(4, 4)]),
            _ => _random.PickWeighted<int>([new(3, 2), new(4, 3)]),
        };

        private List<string> Tags(int level)
        {
            var tags = new List<string>();
            var (askPercent, mentorPercent) = level switch
            {
                4 => (65, 40),
                3 => (35, 20),
                _ => (5, 0),
            };

            if (_random.Chance(askPercent))
            {
                tags.Add("askMeAbout");
            }

            if (_random.Chance(mentorPercent))
            {
                tags.Add("ableToMentor");
            }

            if (level <= 2 && _random.Chance(15))
            {
                tags.Add("wantsToImprove");
            }

            return tags;
        }

        private List<string> ResponsibilitiesOf(Person person)
        {
            if (person.Manager is null)
            {
                return ["Group strategy", "Executive committee", "Investor relations"];
            }

            if (person.Team is null)
            {
                return [person.Department + " strategy and budget", "Leadership of the " + person.Department + " department"];
            }

            if (person.IsManager)
            {
                return ["Management of the " + person.Team.Name + " team", _random.Pick(person.Team.Responsibilities)];
            }

            return _random.Sample(person.Team.Responsibilities, _random.Next(1, 3));
        }

        private string AboutMe(Person person)
        {
            // Some people never fill in their profile, as in every tenant.
            if (_random.Chance(8))
            {
                return "";
            }

            var skills = person.ProfileSkills
                .Where(s => s.CollaborationTags?.Contains("wantsToLearn") != true)
                .Select(s => s.DisplayName!)
                .ToList();
            var responsibility = LowerFirst(person.Responsibilities[0]);
            var team = person.Team?.Name ?? person.Department;
            var title = person.SpeaksFrench ? person.Role.TitleFr : person.Role.Title;
            var year = (2005 + _random.Next(20)).ToString(CultureInfo.InvariantCulture);
            var city = person.Site.City;
            var template = _random.Next(4);

            if (person.SpeaksFrench)
            {
                return template switch
                {
                    0 => $"{title} à {city} depuis {year}. Je peux vous aider sur {skills[0]} et {skills[1]}.",
                    1 when person.IsManager => $"Je dirige l'équipe {team} à {city}. N'hésitez pas à me contacter pour {skills[0]}.",
                    1 => $"Dans l'équipe {team}, je m'occupe surtout de : {responsibility}. N'hésitez pas à me contacter pour {skills[0]}.",
                    3 when person.IsManager => $"Chez {DemoCompany.Name} depuis {year}, je dirige l'équipe {team}. Posez-moi vos questions sur {skills[0]}.",
                    2 => $"Bonjour ! Mes sujets : {skills[0]}, {skills[1]} et {skills[2]}. Je travaille depuis {city}.",
                    _ => $"Chez {DemoCompany.Name} depuis {year}, je travaille sur : {responsibility}. Posez-moi vos questions sur {skills[0]}.",
                };
            }

            return template switch
            {
                0 => $"{title} in {city} since {year}. I can help with {skills[0]} and {skills[1]}.",
                1 when person.IsManager => $"I lead the {team} team in {city}. Feel free to reach out about {skills[0]}.",
                1 => $"In the {team} team I mostly look after {responsibility}. Feel free to reach out about {skills[0]}.",
                3 when person.IsManager => $"At {DemoCompany.Name} since {year}, leading the {team} team. Ask me about {skills[0]}.",
                2 => $"Hi! My topics: {skills[0]}, {skills[1]} and {skills[2]}. Working from {city}.",
                _ => $"At {DemoCompany.Name} since {year}, working on {responsibility}. Ask me about {skills[0]}.",
            };
        }

        private WorkingHours WorkingHoursOf(Person person)
        {
            var site = person.Site;
            string[] days = Weekdays;
            int startMinutes;
            int length;

            if (person.Team?.Pattern == WorkPattern.Shifts && !person.IsManager)
            {
                // Plant staff rotate on early and late shifts; at any time part of the plant is off.
                startMinutes = _random.Chance(50) ? 6 * 60 : 14 * 60;
                length = 8 * 60;
            }
            else
            {
                startMinutes = Minutes(_random.Pick(site.StartTimes));
                length = site.WorkingMinutes;
                if (site.UsageLocation == "FR" && _random.Chance(8))
                {
                    // The French four-day week ("temps partiel 80 %") with Wednesday off.
                    days = FourDayWeek;
                }
            }

            return new WorkingHours
            {
                DaysOfWeek = days,
                StartTime = TimeOfDay(startMinutes),
                EndTime = TimeOfDay(startMinutes + length),
                TimeZone = new TimeZoneBase { Name = site.WindowsZone },
            };
        }

        private void AssignAbsences()
        {
            var count = _people.Count;
            int Share(int percent) => ((count * percent) + 50) / 100;

            // Leavers are individual contributors: a manager's departure would leave the org chart to be redrawn.
            var candidates = _people.Where(p => p.Manager is not null && !p.IsManager).ToList();
            _random.Shuffle(candidates);

            var next = 0;
            void Mark(Absence absence, int howMany)
            {
                for (var i = 0; i < howMany; i++)
                {
                    candidates[next++].Absence = absence;
                }
            }

            Mark(Absence.Disabled, Share(DisabledPercent));

            // Managers take leave too: from here on they may be picked, keeping the same shuffled order for the rest.
            var remaining = candidates.Skip(next)
                .Concat(_people.Where(p => p.Manager is not null && p.IsManager))
                .ToList();
            _random.Shuffle(remaining);
            candidates = remaining;
            next = 0;

            Mark(Absence.AlwaysAway, Share(AlwaysAwayPercent));
            Mark(Absence.AwayNow, Share(ScheduledAwayNowPercent));
            Mark(Absence.AwayLater, Share(ScheduledAwayLaterPercent));
            Mark(Absence.AwayEnded, Share(ScheduledAwayEndedPercent));

            var today = now.UtcDateTime.Date;
            foreach (var person in _people)
            {
                person.Replies = person.Absence switch
                {
                    Absence.AlwaysAway => new AutomaticRepliesSetting
                    {
                        Status = "alwaysEnabled",
                        InternalReplyMessage = Html(ExtendedLeave(person)),
                        ExternalReplyMessage = Html(ExtendedLeave(person)),
                    },
                    Absence.AwayNow => Scheduled(person, today.AddDays(-_random.Next(6)), today.AddDays(_random.Next(1, 15))),
                    Absence.AwayLater => ScheduledFrom(person, today.AddDays(_random.Next(2, 10)), _random.Next(2, 11)),
                    Absence.AwayEnded => ScheduledUntil(person, today.AddDays(-_random.Next(1, 7)), _random.Next(2, 11)),
                    _ => new AutomaticRepliesSetting { Status = "disabled" },
                };
            }
        }

        private static AutomaticRepliesSetting ScheduledFrom(Person person, DateTime start, int days) => Scheduled(person, start, start.AddDays(days));

        private static AutomaticRepliesSetting ScheduledUntil(Person person, DateTime end, int days) => Scheduled(person, end.AddDays(-days), end);

        private static AutomaticRepliesSetting Scheduled(Person person, DateTime start, DateTime end)
        {
            var message = Html(BackOn(person, end));
            return new AutomaticRepliesSetting
            {
                Status = "scheduled",
                ScheduledStartDateTime = new DateTimeTimeZone { DateTime = GraphDateTime(start), TimeZone = "UTC" },
                ScheduledEndDateTime = new DateTimeTimeZone { DateTime = GraphDateTime(end), TimeZone = "UTC" },
                InternalReplyMessage = message,
                ExternalReplyMessage = message,
            };
        }

        private void AssignPresence()
        {
            var atWork = new List<Person>();
            foreach (var person in _people)
            {
                switch (person.Absence)
                {
                    case Absence.Disabled:
                        person.Presence = new Presence { Availability = "PresenceUnknown", Activity = "PresenceUnknown" };
                        break;
                    case Absence.AlwaysAway or Absence.AwayNow:
                        person.Presence = new Presence { Availability = "Offline", Activity = "OutOfOffice" };
                        break;
                    default:
                        if (IsWorking(person))
                        {
                            atWork.Add(person);
                        }
                        else
                        {
                            // Mostly signed out, but some stay online late: presence alone must not decide.
                            person.Presence = _random.PickWeighted<Presence>(
                            [
                                new(new Presence { Availability = "Offline", Activity = "OffWork" }, 85),
                                new(new Presence { Availability = "Away", Activity = "Away" }, 10),
                                new(new Presence { Availability = "Available", Activity = "Available" }, 5),
                            ]);
                        }

                        break;
                }
            }

            _random.Shuffle(atWork);
            var busy = Math.Min(atWork.Count, ((_people.Count * BusyPercent) + 50) / 100);
            for (var i = 0; i < atWork.Count; i++)
            {
                atWork[i].Presence = i < busy
                    ? _random.PickWeighted<Presence>(
                    [
                        new(new Presence { Availability = "Busy", Activity = "InAMeeting" }, 6),
                        new(new Presence { Availability = "Busy", Activity = "InACall" }, 3),
                        new(new Presence { Availability = "DoNotDisturb", Activity = "Presenting" }, 1),
                        new(new Presence { Availability = "DoNotDisturb", Activity = "Focusing" }, 2),
                    ])
                    : _random.PickWeighted<Presence>(
                    [
                        new(new Presence { Availability = "Available", Activity = "Available" }, 70),
                        new(new Presence { Availability = "AvailableIdle", Activity = "Available" }, 6),
                        new(new Presence { Availability = "Away", Activity = "Away" }, 10),
                        new(new Presence { Availability = "BeRightBack", Activity = "BeRightBack" }, 6),
                        new(new Presence { Availability = "Offline", Activity = "Offline" }, 4),
                    ]);
            }
        }

        private bool IsWorking(Person person)
        {
            var local = TimeZoneInfo.ConvertTime(now, Zone(person.Site));
            var day = local.DayOfWeek.ToString().ToLowerInvariant();
            var minute = (local.Hour * 60) + local.Minute;
            return person.Hours.DaysOfWeek!.Contains(day)
                && minute >= Minutes(person.Hours.StartTime!)
                && minute < Minutes(person.Hours.EndTime!);
        }

        private DirectoryUser ToUser(Person person)
        {
            var mail = person.Login + "@" + DemoCompany.MailDomain;
            return new DirectoryUser
            {
                Id = person.Id,
                DisplayName = person.DisplayName,
                GivenName = person.GivenName,
                Surname = person.Surname,
                UserPrincipalName = mail,
                Mail = mail,
                JobTitle = person.SpeaksFrench ? person.Role.TitleFr : person.Role.Title,
                Department = person.Department,
                OfficeLocation = person.Site.OfficeLocation,
                PreferredLanguage = person.Language,
                UsageLocation = person.Site.UsageLocation,
                AccountEnabled = person.Absence != Absence.Disabled,
                Manager = person.Manager is null ? null : new DirectoryReference { Id = person.Manager.Id },
                Skills = person.ProfileSkills
                    .Where(s => s.CollaborationTags?.Contains("wantsToLearn") != true)
                    .Select(s => s.DisplayName!)
                    .ToList(),
                Responsibilities = person.Responsibilities,
                Interests = person.Interests,
                AboutMe = person.AboutMe,
                Profile = new UserProfile { Skills = person.ProfileSkills },
                MailboxSettings = new MailboxSettings
                {
                    TimeZone = person.Site.WindowsZone,
                    AutomaticRepliesSetting = person.Replies,
                    WorkingHours = person.Hours,
                },
                Presence = person.Presence,
            };
        }

        private DirectoryGroup ToGroup(DemoGroup group, int index)
        {
            var (members, owners) = MembersOf(group);
            return new DirectoryGroup
            {
                Id = ObjectId(2, index),
                DisplayName = group.DisplayName,
                Description = group.Description,
                Mail = group.Nickname + "@" + DemoCompany.MailDomain,
                GroupTypes = group.Kind == DemoGroupKind.DistributionList ? [] : ["Unified"],
                ResourceProvisioningOptions = group.IsTeam ? ["Team"] : [],
                Members = members.Select(p => new DirectoryReference { Id = p.Id }).ToList(),
                Owners = owners.Select(p => new DirectoryReference { Id = p.Id }).ToList(),
                Team = group.IsTeam
                    ? new TeamInfo
                    {
                        Channels = group.Channels
                            .Select((c, i) => new TeamChannel { Id = ChannelId(index, i), DisplayName = c.DisplayName, Description = c.Description })
                            .ToList(),
                    }
                    : null,
            };
        }

        private (List<Person> Members, List<Person> Owners) MembersOf(DemoGroup group)
        {
            switch (group.Kind)
            {
                case DemoGroupKind.Service:
                {
                    var members = _people.Where(p => p.Team is not null && group.Teams.Contains(p.Team.Key)).ToList();
                    return (members, members.Where(p => p.IsManager).ToList());
                }

                case DemoGroupKind.Department:
                {
                    var members = _people.Where(p => p.Team is not null && group.Teams.Contains(p.Team.Key)).ToList();
                    var head = members[0].Manager!.Manager!;
                    return ([head, .. members], [head]);
                }

                case DemoGroupKind.Project:
                {
                    var members = group.Teams
                        .SelectMany(key => _groupRandom.Sample(_people.Where(p => p.Team?.Key == key).ToList(), _groupRandom.Next(2, 4)))
                        .ToList();
                    return (members, [members[0]]);
                }

                case DemoGroupKind.Social when group.Interest is not null:
                {
                    var members = _people.Where(p => p.Interests.Contains(group.Interest)).ToList();
                    return (members, members.Take(2).ToList());
                }

                case DemoGroupKind.Social:
                {
                    var members = _people.Where(p => p.Site.Key == group.Site && _groupRandom.Chance(35)).ToList();
                    return (members, members.Take(2).ToList());
                }

                case DemoGroupKind.DistributionList:
                {
                    var members = _people.Where(p => p.Site.Key == group.Site).ToList();
                    return (members, _people.Where(p => p.Team?.Key == "it-workplace" && p.IsManager).ToList());
                }

                default:
                    throw new InvalidOperationException("Unknown group kind " + group.Kind + ".");
            }
        }

        private static string ExtendedLeave(Person person)
        {
            var contact = person.Manager!.DisplayName;
            return person.Language switch
            {
                var l when l.StartsWith("fr", StringComparison.Ordinal) =>
                    $"Je suis actuellement en congé de longue durée. Pour toute demande, merci de contacter {contact}.",
                "de-DE" => $"Ich bin derzeit längerfristig abwesend. Bitte wenden Sie sich an {contact}.",
                _ => $"I am currently on extended leave. Please contact {contact} in the meantime.",
            };
        }

        private static string BackOn(Person person, DateTime day)
        {
            var contact = person.Manager!.DisplayName;
            var dayOfMonth = day.Day.ToString(CultureInfo.InvariantCulture);
            return person.Language switch
            {
                var l when l.StartsWith("fr", StringComparison.Ordinal) =>
                    $"Je suis en congés, de retour le {dayOfMonth} {FrenchMonths[day.Month - 1]}. En cas d'urgence, contactez {contact}.",
                "de-DE" => $"Ich bin im Urlaub und ab dem {dayOfMonth}. {GermanMonths[day.Month - 1]} wieder erreichbar. In dringenden Fällen wenden Sie sich an {contact}.",
                _ => $"I am on leave and back on {dayOfMonth} {EnglishMonths[day.Month - 1]}. For anything urgent, please contact {contact}.",
            };
        }
    }

    // Month names are spelled out here rather than taken from CultureInfo, whose data varies with the ICU version.
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] GermanMonths = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string ObjectId(int kind, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"7e3a1c5d-{kind:x4}-4a00-8000-{index:x12}");

    private static string ChannelId(int group, int channel)
    {
        var random = new DemoRandom(Seed ^ (ulong)((group * 64) + channel + 1));
        return string.Create(CultureInfo.InvariantCulture, $"19:{random.NextUInt64():x16}{random.NextUInt64():x16}@thread.tacv2");
    }

    private static string GraphDateTime(DateTime value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static string Html(string text) => "<p>" + text + "</p>";

    private static int Minutes(string time) =>
        (int.Parse(time.AsSpan(0, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(time.AsSpan(3, 2), CultureInfo.InvariantCulture);

    private static string TimeOfDay(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}:00.0000000");

    private static TimeZoneInfo Zone(DemoSite site)
    {
        // IANA ids resolve on Linux and macOS from tzdata and on Windows through ICU; the Windows id is the fallback.
        return TimeZoneInfo.TryFindSystemTimeZoneById(site.IanaZone, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(site.WindowsZone);
    }

    private static readonly NameCulture[] Cultures = Enum.GetValues<NameCulture>();

    private static bool SameLanguage(string left, string right) => string.CompareOrdinal(left, 0, right, 0, 2) == 0;

    private static string HomeLanguage(NameCulture culture) => culture switch
    {
        NameCulture.French => "fr-FR",
        NameCulture.German => "de-DE",
        NameCulture.British or NameCulture.Singaporean => "en-GB",
        NameCulture.Quebec => "fr-CA",
        _ => "en-US",
    };

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>Folds a name to the letters a mailbox address allows, with an explicit table so no platform normalisation is involved.</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var folded = c switch
            {
                'à' or 'â' or 'ä' or 'á' => "a",
                'ç' => "c",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' => "i",
                'ô' or 'ö' or 'ó' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ÿ' => "y",
                'ß' => "ss",
                ' ' or '-' => "-",
                >= 'a' and <= 'z' => c.ToString(),
                _ => "",
            };
            builder.Append(folded);
        }

        return builder.ToString();
    }
}
