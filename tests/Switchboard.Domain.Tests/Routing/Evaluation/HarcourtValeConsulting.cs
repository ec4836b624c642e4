using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A management and engineering consultancy (London, Edinburgh, Paris): English with some French, consultants on client sites,
/// timesheets, proposals and billing. Written by hand as a seventh hold-out after the hospital fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class HarcourtValeConsulting
{
    /// <summary>Thursday 25 March 2027, 10:00 in London.</summary>
    public const string DefaultAt = "2027-03-25T10:00:00Z";

    private const string London = "GMT Standard Time";

    public static TestTenant Tenant() => new TestTenant()
        .Person("hv01", "Edward Harcourt", "Managing Partner", "Partners", language: "en-GB", zone: London, skills: ["Client relationships:expert"])
        .Person("hv02", "Fiona MacLeod", "Partner, Operations Practice", "Partners", language: "en-GB", zone: London, manager: "hv01", skills: ["Operations strategy:expert", "Lean Six Sigma:advanced"])
        .Person("hv03", "Raj Malhotra", "Senior Manager", "Operations Practice", language: "en-GB", zone: London, manager: "hv02", skills: ["Supply chain transformation:expert:ask", "S&OP:expert"])
        .Person("hv04", "Claire Dubois", "Manager", "Operations Practice", language: "fr-FR", zone: "Romance Standard Time", manager: "hv02", skills: ["Procurement transformation:advanced", "Spend analysis:expert"])
        .Person("hv05", "Tom Baker", "Consultant", "Operations Practice", language: "en-GB", zone: London, manager: "hv03", skills: ["Excel modelling:expert", "Alteryx:advanced"])
        .Person("hv06", "Amira Hassan", "Partner, Digital Practice", "Partners", language: "en-GB", zone: London, manager: "hv01", skills: ["Digital strategy:expert", "Cloud migration:advanced"])
        .Person("hv07", "Ben Carter", "Senior Manager", "Digital Practice", language: "en-GB", zone: London, manager: "hv06", outOfOffice: "2027-03-22T00:00..2027-04-02T00:00", skills: ["Data strategy:expert", "Power BI:expert"])
        .Person("hv08", "Lucie Martin", "Consultant", "Digital Practice", language: "fr-FR", zone: "Romance Standard Time", manager: "hv07", skills: ["Power BI:advanced", "Python:advanced", "SQL:advanced"])
        .Person("hv09", "Greg Wilson", "Senior Consultant", "Digital Practice", language: "en-GB", zone: London, manager: "hv07", skills: ["Agile delivery:expert", "Scrum:expert", "Jira:advanced"])
        .Person("hv10", "Hannah Reid", "Manager", "People Practice", language: "en-GB", zone: London, manager: "hv01", skills: ["Change management:expert:ask", "Organisation design:expert"])
        .Person("hv11", "Olivia Grant", "Bid Manager", "Business Development", language: "en-GB", zone: London, manager: "hv01", skills: ["Proposal writing:expert", "Public sector bids:expert"])
        .Person("hv12", "James Cole", "Knowledge Manager", "Business Development", language: "en-GB", zone: London, manager: "hv11", skills: ["Case studies:advanced", "Credentials database:expert"])
        .Person("hv13", "Sarah Lee", "Finance Director", "Finance", language: "en-GB", zone: London, manager: "hv01", skills: ["Project accounting:expert", "Revenue recognition:advanced"])
        .Person("hv14", "Paul Evans", "Billing Analyst", "Finance", language: "en-GB", zone: London, manager: "hv13", skills: ["Client invoicing:expert", "Timesheet reconciliation:advanced"])
        .Person("hv15", "Nadia Petrova", "Resource Manager", "Operations", language: "en-GB", zone: London, manager: "hv01", skills: ["Staffing:expert", "Capacity planning:advanced"])
        .Person("hv16", "Mark Stewart", "IT Manager", "IT", language: "en-GB", zone: London, manager: "hv13", skills: ["Microsoft 365:expert", "Endpoint management:advanced"])
        .Person("hv17", "Emily Turner", "HR Business Partner", "People", language: "en-GB", zone: London, manager: "hv01", skills: ["Employee relations:expert", "Performance management:advanced"])
        .Person("hv18", "David Roy", "General Counsel", "Legal", language: "en-GB", zone: London, manager: "hv01", skills: ["Consulting contracts:expert", "Professional indemnity:advanced", "GDPR:advanced"])
        .Person("hv19", "Sophie Laurent", "Travel Coordinator", "Operations", language: "fr-FR", zone: "Romance Standard Time", manager: "hv15", responsibilities: ["Travel bookings", "Client site logistics"])
        .Person("hv20", "Alan Brooks", "Principal Engineer", "Engineering Practice", language: "en-GB", zone: London, manager: "hv01", skills: ["Asset management:expert", "ISO 55000:expert", "Reliability engineering:advanced"])
        .Person("hv21", "Ines Costa", "Engineer", "Engineering Practice", language: "pt-PT", zone: London, manager: "hv20", enabled: false, skills: ["Reliability engineering:expert", "FMEA:expert"])
        .Person("hv22", "Jack Murray", "Engineer", "Engineering Practice", language: "en-GB", zone: London, manager: "hv20", presence: "DoNotDisturb", skills: ["FMEA:advanced", "Maintenance strategy:advanced"])
        .Person("hv23", "Chloe Adams", "Marketing Manager", "Marketing", language: "en-GB", zone: London, manager: "hv01", skills: ["Thought leadership:expert", "Events:advanced", "LinkedIn:advanced"])
        .Person("hv24", "Victor Nguyen", "Data Scientist", "Digital Practice", language: "en-GB", zone: London, manager: "hv06", skills: ["Machine learning:expert", "Forecasting:expert"])
        .Person("hv25", "Rachel Hughes", "Consultant", "People Practice", language: "en-GB", zone: London, manager: "hv10", skills: ["Stakeholder engagement:advanced", "Training design:expert"])
        .Team("it-desk", "IT Desk", "Laptops, Microsoft 365 accounts, MFA, VPN, printers and software requests.", ["General", "IT requests"], ["hv16"])
        .Team("people-team", "People Team", "Payroll, holidays, benefits, pension, parental leave and HR letters.", ["General", "People requests"], ["hv17"])
        .Team("finance-team", "Finance", "Expenses, timesheets, client invoices and purchase orders.", ["General", "Finance requests"], ["hv13", "hv14"])
        .Team("office", "Office Services", "Desks, meeting rooms, building passes, post and catering for client workshops.", ["General", "Office requests"])
        .Team("bid-desk", "Bid Desk", "Proposal support: bid reviews, credentials, CVs and case studies for tenders.", ["General", "Bid requests"], ["hv11", "hv12"])
        .Team("running", "HV Runners", "Running club and charity runs.", ["General"])
        .Team("proj-atlas", "Atlas programme", "Project team for the Atlas client programme.", ["General"], ["hv03", "hv05"])
        .Load("hv03", 4, 4)
        .Load("hv24", 1, 5);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("hv05", "my laptop keeps freezing during client calls", Group, "it-desk"),
        new("hv08", "je n'arrive pas à me connecter au VPN depuis le site client", Group, "it-desk"),
        new("hv09", "need Visio installed for a process mapping workshop", Group, "it-desk"),
        new("hv25", "how many holiday days can I carry over to next year?", Group, "people-team"),
        new("hv08", "question sur mon bulletin de paie de mars", Group, "people-team"),
        new("hv05", "how do I claim my hotel and train for the Leeds engagement?", Group, "finance-team"),
        new("hv09", "I forgot to submit last week's timesheet, is it too late?", Group, "finance-team"),
        new("hv23", "need a room for 20 people with catering for a client workshop", Group, "office"),
        new("hv05", "need CVs and case studies for a rail tender due Monday", Group, "bid-desk"),
        new("hv02", "client wants a supply chain diagnostic, who has done S&OP work?", Person, "hv15"),
        new("hv06", "spend analysis for a retail client's indirect procurement", Person, "hv04"),
        new("hv02", "complex Excel model for a warehouse network, who can build it?", Person, "hv05"),
        new("hv09", "Power BI dashboard for the client steering committee", Person, "hv08"),
        new("hv10", "need an agile coach for a client team struggling with Scrum", Person, "hv09"),
        new("hv06", "client reorganisation: who knows organisation design?", Person, "hv10"),
        new("hv01", "writing the proposal for the NHS framework, need a bid writer", Person, "hv11"),
        new("hv04", "how do we recognise revenue on a fixed-price engagement?", Person, "hv13"),
        new("hv09", "client says our invoice has the wrong PO number", Group, "finance-team"),
        new("hv02", "who is free to staff a 6-week engagement in Manchester from April?", Person, "hv15"),
        new("hv10", "one of my consultants is underperforming, how to handle it?", Person, "hv17"),
        new("hv06", "client wants unlimited liability in the consulting contract", Person, "hv18"),
        new("hv05", "book flights and hotel for the Lisbon client site next week", Person, "hv19"),
        new("hv06", "asset management maturity assessment for a water utility", Person, "hv20"),
        new("hv20", "FMEA facilitation for a client's pumping station", Person, "hv22"),
        new("hv01", "thought leadership article on AI in operations, who can draft it?", Person, "hv23"),
        new("hv03", "demand forecasting model for a client's spare parts", Person, "hv24"),
        new("hv10", "design a training programme for client supervisors", Person, "hv25"),
        new("hv04", "how do I get a building pass for the Edinburgh office?", Group, "office"),
        new("hv08", "Is our professional indemnity cover enough for this contract?", Person, "hv18"),
        new("hv09", "Teams keeps crashing when I share my screen", Group, "it-desk"),
        new("hv12", "parental leave policy, how many weeks are paid?", Group, "people-team"),
        new("hv25", "expense claim rejected, why?", Group, "finance-team"),
        new("hv02", "cloud migration strategy for a bank, who has experience?", Person, "hv06"),
        new("hv05", "need a Python script to clean the client's data extract", Person, "hv08"),
        new("hv01", "anyone who speaks Mandarin for a client dinner?", None, null),
        new("hv23", "GDPR question about storing client workshop photos", Person, "hv18"),
        new("hv06", "data strategy review for an insurer, Ben's expertise needed", Person, "hv06"),
        new("hv17", "change management plan for a merger integration", Person, "hv10"),
        new("hv11", "who can check the credentials database for past rail projects?", Person, "hv12"),
        new("hv02", "reliability engineering review of a client's fleet", Person, "hv20"),
        new("hv09", "lost my phone on the train, it has client emails on it", Group, "it-desk"),
    ];
}
