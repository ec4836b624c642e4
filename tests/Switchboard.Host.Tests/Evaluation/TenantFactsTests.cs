using System.Globalization;
using System.Text.Json;
using Switchboard.Host.Cli.Evaluation;

namespace Switchboard.Host.Tests.Evaluation;

/// <summary>The evaluation's own check of who must never be put first, independent of the engine's availability code.</summary>
public sealed class TenantFactsTests
{
    [Theory]
    [InlineData("2026-12-08T23:10:00+01:00", null)] // Tuesday evening, in the shift
    [InlineData("2026-12-09T04:30:00+01:00", null)] // Wednesday morning, end of Tuesday's shift
    [InlineData("2026-12-12T02:00:00+01:00", null)] // Saturday 02:00 ends Friday's shift
    [InlineData("2026-12-09T12:00:00+01:00", "is outside working hours for an urgent request")]
    [InlineData("2026-12-12T22:00:00+01:00", "is outside working hours for an urgent request")] // no shift starts on Saturday
    [InlineData("2026-12-07T02:00:00+01:00", "is outside working hours for an urgent request")] // it would end a Sunday shift
    public void ForbiddenReason_NightShift_CountsTheHoursAfterMidnightForTheDayItStarted(string at, string? expected)
    {
        using var tenant = JsonDocument.Parse("""
            { "users": [ { "id": "night", "displayName": "Carlos", "mailboxSettings": { "timeZone": "W. Europe Standard Time",
              "workingHours": { "daysOfWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
                "startTime": "21:00:00.0000000", "endTime": "05:00:00.0000000", "timeZone": { "name": "W. Europe Standard Time" } } } } ],
              "groups": [] }
            """);
        var facts = TenantFacts.Load(tenant.RootElement, null);

        Assert.Equal(expected, facts.ForbiddenReason("night", "someone-else", DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), urgent: true));
    }
}
