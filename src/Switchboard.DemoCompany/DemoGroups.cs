namespace Switchboard.DemoCompany;

/// <summary>What a group is for. Only <see cref="Service"/> groups take requests; the others exist because real tenants are full of them.</summary>
internal enum DemoGroupKind
{
    Service,
    Social,
    Project,
    Department,
    DistributionList,
}

internal sealed record DemoChannel(string DisplayName, string Description);

/// <summary>
/// A group of the demo tenant. Members come from <see cref="Teams"/> (service, project, department groups),
/// from people sharing an <see cref="Interest"/> (clubs), or from a <see cref="Site"/>.
/// </summary>
internal sealed record DemoGroup(
    string Nickname,
    string DisplayName,
    string Description,
    DemoGroupKind Kind,
    bool IsTeam,
    IReadOnlyList<DemoChannel> Channels,
    IReadOnlyList<string> Teams,
    string? Interest = null,
    string? Site = null);

internal static class DemoGroups
{
    private static readonly DemoChannel General = new("General", "");

    private static DemoChannel Requests(string name) =>
        new(name, "Déposez ici vos demandes, une par message. Post your requests here, one per message.");

    public static IReadOnlyList<DemoGroup> All { get; } =
    [
        new("it-helpdesk", "IT Help Desk",
            "Support informatique : comptes, mots de passe, MFA, VPN, ordinateurs portables, imprimantes, Teams et Outlook. "
            + "IT support for accounts, passwords, MFA, VPN, laptops, printers, Teams and Outlook.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["it-servicedesk"]),
        new("sap-support", "SAP & Business Applications Support",
            "Support SAP : accès et rôles SAP, erreurs de transaction, demandes d'évolution de l'ERP. "
            + "SAP support: SAP access and roles, transaction errors and ERP change requests.",
            DemoGroupKind.Service, true, [General, Requests("Demandes")], ["it-erp"]),
        new("soc", "Security Operations Center",
            "Incidents de sécurité, e-mails suspects ou d'hameçonnage (phishing), logiciels malveillants, appareil perdu ou volé. "
            + "Security incidents, suspicious or phishing emails, malware, lost or stolen devices.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["sec-soc"]),
        new("paie", "Service Paie / Payroll Services",
            "Fiches de paie et bulletins de salaire, virement du salaire, heures supplémentaires, primes, prélèvement à la source. "
            + "Payslips, salary payments, overtime, bonuses and payroll tax questions.",
            DemoGroupKind.Service, true, [General, Requests("Demandes")], ["pay-fr", "pay-intl"]),
        new("hr-services", "HR Services",
            "Services RH : attestations employeur, soldes de congés, mutuelle, inscriptions aux formations, arrivées et départs. "
            + "HR services: employment certificates, leave balances, health insurance, training enrolment, joiners and leavers.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["hr-services"]),
        new("services-generaux", "Services généraux / Facilities",
            "Badges et accès aux bâtiments, salles de réunion, parking, chauffage et climatisation, pannes et réparations dans les locaux. "
            + "Badges and building access, meeting rooms, parking, heating and air conditioning, building repairs.",
            DemoGroupKind.Service, true, [General, Requests("Demandes")], ["fac-workplace", "fac-maintenance"]),
        new("legal-contracts", "Legal - Contracts Desk",
            "Relecture des accords de confidentialité (NDA) et des contrats standard clients et fournisseurs. "
            + "Review of NDAs and standard customer and supplier contracts.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["legal-contracts"]),
        new("purchasing-desk", "Purchasing Desk",
            "Achats : bons de commande, création de fournisseurs, demandes de devis, achats sur catalogue. "
            + "Procurement: purchase orders, new supplier creation, quote requests and catalogue purchases.",
            DemoGroupKind.Service, true, [General, Requests("Demandes")], ["proc-indirect"]),
        new("finance-expenses", "Finance - Expenses & Payables",
            "Notes de frais, carte affaires, remboursements, factures fournisseurs et paiements. "
            + "Expense reports, corporate cards, reimbursements, supplier invoices and payments.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["fin-accounting"]),
        new("ehs-desk", "EHS Desk",
            "Santé, sécurité, environnement : déclaration d'accident ou de presque-accident, équipements de protection individuelle (EPI), formations sécurité, produits chimiques. "
            + "Health and safety: accident and near-miss reports, PPE, safety training, chemical approvals.",
            DemoGroupKind.Service, true, [General, Requests("Demandes")], ["ehs"]),
        new("bi-support", "BI & Reporting Support",
            "Accès aux rapports Power BI, nouveaux tableaux de bord, questions sur les indicateurs. "
            + "Power BI report access, new dashboards and questions about KPIs.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["data-bi"]),
        new("logistics-desk", "Logistics Desk",
            "Expéditions, envoi de colis et coursiers, transport, réception de marchandises. "
            + "Shipments, parcels and couriers, freight and goods receipt.",
            DemoGroupKind.Service, true, [General, Requests("Requests")], ["sc-logistics"]),

        new("afterwork-lyon", "Afterwork Lyon",
            "Verres, sorties et bonne humeur après le travail à Lyon. Drinks and outings after work in Lyon.",
            DemoGroupKind.Social, true, [General, new("Sorties", "Les prochaines sorties. Upcoming outings.")], [], Site: "lyon"),
        new("running-club", "Running Club",
            "Club de course à pied : sorties chaque semaine et courses ensemble. Weekly runs, races and training plans.",
            DemoGroupKind.Social, true, [General, new("Races & training", "Race sign-ups and training plans.")], [], Interest: "Running"),
        new("photo-club", "Photo Club",
            "Partagez vos photos et rejoignez nos balades photo mensuelles. Share your pictures and join our monthly photo walks.",
            DemoGroupKind.Social, false, [], [], Interest: "Photography"),
        new("board-games", "Board Games & Chess",
            "Soirées jeux de société et échecs. Board game nights and lunchtime chess.",
            DemoGroupKind.Social, false, [], [], Interest: "Board games"),

        new("project-orion", "Project Orion - Next-generation pump platform",
            "Projet Orion : nouvelle plateforme de pompes connectées, conception, essais et industrialisation. "
            + "Project space for the next-generation connected pump: design, testing and industrialisation.",
            DemoGroupKind.Project, true,
            [General, new("Design reviews", "Design review minutes."), new("Test results", "Endurance and performance test results.")],
            ["rd-mech", "rd-sim", "rd-elec", "sw-embedded", "q-systems", "ops-process"]),
        new("s4-migration", "S/4HANA Migration",
            "Programme de migration vers SAP S/4HANA : planning, reprise des données, bascule. "
            + "SAP S/4HANA migration programme: plan, data migration and cutover.",
            DemoGroupKind.Project, true,
            [General, new("Change requests", "Scope changes for the migration programme."), new("Cutover", "Cutover weekend planning.")],
            ["it-erp", "fin-accounting", "sc-planning", "data-eng"]),
        new("iso14001-2027", "ISO 14001 Certification 2027",
            "Préparation de la certification ISO 14001 des sites de Lyon et Stuttgart. Preparing ISO 14001 certification for Lyon and Stuttgart.",
            DemoGroupKind.Project, false, [], ["ehs", "q-systems", "fac-maintenance"]),

        new("it-department", "IT Department",
            "Espace d'équipe de la DSI : actualités, réunions et documents. Team space of the IT department: news, meetings and documents.",
            DemoGroupKind.Department, true, [General, new("Announcements", "News from the CIO.")],
            ["it-servicedesk", "it-infra", "it-erp", "it-workplace"]),
        new("all-lyon", "All Staff Lyon",
            "Liste de diffusion de tous les collaborateurs du site de Lyon. Distribution list for everyone at the Lyon site.",
            DemoGroupKind.DistributionList, false, [], [], Site: "lyon"),
    ];
}
