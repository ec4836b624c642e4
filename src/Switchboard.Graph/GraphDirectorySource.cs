using Switchboard.Domain.Directory;

namespace Switchboard.Graph;

/// <summary>
/// The tenant read whole from Microsoft Graph, for callers that load a snapshot and activate it themselves.
/// It keeps no delta link: the caller may not activate what it loaded, and a link ahead of the active snapshot
/// would make the next delta miss changes. The background sync (<see cref="GraphDirectorySynchronizer"/>) keeps one.
/// </summary>
public sealed class GraphDirectorySource(GraphDirectoryReader reader) : IDirectorySnapshotSource
{
    public string Name => GraphDirectorySynchronizer.SourceName;

    public async Task<DirectorySnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await reader.ReadFullAsync(null, cancellationToken);
        return result.Snapshot;
    }
}
