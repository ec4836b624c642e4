using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A renewable energy producer (wind and solar farms in the UK and France, a trading desk, field technicians): English with
/// some French. Written by hand as an eighth hold-out after the consulting fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class NorthbridgeEnergy
{
    /// <summary>Monday 29 March 2027, 09:00 in Glasgow (summer time).</summary>
    public const string DefaultAt = "2027-03-29T08:00:00Z";

    private const string Uk = "GMT Standard Time";

    public static TestTenant Tenant() => new TestTenant()
        .Person("nb01", "Alison Reid", "Chief Executive", "Executive", language: "en-GB", zone: Uk, skills: ["Energy policy:expert"])
        .Person("nb02", "Callum Fraser", "Head of Operations", "Operations", language: "en-GB", zone: Uk, manager: "nb01", skills: ["Wind farm operations:expert", "Asset performance:advanced"])
        .Person("nb03", "Iain McKenzie", "Senior Wind Technician", "Operations", language: "en-GB", zone: Uk, manager: "nb02", hours: "07:00-15:30", skills: ["Wind turbine maintenance:expert:ask", "Gearbox inspection:expert", "Working at height:advanced"])
        .Person("nb04", "Rhona Campbell", "Wind Technician", "Operations", language: "en-GB", zone: Uk, manager: "nb03", hours: "07:00-15:30", skills: ["Wind turbine maintenance:advanced", "Blade inspection:advanced"])
        .Person("nb05", "Julien Bernard", "Responsable parcs solaires", "Operations", language: "fr-FR", zone: "Romance Standard Time", manager: "nb02", skills: ["Centrales photovoltaïques:expert", "Onduleurs:expert"])
        .Person("nb06", "Priya Shah", "Grid Connection Engineer", "Engineering", language: "en-GB", zone: Uk, manager: "nb07", skills: ["Grid connection:expert", "High voltage:advanced", "Protection relays:advanced"])
        .Person("nb07", "Duncan Hay", "Head of Engineering", "Engineering", language: "en-GB", zone: Uk, manager: "nb01", skills: ["Electrical engineering:expert", "Substation design:expert"])
        .Person("nb08", "Marie Lefebvre", "Ingénieure développement", "Development", language: "fr-FR", zone: "Romance Standard Time", manager: "nb09", skills: ["Permis environnementaux:expert", "Études d'impact:expert"])
        .Person("nb09", "Ross Anderson", "Head of Development", "Development", language: "en-GB", zone: Uk, manager: "nb01", skills: ["Planning consent:expert", "Land agreements:advanced"])
        .Person("nb10", "Kirsty Munro", "Energy Trader", "Trading", language: "en-GB", zone: Uk, manager: "nb11", skills: ["Power trading:expert", "Imbalance settlement:advanced"])
        .Person("nb11", "Thomas Weber", "Head of Trading", "Trading", language: "de-DE", zone: "W. Europe Standard Time", manager: "nb01", skills: ["PPA structuring:expert:ask", "Hedging:expert"])
        .Person("nb12", "Grace Wallace", "Data Analyst", "Trading", language: "en-GB", zone: Uk, manager: "nb11", presence: "DoNotDisturb", skills: ["Power BI:expert", "Wind forecasting:advanced", "Python:advanced"])
        .Person("nb13", "Neil Robertson", "HSE Manager", "HSE", language: "en-GB", zone: Uk, manager: "nb02", skills: ["Risk assessment:expert", "Working at height:expert", "Incident investigation:advanced"])
        .Person("nb14", "Eilidh Ross", "Environmental Advisor", "HSE", language: "en-GB", zone: Uk, manager: "nb13", skills: ["Ecology surveys:expert", "Bird monitoring:advanced"])
        .Person("nb15", "Sophie Martin", "Finance Manager", "Finance", language: "en-GB", zone: Uk, manager: "nb01", skills: ["Project finance:expert", "Management accounts:advanced"])
        .Person("nb16", "Craig Young", "Accounts Assistant", "Finance", language: "en-GB", zone: Uk, manager: "nb15", responsibilities: ["Supplier invoices", "Expenses"])
        .Person("nb17", "Laura Stewart", "HR Advisor", "People", language: "en-GB", zone: Uk, manager: "nb01", skills: ["Employment law:advanced", "Recruitment:advanced"])
        .Person("nb18", "Gary Walker", "IT Support", "IT", language: "en-GB", zone: Uk, manager: "nb15", skills: ["Microsoft 365:advanced", "Networking:general"])
        .Person("nb19", "Fiona Gray", "OT Security Engineer", "IT", language: "en-GB", zone: Uk, manager: "nb07", skills: ["SCADA security:expert", "IEC 62443:expert"])
        .Person("nb20", "Hamish Scott", "SCADA Engineer", "Engineering", language: "en-GB", zone: Uk, manager: "nb07", outOfOffice: "always", skills: ["SCADA:expert", "OPC UA:advanced"])
        .Person("nb21", "Chloé Girard", "Technicienne SCADA", "Engineering", language: "fr-FR", zone: "Romance Standard Time", manager: "nb20", skills: ["SCADA:advanced", "Automates:advanced"])
        .Person("nb22", "Angus Reid", "Legal Counsel", "Legal", language: "en-GB", zone: Uk, manager: "nb01", skills: ["Energy contracts:expert", "Land law:advanced"])
        .Person("nb23", "Morag Kerr", "Community Liaison", "Development", language: "en-GB", zone: Uk, manager: "nb09", skills: ["Community benefit funds:expert", "Stakeholder engagement:advanced"])
        .Person("nb24", "Euan Black", "Procurement Lead", "Procurement", language: "en-GB", zone: Uk, manager: "nb15", skills: ["Turbine supply agreements:expert", "Supplier negotiation:advanced"])
        .Person("nb25", "Lewis Grant", "Control Room Operator", "Operations", language: "en-GB", zone: Uk, manager: "nb02", hours: "19:00-07:00", skills: ["Remote monitoring:advanced", "Alarm handling:advanced"])
        .Team("it", "IT Service Desk", "Laptops, passwords, MFA, Teams, printers, mobile phones and VPN for site staff.", ["General", "IT Requests"], ["nb18"])
        .Team("people", "People Team", "Payroll, annual leave, benefits, pension, training courses and onboarding.", ["General", "HR Questions"], ["nb17"])
        .Team("finance", "Finance", "Expenses, supplier invoices, purchase orders and company cards.", ["General", "Finance Requests"], ["nb15", "nb16"])
        .Team("control-room", "Control Room", "24/7 monitoring of all sites: turbine faults, grid alarms and site access logging.", ["General", "Fault reports"], ["nb25"])
        .Team("facilities", "Office & Facilities", "Glasgow and Lyon offices: desks, meeting rooms, access cards, heating, post.", ["General", "Requests"])
        .Team("hse-reporting", "HSE Reporting", "Report accidents, near misses and environmental incidents here.", ["General", "Report"], ["nb13", "nb14"])
        .Team("ceilidh", "Ceilidh Club", "Ceilidh dancing and whisky tasting nights.", ["General"])
        .Team("proj-glen", "Glen Mor project", "Project team for the Glen Mor wind farm build.", ["General"], ["nb09", "nb06"])
        .Load("nb03", 5, 5)
        .Load("nb11", 1, 5);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("nb04", "my rugged laptop won't connect to the VPN from the turbine site", Group, "it"),
        new("nb23", "locked out of my account after the MFA reset", Group, "it"),
        new("nb14", "how much annual leave do I have left?", Group, "people"),
        new("nb21", "question sur ma fiche de paie de mars", Group, "people"),
        new("nb03", "claiming mileage for driving to the Skye site", Group, "finance"),
        new("nb24", "need a PO raised for crane hire next month", Group, "finance"),
        new("nb06", "heating not working on the second floor of the Glasgow office", Group, "facilities"),
        new("nb04", "near miss: dropped tool from the nacelle this morning", Group, "hse-reporting"),
        new("nb25", "turbine 14 tripped on a pitch fault overnight", Group, "control-room"),
        new("nb02", "gearbox vibration trend rising on T7, who can inspect?", Person, "nb04"),
        new("nb02", "leading edge erosion on the blades at Glen Beag, need an assessment", Person, "nb04"),
        new("nb07", "onduleur en défaut sur la centrale de Montélimar", Person, "nb05"),
        new("nb09", "grid connection offer from the DNO, need someone to review the technical terms", Person, "nb06"),
        new("nb02", "protection relay settings for the new substation", Person, "nb06"),
        new("nb01", "permis environnemental pour le projet éolien de la Drôme", Person, "nb08"),
        new("nb01", "planning consent appeal for the Glen Mor extension", Person, "nb09"),
        new("nb15", "imbalance charges were high last month, can someone explain?", Person, "nb10"),
        new("nb01", "structuring a corporate PPA with a supermarket chain", Person, "nb11"),
        new("nb10", "Power BI report of availability by site", Person, "nb12"),
        new("nb04", "risk assessment for blade access in high winds", Person, "nb13"),
        new("nb09", "bird collision monitoring requirements for the new site", Person, "nb14"),
        new("nb01", "project finance model for the Glen Mor debt raise", Person, "nb15"),
        new("nb02", "disciplinary issue with a technician, what's the process?", Person, "nb17"),
        new("nb07", "SCADA security audit against IEC 62443", Person, "nb19"),
        new("nb02", "SCADA historian stopped collecting data from the solar farm", Person, "nb21"),
        new("nb09", "landowner wants to renegotiate the option agreement", Person, "nb22"),
        new("nb01", "community benefit fund application from the local school", Person, "nb23"),
        new("nb02", "negotiate the turbine service agreement renewal with the OEM", Person, "nb24"),
        new("nb10", "wind forecast error is large this week, who can look at the model?", Person, "nb12"),
        new("nb21", "my access card doesn't open the Lyon office", Group, "facilities"),
        new("nb13", "oil spill from a transformer at the substation", Group, "hse-reporting", Urgency.High),
        new("nb18", "Teams calls keep dropping on the site 4G router", Group, "it"),
        new("nb10", "pension contribution increase, how do I change it?", Group, "people"),
        new("nb16", "company credit card request for the new site manager", Group, "finance"),
        new("nb04", "need a Gaelic speaker for a community meeting", None, null),
        new("nb02", "yaw system fault on T3, need a technician today", Person, "nb04", Urgency.High),
        new("nb07", "high voltage switching schedule for the outage", Person, "nb06"),
        new("nb11", "hedging strategy for next winter's prices", Person, "nb10"),
        new("nb01", "GDPR question about CCTV at substations", Person, "nb22"),
        new("nb02", "OPC UA connection between the new turbines and our SCADA", Person, "nb21"),
        new("nb17", "recruiting wind technicians in the Highlands", Group, "people"),
    ];
}
