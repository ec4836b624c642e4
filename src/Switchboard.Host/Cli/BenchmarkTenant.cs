using System.Globalization;
using Switchboard.Domain.Directory;

namespace Switchboard.Host.Cli;

/// <summary>
/// A deterministic synthetic tenant for the routing benchmark: realistic field shapes and sizes
/// (skills with proficiencies, about-me text, mailbox settings, an org chart, service, social and project groups),
/// not realistic people. Same seed, same tenant.
/// </summary>
internal static class BenchmarkTenant
{
    private static readonly string[] RealSkills =
    [
        "PLC programming", "SCADA", "Siemens TIA Portal", "Kubernetes", "Docker", "Azure", "AWS", "Terraform", "C#", ".NET", "Java", "Python",
        "React", "TypeScript", "SQL Server", "PostgreSQL", "Power BI", "Excel VBA", "Machine learning", "Data engineering", "SAP FI", "SAP MM",
        "SAP SD", "ABAP", "Salesforce", "SEO", "Brand management", "Press relations", "Market research", "Transfer pricing", "VAT", "IFRS",
        "Consolidation", "Treasury", "Cash management", "Budgeting", "Cost accounting", "Labour law", "Contract law", "GDPR", "Patents",
        "Trademarks", "Export control", "Customs", "Incoterms", "Warehouse management", "Demand planning", "S&OP", "Lean manufacturing", "Six Sigma",
        "SPC", "FMEA", "ISO 9001", "IATF 16949", "Metrology", "CMM programming", "Welding", "CNC machining", "Injection moulding", "Hydraulics",
        "Pneumatics", "Robotics", "Machine vision", "FEA", "CFD", "SolidWorks", "CATIA", "PCB design", "Embedded C", "FPGA", "EMC testing",
        "Materials science", "Corrosion", "Heat treatment", "Polymer chemistry", "HACCP", "GMP", "Validation", "Regulatory affairs", "CE marking",
        "REACH", "ISO 14001", "Carbon accounting", "Risk assessment", "ATEX", "Recruitment", "Payroll", "Training management", "Compensation and benefits",
        "Project management", "Agile coaching", "Scrum", "UX design", "Figma", "Technical writing", "German translation", "Video editing", "Photoshop",
        "Network engineering", "Cisco", "Firewall", "Penetration testing", "Active Directory", "PowerShell", "Linux administration", "VMware",
        "Power Automate", "Power Apps", "SharePoint", "Jira administration", "Kafka", "Spark", "Databricks", "Snowflake", "Statistics", "R",
        "Negotiation", "Key account management", "Pricing", "CRM", "Customer service", "Field service", "Maintenance planning", "Vibration analysis",
        "Electrical design", "EPLAN", "High voltage", "Energy efficiency", "Civil engineering", "BIM", "Process engineering", "Distillation",
    ];

    private static readonly string[] Systems =
    [
        "Orion", "Vega", "Atlas", "Helix", "Nimbus", "Quartz", "Zephyr", "Pulsar", "Kestrel", "Lynx", "Falcon", "Tundra", "Cobalt", "Argon", "Nova",
        "Titan", "Aurora", "Polaris", "Cedar", "Maple", "Opal", "Onyx", "Sierra", "Delta", "Sigma", "Borealis", "Comet", "Ember", "Fjord", "Glacier",
    ];

    private static readonly string[] Areas =
    [
        "configuration", "tooling", "test bench", "calibration", "integration", "reporting", "line setup", "firmware", "interface", "data model",
        "maintenance", "deployment", "recipes", "process", "quality checks", "planning", "pricing rules", "support", "migration", "analytics",
    ];

    private static readonly string[] Titles =
    [
        "Engineer", "Senior Engineer", "Technician", "Analyst", "Specialist", "Consultant", "Manager", "Team Lead", "Buyer", "Accountant",
        "Controller", "Developer", "Architect", "Data Scientist", "HR Business Partner", "Lawyer", "Quality Engineer", "Process Engineer",
        "Maintenance Technician", "Sales Representative", "Marketing Manager", "Project Manager", "Planner", "Logistics Coordinator",
    ];

    private static readonly string[] Departments =
    [
        "IT", "Finance", "HR", "Legal", "Procurement", "Operations", "Quality", "Supply Chain", "Sales", "Marketing", "R&D", "Engineering",
        "Maintenance", "HSE", "Facilities",
    ];

    private static readonly string[] Zones = ["Romance Standard Time", "W. Europe Standard Time", "GMT Standard Time", "Eastern Standard Time", "Pacific Standard Time", "Singapore Standard Time"];

