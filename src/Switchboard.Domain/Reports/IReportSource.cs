using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Reports;

/// <summary>The requests a report is computed from, with their whole history.</summary>
public interface IReportSource
{
    /// <summary>
    /// Requests sent in <paramref name="period"/> (draft requests, never sent, are left out) whose requester is in
    /// <paramref name="people"/> or that were offered to, or taken by, one of them; every request sent in the
    /// period when <paramref name="people"/> is null.
    /// </summary>
    Task<IReadOnlyList<SupportRequest>> ListSentAsync(ReportPeriod period, IReadOnlySet<string>? people, CancellationToken cancellationToken);
}
