namespace Switchboard.Domain.Record;

/// <summary>
/// The append-only record. Appends through this port run in a transaction of their own; stores that change other
/// data append within their own transaction instead, so that the change and its entry commit together.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds <paramref name="content"/> after the current head, never beside it, whatever other writers do.</summary>
    Task<AuditEntry> AppendAsync(AuditDraft content, CancellationToken cancellationToken);

    /// <summary>Every entry in sequence order, read in pages so the whole chain is never in memory.</summary>
    IAsyncEnumerable<AuditEntry> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>The last entry, or null while the chain is empty.</summary>
    Task<AuditEntry?> ReadHeadAsync(CancellationToken cancellationToken);
}

/// <summary>A chain head written down elsewhere, so that cutting the chain's tail shows.</summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset At);

/// <summary>
/// Where checkpoints are kept: somewhere an attacker who can rewrite the database cannot also rewrite (by
/// default a file in the data folder; ship it to write-once storage for more).
/// </summary>
public interface IAuditCheckpointStore
{
    Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>The most recent checkpoint, or null when none was ever written.</summary>
    Task<AuditCheckpoint?> ReadLastAsync(CancellationToken cancellationToken);
}

/// <summary>Writes a checkpoint of the current head, unless the last one already is the head.</summary>
public sealed class AuditCheckpointWriter(IAuditLog log, IAuditCheckpointStore checkpoints, TimeProvider time)
{
    /// <summary>The checkpoint written, or null when the chain is empty or has not moved since the last one.</summary>
    public async Task<AuditCheckpoint?> WriteAsync(CancellationToken cancellationToken)
    {
        var head = await log.ReadHeadAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var last = await checkpoints.ReadLastAsync(cancellationToken);
        if (last is not null && last.Sequence == head.Sequence && last.Hash == head.Hash)
        {
            return null;
        }

        var checkpoint = new AuditCheckpoint(head.Sequence, head.Hash, time.GetUtcNow());
        await checkpoints.AppendAsync(checkpoint, cancellationToken);
        return checkpoint;
    }

    /// <summary>Verifies the whole chain against the last checkpoint.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await checkpoints.ReadLastAsync(cancellationToken);
        return await AuditChainVerifier.VerifyAsync(log.ReadAllAsync(cancellationToken), checkpoint, cancellationToken);
    }
}
