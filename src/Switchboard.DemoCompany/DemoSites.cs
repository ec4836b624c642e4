namespace Switchboard.DemoCompany;

/// <summary>Which pool of given names and surnames a site's people are drawn from.</summary>
internal enum NameCulture
{
    French,
    German,
    British,
    American,
    Quebec,
    Singaporean,
    Indian,
}

/// <summary>
/// A site of the demo company. Each carries the Windows zone Graph returns and the IANA zone used to compute
/// who is at work at the demo's "now" (IANA ids resolve on every platform, even without ICU).
/// </summary>
internal sealed record DemoSite(
    string Key,
    string OfficeLocation,
    string City,
    string UsageLocation,
    string WindowsZone,
    string IanaZone,
    NameCulture Names,
    IReadOnlyList<Weighted<string>> Languages,
    IReadOnlyList<string> StartTimes,
    int WorkingMinutes);

internal static class DemoSites
{
    public static readonly DemoSite Lyon = new(
        "lyon", "Lyon - Siège", "Lyon", "FR", "Romance Standard Time", "Europe/Paris", NameCulture.French,
        [new("fr-FR", 88), new("en-GB", 12)], ["08:00", "08:30", "09:00"], 540);

    public static readonly DemoSite Grenoble = new(
        "grenoble", "Grenoble - Centre R&D", "Grenoble", "FR", "Romance Standard Time", "Europe/Paris", NameCulture.French,
        [new("fr-FR", 80), new("en-GB", 20)], ["08:30", "09:00", "09:30"], 540);

    public static readonly DemoSite Stuttgart = new(
        "stuttgart", "Stuttgart - Werk Feuerbach", "Stuttgart", "DE", "W. Europe Standard Time", "Europe/Berlin", NameCulture.German,
        [new("de-DE", 85), new("en-GB", 15)], ["07:00", "07:30", "08:00", "08:30"], 510);

    public static readonly DemoSite Manchester = new(
        "manchester", "Manchester - Trafford Park", "Manchester", "GB", "GMT Standard Time", "Europe/London", NameCulture.British,
        [new("en-GB", 100)], ["08:30", "09:00"], 510);

    // Montreal is where the company's French and English speakers meet outside Europe: fr-CA is what Graph holds there.
    public static readonly DemoSite Montreal = new(
        "montreal", "Montréal - Saint-Laurent", "Montréal", "CA", "Eastern Standard Time", "America/Toronto", NameCulture.Quebec,
        [new("fr-CA", 45), new("fr-FR", 15), new("en-US", 40)], ["08:00", "08:30", "09:00"], 510);

    public static readonly DemoSite Portland = new(
        "portland", "Portland - Tigard", "Portland", "US", "Pacific Standard Time", "America/Los_Angeles", NameCulture.American,
        [new("en-US", 100)], ["07:30", "08:00", "08:30", "09:00"], 540);

    public static readonly DemoSite Singapore = new(
        "singapore", "Singapore - Jurong", "Singapore", "SG", "Singapore Standard Time", "Asia/Singapore", NameCulture.Singaporean,
        [new("en-GB", 85), new("en-US", 15)], ["08:30", "09:00"], 540);

    public static readonly DemoSite Pune = new(
        "pune", "Pune - Hinjewadi", "Pune", "IN", "India Standard Time", "Asia/Kolkata", NameCulture.Indian,
        [new("en-US", 70), new("en-GB", 30)], ["09:00", "09:30", "10:00"], 540);

    public static IReadOnlyList<DemoSite> All { get; } = [Lyon, Grenoble, Stuttgart, Manchester, Montreal, Portland, Singapore, Pune];

    public static DemoSite ByKey(string key) =>
        All.FirstOrDefault(s => s.Key == key) ?? throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown demo site.");
}
