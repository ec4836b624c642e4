using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;

namespace Switchboard.Host.Directory;

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

/// <summary>One way to obtain the directory: which source type, how it ranks, and whether configuration enables it.</summary>
internal sealed record DirectorySourceRegistration(Type SourceType, int Priority, Func<IServiceProvider, bool> IsConfigured);

/// <summary>Picks the directory source to load among those registered with <c>AddDirectorySource</c>.</summary>
internal sealed class DirectorySourceSelector(IEnumerable<DirectorySourceRegistration> registrations, IServiceProvider services)
{
    public IDirectorySnapshotSource Select()
    {
        var chosen = registrations
            .OrderByDescending(r => r.Priority)
            .FirstOrDefault(r => r.IsConfigured(services))
            ?? throw new InvalidOperationException("No directory source is configured; register at least the demo company.");
        return (IDirectorySnapshotSource)services.GetRequiredService(chosen.SourceType);
    }
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
