namespace Switchboard.Domain.Directory;

/// <summary>Holds the active snapshot in memory; swapping is a single reference write, so readers see old or new, never a mix.</summary>
public sealed class InMemoryPeopleDirectory : IPeopleDirectory
{
    private sealed record Active(DirectorySnapshot Snapshot, string Source);

    private volatile Active? _active;

    public DirectorySnapshot? Current => _active?.Snapshot;

    public string? Source => _active?.Source;

    public void Activate(DirectorySnapshot snapshot, string source)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        _active = new Active(snapshot, source);
    }
}
