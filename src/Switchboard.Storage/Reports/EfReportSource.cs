using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Storage.Requests;

namespace Switchboard.Storage.Reports;

/// <summary>
/// <see cref="IReportSource"/> on <see cref="SwitchboardDbContext"/>: one query for the requests, one for their
/// histories (as <see cref="EfRequestStore"/> loads them), whatever the number of requests.
/// </summary>
internal sealed class EfReportSource(IDbContextFactory<SwitchboardDbContext> contexts) : IReportSource
{
    public async Task<IReadOnlyList<SupportRequest>> ListSentAsync(ReportPeriod period, IReadOnlySet<string>? people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = period.From;
        var to = period.To;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Requests.AsNoTracking().Where(r => r.SentAt != null && r.SentAt >= from && r.SentAt < to);
        if (people is not null)
        {
            // Query columns hold lower-cased ids; event actors hold ids as the caller gave them, so both spellings go in.
            var keys = people.Select(p => p.ToLowerInvariant()).Distinct().ToList();
            var actors = keys.Concat(people).Distinct(StringComparer.Ordinal).ToList();
            query = query.Where(r =>
                keys.Contains(r.RequesterId)
                || (r.OffereeId != null && keys.Contains(r.OffereeId))
                || (r.AssigneeId != null && keys.Contains(r.AssigneeId))
                || db.RequestEvents.Any(e => e.RequestId == r.Id && actors.Contains(e.ActorId)));
        }

        var rows = await query.OrderBy(r => r.SentAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return await EfRequestStore.LoadAsync(db, rows, cancellationToken);
    }
}
