using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Reports;

/// <summary>The requests a report is computed from, with their whole history.</summary>
public interface IReportSource
{
    /// <summary>
    /// Requests sent in <paramref name="period"/> (draft requests, never sent, are left out) whose requester is in
    /// <paramref name="people"/>, or that one of them holds now (offered, assigned) or acted on (accepted, claimed,
    /// declined, redirected...); every request sent in the period when <paramref name="people"/> is null. The
    /// calculator filters again, so a source may return more, never less.
    /// </summary>
    Task<IReadOnlyList<SupportRequest>> ListSentAsync(ReportPeriod period, IReadOnlySet<string>? people, CancellationToken cancellationToken);
}
