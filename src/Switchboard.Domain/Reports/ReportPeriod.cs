using System.Globalization;

namespace Switchboard.Domain.Reports;

/// <summary>A half-open span of time, <see cref="From"/> inclusive and <see cref="To"/> exclusive, in UTC.</summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new ArgumentException("A report period must end after it starts.", nameof(to));
        }

        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    /// <summary>A calendar month in UTC, such as November 2026.</summary>
    public static ReportPeriod Month(int year, int month)
    {
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return new ReportPeriod(start, start.AddMonths(1));
    }

    /// <summary>The month containing <paramref name="instant"/>, in UTC.</summary>
    public static ReportPeriod MonthContaining(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return Month(utc.Year, utc.Month);
    }

    /// <summary>Reads <c>yyyy-MM</c>; false for anything else.</summary>
    public static bool TryParseMonth(string? text, out ReportPeriod period)
    {
        period = null!;
        if (!DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return false;
        }

        period = Month(month.Year, month.Month);
        return true;
    }

    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;
}
