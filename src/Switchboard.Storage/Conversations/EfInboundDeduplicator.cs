using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Conversations;
using Columns = Switchboard.Storage.Conversations.ProcessedActivityConfiguration;

namespace Switchboard.Storage.Conversations;

/// <summary>
/// <see cref="IInboundDeduplicator"/> on the primary key of <c>processed_activities</c>: the database decides the
/// one winner, so it holds across instances.
/// </summary>
internal sealed class EfInboundDeduplicator(IDbContextFactory<SwitchboardDbContext> contexts, TimeProvider time) : IInboundDeduplicator
{
    // ON CONFLICT DO NOTHING rather than catching a duplicate-key error: a unique violation on PostgreSQL aborts
    // the surrounding transaction, which would rule out marking the key in the same transaction as the work it
    // guards (EfRequestStore does exactly that). Both dialects report zero affected rows for the loser.
    internal const string InsertSql =
        "INSERT INTO " + Columns.Table + " (" + Columns.Key + ", " + Columns.ReceivedAt + ") VALUES ({0}, {1}) "
        + "ON CONFLICT (" + Columns.Key + ") DO NOTHING";

    public async Task<bool> TryMarkProcessedAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        object[] parameters =
        [
            db.ColumnParameter<ProcessedActivity>(nameof(ProcessedActivity.Key), key),
            db.ColumnParameter<ProcessedActivity>(nameof(ProcessedActivity.ReceivedAt), time.GetUtcNow()),
        ];
        var inserted = await db.Database.ExecuteSqlRawAsync(InsertSql, parameters, cancellationToken);
        return inserted == 1;
    }
}
