using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Requests;

public sealed class UrgencyBudgetTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void Evaluate_UnderTheLimit_AllowsUrgentAndCountsWhatIsLeft()
    {
        var budget = new UrgencyBudget(new UrgencyBudgetSettings { WeeklyUrgentRequests = 3 });

        var status = budget.Evaluate(2, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(1, status.Remaining);
        Assert.True(status.Allows(Urgency.High));
        Assert.True(status.Allows(Urgency.Critical));
    }

    [Fact]
    public void Evaluate_LimitReached_RefusesUrgentButAllowsNormalAndLow()
    {
        var budget = new UrgencyBudget(new UrgencyBudgetSettings { WeeklyUrgentRequests = 3 });

        var status = budget.Evaluate(3, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(0, status.Remaining);
        Assert.False(status.Allows(Urgency.High));
        Assert.False(status.Allows(Urgency.Critical));
        Assert.True(status.Allows(Urgency.Normal));
        Assert.True(status.Allows(Urgency.Low));
    }

    [Fact]
    public void Evaluate_ZeroBudgetConfigured_NoUrgentRequestAtAll()
    {
        var budget = new UrgencyBudget(new UrgencyBudgetSettings { WeeklyUrgentRequests = 0 });

        Assert.False(budget.Evaluate(0, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc).Allows(Urgency.High));
    }

    [Fact]
    public void WeekContaining_Wednesday_MondayToMondayInUtc()
    {
        var week = UrgencyBudget.WeekContaining(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), week.End);
        Assert.Equal((2026, 48), (week.IsoYear, week.IsoWeek));
    }

    [Fact]
    public void WeekContaining_SundayLateInUtcIsAlreadyMondayInParis_NextWeekForTheParisRequester()
    {
        var sundayNight = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

        var utc = UrgencyBudget.WeekContaining(sundayNight, TimeZoneInfo.Utc);
        var paris = UrgencyBudget.WeekContaining(sundayNight, Paris);

        Assert.Equal(48, utc.IsoWeek);
        Assert.Equal(49, paris.IsoWeek);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero), paris.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero), paris.End);
    }

    [Fact]
    public void WeekContaining_NewYearsDay2027_Week53Of2026()
    {
        var week = UrgencyBudget.WeekContaining(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal((2026, 53), (week.IsoYear, week.IsoWeek));
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 0, 0, 0, TimeSpan.Zero), week.Start);
    }
}
