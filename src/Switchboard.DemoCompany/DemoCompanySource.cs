using Switchboard.Domain.Directory;

namespace Switchboard.DemoCompany;

/// <summary>
/// The demo company as a snapshot source. Generated at load time against the clock, so out-of-office windows
/// and presence always surround "now" and the demo stays meaningful whatever day it is run.
/// </summary>
public sealed class DemoCompanySource(TimeProvider timeProvider) : IDirectorySnapshotSource
{
    public string Name => "demo company (" + DemoCompany.Name + ")";

    public Task<DirectorySnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(DemoCompanyGenerator.Generate(timeProvider.GetUtcNow()));
    }
}
