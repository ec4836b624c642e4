using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Requests;
using Columns = Switchboard.Storage.Requests.StoredOutboxMessageConfiguration;

namespace Switchboard.Storage.Requests;

/// <summary>
/// <see cref="IOutbox"/> on <c>outbox_messages</c>. A claim selects the first pending message of each conversation
/// key, if it is due and not leased, and leases it, in one transaction. On PostgreSQL the selected rows are locked
/// with <c>FOR UPDATE SKIP LOCKED</c>, so that instances claiming at once split the work instead of queueing on
/// each other or taking the same rows. SQLite has a single writer: its transaction takes the write lock up front.
/// </summary>
internal sealed class EfOutbox(IDbContextFactory<SwitchboardDbContext> contexts, TimeProvider time) : IOutbox
{
    private const string Pending = nameof(OutboxState.Pending);

    // "Earlier" is the database-assigned sequence; the NOT EXISTS keeps a conversation's later messages waiting
    // while any earlier one is pending, whether leased by another dispatcher or waiting to be retried.
    private const string ClaimSql =
        "SELECT o.* FROM " + Columns.Table + " AS o "
        + "WHERE o." + Columns.State + " = '" + Pending + "' "
        + "AND o." + Columns.NextAttemptAt + " <= {0} "
        + "AND (o." + Columns.LeaseUntil + " IS NULL OR o." + Columns.LeaseUntil + " <= {1}) "
        + "AND NOT EXISTS (SELECT 1 FROM " + Columns.Table + " AS e "
        + "WHERE e." + Columns.ConversationKey + " = o." + Columns.ConversationKey + " "
        + "AND e." + Columns.State + " = '" + Pending + "' "
        + "AND e." + Columns.Sequence + " < o." + Columns.Sequence + ") "
        + "ORDER BY o." + Columns.Sequence + " "
        + "LIMIT ";

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var leaseUntil = now + lease;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var sql = ClaimSql + maxCount.ToString(CultureInfo.InvariantCulture)
            + (db.Database.IsNpgsql() ? " FOR UPDATE OF o SKIP LOCKED" : string.Empty);
        object[] parameters =
        [
            db.ColumnParameter<StoredOutboxMessage>(nameof(StoredOutboxMessage.NextAttemptAt), now),
            db.ColumnParameter<StoredOutboxMessage>(nameof(StoredOutboxMessage.LeaseUntil), now),
        ];
        var rows = await db.OutboxMessages.FromSqlRaw(sql, parameters).AsNoTracking().ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var sequences = rows.Select(r => r.Sequence).ToList();
        await db.OutboxMessages
            .Where(m => sequences.Contains(m.Sequence))
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return rows.Select(r =>
            {
                r.Attempts++;
                return ToMessage(r);
            })
            .ToList();
    }

    public Task MarkSentAsync(OutboxMessageId id, CancellationToken cancellationToken) =>
        CompleteAsync(id, OutboxState.Sent, null, cancellationToken);

    public Task MarkFailedPermanentlyAsync(OutboxMessageId id, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return CompleteAsync(id, OutboxState.FailedPermanently, reason, cancellationToken);
    }

    public Task MarkOutcomeUnknownAsync(OutboxMessageId id, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return CompleteAsync(id, OutboxState.Unknown, reason, cancellationToken);
    }

    public async Task RetryLaterAsync(OutboxMessageId id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id.Value && m.State == Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LastError, reason),
                cancellationToken);
        EnsureFound(id, updated);
    }

    public async Task DeferAsync(OutboxMessageId id, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The claim counted an attempt; a deferral gives it back. LastError stays: it still says why the last
        // real attempt failed, if one did.
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id.Value && m.State == Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts > 0 ? m.Attempts - 1 : 0),
                cancellationToken);
        EnsureFound(id, updated);
    }

    internal static StoredOutboxMessage ToRow(OutboxMessage message) => new()
    {
        Id = message.Id.Value,
        ConversationKey = message.ConversationKey,
        Kind = message.Kind.ToString(),
        Payload = message.Payload,
        RequestId = message.RequestId?.Value,
        CreatedAt = message.CreatedAt,
        Attempts = message.Attempts,
        State = message.State.ToString(),
        NextAttemptAt = message.NextAttemptAt,
        LastError = message.LastError,
    };

    internal static OutboxMessage ToMessage(StoredOutboxMessage row) => new(
        new OutboxMessageId(row.Id),
        row.ConversationKey,
        Enum.Parse<OutboxMessageKind>(row.Kind),
        row.Payload,
        row.RequestId is { } requestId ? new RequestId(requestId) : null,
        row.CreatedAt,
        row.Attempts,
        Enum.Parse<OutboxState>(row.State),
        row.NextAttemptAt,
        row.LastError);

    private async Task CompleteAsync(OutboxMessageId id, OutboxState state, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stateName = state.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Only a pending message can complete: marking one that already completed would rewrite what happened.
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id.Value && m.State == Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.State, stateName)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LastError, reason)
                    .SetProperty(m => m.CompletedAt, now),
                cancellationToken);
        EnsureFound(id, updated);
    }

    private static void EnsureFound(OutboxMessageId id, int updated)
    {
        if (updated == 0)
        {
            throw new InvalidOperationException($"Outbox message {id} does not exist or is no longer pending.");
        }
    }
}
