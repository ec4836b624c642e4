using System.Text;
using Switchboard.Domain.Record;

namespace Switchboard.Domain.Tests.Record;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A fixed entry and the hash an independent implementation of docs/RECORD.md computes for it.</summary>
    private static AuditDraft GoldenDraft() => new(
        new DateTimeOffset(2026, 11, 26, 9, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567),
        AuditEntryKind.Declined,
        new string('a', 64),
        [new string('1', 64), new string('2', 64)],
        Guid.Parse("0193f2a4-5b6c-7d8e-9f00-112233445566"),
        new Dictionary<string, string> { ["urgency"] = "High", ["note"] = "é,=\\\n🚀" });

    [Fact]
    public void Serialize_FixedEntry_IsTheDocumentedCanonicalForm()
    {
        var canonical = Encoding.ASCII.GetString(AuditCanonicalForm.Serialize(7, GoldenDraft()));

        Assert.Equal(
            "switchboard-audit-v1\nsequence:7\noccurredAt:2026-11-26T08:30:15.123456Z\nkind:declined\n" +
            "actor:" + new string('a', 64) + "\nsubjects:" + new string('1', 64) + "," + new string('2', 64) + "\n" +
            "request:0193f2a4-5b6c-7d8e-9f00-112233445566\ndata:2\n" +
            @"note=\u00e9\u002c\u003d\\\u000a\ud83d\ude80" + "\nurgency=High\n",
            canonical);
    }

    [Fact]
    public void ComputeHash_FixedEntry_FixedHash()
    {
        var hash = AuditChain.ComputeHash(7, GoldenDraft(), string.Concat(Enumerable.Repeat("ab", 32)));

        Assert.Equal("ab7f8ab1a0bf967dc4a44499eb09fd6851de73e2a89d913740b21733007a1062", hash);
    }

    [Fact]
    public void ComputeHash_SameEntryOtherCultureOrDataOrder_SameHash()
    {
        var draft = GoldenDraft();
        var reordered = new AuditDraft(draft.OccurredAt, draft.Kind, draft.Actor, draft.Subjects, draft.RequestId,
            new Dictionary<string, string> { ["note"] = "é,=\\\n🚀", ["urgency"] = "High" });
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(AuditChain.ComputeHash(1, draft, AuditChain.GenesisHash), AuditChain.ComputeHash(1, reordered, AuditChain.GenesisHash));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal("ab7f8ab1a0bf967dc4a44499eb09fd6851de73e2a89d913740b21733007a1062", AuditChain.ComputeHash(7, reordered, string.Concat(Enumerable.Repeat("ab", 32))));
    }

    [Fact]
    public async Task VerifyAsync_IntactChain_ReportsTheHead()
    {
        var chain = Chain(5);

        var result = await AuditChainVerifier.VerifyAsync(chain.ToAsyncEnumerable(), new AuditCheckpoint(5, chain[4].Hash, At), CancellationToken.None);

        Assert.True(result.Intact);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(chain[4], result.Head);
    }

    [Fact]
    public async Task VerifyAsync_UpdatedEntry_ReportsItAsUpdated()
    {
        var chain = Chain(5);
        var original = chain[2];
        chain[2] = original with { Content = Draft(original.Content.Kind, "tampered") };

        var result = await AuditChainVerifier.VerifyAsync(chain.ToAsyncEnumerable(), null, CancellationToken.None);

        Assert.Equal(AuditBreak.Updated, result.Break);
        Assert.Equal(3, result.BrokenSequence);
        Assert.Contains("updated", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_DeletedEntry_ReportsTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = await AuditChainVerifier.VerifyAsync(chain.ToAsyncEnumerable(), null, CancellationToken.None);

        Assert.Equal(AuditBreak.Deleted, result.Break);
        Assert.Equal(3, result.BrokenSequence);
        Assert.Contains("entry 2 is missing", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_SwappedEntriesRenumbered_ReportsReordering()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var result = await AuditChainVerifier.VerifyAsync(chain.ToAsyncEnumerable(), null, CancellationToken.None);

        Assert.Equal(AuditBreak.ReorderedOrInserted, result.Break);
        Assert.Equal(2, result.BrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_InsertedEntryWithValidHash_ReportsTheEntryAfterIt()
    {
        var chain = Chain(4);
        var inserted = AuditChain.Next(chain[1], Draft(AuditEntryKind.Accepted, "forged"));
        var shifted = chain.Skip(2).Select(e => e with { Sequence = e.Sequence + 1 });
        List<AuditEntry> forged = [chain[0], chain[1], inserted, .. shifted];

        var result = await AuditChainVerifier.VerifyAsync(forged.ToAsyncEnumerable(), null, CancellationToken.None);

        Assert.Equal(AuditBreak.ReorderedOrInserted, result.Break);
        Assert.Equal(4, result.BrokenSequence);
        Assert.Contains("inserted", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_TailCutBelowTheCheckpoint_ReportsTruncation()
    {
        var chain = Chain(5);
        var checkpoint = new AuditCheckpoint(5, chain[4].Hash, At);

        var result = await AuditChainVerifier.VerifyAsync(chain.Take(3).ToAsyncEnumerable(), checkpoint, CancellationToken.None);

        Assert.Equal(AuditBreak.Truncated, result.Break);
        Assert.Equal(4, result.BrokenSequence);
        Assert.Contains("truncated", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ChainRebuiltAfterTheCheckpoint_ReportsTheMismatch()
    {
        var chain = Chain(5);
        var checkpoint = new AuditCheckpoint(4, chain[3].Hash, At);
        var rebuilt = chain.Take(2).ToList();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            rebuilt.Add(AuditChain.Next(rebuilt[^1], Draft(AuditEntryKind.Resolved, "rebuilt")));
        }

        var result = await AuditChainVerifier.VerifyAsync(rebuilt.ToAsyncEnumerable(), checkpoint, CancellationToken.None);

        Assert.Equal(AuditBreak.CheckpointMismatch, result.Break);
        Assert.Equal(4, result.BrokenSequence);
    }

    [Fact]
    public void AuditDraft_OccurredAt_KeptToWholeMicrosecondsInUtc()
    {
        var draft = Draft(AuditEntryKind.Created, "x", new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(19));

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(10), draft.OccurredAt);
        Assert.Equal(TimeSpan.Zero, draft.OccurredAt.Offset);
    }

    internal static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            entries.Add(AuditChain.Next(entries.LastOrDefault(), Draft(AuditEntryKind.Offered, "entry" + i)));
        }

        return entries;
    }

    private static AuditDraft Draft(AuditEntryKind kind, string marker, DateTimeOffset? at = null) =>
        new(at ?? At, kind, AuditActors.System, [], null, new Dictionary<string, string> { ["marker"] = marker });
}
