using System.Collections.Concurrent;

namespace Switchboard.Domain.Directory;

/// <summary>Keeps delta links for the life of the process; a restart costs one full sync, nothing more.</summary>
public sealed class InMemoryDeltaLinkStore : IDeltaLinkStore
{
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        return Task.FromResult(_links.TryGetValue(scope, out var link) ? link : null);
    }

    public Task SaveAsync(string scope, string deltaLink, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(deltaLink);
        _links[scope] = deltaLink;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        _links.TryRemove(scope, out _);
        return Task.CompletedTask;
    }
}
