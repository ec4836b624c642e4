using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// An Irish medical-device maker (catheters, infusion pumps) with a Boston software office and a few French and
/// German colleagues: English-speaking, regulated, service teams for IT, HR, finance, facilities and maintenance.
/// Written by hand for the evaluation.
/// </summary>
internal static class CorribMedical
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Galway (GMT).</summary>
    public const string DefaultAt = "2027-03-09T10:00:00Z";

    private const string Galway = "GMT Standard Time";

    public static TestTenant Tenant() => new TestTenant()
        .Person("cm01", "Siobhan Keane", "Chief Executive Officer", "Executive", language: "en-IE", zone: Galway, skills: ["Strategy:expert"])
        .Person("cm02", "Declan Murphy", "VP Operations", "Operations", language: "en-IE", zone: Galway, manager: "cm01",
            skills: ["Lean Six Sigma:expert", "Operational excellence:expert"])
        .Person("cm03", "Priya Raman", "Quality Director", "Quality", language: "en-GB", zone: Galway, manager: "cm01",
            skills: ["ISO 13485:expert:ask", "FDA 21 CFR 820:expert", "CAPA:advanced"], responsibilities: ["Quality management system", "Internal audit programme"])
        .Person("cm04", "Liam O'Brien", "Validation Engineer", "Quality", language: "en-IE", zone: Galway, manager: "cm03",
            skills: ["Process validation:expert", "IQ/OQ/PQ:expert", "Cleanroom qualification:advanced"])
        .Person("cm05", "Aoife Walsh", "Regulatory Affairs Manager", "Regulatory", language: "en-IE", zone: Galway, manager: "cm03", outOfOffice: "always",
            skills: ["EU MDR:expert:ask", "510(k) submissions:expert", "CE marking:advanced"])
        .Person("cm06", "Marc Dupont", "Regulatory Affairs Specialist", "Regulatory", language: "fr-FR", zone: "Romance Standard Time", manager: "cm03",
            skills: ["EU MDR:advanced", "Technical documentation:advanced"])
        .Person("cm07", "Conor Byrne", "Manufacturing Engineer", "Operations", language: "en-IE", zone: Galway, manager: "cm02",
            skills: ["Injection moulding:expert", "Process FMEA:advanced", "SolidWorks:general"])
        .Person("cm08", "Niamh Kelly", "Maintenance Lead", "Maintenance", language: "en-IE", zone: Galway, manager: "cm02", presence: "DoNotDisturb",
            skills: ["Preventive maintenance:expert", "Allen-Bradley PLC:advanced", "Pneumatics:advanced"])
        .Person("cm09", "Tomasz Nowak", "Automation Engineer", "Operations", language: "pl-PL", zone: Galway, manager: "cm02", hours: "06:00-14:00",
            skills: ["Allen-Bradley PLC:expert:ask", "Machine vision:expert", "Robotics:advanced"])
        .Person("cm10", "Rachel Green", "HR Manager", "People & Culture", language: "en-GB", zone: Galway, manager: "cm01",
            skills: ["Employment law:expert", "Employee relations:advanced"])
        .Person("cm11", "Fiona Doyle", "HR Coordinator", "People & Culture", language: "en-IE", zone: Galway, manager: "cm10",
            skills: ["Payroll:advanced"], responsibilities: ["Payroll queries", "Leave and absence"])
        .Person("cm12", "Brian Lynch", "Finance Director", "Finance", language: "en-IE", zone: Galway, manager: "cm01",
            skills: ["IFRS:expert", "Transfer pricing:advanced", "Treasury:advanced"])
        .Person("cm13", "Emma Ryan", "Financial Analyst", "Finance", language: "en-IE", zone: Galway, manager: "cm12",
            skills: ["Financial modelling:expert", "Excel:expert", "Power BI:advanced"])
        .Person("cm14", "Kevin Walsh", "Accounts Payable Clerk", "Finance", language: "en-IE", zone: Galway, manager: "cm12",
            responsibilities: ["Supplier invoices", "Expense claims"])
        .Person("cm15", "Sarah Chen", "IT Manager", "IT", language: "en-US", zone: Galway, manager: "cm12",
            skills: ["Azure:expert", "Intune:advanced", "Networking:advanced"])
        .Person("cm16", "Ciaran Flynn", "IT Support Analyst", "IT", language: "en-IE", zone: Galway, manager: "cm15",
            skills: ["Microsoft 365:advanced", "Hardware support:advanced"])
        .Person("cm17", "Anna Schmidt", "R&D Director", "R&D", language: "de-DE", zone: "W. Europe Standard Time", manager: "cm01",
            skills: ["Biomaterials:expert", "Catheter design:expert:ask"])
        .Person("cm18", "Patrick Hughes", "Senior R&D Engineer", "R&D", language: "en-IE", zone: Galway, manager: "cm17",
            skills: ["Finite element analysis:expert", "Catheter design:advanced", "Design controls:advanced"])
        .Person("cm19", "Megan Foley", "Test Engineer", "R&D", language: "en-IE", zone: Galway, manager: "cm17",
            skills: ["Mechanical testing:expert", "Test method validation:advanced", "Minitab:advanced"])
        .Person("cm20", "Jason Miller", "Software Engineer", "R&D", language: "en-US", zone: "Eastern Standard Time", hours: "09:00-17:30", manager: "cm17",
            skills: ["Embedded C:expert", "IEC 62304:advanced", "Python:advanced"])
        .Person("cm21", "Orla Brennan", "Supply Chain Manager", "Supply Chain", language: "en-IE", zone: Galway, manager: "cm02",
            skills: ["Demand planning:expert", "SAP MM:advanced", "Supplier management:advanced"])
        .Person("cm22", "Gareth Evans", "Buyer", "Supply Chain", language: "en-GB", zone: Galway, manager: "cm21",
            skills: ["Strategic sourcing:advanced", "Contract negotiation:general"])
        .Person("cm23", "Louise Martin", "Logistics Coordinator", "Supply Chain", language: "fr-FR", zone: Galway, manager: "cm21",
            skills: ["Customs:advanced", "Incoterms:advanced", "Cold chain shipping:general"])
        .Person("cm24", "David Cohen", "Legal Counsel", "Legal", language: "en-US", zone: Galway, manager: "cm01",
            skills: ["Commercial contracts:expert", "Intellectual property:advanced", "GDPR:advanced"])
        .Person("cm25", "Ellen Quinn", "Marketing Manager", "Marketing", language: "en-IE", zone: Galway, manager: "cm01",
            skills: ["Product marketing:expert", "Trade shows:advanced", "LinkedIn campaigns:advanced"])
        .Person("cm26", "Sean Gallagher", "EHS Officer", "EHS", language: "en-IE", zone: Galway, manager: "cm02",
            skills: ["Risk assessment:expert", "ISO 45001:advanced", "Chemical safety:advanced"])
        .Person("cm27", "Mark Twomey", "Quality Engineer", "Quality", language: "en-IE", zone: Galway, manager: "cm03", enabled: false,
            skills: ["CAPA:expert", "Root cause analysis:expert"])
        .Person("cm28", "Hannah Power", "Quality Engineer", "Quality", language: "en-IE", zone: Galway, manager: "cm03",
            skills: ["Root cause analysis:advanced", "Complaint handling:advanced", "CAPA:general"])
        .Person("cm29", "Rory Kavanagh", "Sales Director", "Sales", language: "en-IE", zone: Galway, manager: "cm01",
            skills: ["Key account management:expert", "Distributor management:advanced"])
        .Person("cm30", "Yuki Tanaka", "Data Scientist", "R&D", language: "en-GB", zone: Galway, manager: "cm17",
            skills: ["Machine learning:expert:ask", "Statistics:expert", "R:advanced"])
        .Team("it-desk", "IT Service Desk", "Raise IT tickets here: passwords, MFA, laptops, Teams/Outlook issues, printers, VPN and software installs.", ["General", "IT Requests"], ["cm15", "cm16"])
        .Team("people", "People & Culture", "HR support: payroll, leave, benefits, pension, training, onboarding and employment letters.", ["General", "HR Helpdesk"], ["cm10", "cm11"])
        .Team("fin-ops", "Finance Ops", "Accounts payable, supplier invoices, expense claims and purchase orders.", ["General", "Finance Requests"], ["cm12", "cm14"])
        .Team("facilities", "Facilities & EHS", "Building issues, access cards, meeting rooms, parking, canteen; report workplace accidents and near misses here.", ["General", "Facilities Requests"], ["cm26"])
        .Team("maintenance", "Maintenance", "Production equipment breakdowns and maintenance work orders.", ["General", "Work Orders"], ["cm08", "cm09"])
        .Team("quality-cop", "Quality Community of Practice", "Community of practice for quality engineers: share tips, webinars and articles.", ["General"], ["cm03", "cm28"])
        .Team("phoenix", "Project Phoenix", "Project team for the new cleanroom expansion.", ["General"], ["cm04", "cm02"])
        .Team("social", "Galway Social Club", "Five-a-side football, quiz nights and the Christmas party.", ["General"])
        .Load("cm30", 2, 2)
        .Load("cm13", 3, 5)
        .Load("cm24", 1, 5);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("cm19", "I'm locked out of my account after the password change, can't log in", Group, "it-desk"),
        new("cm07", "MFA prompts keep failing on my new phone", Group, "it-desk"),
        new("cm14", "printer on the 1st floor keeps jamming", Group, "it-desk"),
        new("cm07", "When will I get my P60? also my last payslip shows the wrong tax credit", Group, "people"),
        new("cm23", "How many annual leave days do I have left?", Group, "people"),
        new("cm02", "Can someone review our PFMEA for the new catheter tipping process?", Person, "cm07"),
        new("cm07", "We need to validate the new sealing machine, IQ OQ PQ protocol help please", Person, "cm04"),
        new("cm18", "question on EU MDR classification for our new guidewire", Person, "cm06"),
        new("cm02", "The Allen Bradley PLC on line 3 faulted, HMI shows a major fault, urgent", Person, "cm09", Urgency.High),
        new("cm02", "Line 2 PLC keeps faulting on startup, need someone now", Group, "maintenance", Urgency.High, "2027-03-09T15:30:00Z"),
        new("cm02", "Need help with a Power BI dashboard for scrap rates", Person, "cm13"),
        new("cm28", "Can anyone help with a logistic regression in R for our complaint data?", Person, "cm19"),
        new("cm21", "Supplier invoice from Medline still unpaid after 60 days, they're threatening to stop deliveries", Group, "fin-ops"),
        new("cm29", "How do I submit my expense claim for the Dusseldorf trip?", Group, "fin-ops"),
        new("cm21", "Need a PO raised for 500 sterile pouches", Group, "fin-ops"),
        new("cm19", "Heating is off in the R&D lab, it's freezing", Group, "facilities"),
        new("cm16", "lost my access card", Group, "facilities"),
        new("cm23", "Near miss in the warehouse: pallet fell from the racking", Group, "facilities"),
        new("cm07", "Risk assessment needed for the new solvent cleaning station", Person, "cm26"),
        new("cm02", "Labour law question: can we change shift patterns without consultation?", Person, "cm10"),
        new("cm29", "Can legal look at an NDA from a US distributor?", Person, "cm24"),
        new("cm21", "Liability cap clause in the Stryker supply agreement - is 1x annual fees acceptable?", Person, "cm24"),
        new("cm18", "We want to patent the new tip geometry, who handles patents?", Person, "cm24"),
        new("cm17", "FEA on the hub under torque, anyone with Abaqus/ANSYS experience?", Person, "cm18"),
        new("cm18", "Tensile testing of bonded joints - need a test method", Person, "cm19"),
        new("cm18", "Embedded firmware bug on the pump controller, watchdog resets", Person, "cm20"),
        new("cm17", "URGENT firmware crash on the infusion pump prototype before the FDA demo", None, null, Urgency.Critical),
        new("cm29", "Customs paperwork for shipping samples to Japan - which HS code?", Person, "cm23"),
        new("cm13", "Forecast for Q3 demand looks off, can someone check the planning parameters in SAP?", Person, "cm21"),
        new("cm07", "Looking for someone to negotiate a new resin supplier contract", Person, "cm22"),
        new("cm29", "Complaint from a hospital: catheter kinked during use, need to open a CAPA", Person, "cm28"),
        new("cm02", "Root cause analysis for the leak failures on lot 2231", Person, "cm28"),
        new("cm03", "New starter joining Monday, need laptop and accounts set up", Group, "it-desk"),
        new("cm12", "Outlook keeps crashing when I open a shared calendar", Group, "it-desk"),
        new("cm20", "VPN drops every 10 min when working from home", Group, "it-desk"),
        new("cm07", "Who can help with machine vision inspection of the tip - too many false rejects", Person, "cm09"),
        new("cm18", "Pension contribution change - where do I do that?", Group, "people"),
        new("cm03", "Book the boardroom for the FDA audit next week", Group, "facilities"),
        new("cm18", "Stats help: sample size for design verification with 95/95 confidence", Person, "cm19"),
        new("cm06", "Need to translate the IFU into Polish", None, null),
        new("cm13", "Transfer pricing documentation for the US subsidiary", Person, "cm12"),
        new("cm29", "Trade show booth for MEDICA in Dusseldorf, who organises?", Person, "cm25"),
        new("cm03", "Cleanroom particle counts out of spec in the ISO 7 area", Person, "cm04"),
        new("cm30", "Can someone explain IEC 62304 software safety classes?", Person, "cm20"),
        new("cm25", "Intune won't enrol my new iPhone", Group, "it-desk"),
        new("cm16", "quick q - is the canteen open on bank holiday monday?", Group, "facilities"),
        new("cm04", "Need someone who knows SolidWorks to update the fixture drawing", Person, "cm07"),
        new("cm19", "ISO 13485 internal audit schedule - who owns it?", Person, "cm03"),
        new("cm29", "Our distributor in France wants exclusivity, what are the risks?", Person, "cm24"),
        new("cm02", "Moldflow simulation for the new hub part, where should the gate go?", Person, "cm07"),
        new("cm19", "Is there a Python expert who can help automate our test reports?", Person, "cm20"),
    ];
}
