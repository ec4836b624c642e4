using Switchboard.Domain.Directory;

namespace Switchboard.Graph;

public enum GraphSyncKind
{
    Full,
    Delta,
    Presence,
}

/// <summary>Where a running sync is, for a progress bar: <paramref name="Total"/> is null while unknown (paging).</summary>
public sealed record GraphSyncProgress(string Stage, int Done, int? Total);

/// <summary>What one sync did and what it cost; printed by <c>sync</c>, logged by the background service.</summary>
public sealed record GraphSyncReport
{
    public required GraphSyncKind Kind { get; init; }

    public int Users { get; init; }

    public int Groups { get; init; }

    public long Batches { get; init; }

    /// <summary>HTTP requests on the wire, SDK retries included.</summary>
    public long Requests { get; init; }

    /// <summary>429/503/504 answers, on the wire and inside batches.</summary>
    public long Throttled { get; init; }

    public IReadOnlyList<SkippedRead> Skipped { get; init; } = [];

    public TimeSpan Duration { get; init; }

    /// <summary>For a delta: users that appeared, changed, and left (deleted).</summary>
    public int Added { get; init; }

    public int Updated { get; init; }

    public int Removed { get; init; }

    /// <summary>Why a delta was asked for but a full sync ran instead (no delta link yet, or it expired).</summary>
    public string? FallbackReason { get; init; }
}

/// <summary>A complete snapshot with the delta link that continues from it.</summary>
public sealed record GraphSyncResult(DirectorySnapshot Snapshot, string? DeltaLink, GraphSyncReport Report);
