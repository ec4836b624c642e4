using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A SaaS company (most people are engineers, offices in London and Montréal): English with some Québec French,
/// developer slang and abbreviations. Written by hand as a fourth hold-out after the construction fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class BrightwaveSoftware
{
    /// <summary>Tuesday 16 March 2027, 15:00 in London (11:00 in Montréal).</summary>
    public const string DefaultAt = "2027-03-16T15:00:00Z";

    private const string London = "GMT Standard Time";
    private const string Montreal = "Eastern Standard Time";

    public static TestTenant Tenant() => new TestTenant()
        .Person("bw01", "Grace Okafor", "CEO", "Leadership", language: "en-GB", zone: London, skills: ["Fundraising:expert"])
        .Person("bw02", "Daniel Tremblay", "CTO", "Engineering", language: "fr-CA", zone: Montreal, manager: "bw01", skills: ["Distributed systems:expert", "Go:advanced"])
        .Person("bw03", "Priya Nair", "Staff Engineer", "Engineering", language: "en-GB", zone: London, manager: "bw02", skills: ["Go:expert:ask", "gRPC:expert", "PostgreSQL:advanced"])
        .Person("bw04", "Tom Walsh", "Backend Engineer", "Engineering", language: "en-GB", zone: London, manager: "bw03", skills: ["Go:advanced", "Redis:advanced", "Kafka:general"])
        .Person("bw05", "Chloé Gagnon", "Frontend Engineer", "Engineering", language: "fr-CA", zone: Montreal, manager: "bw02", skills: ["React:expert", "TypeScript:expert", "Next.js:advanced"])
        .Person("bw06", "Marcus Lee", "Frontend Engineer", "Engineering", language: "en-GB", zone: London, manager: "bw02", skills: ["React:advanced", "CSS:expert", "Accessibility:expert:ask"])
        .Person("bw07", "Olu Adeyemi", "Mobile Engineer", "Engineering", language: "en-GB", zone: London, manager: "bw02", skills: ["Swift:expert", "Kotlin:advanced", "React Native:general"])
        .Person("bw08", "Sam Patel", "Platform Engineer", "Platform", language: "en-GB", zone: London, manager: "bw02", skills: ["Kubernetes:expert:ask", "Terraform:expert", "GCP:advanced"])
        .Person("bw09", "Étienne Roy", "Platform Engineer", "Platform", language: "fr-CA", zone: Montreal, manager: "bw08", skills: ["Kubernetes:advanced", "Helm:advanced", "Observability:advanced"])
        .Person("bw10", "Hannah Brooks", "SRE", "Platform", language: "en-GB", zone: London, manager: "bw08", outOfOffice: "always", skills: ["Incident response:expert", "Prometheus:expert", "PagerDuty:advanced"])
        .Person("bw11", "Ravi Kumar", "Data Engineer", "Data", language: "en-GB", zone: London, manager: "bw02", skills: ["dbt:expert", "BigQuery:expert", "Airflow:advanced"])
        .Person("bw12", "Léa Côté", "Data Scientist", "Data", language: "fr-CA", zone: Montreal, manager: "bw11", skills: ["Machine learning:expert", "Python:expert", "A/B testing:advanced"])
        .Person("bw13", "Jack Murphy", "Security Engineer", "Security", language: "en-GB", zone: London, manager: "bw02", skills: ["Application security:expert", "SOC 2:expert", "Penetration testing:advanced"])
        .Person("bw14", "Emily Chen", "QA Engineer", "Engineering", language: "en-GB", zone: London, manager: "bw03", skills: ["Playwright:expert", "Test automation:expert", "Load testing:advanced"])
        .Person("bw15", "Noah Fraser", "Product Manager", "Product", language: "en-GB", zone: London, manager: "bw01", skills: ["Product discovery:expert", "Roadmapping:advanced"])
        .Person("bw16", "Isabelle Lavoie", "Product Designer", "Product", language: "fr-CA", zone: Montreal, manager: "bw15", skills: ["Figma:expert", "UX research:advanced", "Design systems:advanced"])
        .Person("bw17", "Oliver Grant", "Head of Sales", "Sales", language: "en-GB", zone: London, manager: "bw01", skills: ["Enterprise sales:expert", "Negotiation:advanced"])
        .Person("bw18", "Maya Singh", "Solutions Engineer", "Sales", language: "en-GB", zone: London, manager: "bw17", skills: ["Pre-sales demos:expert", "API integrations:advanced", "Salesforce:general"])
        .Person("bw19", "Zoe Clarke", "Customer Success Manager", "Customer Success", language: "en-GB", zone: London, manager: "bw17", skills: ["Customer onboarding:expert", "Churn analysis:advanced"])
        .Person("bw20", "Ben Harris", "Finance Manager", "Finance", language: "en-GB", zone: London, manager: "bw01", skills: ["SaaS metrics:expert", "Revenue recognition:expert", "Xero:advanced"])
        .Person("bw21", "Amélie Bouchard", "Comptable", "Finance", language: "fr-CA", zone: Montreal, manager: "bw20", skills: ["Comptes fournisseurs:advanced", "TPS/TVQ:advanced"])
        .Person("bw22", "Lucy Evans", "People Partner", "People", language: "en-GB", zone: London, manager: "bw01", skills: ["Employee relations:expert", "UK employment law:advanced"])
        .Person("bw23", "Mohamed Ali", "Talent Acquisition Lead", "People", language: "en-GB", zone: London, manager: "bw22", skills: ["Technical recruiting:expert", "Employer branding:advanced"])
        .Person("bw24", "Kate Thompson", "Legal Counsel", "Legal", language: "en-GB", zone: London, manager: "bw01", skills: ["SaaS contracts:expert", "GDPR:expert:ask", "IP licensing:advanced"])
        .Person("bw25", "Ryan O'Neill", "IT Administrator", "IT", language: "en-GB", zone: London, manager: "bw20", skills: ["Google Workspace:expert", "Okta:expert", "MacOS:advanced"])
        .Person("bw26", "Sophie Martin", "Marketing Manager", "Marketing", language: "en-GB", zone: London, manager: "bw01", skills: ["Content marketing:expert", "SEO:advanced", "Webinars:advanced"])
        .Person("bw27", "Alex Kim", "Backend Engineer", "Engineering", language: "en-GB", zone: London, manager: "bw03", enabled: false, skills: ["Go:expert", "gRPC:expert", "Kafka:expert"])
        .Person("bw28", "Nina Rossi", "Engineering Manager", "Engineering", language: "en-GB", zone: London, manager: "bw02", presence: "DoNotDisturb", skills: ["Kafka:expert", "Team leadership:advanced"])
        .Team("it-help", "IT Help", "Laptops, Okta and Google accounts, MFA, VPN, software licences and SaaS access requests.", ["General", "it-requests"], ["bw25"])
        .Team("people-ops", "People Ops", "Payroll, holidays, benefits, pension, visas and onboarding questions. Questions RH (Montréal) bienvenues.", ["General", "ask-people"], ["bw22", "bw23"])
        .Team("finance-ops", "Finance Ops", "Expenses, invoices, card requests and purchase approvals.", ["General", "finance-requests"], ["bw20", "bw21"])
        .Team("workplace", "Workplace", "London and Montréal offices: desks, access fobs, meeting rooms, snacks, post.", ["General", "workplace-requests"])
        .Team("security-team", "Security", "Report phishing, lost devices, suspicious logins and security incidents.", ["General", "report-security"], ["bw13"])
        .Team("oncall", "Platform On-call", "Production incidents, outages and paging for the platform.", ["General", "incidents"], ["bw08", "bw09", "bw10"])
        .Team("book-club", "Book Club", "Monthly book club and reading recommendations.", ["General"])
        .Team("hackweek", "Hackweek 2027", "Project space for hackweek teams.", ["General"])
        .Load("bw03", 4, 4)
        .Load("bw08", 1, 5);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("bw14", "Okta keeps asking me to re-enroll MFA", Group, "it-help"),
        new("bw05", "mon laptop ne démarre plus après la mise à jour macOS", Group, "it-help"),
        new("bw19", "I need a Figma licence", Group, "it-help"),
        new("bw26", "got a weird DocuSign email asking me to log in, phishing?", Group, "security-team"),
        new("bw07", "left my work laptop in a taxi last night", Group, "security-team"),
        new("bw04", "when is payday this month?", Group, "people-ops"),
        new("bw12", "Comment demander mes vacances d'été ?", Group, "people-ops"),
        new("bw18", "How do I expense my train tickets to the Manchester client?", Group, "finance-ops"),
        new("bw15", "need approval for a 2k purchase of user research incentives", Group, "finance-ops"),
        new("bw06", "can I get a desk near the window in the London office?", Group, "workplace"),
        new("bw11", "my access fob stopped working", Group, "workplace"),
        new("bw19", "the app is down for all EU customers!!", Group, "oncall", Urgency.Critical),
        new("bw04", "gRPC streaming call times out after 30s, any expert?", None, null),
        new("bw17", "who knows our Go services well enough to review a PR?", Person, "bw04"),
        new("bw15", "React hydration errors on the dashboard page", Person, "bw05"),
        new("bw19", "customer says our app is not accessible with a screen reader", Person, "bw06"),
        new("bw15", "iOS build fails on the new Xcode", Person, "bw07"),
        new("bw04", "need help with a Helm chart for the new worker", Person, "bw08"),
        new("bw03", "Terraform state lock stuck on the staging workspace", Person, "bw08"),
        new("bw26", "Can someone explain our Prometheus alerting rules?", Person, "bw09"),
        new("bw20", "dbt model for MRR by cohort is wrong", Person, "bw11"),
        new("bw15", "Need someone to analyse our last A/B test results", Person, "bw12"),
        new("bw17", "Enterprise prospect wants our SOC 2 report and a security questionnaire filled", Person, "bw13"),
        new("bw03", "flaky Playwright tests in CI, who can help?", Person, "bw14"),
        new("bw01", "who owns the roadmap for the reporting module?", Person, "bw15"),
        new("bw05", "Need a designer to review the new onboarding flow in Figma", Person, "bw16"),
        new("bw26", "big enterprise deal, they push back on price, help negotiating", Person, "bw17"),
        new("bw17", "prospect asks how our REST API integrates with Salesforce", Person, "bw18"),
        new("bw26", "customer churn went up last quarter, who can dig into it?", Person, "bw19"),
        new("bw17", "How do we recognise revenue on multi-year prepaid contracts?", Person, "bw20"),
        new("bw20", "question sur la TPS/TVQ pour une facture d'un fournisseur québécois", Person, "bw21"),
        new("bw28", "one of my reports wants to raise a grievance, what's the process?", Person, "bw22"),
        new("bw02", "we need to hire two senior Go engineers fast", Group, "people-ops"),
        new("bw18", "customer wants changes to our MSA liability clause", Person, "bw24"),
        new("bw12", "Can we use customer data to train our ML model under GDPR?", Person, "bw24"),
        new("bw04", "Kafka consumer lag keeps growing on the events topic", Person, "bw28"),
        new("bw01", "Need someone to write a blog post about our launch", Person, "bw26"),
        new("bw09", "visa sponsorship for a new hire moving to London", Group, "people-ops"),
        new("bw16", "is there anyone who speaks Japanese for a customer call?", None, null),
        new("bw19", "Salesforce dashboard for renewals is broken", Person, "bw18"),
        new("bw06", "load test the checkout API before Black Friday", Person, "bw14"),
    ];
}
