using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Dispatch;

/// <summary>
/// The outbox contract in memory (claim the first pending message per conversation key, leases, marks), so that
/// dispatcher tests can play many rounds against a fake clock. The EF implementation is tested against the same
/// promises on both databases in the storage tests.
/// </summary>
internal sealed class InMemoryOutbox(TimeProvider time) : IOutbox
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<OutboxMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return _entries.Select(e => e.Message).ToList();
            }
        }
    }

    public OutboxMessage Add(OutboxMessage message)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(message));
            return message;
        }
    }

    public OutboxMessage Get(OutboxMessageId id)
    {
        lock (_gate)
        {
            return _entries.Single(e => e.Message.Id == id).Message;
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var claimed = _entries
                .Where(e => e.Message.State == OutboxState.Pending)
                .GroupBy(e => e.Message.ConversationKey)
                .Select(g => g.First())
                .Where(e => e.Message.NextAttemptAt <= now && (e.LeaseUntil is null || e.LeaseUntil <= now))
                .Take(maxCount)
                .ToList();
            foreach (var entry in claimed)
            {
                entry.LeaseUntil = now + lease;
                entry.Message = entry.Message with { Attempts = entry.Message.Attempts + 1 };
            }

            return Task.FromResult<IReadOnlyList<OutboxMessage>>(claimed.Select(e => e.Message).ToList());
        }
    }

    public Task MarkSentAsync(OutboxMessageId id, CancellationToken cancellationToken) => Complete(id, OutboxState.Sent, null);

    public Task MarkFailedPermanentlyAsync(OutboxMessageId id, string reason, CancellationToken cancellationToken) => Complete(id, OutboxState.FailedPermanently, reason);

    public Task MarkOutcomeUnknownAsync(OutboxMessageId id, string reason, CancellationToken cancellationToken) => Complete(id, OutboxState.Unknown, reason);

    public Task RetryLaterAsync(OutboxMessageId id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken) =>
        Change(id, e =>
        {
            e.LeaseUntil = null;
            e.Message = e.Message with { NextAttemptAt = nextAttemptAt, LastError = reason };
        });

    public Task DeferAsync(OutboxMessageId id, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        Change(id, e =>
        {
            e.LeaseUntil = null;
            e.Message = e.Message with { NextAttemptAt = nextAttemptAt, Attempts = e.Message.Attempts - 1 };
        });

    private Task Complete(OutboxMessageId id, OutboxState state, string? reason) =>
        Change(id, e =>
        {
            e.LeaseUntil = null;
            e.Message = e.Message with { State = state, LastError = reason };
        });

    private Task Change(OutboxMessageId id, Action<Entry> change)
    {
        lock (_gate)
        {
            var entry = _entries.SingleOrDefault(e => e.Message.Id == id && e.Message.State == OutboxState.Pending)
                ?? throw new InvalidOperationException($"Outbox message {id} does not exist or is no longer pending.");
            change(entry);
            return Task.CompletedTask;
        }
    }

    private sealed class Entry(OutboxMessage message)
    {
        public OutboxMessage Message { get; set; } = message;

        public DateTimeOffset? LeaseUntil { get; set; }
    }
}
