using System.ComponentModel.DataAnnotations;

namespace Switchboard.Graph;

/// <summary>
/// How Switchboard reaches Microsoft Graph (configuration section <c>Switchboard:Graph</c>). Graph is used only
/// when <see cref="IsConfigured"/>; otherwise the host keeps its embedded directory.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Switchboard:Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public const string DefaultBetaBaseUrl = "https://graph.microsoft.com/beta";

    /// <summary>The Microsoft Entra tenant (directory) id of the organisation.</summary>
    public string? TenantId { get; set; }

    /// <summary>The application (client) id of Switchboard's app registration.</summary>
    public string? ClientId { get; set; }

    /// <summary>A client secret of the app registration; prefer a certificate or managed identity in production.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PEM certificate file registered on the app registration.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Use the managed identity of the Azure resource the host runs on (no secret to keep).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Read skills with proficiency and collaboration tags from the beta <c>profile/skills</c> API. Off by default:
    /// beta may change or be refused, and routing then falls back on the plain SharePoint skills.
    /// </summary>
    public bool UseBetaProfile { get; set; }

    /// <summary>Read presence (needs Presence.Read.All). Without it routing treats availability as unknown.</summary>
    public bool SyncPresence { get; set; } = true;

    /// <summary>Graph v1.0 root; a national cloud or, in tests, a loopback fake.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Graph beta root, used only for <c>profile/skills</c>.</summary>
    [Required]
    [Url]
    public string BetaBaseUrl { get; set; } = DefaultBetaBaseUrl;

    /// <summary>Requests per <c>$batch</c>; Graph accepts at most 20.</summary>
    [Range(1, 20)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Batches in flight at once. Four keeps a 100,000-user sync within minutes while staying well under
    /// Graph's per-app concurrency limits (Exchange allows four concurrent requests per mailbox).
    /// </summary>
    [Range(1, 16)]
    public int MaxParallelBatches { get; set; } = 4;

    /// <summary>Ids per <c>getPresencesByUserId</c> call; Graph accepts at most 650.</summary>
    [Range(1, 650)]
    public int PresenceBatchSize { get; set; } = 650;

    /// <summary>How often the whole directory is read again (groups and teams have no delta here).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DirectoryInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often user changes are read with <c>users/delta</c>, so leavers drop out of routing quickly.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan DeltaInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often presence is refreshed; it changes by the minute, so more often than the rest.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan PresenceInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Switchboard's Teams app as the organisation's app catalog knows it (the catalog-generated <c>teamsApp</c> id, not
    /// the manifest id): <c>GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'</c> gives it. With it,
    /// Switchboard installs its app for a person before the first offer to someone it never talked to, and can open
    /// chats; without it, it writes nothing to Graph.
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>How long one Graph write may take; a write without an answer by then is tried again later (every write is safe to repeat).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether Switchboard may write to Graph: configured, and its Teams app's catalog id known.</summary>
    public bool CanWrite => IsConfigured && !string.IsNullOrWhiteSpace(TeamsAppCatalogId);

    /// <summary>Whether enough is set to authenticate: a tenant and app with a secret or certificate, or a managed identity.</summary>
    public bool IsConfigured =>
        UseManagedIdentity ||
        (!string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) &&
         (!string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath)));
}
