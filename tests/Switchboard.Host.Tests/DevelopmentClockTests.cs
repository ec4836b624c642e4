using Microsoft.Extensions.DependencyInjection;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests;

/// <summary>The development clock start: the host's clock moved to a working hour, in Development only.</summary>
public sealed class DevelopmentClockTests
{
    [Fact]
    public async Task Start_ProductionWithAClockStart_RefusesToStartNamingTheSetting()
    {
        var (exitCode, stderr) = await StartupSafetyTests.RunProductionHostWithAsync("Switchboard:Development:ClockStart", "2026-12-01T10:00:00+01:00");

        Assert.Equal(1, exitCode);
        Assert.Contains("Switchboard:Development:ClockStart is set in the Production environment", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentWithAClockStartThatIsNotAnInstant_RefusesToStartNamingTheValue()
    {
        var (exitCode, stderr) = await StartupSafetyTests.RunHostAsync(
            "--environment", "Development",
            "--Switchboard:Development:ClockStart", "tuesday morning");

        Assert.Equal(1, exitCode);
        Assert.Contains("Switchboard:Development:ClockStart 'tuesday morning' is not a date and time with an offset", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clock_DevelopmentWithAClockStart_RunsFromThatInstant()
    {
        using var data = new TestDataFolder();
        var start = DateTimeOffset.Parse("2026-12-01T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);
        await using var app = SwitchboardApp.Instance(data, new Dictionary<string, string?> { ["Switchboard:Development:ClockStart"] = "2026-12-01T10:00:00+01:00" });
        await app.InitializeAsync();

        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        Assert.InRange(now, start, start.AddMinutes(5));
    }
}
