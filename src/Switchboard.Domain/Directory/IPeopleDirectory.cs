namespace Switchboard.Domain.Directory;

/// <summary>
/// The directory the rest of Switchboard reads: the active, complete snapshot of the tenant.
/// A new snapshot replaces the active one only when it is whole, so readers never see partial data.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>The active snapshot, or <c>null</c> while none has been loaded yet.</summary>
    DirectorySnapshot? Current { get; }

    /// <summary>Where the active snapshot came from (for example "demo company", a file path, "Microsoft Graph").</summary>
    string? Source { get; }

    /// <summary>Makes <paramref name="snapshot"/> the active one, atomically.</summary>
    void Activate(DirectorySnapshot snapshot, string source);
}

/// <summary>Produces a complete directory snapshot: the demo company, a snapshot file, or a Graph sync.</summary>
public interface IDirectorySnapshotSource
{
    /// <summary>A short human name for logs and health checks.</summary>
    string Name { get; }

    Task<DirectorySnapshot> LoadAsync(CancellationToken cancellationToken);
}
