using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>Settings of <see cref="UrgencyBudget"/>, bound from <c>Switchboard:Requests:UrgencyBudget</c> by the host.</summary>
public sealed class UrgencyBudgetSettings
{
    /// <summary>High and critical requests one requester may send per ISO week.</summary>
    [Range(0, 100)]
    public int WeeklyUrgentRequests { get; set; } = 3;
}

/// <summary>Where a requester stands against the weekly budget; the card shows it before they choose an urgency.</summary>
/// <param name="Limit">Urgent requests allowed per week.</param>
/// <param name="Used">Urgent requests already sent this week.</param>
/// <param name="WeekStart">Start of the requester's current ISO week, inclusive.</param>
/// <param name="WeekEnd">End of that week, exclusive.</param>
public sealed record UrgencyBudgetStatus(int Limit, int Used, DateTimeOffset WeekStart, DateTimeOffset WeekEnd)
{
    public int Remaining => Math.Max(0, Limit - Used);

    /// <summary>Normal and low requests never count; urgent ones need budget left.</summary>
    public bool Allows(Urgency urgency) => urgency is not (Urgency.High or Urgency.Critical) || Used < Limit;

    /// <summary>For callers that have no budget to enforce (system actions, tests of other rules).</summary>
    public static UrgencyBudgetStatus Unlimited { get; } = new(int.MaxValue, 0, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
}

/// <summary>
/// A weekly allowance of high and critical requests per requester, so that urgency keeps its meaning for the
/// experts who receive it. The week is the ISO week (Monday to Sunday) in the requester's time zone: a week that
/// ends on Saturday evening in Auckland should not still be running in Paris.
/// </summary>
public sealed class UrgencyBudget(UrgencyBudgetSettings settings)
{
    /// <summary>The requester's ISO week containing <paramref name="at"/>, as instants.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End, int IsoYear, int IsoWeek) WeekContaining(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        var isoYear = ISOWeek.GetYear(local);
        var isoWeek = ISOWeek.GetWeekOfYear(local);
        var monday = ISOWeek.ToDateTime(isoYear, isoWeek, DayOfWeek.Monday);
        return (WorkingSchedule.ToInstant(monday, zone), WorkingSchedule.ToInstant(monday.AddDays(7), zone), isoYear, isoWeek);
    }

    /// <summary>
    /// The requester's standing, given how many urgent requests they sent in the week containing
    /// <paramref name="at"/> (the store counts them: <see cref="IRequestStore.CountUrgentSentAsync"/>).
    /// </summary>
    public UrgencyBudgetStatus Evaluate(int urgentSentThisWeek, DateTimeOffset at, TimeZoneInfo requesterZone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(urgentSentThisWeek);
        var week = WeekContaining(at, requesterZone);
        return new UrgencyBudgetStatus(settings.WeeklyUrgentRequests, urgentSentThisWeek, week.Start, week.End);
    }
}
