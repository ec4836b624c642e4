using System.Globalization;
using Microsoft.Extensions.Options;

namespace Switchboard.Host;

/// <summary>
/// Development only (<c>Switchboard:Development:ClockStart</c>): the host's clock starts at that instant and runs from there, so a
/// demo or the end-to-end suite meets the demo company on a working day at a working hour whatever the time it really is (its
/// people work office hours in Europe: after 17:00 in Paris the suite's expert is off-hours and someone else is proposed).
/// </summary>
internal sealed class DevelopmentClockOptions
{
    public const string SectionName = "Switchboard:Development";

    /// <summary>An instant with its offset ("2026-12-01T10:00:00+01:00"); empty: the real clock.</summary>
    public string? ClockStart { get; set; }

    public DateTimeOffset? Start => DateTimeOffset.TryParse(ClockStart, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? start : null;
}

/// <summary>Refuses the clock setting outside Development, and a value that is not an instant with an offset.</summary>
internal sealed class DevelopmentClockOptionsValidator(IHostEnvironment environment) : IValidateOptions<DevelopmentClockOptions>
{
    public ValidateOptionsResult Validate(string? name, DevelopmentClockOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClockStart))
        {
            return ValidateOptionsResult.Success;
        }

        if (!environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail($"{DevelopmentClockOptions.SectionName}:ClockStart is set in the {environment.EnvironmentName} environment; it moves the host's clock and is accepted in Development only.");
        }

        return options.Start is null
            ? ValidateOptionsResult.Fail($"{DevelopmentClockOptions.SectionName}:ClockStart '{options.ClockStart}' is not a date and time with an offset (for example 2026-12-01T10:00:00+01:00).")
            : ValidateOptionsResult.Success;
    }
}

/// <summary>The real clock moved by a fixed amount: time runs at its real pace from the configured start.</summary>
internal sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}

internal static class DevelopmentClockExtensions
{
    /// <summary>Registers the moved clock before any layer adds the real one (they all use TryAdd).</summary>
    public static WebApplicationBuilder AddDevelopmentClock(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DevelopmentClockOptions.SectionName);
        builder.Services.AddOptions<DevelopmentClockOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DevelopmentClockOptions>, DevelopmentClockOptionsValidator>();
        if (builder.Environment.IsDevelopment() && section.Get<DevelopmentClockOptions>()?.Start is { } start)
        {
            builder.Services.AddSingleton<TimeProvider>(new ShiftedClock(start - TimeProvider.System.GetUtcNow()));
        }

        return builder;
    }
}
