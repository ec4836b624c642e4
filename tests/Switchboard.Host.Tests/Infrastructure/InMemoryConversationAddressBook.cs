using System.Collections.Concurrent;
using Switchboard.Domain.Conversations;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>Test double of the storage port: remembers every save, so tests can see what the bot recorded.</summary>
public sealed class InMemoryConversationAddressBook : IConversationAddressBook
{
    private readonly ConcurrentQueue<ConversationAddress> _saved = new();

    public IReadOnlyList<ConversationAddress> Saved => _saved.ToList();

    public Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        _saved.Enqueue(address);
        return Task.CompletedTask;
    }

    public Task<ConversationAddress?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_saved.LastOrDefault(address => address.TenantId == tenantId && address.AadObjectId == aadObjectId));
}
