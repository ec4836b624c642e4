using System.Globalization;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Reports;

/// <summary>
/// A report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
/// break, quotes doubled), one row per figure: <c>figure,key,value,part,whole,requests</c>, the request ids
/// space-separated. Topics and departments come from the directory, which anyone who can edit a profile writes, so
/// every field is neutralised against spreadsheet formula injection first.
/// </summary>
public static class ReportCsv
{
    public static readonly string[] Header = ["figure", "key", "value", "part", "whole", "requests"];

    public static async Task WriteAsync(RoutingReport report, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var row in Rows(report).Prepend(Header))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(string.Join(',', row.Select(Field)) + "\r\n");
        }
    }

    /// <summary>
    /// One field, safe to open in a spreadsheet: a value a spreadsheet would read as a formula (starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading apostrophe; then RFC 4180 quoting.
    /// </summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static IEnumerable<string[]> Rows(RoutingReport report)
    {
        yield return Count("received", null, report.Received);
        yield return Count("resolved", null, report.Resolved);
        foreach (var row in report.ByTopic)
        {
            yield return Count("by_topic", row.Key, row.Total);
        }

        foreach (var row in report.ByDepartment)
        {
            yield return Count("by_department", row.Key, row.Total);
        }

        yield return Duration("time_to_accept_median", report.TimeToAccept.Median, report.TimeToAccept.Requests);
        yield return Duration("time_to_accept_p90", report.TimeToAccept.Percentile90, report.TimeToAccept.Requests);
        yield return Duration("time_to_resolve_median", report.TimeToResolve.Median, report.TimeToResolve.Requests);
        yield return Duration("time_to_resolve_p90", report.TimeToResolve.Percentile90, report.TimeToResolve.Requests);
        yield return Share("accepted_by_first_offered", null, report.AcceptedByFirstOffered);
        yield return Count("declines", null, report.Declined);
        yield return Count("redirects", null, report.Redirected);
        yield return Count("expiries", null, report.Expired);
        yield return Count("escalations", null, report.Escalated);
        yield return Count("unanswered", null, report.Unanswered);
        foreach (var load in report.ExpertLoad)
        {
            yield return Count("expert_offered", load.Expert.Value, load.Offered);
            yield return Count("expert_taken", load.Expert.Value, load.Taken);
        }

        foreach (var topic in report.Fairness)
        {
            yield return Row("fairness_gini", topic.Topic, Number(topic.Gini), null, null, topic.Requests);
            yield return Row("fairness_max_over_mean", topic.Topic, Number(topic.MaxOverMean), null, null, topic.Requests);
        }

        foreach (var row in report.UrgentByRequester)
        {
            yield return Share("urgent_by_requester", row.Key, row.Urgent);
        }

        foreach (var row in report.UrgentByDepartment)
        {
            yield return Share("urgent_by_department", row.Key, row.Urgent);
        }

        yield return Share("urgent_downgraded", null, report.UrgentDowngraded);
        foreach (var topic in report.SingleExpertTopics)
        {
            yield return Row("single_expert_topic", topic.Topic, topic.Expert.Value, null, null, topic.Requests);
        }

        yield return Share("rating_right_person", null, report.Ratings.RightPerson);
        yield return Row("rating_speed_average", null, report.Ratings.AverageSpeed is { } speed ? Number(speed) : null, null, null, report.Ratings.Requests);
    }

    private static string[] Count(string figure, string? key, CountFigure count) =>
        Row(figure, key, Number(count.Count), null, null, count.Requests);

    private static string[] Share(string figure, string? key, ShareFigure share) =>
        Row(figure, key, share.Rate is { } rate ? Number(rate) : null, share.Part, share.Whole, share.Requests);

    private static string[] Duration(string figure, TimeSpan? duration, IReadOnlyList<RequestId> requests) =>
        Row(figure, null, duration?.ToString("c", CultureInfo.InvariantCulture), null, null, requests);

    private static string[] Row(string figure, string? key, string? value, int? part, int? whole, IReadOnlyList<RequestId> requests) =>
    [
        figure,
        key ?? string.Empty,
        value ?? string.Empty,
        part is { } p ? Number(p) : string.Empty,
        whole is { } w ? Number(w) : string.Empty,
        string.Join(' ', requests.Select(r => r.Value.ToString("D", CultureInfo.InvariantCulture))),
    ];

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
