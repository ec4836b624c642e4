using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Record;
using Switchboard.Storage.Requests;

namespace Switchboard.Storage.Record;

/// <summary>
/// Appends to the chain inside the caller's transaction. Whoever appends first holds the chain until commit: on
/// PostgreSQL a transaction-scoped advisory lock taken before the head is read; on SQLite the write lock, which
/// EF Core's transactions take at BEGIN (Microsoft.Data.Sqlite begins them IMMEDIATE). Two writers therefore never
/// read the same head, and if one ever did, the sequence primary key would refuse the second entry.
/// </summary>
internal static class AuditChainWriter
{
    /// <summary>"SWBAUDIT" in ASCII: distinct from the migration lock, shared by every instance.</summary>
    private const long ChainLockKey = 0x5357_4241_5544_4954;

    public static async Task<IReadOnlyList<AuditEntry>> AppendAsync(SwitchboardDbContext db, IReadOnlyList<AuditDraft> drafts, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries are appended inside the caller's transaction.");
        }

        if (drafts.Count == 0)
        {
            return [];
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [ChainLockKey], cancellationToken);
        }

        var headRow = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var head = headRow is null ? null : ToEntry(headRow);
        var appended = new List<AuditEntry>(drafts.Count);
        foreach (var draft in drafts)
        {
            head = AuditChain.Next(head, draft);
            appended.Add(head);
            db.AuditEntries.Add(ToRow(head));
        }

        await db.SaveChangesAsync(cancellationToken);
        return appended;
    }

    public static async IAsyncEnumerable<AuditEntry> ReadAllAsync(IDbContextFactory<SwitchboardDbContext> contexts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int Page = 1000;
        long after = 0;
        while (true)
        {
            List<StoredAuditEntry> rows;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                rows = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Page).ToListAsync(cancellationToken);
            }

            foreach (var row in rows)
            {
                yield return ToEntry(row);
            }

            if (rows.Count < Page)
            {
                yield break;
            }

            after = rows[^1].Sequence;
        }
    }

    internal static StoredAuditEntry ToRow(AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        OccurredAt = entry.Content.OccurredAt,
        Kind = AuditCanonicalForm.KindName(entry.Content.Kind),
        Actor = entry.Content.Actor,
        Subjects = string.Join(',', entry.Content.Subjects),
        RequestId = entry.Content.RequestId,
        Data = RequestJson.Serialize(entry.Content.Data),
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };

    internal static AuditEntry ToEntry(StoredAuditEntry row) => new(
        row.Sequence,
        new AuditDraft(
            row.OccurredAt,
            Enum.Parse<AuditEntryKind>(row.Kind, ignoreCase: true),
            row.Actor,
            row.Subjects.Length == 0 ? [] : row.Subjects.Split(','),
            row.RequestId,
            RequestJson.Deserialize<Dictionary<string, string>>(row.Data)),
        row.PreviousHash,
        row.Hash);
}

/// <summary><see cref="IAuditLog"/> on <see cref="SwitchboardDbContext"/>, for appenders that change nothing else (report views).</summary>
internal sealed class EfAuditLog(IDbContextFactory<SwitchboardDbContext> contexts) : IAuditLog
{
    public async Task<AuditEntry> AppendAsync(AuditDraft content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var appended = await AuditChainWriter.AppendAsync(db, [content], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return appended[0];
    }

    public IAsyncEnumerable<AuditEntry> ReadAllAsync(CancellationToken cancellationToken) => AuditChainWriter.ReadAllAsync(contexts, cancellationToken);

    public async Task<AuditEntry?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : AuditChainWriter.ToEntry(row);
    }
}
