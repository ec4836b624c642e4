using System.ComponentModel.DataAnnotations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>
/// How long an offer waits for an answer, per urgency, counted in the recipient's working time. The days part of
/// each value counts working days (each as long as the person's working day), the rest counts working hours:
/// <c>1.00:00:00</c> is one working day, <c>02:00:00</c> two working hours.
/// </summary>
public sealed class OfferExpirySettings
{
    internal const string MinimumAllowance = "00:01:00";
    internal const string MaximumAllowance = "30.00:00:00";

    [Range(typeof(TimeSpan), MinimumAllowance, MaximumAllowance)]
    public TimeSpan Critical { get; set; } = TimeSpan.FromMinutes(30);

    [Range(typeof(TimeSpan), MinimumAllowance, MaximumAllowance)]
    public TimeSpan High { get; set; } = TimeSpan.FromHours(2);

    [Range(typeof(TimeSpan), MinimumAllowance, MaximumAllowance)]
    public TimeSpan Normal { get; set; } = TimeSpan.FromDays(1);

    [Range(typeof(TimeSpan), MinimumAllowance, MaximumAllowance)]
    public TimeSpan Low { get; set; } = TimeSpan.FromDays(2);

    /// <summary>The zone for groups, and for people whose mailbox names none Switchboard can read.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    public TimeOnly DefaultWorkdayStart { get; set; } = new(9, 0);

    public TimeOnly DefaultWorkdayEnd { get; set; } = new(17, 0);
}

/// <summary>Computes when an offer to a person or a post to a group stops waiting.</summary>
public interface IOfferExpiry
{
    DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt);
}

/// <summary>
/// <see cref="IOfferExpiry"/> from the directory snapshot: a person's working hours and time zone come from their
/// mailbox settings, so that a normal request offered on Friday at 16:00 in Paris does not expire over the weekend.
/// </summary>
public sealed class OfferExpiryPolicy : IOfferExpiry
{
    private readonly OfferExpirySettings settings;
    private readonly IPeopleDirectory directory;
    private readonly WorkingSchedule fallback;

    public OfferExpiryPolicy(OfferExpirySettings settings, IPeopleDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(directory);
        this.settings = settings;
        this.directory = directory;

        // The host validates the bound settings at start; this also stops a policy built by hand with a zero or
        // negative allowance, which would expire offers the moment they are made.
        foreach (var urgency in Enum.GetValues<Urgency>())
        {
            if (AllowanceFor(urgency) <= TimeSpan.Zero)
            {
                throw new ArgumentException($"The offer allowance for {urgency} urgency must be positive.", nameof(settings));
            }
        }

        if (!WorkingSchedule.TryFindZone(settings.DefaultTimeZone, out var zone))
        {
            throw new ArgumentException($"The default time zone '{settings.DefaultTimeZone}' is not known.", nameof(settings));
        }

        fallback = new WorkingSchedule(zone, WorkingSchedule.OfficeHours(zone).Days, settings.DefaultWorkdayStart, settings.DefaultWorkdayEnd);
    }

    /// <summary>The allowance for <paramref name="urgency"/>, as configured (days part = working days).</summary>
    public TimeSpan AllowanceFor(Urgency urgency) => urgency switch
    {
        Urgency.Critical => settings.Critical,
        Urgency.High => settings.High,
        Urgency.Normal => settings.Normal,
        Urgency.Low => settings.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };

    /// <summary>The person's schedule from the active snapshot; groups, and people not found, work office hours.</summary>
    public WorkingSchedule ScheduleOf(TargetKind kind, string targetId)
    {
        if (kind != TargetKind.Person)
        {
            return fallback;
        }

        // A linear scan: this runs a few times per decision, not per message, and the snapshot may change at any time.
        var user = directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, targetId, StringComparison.OrdinalIgnoreCase));
        return WorkingSchedule.FromMailbox(user?.MailboxSettings, fallback);
    }

    public DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt)
    {
        var schedule = ScheduleOf(kind, targetId);
        var allowance = AllowanceFor(urgency);
        var workingTime = (schedule.DayLength * allowance.Days) + (allowance - TimeSpan.FromDays(allowance.Days));
        return schedule.AddWorkingTime(offeredAt, workingTime);
    }
}
