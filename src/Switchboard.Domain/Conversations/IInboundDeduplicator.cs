namespace Switchboard.Domain.Conversations;

/// <summary>
/// Remembers which inbound activities were already handled, so that the Bot Connector's and Teams' retries
/// of the same activity are processed once. Shared by every instance, so it lives in the store.
/// </summary>
public interface IInboundDeduplicator
{
    /// <summary>
    /// Marks <paramref name="key"/> as processed. Returns <see langword="true"/> for the first caller only and
    /// <see langword="false"/> when the key was already marked, including by a concurrent caller on another instance.
    /// </summary>
    Task<bool> TryMarkProcessedAsync(string key, CancellationToken cancellationToken);
}
