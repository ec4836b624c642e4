using System.Globalization;
using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Requests;

/// <summary>
/// Whether a person's automatic replies say they are away, from the directory snapshot's mailbox settings. An
/// expert who named a delegate is then replaced by them without having to say so in the chat as well.
/// </summary>
public static class OutOfOffice
{
    public static bool IsActive(AutomaticRepliesSetting? replies, DateTimeOffset now)
    {
        if (replies?.Status is not { } status)
        {
            return false;
        }

        if (string.Equals(status, "alwaysEnabled", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A schedule that cannot be read is treated as not away: offering to someone present beats skipping them.
        return string.Equals(status, "scheduled", StringComparison.OrdinalIgnoreCase)
            && ToInstant(replies.ScheduledStartDateTime) is { } start
            && ToInstant(replies.ScheduledEndDateTime) is { } end
            && start <= now && now < end;
    }

    /// <summary>Whether the person with this id is away according to the active snapshot; unknown people are not.</summary>
    public static bool IsActive(IPeopleDirectory directory, UserId person, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var user = directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, person.Value, StringComparison.OrdinalIgnoreCase));
        return IsActive(user?.MailboxSettings?.AutomaticRepliesSetting, now);
    }

    private static DateTimeOffset? ToInstant(DateTimeTimeZone? value) =>
        value?.DateTime is { } text
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
        && WorkingSchedule.TryFindZone(value.TimeZone, out var zone)
            ? WorkingSchedule.ToInstant(local, zone)
            : null;
}
