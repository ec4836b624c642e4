using System.Text.RegularExpressions;

namespace Switchboard.Host.Packaging;

/// <summary>
/// The values of one installation that the Teams manifest template leaves open. Built only through
/// <see cref="TeamsAppPackageParameters.Create"/>, so a package is never written from unchecked input.
/// </summary>
internal sealed partial record TeamsAppPackageParameters
{
    private TeamsAppPackageParameters(
        Guid appId, Guid botId, string hostName, string version, string developerName,
        Uri websiteUrl, Uri privacyUrl, Uri termsOfUseUrl)
    {
        AppId = appId;
        BotId = botId;
        HostName = hostName;
        Version = version;
        DeveloperName = developerName;
        WebsiteUrl = websiteUrl;
        PrivacyUrl = privacyUrl;
        TermsOfUseUrl = termsOfUseUrl;
    }

    /// <summary>The Entra app registration's client id: the Teams app id and the SSO audience.</summary>
    public Guid AppId { get; }

    /// <summary>The bot's Microsoft App ID (the app registration, or the user-assigned managed identity).</summary>
    public Guid BotId { get; }

    /// <summary>The public DNS name the bot and the tab are served from, lower case.</summary>
    public string HostName { get; }

    /// <summary>The app version, major.minor.patch; Teams offers an update only when it grows.</summary>
    public string Version { get; }

    public string DeveloperName { get; }

    public Uri WebsiteUrl { get; }

    public Uri PrivacyUrl { get; }

    public Uri TermsOfUseUrl { get; }

    /// <summary>Teams limits developer.name to this many characters.</summary>
    public const int DeveloperNameMaxLength = 32;

    /// <summary>
    /// Checks every value and returns the parameters, or the problems found, each naming the value it
    /// is about (by the name the caller gives it) so the user knows which one to correct.
    /// </summary>
    public static TeamsAppPackageParameters? Create(
        TeamsAppPackageInput input, Func<string, string> nameOf, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();

        var appId = ParseId(input.AppId, nameof(input.AppId), "the app registration's Application (client) ID");
        var botId = ParseId(input.BotId, nameof(input.BotId), "the bot's Microsoft App ID");

        var hostName = input.HostName?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!IsHostName(hostName))
        {
            found.Add($"{nameOf(nameof(input.HostName))}: '{input.HostName}' is not a DNS host name; give the name alone, " +
                      "for example switchboard.contoso.com (no https://, port or path)");
        }

        var version = input.Version?.Trim() ?? string.Empty;
        if (!VersionPattern().IsMatch(version))
        {
            found.Add($"{nameOf(nameof(input.Version))}: '{input.Version}' is not a version like 1.0.0 " +
                      "(three numbers, no leading zeros, no suffix; Teams compares them to offer updates)");
        }

        var developerName = input.DeveloperName?.Trim() ?? string.Empty;
        if (developerName.Length is 0 or > DeveloperNameMaxLength)
        {
            found.Add($"{nameOf(nameof(input.DeveloperName))}: must be 1 to {DeveloperNameMaxLength} characters, " +
                      $"found {developerName.Length}");
        }

        // The addresses default to the host's own root; with no usable host there is nothing to default
        // to, and the host problem above is the one to report.
        var hostIsUsable = IsHostName(hostName);
        var websiteUrl = ParseHttpsUrl(input.WebsiteUrl, hostIsUsable ? $"https://{hostName}/" : null, nameof(input.WebsiteUrl));
        var privacyUrl = ParseHttpsUrl(input.PrivacyUrl, websiteUrl?.AbsoluteUri, nameof(input.PrivacyUrl));
        var termsUrl = ParseHttpsUrl(input.TermsOfUseUrl, websiteUrl?.AbsoluteUri, nameof(input.TermsOfUseUrl));

        problems = found;
        return found.Count == 0
            ? new TeamsAppPackageParameters(appId, botId, hostName, version, developerName, websiteUrl!, privacyUrl!, termsUrl!)
            : null;

        Guid ParseId(string? value, string field, string meaning)
        {
            if (!Guid.TryParseExact(value?.Trim(), "D", out var id))
            {
                found.Add($"{nameOf(field)}: '{value}' is not a GUID like 6f1c2a9e-0000-4000-8000-1234567890ab ({meaning})");
            }
            else if (id == Guid.Empty)
            {
                found.Add($"{nameOf(field)}: the all-zero GUID is a placeholder, not {meaning}");
            }

            return id;
        }

        Uri? ParseHttpsUrl(string? value, string? fallback, string field)
        {
            if (value is null && fallback is null)
            {
                return null;
            }

            if (Uri.TryCreate(value ?? fallback, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                return uri;
            }

            found.Add($"{nameOf(field)}: '{value ?? fallback}' is not an https:// address");
            return null;
        }
    }

    /// <summary>A DNS name of at least two labels; not an IP address, which Teams SSO and validDomains refuse.</summary>
    public static bool IsHostName(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        var labels = value.Split('.');
        return labels.Length >= 2
               && labels.All(IsLabel)
               && !labels[^1].All(char.IsAsciiDigit);

        static bool IsLabel(string label) =>
            label.Length is >= 1 and <= 63
            && label[0] != '-' && label[^1] != '-'
            && label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    }

    // The manifest schema's own definition of a version: numeric major.minor.patch, nothing else.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}

/// <summary>The raw values as the user typed them; unchecked.</summary>
internal sealed record TeamsAppPackageInput(
    string? AppId,
    string? BotId,
    string? HostName,
    string? Version,
    string? DeveloperName,
    string? WebsiteUrl,
    string? PrivacyUrl,
    string? TermsOfUseUrl);
