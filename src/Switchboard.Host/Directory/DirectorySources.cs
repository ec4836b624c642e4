using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;

namespace Switchboard.Host.DirectoryLoading;

/// <summary>
/// Priorities of the directory sources: the configured source with the highest priority is loaded.
/// An explicit snapshot file wins over Graph because it is the most deliberate choice (evaluating an export on a
/// machine that also holds Graph credentials); the demo company is the fallback that always applies.
/// </summary>
internal static class DirectorySourcePriority
{
    public const int SnapshotFile = 300;
    public const int Graph = 200;
    public const int DemoCompany = 0;
}

/// <summary>
/// One way to obtain the directory: how it ranks, whether configuration enables it, and how to create it.
/// <paramref name="LoadsItself"/> marks a source with its own background service (Graph syncs at start and on a
/// schedule): the loader must not read it a second time.
/// </summary>
internal sealed record DirectorySourceRegistration(
    int Priority,
    Func<IServiceProvider, bool> IsConfigured,
    Func<IServiceProvider, IDirectorySnapshotSource> Create,
    bool LoadsItself = false);

/// <summary>Picks the directory source to load among those registered with <c>AddDirectorySource</c>.</summary>
internal sealed class DirectorySourceSelector(IEnumerable<DirectorySourceRegistration> registrations, IServiceProvider services)
{
    public DirectorySourceRegistration Select() =>
        registrations
            .OrderByDescending(r => r.Priority)
            .FirstOrDefault(r => r.IsConfigured(services))
        ?? throw new InvalidOperationException("No directory source is configured; register at least the demo company.");
}

/// <summary>Loads the contract-format file named by <see cref="DirectoryOptions.SnapshotFile"/>.</summary>
internal sealed class SnapshotFileSource(IOptions<DirectoryOptions> options) : IDirectorySnapshotSource
{
    private string Path => options.Value.SnapshotFile
        ?? throw new InvalidOperationException($"{DirectoryOptions.SectionName}:{nameof(DirectoryOptions.SnapshotFile)} is not set.");

    public string Name => "snapshot file " + Path;

    public async Task<DirectorySnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var path = Path;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, useAsync: true);
        return await DirectorySnapshotFile.ReadAsync(stream, path, cancellationToken);
    }

    public static bool IsConfigured(IServiceProvider services) =>
        !string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<DirectoryOptions>>().Value.SnapshotFile);
}
