namespace Switchboard.Domain.Directory;

/// <summary>
/// Keeps the opaque continuation a directory source hands out for incremental reads (Microsoft Graph's
/// <c>@odata.deltaLink</c>), so the next sync asks only for what changed. Storage persists it across restarts;
/// losing it is never wrong, only slower, because the next sync then starts over with a full read.
/// </summary>
public interface IDeltaLinkStore
{
    /// <summary>The link saved under <paramref name="scope"/>, or <c>null</c> when there is none.</summary>
    Task<string?> GetAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Replaces the link saved under <paramref name="scope"/>.</summary>
    Task SaveAsync(string scope, string deltaLink, CancellationToken cancellationToken);

    /// <summary>Forgets the link saved under <paramref name="scope"/>, so the next sync starts over.</summary>
    Task RemoveAsync(string scope, CancellationToken cancellationToken);
}
