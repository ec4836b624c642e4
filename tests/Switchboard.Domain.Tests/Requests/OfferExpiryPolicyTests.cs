using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Requests;

public sealed class OfferExpiryPolicyTests
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    [Fact]
    public void ExpiresAt_CriticalInWorkingHours_ThirtyMinutesLater()
    {
        var policy = Policy(ParisExpert("paris"));

        // Monday 10:00 in Paris (UTC+1 in November).
        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.Critical, Utc(2026, 11, 23, 9, 0));

        Assert.Equal(Utc(2026, 11, 23, 9, 30), expiry);
    }

    [Fact]
    public void ExpiresAt_HighOnFridayAfternoon_ContinuesOnMondayMorning()
    {
        var policy = Policy(ParisExpert("paris"));

        // Friday 16:30 Paris: 30 minutes left on Friday, 90 on Monday: Monday 10:30 Paris.
        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.High, Utc(2026, 11, 27, 15, 30));

        Assert.Equal(Utc(2026, 11, 30, 9, 30), expiry);
    }

    [Fact]
    public void ExpiresAt_NormalOfferedOnSaturday_OneWorkingDayFromMondayMorning()
    {
        var policy = Policy(ParisExpert("paris"));

        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.Normal, Utc(2026, 11, 28, 12, 0));

        Assert.Equal(Utc(2026, 11, 30, 16, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_HighOfferedInTheEvening_CountsFromTheNextMorning()
    {
        var policy = Policy(ParisExpert("paris"));

        // Wednesday 20:00 Paris: nothing counts until Thursday 09:00; two hours later is 11:00 Paris.
        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.High, Utc(2026, 11, 25, 19, 0));

        Assert.Equal(Utc(2026, 11, 26, 10, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_LowOnWednesdayAfternoon_TwoWorkingDaysSpreadOverThreeDays()
    {
        var policy = Policy(ParisExpert("paris"));

        // Wednesday 13:00 Paris: 4 h Wednesday + 8 h Thursday + 4 h Friday = 16 h: Friday 13:00 Paris.
        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.Low, Utc(2026, 11, 25, 12, 0));

        Assert.Equal(Utc(2026, 11, 27, 12, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_ExpertInTokyo_CountsInTokyoWorkingHours()
    {
        var tokyo = Expert("tokyo", new MailboxSettings
        {
            TimeZone = "Asia/Tokyo",
            WorkingHours = new WorkingHours { DaysOfWeek = Weekdays, StartTime = "09:00:00.0000000", EndTime = "18:00:00.0000000", TimeZone = new TimeZoneBase { Name = "Tokyo Standard Time" } },
        });
        var policy = Policy(tokyo, ParisExpert("paris"));
        var offeredAt = Utc(2026, 11, 23, 8, 0);

        // 08:00 UTC is 17:00 in Tokyo (one hour left that day) and 09:00 in Paris (a whole day ahead).
        var tokyoExpiry = policy.ExpiresAt(TargetKind.Person, "tokyo", Urgency.High, offeredAt);
        var parisExpiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.High, offeredAt);

        Assert.Equal(Utc(2026, 11, 24, 1, 0), tokyoExpiry);
        Assert.Equal(Utc(2026, 11, 23, 10, 0), parisExpiry);
    }

    [Fact]
    public void ExpiresAt_AcrossTheEndOfSummerTime_CountsWallClockWorkingHours()
    {
        var policy = Policy(ParisExpert("paris"));

        // Friday 23 October 16:00 Paris is UTC+2; Monday 26 October is UTC+1. 1 h Friday + 7 h Monday: 16:00 Paris.
        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.Normal, Utc(2026, 10, 23, 14, 0));

        Assert.Equal(Utc(2026, 10, 26, 15, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_SundayToThursdayWeek_SkipsFridayAndSaturday()
    {
        var jerusalem = Expert("tel-aviv", new MailboxSettings
        {
            WorkingHours = new WorkingHours
            {
                DaysOfWeek = ["sunday", "monday", "tuesday", "wednesday", "thursday"],
                StartTime = "08:00:00",
                EndTime = "17:00:00",
                TimeZone = new TimeZoneBase { Name = "Israel Standard Time" },
            },
        });
        var policy = Policy(jerusalem);

        // Friday noon in Israel (UTC+2): the next working time is Sunday 08:00.
        var expiry = policy.ExpiresAt(TargetKind.Person, "tel-aviv", Urgency.Critical, Utc(2026, 11, 27, 10, 0));

        Assert.Equal(Utc(2026, 11, 29, 6, 30), expiry);
    }

    [Fact]
    public void ExpiresAt_NightShift_CountsTheShiftThatStartedTheEveningBefore()
    {
        var night = Expert("night", new MailboxSettings
        {
            WorkingHours = new WorkingHours { DaysOfWeek = Weekdays, StartTime = "22:00:00", EndTime = "06:00:00", TimeZone = new TimeZoneBase { Name = "UTC" } },
        });
        var policy = Policy(night);

        var expiry = policy.ExpiresAt(TargetKind.Person, "night", Urgency.High, Utc(2026, 11, 24, 3, 0));

        Assert.Equal(Utc(2026, 11, 24, 5, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_PersonWithoutMailboxSettings_DefaultOfficeHours()
    {
        var policy = Policy(new DirectoryUser { Id = "bare" });

        // Monday 16:00 UTC: 1 h Monday, 1 h Tuesday from 09:00 UTC.
        var expiry = policy.ExpiresAt(TargetKind.Person, "bare", Urgency.High, Utc(2026, 11, 23, 16, 0));

        Assert.Equal(Utc(2026, 11, 24, 10, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_UnreadableZoneAndHours_FallsBackPartByPart()
    {
        var odd = Expert("odd", new MailboxSettings
        {
            TimeZone = "tzone://Microsoft/Custom",
            WorkingHours = new WorkingHours { DaysOfWeek = ["someday"], StartTime = "late", EndTime = "12:00:00" },
        });
        var policy = Policy(odd);

        // Default zone (UTC) and days, default start 09:00, but the readable end 12:00: a 3 h day.
        var expiry = policy.ExpiresAt(TargetKind.Person, "odd", Urgency.Normal, Utc(2026, 11, 23, 11, 0));

        Assert.Equal(Utc(2026, 11, 24, 11, 0), expiry);
    }

    [Fact]
    public void ExpiresAt_Group_UsesTheConfiguredDefaultZone()
    {
        var settings = new OfferExpirySettings { DefaultTimeZone = "Europe/Paris" };
        var policy = new OfferExpiryPolicy(settings, Directory());

        // Monday 16:30 Paris: 30 min Monday, 90 min Tuesday: 10:30 Paris.
        var expiry = policy.ExpiresAt(TargetKind.Group, "helpdesk", Urgency.High, Utc(2026, 11, 23, 15, 30));

        Assert.Equal(Utc(2026, 11, 24, 9, 30), expiry);
    }

    [Fact]
    public void ExpiresAt_ConfiguredAllowance_Honoured()
    {
        var settings = new OfferExpirySettings { Critical = TimeSpan.FromHours(1) };
        var policy = new OfferExpiryPolicy(settings, Directory(ParisExpert("paris")));

        var expiry = policy.ExpiresAt(TargetKind.Person, "paris", Urgency.Critical, Utc(2026, 11, 23, 9, 0));

        Assert.Equal(Utc(2026, 11, 23, 10, 0), expiry);
    }

    [Fact]
    public void Constructor_UnknownDefaultZone_Throws() =>
        Assert.Throws<ArgumentException>(() => new OfferExpiryPolicy(new OfferExpirySettings { DefaultTimeZone = "Mars/Olympus" }, Directory()));

    [Fact]
    public void Constructor_ZeroAllowance_Throws() =>
        Assert.Throws<ArgumentException>(() => new OfferExpiryPolicy(new OfferExpirySettings { Normal = TimeSpan.Zero }, Directory()));

    [Fact]
    public void Settings_AllowanceOutOfRange_FailDataAnnotationValidation()
    {
        var settings = new OfferExpirySettings { High = TimeSpan.Zero, Low = TimeSpan.FromDays(60) };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            settings, new System.ComponentModel.DataAnnotations.ValidationContext(settings), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Equal(["High", "Low"], results.SelectMany(r => r.MemberNames).Order());
    }

    [Fact]
    public void ScheduleOf_WindowsZoneName_SameAsIanaName()
    {
        var policy = Policy(ParisExpert("paris"));

        var schedule = policy.ScheduleOf(TargetKind.Person, "paris");

        Assert.Equal(
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(Utc(2026, 7, 1, 12, 0)),
            schedule.Zone.GetUtcOffset(Utc(2026, 7, 1, 12, 0)));
        Assert.Equal(TimeSpan.FromHours(8), schedule.DayLength);
    }

    private static OfferExpiryPolicy Policy(params DirectoryUser[] users) => new(new OfferExpirySettings(), Directory(users));

    private static InMemoryPeopleDirectory Directory(params DirectoryUser[] users)
    {
        var directory = new InMemoryPeopleDirectory();
        directory.Activate(new DirectorySnapshot { Users = users }, "test");
        return directory;
    }

    private static DirectoryUser ParisExpert(string id) => Expert(id, new MailboxSettings
    {
        TimeZone = "Romance Standard Time",
        WorkingHours = new WorkingHours
        {
            DaysOfWeek = Weekdays,
            StartTime = "09:00:00.0000000",
            EndTime = "17:00:00.0000000",
            TimeZone = new TimeZoneBase { Name = "Romance Standard Time" },
        },
    });

    private static DirectoryUser Expert(string id, MailboxSettings mailbox) => new() { Id = id, MailboxSettings = mailbox };

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
