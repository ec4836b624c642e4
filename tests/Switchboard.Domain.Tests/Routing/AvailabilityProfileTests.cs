using System.Globalization;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

public sealed class AvailabilityProfileTests
{
    [Theory]
    // Scheduled in Seattle time: 2027-03-09 00:00 PST is 09:00 in Paris.
    [InlineData("2027-03-09T00:00:00.0000000", "Pacific Standard Time", "2027-03-09T08:30:00+01:00", false)]
    [InlineData("2027-03-09T00:00:00.0000000", "Pacific Standard Time", "2027-03-09T09:30:00+01:00", true)]
    // A value carrying its own offset wins over the zone field.
    [InlineData("2027-03-09T08:00:00Z", "Tokyo Standard Time", "2027-03-09T08:30:00Z", true)]
    // An unknown zone is read as UTC rather than failing.
    [InlineData("2027-03-09T08:00:00", "Atlantis Standard Time", "2027-03-09T07:30:00Z", false)]
    public void IsOutOfOffice_ScheduledInAnyZone_ConvertsBeforeComparing(string start, string zone, string at, bool expected)
    {
        var profile = Profile(new AutomaticRepliesSetting
        {
            Status = "scheduled",
            ScheduledStartDateTime = new DateTimeTimeZone { DateTime = start, TimeZone = zone },
            ScheduledEndDateTime = new DateTimeTimeZone { DateTime = "2027-03-20T00:00:00", TimeZone = zone },
        });

        Assert.Equal(expected, profile.IsOutOfOffice(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("disabled", false)]
    [InlineData("alwaysEnabled", true)]
    [InlineData("AlwaysEnabled", true)]
    [InlineData(null, false)]
    public void IsOutOfOffice_Status_ReadsGraphValues(string? status, bool expected)
    {
        var profile = Profile(new AutomaticRepliesSetting { Status = status });

        Assert.Equal(expected, profile.IsOutOfOffice(DateTimeOffset.Parse("2027-03-09T10:00:00Z", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsOutOfOffice_ScheduledWithUnreadableDates_CountsAsAway()
    {
        var profile = Profile(new AutomaticRepliesSetting
        {
            Status = "scheduled",
            ScheduledStartDateTime = new DateTimeTimeZone { DateTime = "next monday", TimeZone = "UTC" },
        });

        Assert.True(profile.IsOutOfOffice(DateTimeOffset.Parse("2027-03-09T10:00:00Z", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2027-03-13T10:00:00+01:00", false)] // Saturday
    [InlineData("2027-03-09T07:59:00+01:00", false)]
    [InlineData("2027-03-09T08:00:00+01:00", true)]
    [InlineData("2027-03-09T17:59:00+01:00", true)]
    [InlineData("2027-03-09T18:00:00+01:00", false)]
    [InlineData("2027-03-09T16:30:00Z", true)] // 17:30 in Paris
    [InlineData("2027-03-09T17:30:00Z", false)] // 18:30 in Paris
    [InlineData("2027-07-06T16:30:00Z", false)] // 18:30 in Paris in summer time
    public void IsInWorkingHours_WindowsZone_UsesTheirLocalTime(string at, bool expected)
    {
        var profile = WeekdayHours("Romance Standard Time", "08:00", "18:00");
        Assert.Equal(expected, profile.IsInWorkingHours(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2027-03-09T23:10:00+01:00", true)] // Tuesday evening, in the shift
    [InlineData("2027-03-10T04:30:00+01:00", true)] // Wednesday morning, end of Tuesday's shift
    [InlineData("2027-03-10T05:00:00+01:00", false)]
    [InlineData("2027-03-09T20:59:00+01:00", false)]
    [InlineData("2027-03-13T02:00:00+01:00", true)] // Saturday 02:00 ends Friday's shift
    [InlineData("2027-03-13T22:00:00+01:00", false)] // no shift starts on Saturday
    [InlineData("2027-03-08T02:00:00+01:00", false)] // Monday 02:00 would end a Sunday shift, and Sunday is off
    public void IsInWorkingHours_NightShift_BelongsToTheDayItStarted(string at, bool expected)
    {
        var profile = WeekdayHours("W. Europe Standard Time", "21:00", "05:00");

        Assert.Equal(expected, profile.IsInWorkingHours(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsInWorkingHours_NoWorkingHours_IsUnknown()
    {
        var profile = AvailabilityProfile.From(new DirectoryUser { Id = "u" }, Resolve);

        Assert.Null(profile.IsInWorkingHours(DateTimeOffset.Parse("2027-03-09T10:00:00Z", CultureInfo.InvariantCulture)));
    }

    /// <summary>Monday-to-Friday working hours in one Windows zone.</summary>
    private static AvailabilityProfile WeekdayHours(string zone, string start, string end) => AvailabilityProfile.From(new DirectoryUser
    {
        Id = "u",
        MailboxSettings = new MailboxSettings
        {
            TimeZone = zone,
            WorkingHours = new WorkingHours
            {
                DaysOfWeek = ["monday", "tuesday", "wednesday", "thursday", "friday"],
                StartTime = start + ":00.0000000",
                EndTime = end + ":00.0000000",
                TimeZone = new TimeZoneBase { Name = zone },
            },
        },
    }, Resolve);

    private static AvailabilityProfile Profile(AutomaticRepliesSetting replies) =>
        AvailabilityProfile.From(new DirectoryUser { Id = "u", MailboxSettings = new MailboxSettings { TimeZone = "UTC", AutomaticRepliesSetting = replies } }, Resolve);

    private static TimeZoneInfo? Resolve(string? name) =>
        name is not null && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
}
