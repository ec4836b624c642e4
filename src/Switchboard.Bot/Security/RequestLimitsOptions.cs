using System.ComponentModel.DataAnnotations;

namespace Switchboard.Bot.Security;

/// <summary>Limits on <c>POST /api/messages</c> (<c>Switchboard:Limits</c>), applied before any token is checked.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "Switchboard:Limits";

    /// <summary>
    /// The largest activity body accepted, in bytes. Teams activities are a few kilobytes (a card action with its
    /// data stays far below 64 KB); anything larger is refused with 413 before it is read or parsed.
    /// </summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Refused requests (failed authentication, oversized body) one client address may make per window before it gets 429.</summary>
    [Range(1, 1_000_000)]
    public int RefusalsPerWindow { get; set; } = 20;

    /// <summary>The rate-limit window for refused requests.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefusalWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Security events (refused tokens) written per log window; the rest are summed in one "more rejected" event.</summary>
    [Range(1, 100_000)]
    public int SecurityEventsPerWindow { get; set; } = 20;

    /// <summary>The window for <see cref="SecurityEventsPerWindow"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SecurityEventWindow { get; set; } = TimeSpan.FromMinutes(1);
}