    private static readonly string[] Languages = ["fr-FR", "en-GB", "en-US", "de-DE", "es-ES"];

    private static readonly string[] Presences = ["Available", "Available", "Available", "Busy", "Away", "DoNotDisturb", "Offline", "BeRightBack"];

    private static readonly string[] Proficiencies = ["elementary", "limitedWorking", "generalProfessional", "advancedProfessional", "expert"];

    private static readonly (string Name, string Description)[] ServiceTeams =
    [
        ("IT Service Desk", "Support informatique : comptes, mots de passe, VPN, postes, imprimantes. IT support for accounts, passwords, VPN, laptops and printers."),
        ("HR Services", "Ressources humaines : congés, contrats, formation, mutuelle. HR services for leave, contracts, training and benefits."),
        ("Payroll", "Paie : bulletins de salaire, primes, acomptes. Payroll: payslips, bonuses, salary advances."),
        ("Accounts Payable", "Factures fournisseurs et paiements. Supplier invoices and payments."),
        ("Travel and Expenses", "Notes de frais et voyages d'affaires. Expense reports and business travel."),
        ("Facilities", "Services généraux : badges, salles de réunion, chauffage, bâtiment. Facilities: badges, meeting rooms, heating, building issues."),
        ("Legal Desk", "Juridique : relecture de contrats, NDA. Legal: contract and NDA reviews."),
        ("Purchasing", "Achats : demandes d'achat, bons de commande. Purchase requests and purchase orders."),
        ("Security Operations", "Cybersécurité : phishing, incidents de sécurité. Security incidents and phishing reports."),
        ("HSE", "Santé sécurité : accidents du travail, EPI. Health and safety: work accidents, protective equipment."),
        ("Plant Maintenance", "Maintenance : pannes machines, demandes d'intervention. Machine breakdowns and maintenance requests."),
    ];

