using System.Globalization;

namespace Switchboard.Domain.Record;

/// <summary>How the chain was found broken.</summary>
public enum AuditBreak
{
    /// <summary>An entry's content no longer matches its hash: it was updated.</summary>
    Updated,

    /// <summary>Sequence numbers skip: entries were deleted.</summary>
    Deleted,

    /// <summary>An entry does not point at the one before it: entries were reordered, or one was inserted.</summary>
    ReorderedOrInserted,

    /// <summary>The last checkpoint is beyond the end of the chain: its tail was cut off.</summary>
    Truncated,

    /// <summary>The entry at the last checkpoint's sequence has another hash: the chain was rewritten from there.</summary>
    CheckpointMismatch,
}

/// <summary>The outcome of a verification: intact up to the head, or the first broken entry and why.</summary>
public sealed record AuditVerification(long EntriesChecked, AuditEntry? Head, AuditBreak? Break, long? BrokenSequence, string? Reason)
{
    public bool Intact => Break is null;
}

/// <summary>
/// Walks the chain in sequence order and stops at the first entry that breaks it. Checks, in this order: the
/// sequence follows (a gap is a deletion), the previous hash is the hash of the entry before (else reordered or
/// inserted), the hash matches the content (else updated); then the last checkpoint against what was read.
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        AuditEntry? previous = null;
        string? hashAtCheckpoint = null;
        long count = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var expected = (previous?.Sequence ?? 0) + 1;
            if (entry.Sequence != expected)
            {
                return entry.Sequence > expected
                    ? Broken(count, previous, AuditBreak.Deleted, entry.Sequence,
                        expected == entry.Sequence - 1
                            ? Invariant($"entry {expected} is missing before entry {entry.Sequence}: it was deleted")
                            : Invariant($"entries {expected} to {entry.Sequence - 1} are missing before entry {entry.Sequence}: they were deleted"))
                    : Broken(count, previous, AuditBreak.ReorderedOrInserted, entry.Sequence,
                        Invariant($"entry {entry.Sequence} comes after entry {previous?.Sequence}: the entries were reordered"));
            }

            var previousHash = previous?.Hash ?? AuditChain.GenesisHash;
            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return Broken(count, previous, AuditBreak.ReorderedOrInserted, entry.Sequence,
                    entry.Sequence == 1
                        ? "entry 1 does not start the chain: an entry was inserted before it or the entries were reordered"
                        : Invariant($"entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: an entry was inserted before it or the entries were reordered"));
            }

            var computed = AuditChain.ComputeHash(entry.Sequence, entry.Content, entry.PreviousHash);
            if (!string.Equals(entry.Hash, computed, StringComparison.Ordinal))
            {
                return Broken(count, previous, AuditBreak.Updated, entry.Sequence,
                    Invariant($"entry {entry.Sequence} does not match its hash: it was updated"));
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Sequence)
            {
                hashAtCheckpoint = entry.Hash;
            }

            previous = entry;
            count++;
        }

        if (checkpoint is not null)
        {
            if (hashAtCheckpoint is null)
            {
                return Broken(count, previous, AuditBreak.Truncated, (previous?.Sequence ?? 0) + 1,
                    Invariant($"the chain ends at entry {previous?.Sequence ?? 0} but the checkpoint of {checkpoint.At:u} is at entry {checkpoint.Sequence}: it was truncated"));
            }

            if (!string.Equals(hashAtCheckpoint, checkpoint.Hash, StringComparison.Ordinal))
            {
                return Broken(count, previous, AuditBreak.CheckpointMismatch, checkpoint.Sequence,
                    Invariant($"entry {checkpoint.Sequence} has another hash than the checkpoint of {checkpoint.At:u}: the chain was rewritten from there"));
            }
        }

        return new AuditVerification(count, previous, null, null, null);
    }

    private static AuditVerification Broken(long count, AuditEntry? lastGood, AuditBreak kind, long sequence, string reason) =>
        new(count, lastGood, kind, sequence, reason);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
