using System.Globalization;
using Switchboard.Cards.Resources;

namespace Switchboard.Cards.Building;

/// <summary>Dates, times and durations as the reader reads them: in their zone and their culture's patterns.</summary>
internal static class Formats
{
    public static string DateTime(DateTimeOffset at, CardContext context) =>
        TimeZoneInfo.ConvertTime(at, context.TimeZone).ToString("g", context.Culture);

    public static string Date(DateOnly date, CardContext context) => date.ToString("d", context.Culture);

    public static string Duration(TimeSpan duration, CardTexts texts)
    {
        var rounded = TimeSpan.FromMinutes(Math.Max(0, Math.Round(duration.TotalMinutes)));
        return rounded.TotalHours >= 24
            ? texts.Format("Duration_DaysHours", (int)rounded.TotalDays, rounded.Hours)
            : rounded.TotalMinutes >= 60
                ? texts.Format("Duration_HoursMinutes", (int)rounded.TotalHours, rounded.Minutes)
                : texts.Format("Duration_Minutes", rounded.Minutes);
    }

    public static string Percent(double ratio, CultureInfo culture) => ratio.ToString("P0", culture);
}