    public static DirectorySnapshot Generate(int userCount, int seed)
    {
        var random = new Random(seed);
        var skillPool = RealSkills
            .Concat(Systems.SelectMany(s => Areas.Select(a => $"{s} {a}")))
            .ToArray();
        var users = new List<DirectoryUser>(userCount);
        for (var i = 0; i < userCount; i++)
        {
            users.Add(User(i, random, skillPool));
        }

        var groups = new List<DirectoryGroup>();
        var site = 0;
        // One set of service teams per 5,000 people, as large companies split desks by site.
        for (var s = 0; s < Math.Max(1, userCount / 5000); s++, site++)
        {
            foreach (var (name, description) in ServiceTeams)
            {
                groups.Add(Group(groups.Count, $"{name} {site}", description, random, userCount));
            }
        }

        for (var s = 0; s < Math.Max(1, userCount / 2000); s++)
        {
            groups.Add(Group(groups.Count, $"Afterwork site {s}", "Afterwork, apéro et soirées du site.", random, userCount));
            groups.Add(Group(groups.Count, $"Project {Systems[s % Systems.Length]} {s}", "Project team for the rollout.", random, userCount));
        }

        return new DirectorySnapshot
        {
            TenantId = "00000000-0000-4000-8000-00000000bench",
            CapturedAt = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero),
            Users = users,
            Groups = groups,
        };
    }

    /// <summary>Requests written the way people write them: mixed languages, abbreviations, service and expertise.</summary>
    public static IReadOnlyList<(string Requester, string Text)> Requests(int count, int userCount, int seed)
    {
        var random = new Random(seed + 1);
        string[] expertise =
        [
            "qui connait bien {0} ? j'ai un souci urgent", "Need someone who knows {0} for a customer issue", "Besoin d'un expert {0} pour la ligne 3",
            "any {0} expert around? stuck since this morning", "question sur {0} pour un projet client", "Can someone review our {0} approach?",
        ];
        string[] service =
        [
            "j'ai oublié mon mdp et mon compte est bloqué", "VPN ne marche pas depuis chez moi", "my payslip is wrong this month",
            "badge perdu, comment en avoir un nouveau ?", "imprimante du 2e étage en panne", "note de frais pas remboursée",
            "phishing mail received, what should I do", "need a purchase order for a new supplier", "le chauffage ne marche pas en salle B",
            "NDA à relire pour un fournisseur", "accident du travail à déclarer", "la machine 4 est en panne",
        ];
        var skills = RealSkills.Concat(Systems.Select(s => $"{s} {Areas[s.Length % Areas.Length]}")).ToArray();
        var requests = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var requester = UserId(random.Next(userCount));
            var text = random.NextDouble() < 0.7
                ? string.Format(CultureInfo.InvariantCulture, expertise[random.Next(expertise.Length)], skills[random.Next(skills.Length)])
                : service[random.Next(service.Length)];
            requests.Add((requester, text));
        }

        return requests;
    }

    public static string UserId(int index) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}");

    private static DirectoryUser User(int i, Random random, string[] skillPool)
    {
        var skillCount = 2 + random.Next(5);
        var skills = new List<SkillProficiency>(skillCount);
        for (var s = 0; s < skillCount; s++)
        {
            var tags = new List<string>();
            var roll = random.NextDouble();
            if (roll < 0.15)
            {
                tags.Add("askMeAbout");
            }
            else if (roll < 0.25)
            {
                tags.Add("wantsToLearn");
            }

            skills.Add(new SkillProficiency
            {
                DisplayName = skillPool[random.Next(skillPool.Length)],
                Proficiency = Proficiencies[random.Next(Proficiencies.Length)],
                CollaborationTags = tags,
            });
        }

        var zone = Zones[random.Next(Zones.Length)];
        var outRoll = random.NextDouble();
        var replies = outRoll < 0.01
            ? new AutomaticRepliesSetting { Status = "alwaysEnabled" }
            : outRoll < 0.06
                ? new AutomaticRepliesSetting
                {
                    Status = "scheduled",
                    ScheduledStartDateTime = new DateTimeTimeZone { DateTime = "2026-12-01T00:00:00.0000000", TimeZone = "UTC" },
                    ScheduledEndDateTime = new DateTimeTimeZone { DateTime = "2026-12-15T00:00:00.0000000", TimeZone = "UTC" },
                }
                : new AutomaticRepliesSetting { Status = "disabled" };
        if (replies.Status != "disabled")
        {
            // As people write them: away until a date, and who to ask meanwhile (the index reads the colleague's name).
            var colleague = i == 0 ? 1 : i - 1;
            replies = replies with
            {
                InternalReplyMessage = $"<p>Away until 15 December. For {skills[0].DisplayName} questions please contact Given{colleague} Surname{colleague % 977}.</p>",
            };
        }

        var given = $"Given{i}";
        var surname = $"Surname{i % 977}";
        return new DirectoryUser
        {
            Id = UserId(i),
            DisplayName = $"{given} {surname}",
            GivenName = given,
            Surname = surname,
            UserPrincipalName = $"user{i}@bench.example",
            Mail = $"user{i}@bench.example",
            JobTitle = Titles[random.Next(Titles.Length)],
            Department = Departments[random.Next(Departments.Length)],
            OfficeLocation = $"Site {i % 20}",
            PreferredLanguage = Languages[random.Next(Languages.Length)],
            AccountEnabled = random.NextDouble() >= 0.01,
            Manager = i == 0 ? null : new DirectoryReference { Id = UserId((i - 1) / 8) },
            Skills = [.. skills.Take(2).Select(s => s.DisplayName!)],
            Responsibilities = random.NextDouble() < 0.4 ? [$"{Systems[random.Next(Systems.Length)]} {Areas[random.Next(Areas.Length)]}"] : [],
            Interests = [],
            AboutMe = $"I work on {skills[0].DisplayName} and {skills[^1].DisplayName}; happy to help colleagues.",
            Profile = new UserProfile { Skills = skills },
            MailboxSettings = new MailboxSettings
            {
                TimeZone = zone,
                AutomaticRepliesSetting = replies,
                WorkingHours = new WorkingHours
                {
                    DaysOfWeek = ["monday", "tuesday", "wednesday", "thursday", "friday"],
                    StartTime = "08:00:00.0000000",
                    EndTime = "17:00:00.0000000",
                    TimeZone = new TimeZoneBase { Name = zone },
                },
            },
            Presence = new Presence { Availability = Presences[random.Next(Presences.Length)], Activity = "Available" },
        };
    }

    private static DirectoryGroup Group(int index, string name, string description, Random random, int userCount) => new()
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"10000000-0000-4000-8000-{index:D12}"),
        DisplayName = name,
        Description = description,
        GroupTypes = ["Unified"],
        ResourceProvisioningOptions = ["Team"],
        Members = [.. Enumerable.Range(0, 5).Select(_ => new DirectoryReference { Id = UserId(random.Next(userCount)) })],
        Owners = [new DirectoryReference { Id = UserId(random.Next(userCount)) }],
        Team = new TeamInfo { Channels = [new TeamChannel { Id = $"19:{random.Next():x8}@thread.tacv2", DisplayName = "Requests" }] },
    };
}
