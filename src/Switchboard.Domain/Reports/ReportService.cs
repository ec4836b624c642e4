using System.Globalization;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Reports;

/// <summary>How a report leaves Switchboard, as the record names it.</summary>
public enum ReportUse
{
    /// <summary>Shown to the viewer (the chat's summary card).</summary>
    Viewed,

    /// <summary>Written out as a file (the CSV export).</summary>
    Exported,
}

/// <summary>
/// A report, or the refusal that stands in its place. <paramref name="Requests"/> are the requests the report was
/// computed from, by id, so a view can list the requests behind a figure; a source may return more than the scope,
/// so only ids a figure names are to be shown.
/// </summary>
public sealed record ReportOutcome(RoutingReport? Report, ReportDenial? Denial, IReadOnlyDictionary<RequestId, SupportRequest>? Requests = null)
{
    public bool Allowed => Report is not null;
}

/// <summary>
/// Every way into a report goes through here: the access policy decides on the current directory, the figures are
/// computed, and the view or export is appended to the record before the report is handed back, so no report is
/// seen that the record does not show.
/// </summary>
public sealed class ReportService(IReportSource source, ReportAccessPolicy policy, IPeopleDirectory directory, IAuditLog audit, AuditPseudonyms pseudonyms, TimeProvider time)
{
    public async Task<ReportOutcome> GetAsync(UserId viewer, ReportScopeRequest request, ReportPeriod period, ReportUse use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var decision = policy.Decide(viewer, request);

        // The snapshot is read once more after the decision only to name departments; a swap in between cannot widen the scope.
        if (!decision.Allowed || directory.Current is not { } snapshot)
        {
            return new ReportOutcome(null, decision.Denial ?? new ReportDenial(ReportDenialReason.DirectoryUnavailable, "The directory is not loaded."));
        }

        var scope = decision.Scope!;
        var requests = await source.ListSentAsync(period, scope.People, cancellationToken);
        var report = RoutingReportCalculator.Compute(requests, snapshot, period, scope);

        var subjects = scope.Root is { } root ? new[] { pseudonyms.Of(root) } : [];
        await audit.AppendAsync(
            new AuditDraft(
                time.GetUtcNow(),
                use == ReportUse.Viewed ? AuditEntryKind.ReportViewed : AuditEntryKind.ReportExported,
                pseudonyms.Of(viewer),
                subjects,
                null,
                new Dictionary<string, string>
                {
                    ["scope"] = scope.Kind.ToString(),
                    ["from"] = period.From.ToString("O", CultureInfo.InvariantCulture),
                    ["to"] = period.To.ToString("O", CultureInfo.InvariantCulture),
                    ["requests"] = report.Received.Count.ToString(CultureInfo.InvariantCulture),
                }),
            cancellationToken);
        return new ReportOutcome(report, null, requests.ToDictionary(r => r.Id));
    }
}
