using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;
using Switchboard.Storage.Requests;

namespace Switchboard.Storage.Record;

/// <summary><see cref="ILegalHoldStore"/>: each hold set or lifted commits together with its audit entry.</summary>
internal sealed class EfLegalHoldStore(IDbContextFactory<SwitchboardDbContext> contexts, AuditPseudonyms pseudonyms, TimeProvider time) : ILegalHoldStore
{
    public async Task<LegalHold> SetAsync(UserId? user, string reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, LegalHold.ReasonMaxLength, nameof(reason));
        var now = time.GetUtcNow();
        var row = new StoredLegalHold
        {
            Id = Guid.CreateVersion7(),
            UserId = user is { } person ? EfRequestStore.Key(person) : null,
            Reason = reason,
            SetAt = now,
        };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.LegalHolds.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await AuditChainWriter.AppendAsync(db, [Entry(AuditEntryKind.LegalHoldSet, row, actor, now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToHold(row);
    }

    public async Task<bool> LiftAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == id && h.LiftedAt == null, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.LiftedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await AuditChainWriter.AppendAsync(db, [Entry(AuditEntryKind.LegalHoldLifted, row, actor, now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<LegalHold>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ListActiveAsync(db, cancellationToken);
    }

    internal static async Task<IReadOnlyList<LegalHold>> ListActiveAsync(SwitchboardDbContext db, CancellationToken cancellationToken) =>
        (await db.LegalHolds.AsNoTracking().Where(h => h.LiftedAt == null).ToListAsync(cancellationToken))
            .OrderBy(h => h.SetAt)
            .Select(ToHold)
            .ToList();

    internal static LegalHold ToHold(StoredLegalHold row) =>
        new(row.Id, row.UserId is null ? null : new UserId(row.UserId), row.Reason, row.SetAt, row.LiftedAt);

    // The reason is free text an administrator wrote about a person: it stays in legal_holds, out of the chain.
    private AuditDraft Entry(AuditEntryKind kind, StoredLegalHold row, string actor, DateTimeOffset now) => new(
        now,
        kind,
        actor,
        row.UserId is null ? [] : [pseudonyms.Of(new UserId(row.UserId))],
        null,
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["holdId"] = row.Id.ToString("D"),
            ["scope"] = row.UserId is null ? "everyone" : "user",
        });
}
