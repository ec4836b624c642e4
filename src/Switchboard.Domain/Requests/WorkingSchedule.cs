using System.Globalization;
using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Requests;

/// <summary>
/// When a person works, in their own time zone: the days of the week and the daily hours, as Graph's
/// <c>mailboxSettings.workingHours</c> gives them. An end before the start is a night shift ending the next day.
/// </summary>
public sealed record WorkingSchedule
{
    private const int SearchLimitDays = 3700;

    public WorkingSchedule(TimeZoneInfo zone, IReadOnlySet<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            throw new ArgumentException("A working schedule needs at least one working day.", nameof(days));
        }

        Zone = zone;
        Days = days;
        Start = start;
        End = end;
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlySet<DayOfWeek> Days { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    /// <summary>The length of one working day; equal start and end mean the whole day.</summary>
    public TimeSpan DayLength => End > Start ? End - Start : End - Start + TimeSpan.FromDays(1);

    /// <summary>Monday to Friday, 09:00 to 17:00, in <paramref name="zone"/>: what most mailboxes default to.</summary>
    public static WorkingSchedule OfficeHours(TimeZoneInfo zone) => new(
        zone,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0),
        new TimeOnly(17, 0));

    /// <summary>
    /// The schedule in a directory user's mailbox settings; each missing or unreadable part (zone, days, hours)
    /// is taken from <paramref name="fallback"/>, because real tenants often fill in only some of them.
    /// </summary>
    public static WorkingSchedule FromMailbox(MailboxSettings? mailbox, WorkingSchedule fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var hours = mailbox?.WorkingHours;

        // Graph expresses the working hours in workingHours.timeZone, which may differ from the mailbox's zone.
        var zone = TryFindZone(hours?.TimeZone?.Name, out var hoursZone) ? hoursZone
            : TryFindZone(mailbox?.TimeZone, out var mailboxZone) ? mailboxZone
            : fallback.Zone;

        var days = new HashSet<DayOfWeek>();
        foreach (var name in hours?.DaysOfWeek ?? [])
        {
            if (Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day))
            {
                days.Add(day);
            }
        }

        return new WorkingSchedule(
            zone,
            days.Count > 0 ? days : fallback.Days,
            ParseTime(hours?.StartTime) ?? fallback.Start,
            ParseTime(hours?.EndTime) ?? fallback.End);
    }

    /// <summary>Finds a zone by Windows name (as Exchange writes them) or IANA name.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var found))
        {
            zone = found;
            return true;
        }

        zone = TimeZoneInfo.Utc;
        return false;
    }

    /// <summary>
    /// The instant reached after <paramref name="workingTime"/> of this person's working time from
    /// <paramref name="from"/>. Time outside working hours does not count: an offer made on Friday evening
    /// starts counting on Monday morning.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var remaining = workingTime;
        if (remaining == TimeSpan.Zero)
        {
            return from;
        }

        // Start a day early: a night shift that began yesterday may still be running.
        var firstDay = TimeZoneInfo.ConvertTime(from, Zone).Date.AddDays(-1);
        for (var offset = 0; offset < SearchLimitDays; offset++)
        {
            var day = firstDay.AddDays(offset);
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var windowStart = ToInstant(day + Start.ToTimeSpan(), Zone);
            var windowEnd = ToInstant((End > Start ? day : day.AddDays(1)) + End.ToTimeSpan(), Zone);
            if (windowEnd <= from)
            {
                continue;
            }

            var begin = windowStart > from ? windowStart : from;
            var available = windowEnd - begin;
            if (remaining <= available)
            {
                return begin + remaining;
            }

            remaining -= available;
        }

        throw new InvalidOperationException($"No working time found within {SearchLimitDays} days of {from:O}.");
    }

    /// <summary>
    /// The instant of a local wall-clock time. A time skipped by a daylight-saving jump moves to just after the
    /// jump; a time that occurs twice is taken at its first occurrence.
    /// </summary>
    internal static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (var step = 0; step < 16 && zone.IsInvalidTime(wallClock); step++)
        {
            wallClock = wallClock.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset);
    }

    private static TimeOnly? ParseTime(string? text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var time) && time >= TimeSpan.Zero && time < TimeSpan.FromDays(1)
            ? TimeOnly.FromTimeSpan(time)
            : null;
}
