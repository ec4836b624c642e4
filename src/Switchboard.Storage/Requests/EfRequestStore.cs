using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Storage.Conversations;
using Switchboard.Storage.Record;

namespace Switchboard.Storage.Requests;

/// <summary>
/// <see cref="IRequestStore"/> on <see cref="SwitchboardDbContext"/>. A save writes the inbound activity's key, the
/// request row, its new history entries and the outbox messages in one transaction, guarded by the version the
/// request was loaded at.
/// </summary>
internal sealed class EfRequestStore(IDbContextFactory<SwitchboardDbContext> contexts, TimeProvider time, AuditPseudonyms pseudonyms) : IRequestStore
{
    private static readonly string[] OfferedStates = [nameof(RequestState.Offered), nameof(RequestState.DetailsRequested)];
    private static readonly string[] ExpiringStates = [nameof(RequestState.Offered), nameof(RequestState.Posted)];
    private static readonly string[] AssignedStates = [nameof(RequestState.Accepted), nameof(RequestState.Claimed)];
    private static readonly string[] ClosedStates = [nameof(RequestState.Resolved), nameof(RequestState.Rated), nameof(RequestState.Withdrawn)];
    private static readonly string[] UrgentLevels = [nameof(Urgency.High), nameof(Urgency.Critical)];

