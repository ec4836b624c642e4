using System.Globalization;
using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Routing;

/// <summary>What the directory says about a person's availability, parsed once when the index is built.</summary>
internal sealed class AvailabilityProfile
{
    private static readonly string[] TimeFormats = [@"hh\:mm\:ss\.FFFFFFF", @"hh\:mm\:ss", @"hh\:mm"];

    public bool AccountDisabled { get; private init; }

    public bool AlwaysOutOfOffice { get; private init; }

    /// <summary>Scheduled automatic replies, in UTC; a missing bound is open-ended.</summary>
    public DateTimeOffset? OutOfOfficeFrom { get; private init; }

    public DateTimeOffset? OutOfOfficeUntil { get; private init; }

    public bool HasScheduledOutOfOffice { get; private init; }

    public TimeZoneInfo? Zone { get; private init; }

    /// <summary>The zone name the directory gave when it could not be resolved, to say so in reasons.</summary>
    public string? UnknownZoneName { get; private init; }

    public IReadOnlySet<DayOfWeek>? WorkDays { get; private init; }

    public TimeSpan? WorkStart { get; private init; }

    public TimeSpan? WorkEnd { get; private init; }

    public bool DoNotDisturb { get; private init; }

    /// <summary>Away, offline or busy right now.</summary>
    public bool Away { get; private init; }

    public static AvailabilityProfile From(DirectoryUser user, Func<string?, TimeZoneInfo?> resolveZone)
    {
        var mailbox = user.MailboxSettings;
        var replies = mailbox?.AutomaticRepliesSetting;
        var status = replies?.Status;
        var scheduled = string.Equals(status, "scheduled", StringComparison.OrdinalIgnoreCase);

        var zoneName = mailbox?.WorkingHours?.TimeZone?.Name ?? mailbox?.TimeZone;
        var zone = resolveZone(zoneName);
        var hours = mailbox?.WorkingHours;
        var availability = user.Presence?.Availability;

        return new AvailabilityProfile
        {
            AccountDisabled = user.AccountEnabled == false,
            AlwaysOutOfOffice = string.Equals(status, "alwaysEnabled", StringComparison.OrdinalIgnoreCase),
            HasScheduledOutOfOffice = scheduled,
            OutOfOfficeFrom = scheduled ? ToUtc(replies?.ScheduledStartDateTime, resolveZone) : null,
            OutOfOfficeUntil = scheduled ? ToUtc(replies?.ScheduledEndDateTime, resolveZone) : null,
            Zone = zone,
            UnknownZoneName = zone is null ? zoneName : null,
            WorkDays = ParseDays(hours?.DaysOfWeek),
            WorkStart = ParseTime(hours?.StartTime),
            WorkEnd = ParseTime(hours?.EndTime),
            DoNotDisturb = string.Equals(availability, "DoNotDisturb", StringComparison.OrdinalIgnoreCase),
            Away = availability is not null && (availability.StartsWith("Away", StringComparison.OrdinalIgnoreCase)
                || availability.StartsWith("Offline", StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>Out of office at <paramref name="at"/>; scheduled replies with unreadable dates count as out, to never disturb someone away.</summary>
    public bool IsOutOfOffice(DateTimeOffset at)
    {
        if (AlwaysOutOfOffice)
        {
            return true;
        }

        if (!HasScheduledOutOfOffice)
        {
            return false;
        }

        return (OutOfOfficeFrom is null || OutOfOfficeFrom <= at) && (OutOfOfficeUntil is null || at < OutOfOfficeUntil);
    }

    /// <summary>The last day of absence in the person's own zone; null when open-ended.</summary>
    public DateOnly? OutOfOfficeUntilDate()
    {
        if (OutOfOfficeUntil is not { } until)
        {
            return null;
        }

        var local = Zone is null ? until : TimeZoneInfo.ConvertTime(until, Zone);
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>Working hours in the person's zone, for the reasons; null when the directory does not give both ends.</summary>
    public LocalWorkingHours? Hours =>
        WorkStart is { } start && WorkEnd is { } end ? new LocalWorkingHours(TimeOnly.FromTimeSpan(start), TimeOnly.FromTimeSpan(end)) : null;

    /// <summary>True or false when working hours are known, null when the directory does not say.</summary>
    public bool? IsInWorkingHours(DateTimeOffset at)
    {
        if (Zone is null || WorkStart is not { } start || WorkEnd is not { } end)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var time = local.TimeOfDay;
        // Night shifts end the next morning: 22:00-06:00 covers both sides of midnight, and the hours after midnight belong to the
        // shift that began the day before (Saturday 02:00 ends Friday's shift; Monday 02:00 is no shift of a Monday-to-Friday week).
        var inShift = start <= end ? time >= start && time < end : time >= start || time < end;
        var shiftDay = start > end && time < end ? local.AddDays(-1).DayOfWeek : local.DayOfWeek;
        return inShift && (WorkDays is not { Count: > 0 } days || days.Contains(shiftDay));
    }

    private static DateTimeOffset? ToUtc(DateTimeTimeZone? value, Func<string?, TimeZoneInfo?> resolveZone)
    {
        if (value?.DateTime is not { } text)
        {
            return null;
        }

        // With AdjustToUniversal a text carrying its own offset comes back as UTC; a bare local time stays unspecified.
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return null;
        }

        if (parsed.Kind == DateTimeKind.Utc)
        {
            return new DateTimeOffset(parsed);
        }

        var zone = resolveZone(value.TimeZone) ?? TimeZoneInfo.Utc;
        if (zone.IsInvalidTime(parsed))
        {
            // A local time inside a spring-forward gap does not exist; the hour after it is what the user meant.
            parsed = parsed.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(parsed, zone), TimeSpan.Zero);
    }

    private static HashSet<DayOfWeek>? ParseDays(IReadOnlyList<string>? days)
    {
        if (days is null)
        {
            return null;
        }

        var set = new HashSet<DayOfWeek>();
        foreach (var day in days)
        {
            if (Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed))
            {
                set.Add(parsed);
            }
        }

        return set;
    }

    private static TimeSpan? ParseTime(string? text) =>
        text is not null && TimeSpan.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, out var time) ? time : null;
}
