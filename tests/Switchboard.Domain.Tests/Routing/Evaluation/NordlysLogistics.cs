using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A Norwegian-French e-commerce logistics company (warehouses in Oslo and Lyon, its own software team): English and French,
/// handheld scanners, WMS, transport and customs. Written by hand as a hold-out after the engine was tuned on the other two;
/// its first-run figures are recorded in docs/ROUTING.md.
/// </summary>
internal static class NordlysLogistics
{
    /// <summary>Wednesday 10 March 2027, 10:00 in Oslo and Lyon.</summary>
    public const string DefaultAt = "2027-03-10T10:00:00+01:00";

    private const string Oslo = "W. Europe Standard Time";

    public static TestTenant Tenant() => new TestTenant()
        .Person("nl01", "Ingrid Solberg", "Chief Executive Officer", "Management", language: "nb-NO", zone: Oslo, skills: ["Strategy:expert"])
        .Person("nl02", "Mathieu Caron", "Chief Operating Officer", "Operations", language: "fr-FR", manager: "nl01",
            skills: ["Supply chain strategy:expert", "Lean warehousing:advanced"])
        .Person("nl03", "Sofia Lindqvist", "Head of Engineering", "Engineering", language: "sv-SE", zone: Oslo, manager: "nl01",
            skills: ["Software architecture:expert", "Kafka:advanced"])
        .Person("nl04", "Arjun Mehta", "Backend Developer", "Engineering", language: "en-GB", zone: Oslo, manager: "nl03",
            skills: ["Java:expert", "Spring Boot:expert:ask", "PostgreSQL:advanced"])
        .Person("nl05", "Chloé Bernard", "Frontend Developer", "Engineering", language: "fr-FR", manager: "nl03",
            skills: ["React:expert", "TypeScript:advanced", "Accessibility:general"])
        .Person("nl06", "Lars Eriksen", "DevOps Engineer", "Engineering", language: "nb-NO", zone: Oslo, manager: "nl03", outOfOffice: "2027-03-08T00:00..2027-03-15T00:00",
            skills: ["Kubernetes:expert:ask", "Terraform:advanced", "AWS:advanced"])
        .Person("nl07", "Nina Haugen", "Site Reliability Engineer", "Engineering", language: "nb-NO", zone: Oslo, manager: "nl03",
            skills: ["Kubernetes:advanced", "Prometheus:advanced", "Incident management:advanced"])
        .Person("nl08", "Tomás Ruiz", "Data Engineer", "Data", language: "es-ES", zone: Oslo, manager: "nl03",
            skills: ["Airflow:expert", "dbt:advanced", "Snowflake:advanced"])
        .Person("nl09", "Élodie Martin", "Data Analyst", "Data", language: "fr-FR", manager: "nl03",
            skills: ["Power BI:advanced", "SQL:advanced", "Forecasting:general"])
        .Person("nl10", "Henrik Dahl", "Warehouse Manager Oslo", "Operations", language: "nb-NO", zone: Oslo, manager: "nl02",
            skills: ["WMS:expert", "Inventory management:expert", "Forklift safety:advanced"])
        .Person("nl11", "Karim Haddad", "Superviseur entrepôt Lyon", "Operations", language: "fr-FR", manager: "nl02", hours: "05:00-13:00",
            skills: ["WMS:advanced", "Picking optimisation:advanced"])
        .Person("nl12", "Oda Berg", "Transport Planner", "Transport", language: "nb-NO", zone: Oslo, manager: "nl02",
            skills: ["Route planning:expert", "Carrier management:advanced", "ADR dangerous goods:advanced"])
        .Person("nl13", "Julien Petit", "Spécialiste douane", "Transport", language: "fr-FR", manager: "nl02",
            skills: ["Customs clearance:expert:ask", "Incoterms:expert"])
        .Person("nl14", "Maja Nilsson", "HR Business Partner", "People", language: "sv-SE", zone: Oslo, manager: "nl01",
            skills: ["Employment law:advanced", "Recruitment:expert"])
        .Person("nl15", "Sandrine Leroy", "Gestionnaire paie", "People", language: "fr-FR", manager: "nl14",
            skills: ["Payroll:expert", "Sécurité sociale:advanced"])
        .Person("nl16", "Erik Johansen", "Finance Controller", "Finance", language: "nb-NO", zone: Oslo, manager: "nl01",
            skills: ["FP&A:expert", "Budgeting:expert", "Excel:advanced"])
        .Person("nl17", "Camille Fournier", "Comptable", "Finance", language: "fr-FR", manager: "nl16",
            skills: ["Accounts payable:advanced", "VAT:advanced"])
        .Person("nl18", "Ole Pedersen", "IT Support Technician", "IT", language: "nb-NO", zone: Oslo, manager: "nl03",
            skills: ["Windows:advanced", "Zebra scanners:expert"])
        .Person("nl19", "Amira Benali", "Security Engineer", "IT", language: "fr-FR", manager: "nl03",
            skills: ["Penetration testing:advanced", "SIEM:advanced", "ISO 27001:expert"])
        .Person("nl20", "Peter Strand", "Legal Counsel", "Legal", language: "en-GB", zone: Oslo, manager: "nl01",
            skills: ["Commercial contracts:expert", "GDPR:expert:ask", "Employment law:general"])
        .Person("nl21", "Léa Moreau", "Customer Success Manager", "Sales", language: "fr-FR", manager: "nl22",
            skills: ["Key accounts:advanced", "Salesforce:advanced"])
        .Person("nl22", "Jonas Lie", "Sales Director", "Sales", language: "nb-NO", zone: Oslo, manager: "nl01",
            skills: ["Negotiation:expert", "Tenders:advanced"])
        .Person("nl23", "Emma Wang", "Product Manager", "Engineering", language: "en-GB", zone: Oslo, manager: "nl03",
            skills: ["Product discovery:advanced", "Roadmapping:expert", "Jira:advanced"])
        .Person("nl24", "Rune Aas", "HSE Coordinator", "Operations", language: "nb-NO", zone: Oslo, manager: "nl02",
            skills: ["Risk assessment:advanced", "Forklift safety:expert", "First aid training:advanced"])
        .Person("nl25", "Victor Lambert", "DevOps Engineer", "Engineering", language: "fr-FR", manager: "nl03", enabled: false,
            skills: ["Kubernetes:expert", "Helm:expert"])
        .Person("nl26", "Astrid Holm", "Machine Learning Engineer", "Data", language: "nb-NO", zone: Oslo, manager: "nl03", presence: "DoNotDisturb",
            skills: ["Machine learning:expert", "Python:expert", "Demand forecasting:expert"])
        .Person("nl27", "Pauline Girard", "Responsable marketing", "Marketing", language: "fr-FR", manager: "nl01",
            skills: ["Content marketing:advanced", "SEO:advanced", "Brand:general"])
        .Team("it-support", "IT Support", "IT help for everyone: laptops, accounts and passwords, MFA, VPN, Teams, printers and handheld scanners.", ["General", "Tickets"], ["nl18"])
        .Team("people", "People & Payroll", "RH et paie / HR and payroll: payslips, leave, benefits, contracts, onboarding.", ["General", "Demandes RH"], ["nl14", "nl15"])
        .Team("fsc", "Finance Service Centre", "Supplier invoices, expense reports, payments and purchase orders.", ["General", "Requests"], ["nl16", "nl17"])
        .Team("workplace", "Workplace", "Offices and sites: badges, meeting rooms, heating, cleaning, parking, mail.", ["General", "Requests"])
        .Team("transport-desk", "Transport Desk", "Book transport, track shipments, carrier issues and delivery delays.", ["General", "Bookings"], ["nl12"])
        .Team("security", "Security Team", "Report phishing, suspicious emails, lost devices and security incidents.", ["General", "Report an incident"], ["nl19"])
        .Team("runners", "Nordlys Runners", "Running club, Tuesday evenings.", ["General"])
        .Team("aurora", "Project Aurora", "Project team for the WMS migration to the new platform.", ["General"], ["nl10", "nl03"])
        .Team("guild", "Engineering Guild", "Community of practice for engineers: talks and book club.", ["General"])
        .Team("all", "All Nordlys", "Company-wide announcements.", ["General"])
        .Load("nl22", 5, 5)
        .Load("nl04", 2, 6);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("nl05", "My laptop won't charge anymore", Group, "it-support"),
        new("nl11", "Le scanner Zebra du quai 4 ne lit plus les codes-barres", Group, "it-support"),
        new("nl17", "j'ai oublié mon mot de passe Windows", Group, "it-support"),
        new("nl09", "I got an email asking me to confirm my bank details, looks like phishing", Group, "security"),
        new("nl21", "J'ai perdu mon téléphone pro dans le train", Group, "security"),
        new("nl24", "Where do I find my payslip for February?", Group, "people"),
        new("nl13", "Demande de congés pour la semaine du 12 avril", Group, "people"),
        new("nl12", "Ma note de frais de janvier n'a toujours pas été remboursée", Group, "fsc"),
        new("nl10", "Need a purchase order for 20 new pallet jacks", Group, "fsc"),
        new("nl02", "Le chauffage est en panne dans les bureaux de Lyon", Group, "workplace"),
        new("nl23", "Can someone book the big meeting room for Friday's demo?", Group, "workplace"),
        new("nl21", "Un client se plaint d'un retard de livraison sur sa commande, qui peut suivre le transport ?", Group, "transport-desk"),
        new("nl10", "Our pods keep getting OOMKilled in the k8s cluster, who can help?", Person, "nl07"),
        new("nl04", "Need help writing a Terraform module for the new S3 buckets", Person, "nl07"),
        new("nl09", "Spring Boot service returns 500 errors after the upgrade", Person, "nl04"),
        new("nl23", "Qui peut m'aider sur un composant React qui re-render en boucle ?", Person, "nl05"),
        new("nl16", "Airflow DAG failing every night since Monday", Person, "nl08"),
        new("nl02", "J'ai besoin d'un tableau de bord Power BI sur les taux de service par entrepôt", Person, "nl09"),
        new("nl10", "We need a better demand forecast for Q4 peak season", Person, "nl09"),
        new("nl11", "Comment optimiser le picking dans l'entrepôt de Lyon ?", Person, "nl10"),
        new("nl21", "Shipment of lithium batteries by road, what ADR rules apply?", Person, "nl12"),
        new("nl21", "Documents douane pour un envoi vers la Suisse, quel code SH ?", Person, "nl13"),
        new("nl02", "Budget 2028 template, who owns the FP&A process?", Person, "nl16"),
        new("nl09", "Is VAT reverse charge applicable for our Norwegian supplier invoices?", Person, "nl17"),
        new("nl23", "GDPR question: can we keep driver GPS data for 2 years?", Person, "nl20"),
        new("nl22", "Need our standard NDA for a new retail client", Person, "nl20"),
        new("nl02", "Un salarié conteste son licenciement, quels risques aux prud'hommes ?", Person, "nl14"),
        new("nl10", "We need to hire 15 seasonal pickers for November", Group, "people"),
        new("nl05", "Can someone run a penetration test on our new customer portal before launch?", Person, "nl19"),
        new("nl03", "ISO 27001 audit next month, who can prepare the evidence?", Person, "nl19"),
        new("nl10", "Forklift near miss in aisle 12 this morning, how do I report it?", Person, "nl24"),
        new("nl11", "Qui forme les caristes à la sécurité chariot élévateur ?", Person, "nl24"),
        new("nl07", "Salesforce report for key accounts churn", Person, "nl21"),
        new("nl27", "Tender for a big retailer due Friday, need help with the pricing section", Person, "nl21"),
        new("nl01", "Roadmap review for the driver app, who owns it?", Person, "nl23"),
        new("nl08", "Need someone to review a Kafka consumer design", Person, "nl03"),
        new("nl17", "Besoin d'aide pour une formule Excel compliquée", Person, "nl16"),
        new("nl09", "Python expert needed to speed up a pandas job", Person, "nl26"),
        new("nl13", "SEO for the new website, who can help?", Person, "nl27"),
        new("nl05", "Who can fly our warehouse drone for inventory counts?", None, null),
        new("nl18", "Le VPN coupe toutes les 5 minutes", Group, "it-support"),
        new("nl15", "Erreur sur la DSN de mars, cotisations URSSAF mal calculées", Group, "people"),
        new("nl10", "WMS down in Lyon, night shift can't pick, need help now", Group, "it-support", Urgency.Critical, "2027-03-10T04:30:00+01:00"),
    ];
}
