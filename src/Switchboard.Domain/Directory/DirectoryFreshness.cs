namespace Switchboard.Domain.Directory;

/// <summary>
/// How current the active directory snapshot is. <see cref="IsStale"/> while the source that keeps it up to date (Microsoft
/// Graph) is failing: the bot keeps routing on the last good snapshot, and tells the people it answers that routing may
/// miss what changed since <see cref="AsOf"/>.
/// </summary>
/// <param name="AsOf">When the active snapshot was last refreshed successfully; null when no refresh has been recorded.</param>
/// <param name="Source">The source that is failing or last succeeded (for example "Microsoft Graph").</param>
/// <param name="FailingSince">When the refreshes started failing; null while they succeed.</param>
/// <param name="Failure">The last failure, in a few words (no secrets: a status and an error code).</param>
public sealed record DirectoryFreshness(DateTimeOffset? AsOf, string? Source, DateTimeOffset? FailingSince, string? Failure)
{
    /// <summary>Nothing recorded: a source that is loaded once (demo company, snapshot file) is never stale.</summary>
    public static readonly DirectoryFreshness Unknown = new(null, null, null, null);

    public bool IsStale => FailingSince is not null;
}

/// <summary>
/// The directory's health as the conversation layer and readiness read it: whether the snapshot being served is the last
/// good one of a source that currently fails. Read on every turn, so implementations answer from memory.
/// </summary>
public interface IDirectoryFreshness
{
    DirectoryFreshness Current { get; }
}

/// <summary>
/// Keeps <see cref="IDirectoryFreshness"/> from what the refreshing source reports. Lock-free: one immutable record swapped
/// whole, so a reader sees a state that was true at some instant.
/// </summary>
public sealed class DirectoryFreshnessTracker(TimeProvider time) : IDirectoryFreshness
{
    private DirectoryFreshness _current = DirectoryFreshness.Unknown;

    public DirectoryFreshness Current => Volatile.Read(ref _current);

    /// <summary>A refresh of the snapshot succeeded. Returns true when this ends a failing period (the source recovered).</summary>
    public bool RefreshSucceeded(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var before = Interlocked.Exchange(ref _current, new DirectoryFreshness(time.GetUtcNow(), source, null, null));
        return before.IsStale;
    }

    /// <summary>
    /// A refresh failed; the last good snapshot stays active. Returns true when this starts a failing period, so the
    /// caller logs the change once rather than on every failed attempt.
    /// </summary>
    public bool RefreshFailed(string source, string failure, DateTimeOffset? snapshotCapturedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(failure);
        var now = time.GetUtcNow();
        while (true)
        {
            var before = Volatile.Read(ref _current);
            var after = new DirectoryFreshness(before.AsOf ?? snapshotCapturedAt, source, before.FailingSince ?? now, failure);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, after, before), before))
            {
                return !before.IsStale;
            }
        }
    }
}