    public async Task<SupportRequest?> FindAsync(RequestId id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id.Value, cancellationToken);
        return row is null ? null : (await LoadAsync(db, [row], cancellationToken))[0];
    }

    public async Task<SaveResult> SaveAsync(SupportRequest request, IReadOnlyList<OutboxMessage> outbox, string? inboundKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outbox);
        if (inboundKey is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(inboundKey);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The key first: a retry of the same activity stops here, whether the first attempt committed long ago or
        // is committing right now on another instance (PostgreSQL makes this insert wait for it, then skip).
        if (inboundKey is not null && !await MarkProcessedAsync(db, inboundKey, cancellationToken))
        {
            return SaveResult.Duplicate;
        }

        var row = ToRow(request);
        if (request.PersistedVersion == 0)
        {
            db.Requests.Add(row);
        }
        else
        {
            // Update without reading first: the WHERE on the loaded version is the whole concurrency check.
            var entry = db.Requests.Attach(row);
            entry.State = EntityState.Modified;
            entry.Property(r => r.Version).OriginalValue = request.PersistedVersion;

            // The aggregate knows nothing of erasure; only the erasure itself sets this column.
            entry.Property(r => r.FreeTextErasedAt).IsModified = false;
        }

        // The request row alone first: in one batch with the events, a stale save would fail on the events'
        // primary key (the winner already wrote those sequence numbers) before EF Core saw the version mismatch.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The transaction is rolled back on dispose: nothing of this save, outbox included, is written.
            return SaveResult.Conflicted(new ConcurrencyConflict(request.Id, request.PersistedVersion));
        }

        db.RequestEvents.AddRange(request.PendingEvents.Select(ToRow));
        await db.SaveChangesAsync(cancellationToken);

        // One audit entry per event, in the same transaction: the record holds exactly what was saved.
        await AuditChainWriter.AppendAsync(db, [.. request.PendingEvents.Select(e => RequestAuditEntries.From(e, request.Requester, pseudonyms))], cancellationToken);

        // One message per statement, in the caller's order: the database assigns sequences as rows arrive, and a
        // batched insert would leave that order to EF Core's command ordering.
        foreach (var message in outbox)
        {
            db.OutboxMessages.Add(EfOutbox.ToRow(message));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        request.MarkPersisted();
        return SaveResult.Success;
    }

    private async Task<bool> MarkProcessedAsync(SwitchboardDbContext db, string key, CancellationToken cancellationToken)
    {
        object[] parameters =
        [
            db.ColumnParameter<ProcessedActivity>(nameof(ProcessedActivity.Key), key),
            db.ColumnParameter<ProcessedActivity>(nameof(ProcessedActivity.ReceivedAt), time.GetUtcNow()),
        ];
        return await db.Database.ExecuteSqlRawAsync(EfInboundDeduplicator.InsertSql, parameters, cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<SupportRequest>> ListByRequesterAsync(UserId requester, bool openOnly, CancellationToken cancellationToken)
    {
        var id = Key(requester);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.RequesterId == id && (!openOnly || !ClosedStates.Contains(r.State)))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return await LoadAsync(db, rows, cancellationToken);
    }

    public async Task<IReadOnlyList<SupportRequest>> ListOfferedToAsync(UserId offeree, CancellationToken cancellationToken)
    {
        var id = Key(offeree);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.OffereeId == id && OfferedStates.Contains(r.State))
            .OrderBy(r => r.UpdatedAt)
            .ToListAsync(cancellationToken);
        return await LoadAsync(db, rows, cancellationToken);
    }

    public async Task<IReadOnlyList<SupportRequest>> ListOffersExpiringBeforeAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Requests.AsNoTracking()
            .Where(r => ExpiringStates.Contains(r.State) && r.OfferExpiresAt != null && r.OfferExpiresAt < before)
            .OrderBy(r => r.OfferExpiresAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return await LoadAsync(db, rows, cancellationToken);
    }

    public async Task<int> CountUrgentSentAsync(UserId requester, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var id = Key(requester);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Requests.CountAsync(
            r => r.RequesterId == id && r.SentAt >= from && r.SentAt < to && UrgentLevels.Contains(r.RequestedUrgency!),
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<UserId, int>> CountOpenWorkAsync(IReadOnlyCollection<UserId> experts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experts);
        var ids = experts.Select(Key).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var offered = await db.Requests.AsNoTracking()
            .Where(r => OfferedStates.Contains(r.State) && ids.Contains(r.OffereeId!))
            .GroupBy(r => r.OffereeId!)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var assigned = await db.Requests.AsNoTracking()
            .Where(r => AssignedStates.Contains(r.State) && ids.Contains(r.AssigneeId!))
            .GroupBy(r => r.AssigneeId!)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return offered.Concat(assigned)
            .GroupBy(c => c.Id)
            .ToDictionary(g => new UserId(g.Key), g => g.Sum(c => c.Count));
    }

    /// <summary>Rebuilds the aggregates of <paramref name="rows"/>, reading all their histories in one query.</summary>
    internal static async Task<IReadOnlyList<SupportRequest>> LoadAsync(SwitchboardDbContext db, List<StoredRequest> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var events = (await db.RequestEvents.AsNoTracking()
                .Where(e => ids.Contains(e.RequestId))
                .OrderBy(e => e.RequestId).ThenBy(e => e.Sequence)
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.RequestId);

        return rows
            .Select(row =>
            {
                var snapshot = RequestJson.Deserialize<SupportRequestSnapshot>(row.Snapshot) with { Version = row.Version };
                return SupportRequest.Rehydrate(snapshot, [.. events[row.Id].Select(ToEvent)]);
            })
            .ToList();
    }

    /// <summary>Ids in query columns are lower-cased: Entra object ids are GUIDs, and callers do not agree on their case.</summary>
    internal static string Key(UserId user) => user.Value.ToLowerInvariant();

    private static StoredRequest ToRow(SupportRequest request) => new()
    {
        Id = request.Id.Value,
        RequesterId = Key(request.Requester),
        State = request.State.ToString(),
        Version = request.Version,
        OffereeId = request.CurrentOfferee is { } offeree ? Key(offeree) : null,
        AssigneeId = request.Assignee is { } assignee ? Key(assignee) : null,
        PostedGroupId = request.PostedTo?.Value,
        OfferExpiresAt = request.State is RequestState.Offered or RequestState.Posted ? request.CurrentOffer?.ExpiresAt : null,
        RequestedUrgency = request.RequestedUrgency?.ToString(),
        SentAt = request.SentAt,
        CreatedAt = request.CreatedAt,
        UpdatedAt = request.UpdatedAt,
        Snapshot = RequestJson.Serialize(request.ToSnapshot()),
    };

    private static StoredRequestEvent ToRow(RequestEvent entry) => new()
    {
        RequestId = entry.RequestId.Value,
        Sequence = entry.Sequence,
        Version = entry.Version,
        Kind = entry.Kind.ToString(),
        ActorId = entry.ActorId,
        At = entry.At,
        Reason = entry.Reason,
        Data = RequestJson.Serialize(entry.Data),
    };

    internal static RequestEvent ToEvent(StoredRequestEvent row) => new(
        new RequestId(row.RequestId),
        row.Sequence,
        row.Version,
        Enum.Parse<RequestEventKind>(row.Kind),
        row.ActorId,
        row.At,
        row.Reason,
        RequestJson.Deserialize<Dictionary<string, string>>(row.Data));
}
