using System.Threading.Channels;
using Switchboard.Domain.Requests;

namespace Switchboard.Host.Dispatch;

/// <summary>
/// Wakes this instance's dispatcher as soon as a turn commits outbox messages, so a reply leaves at once instead of
/// on the next poll. Other instances still find the messages by polling: this is a shortcut, not the mechanism.
/// </summary>
internal sealed class OutboxWakeup
{
    // One pending wake-up is enough: the dispatcher claims everything due when it runs.
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signals.Writer.TryWrite(true);

    /// <summary>Waits until notified or until <paramref name="timeout"/> has passed on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, wait.Token);
        var signal = _signals.Reader.WaitToReadAsync(wait.Token).AsTask();
        var first = await Task.WhenAny(delay, signal);
        await wait.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        if (first == signal && await signal)
        {
            _signals.Reader.TryRead(out _);
        }
        else
        {
            await delay;
        }
    }
}

/// <summary>Notifies <see cref="OutboxWakeup"/> after every save that committed outbox messages.</summary>
internal sealed class WakingRequestStore(IRequestStore inner, OutboxWakeup wakeup) : IRequestStore
{
    public Task<SupportRequest?> FindAsync(RequestId id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public async Task<SaveResult> SaveAsync(SupportRequest request, IReadOnlyList<OutboxMessage> outbox, string? inboundKey, CancellationToken cancellationToken)
    {
        var result = await inner.SaveAsync(request, outbox, inboundKey, cancellationToken);
        if (result.Saved && outbox.Count > 0)
        {
            wakeup.Notify();
        }

        return result;
    }

    public Task<IReadOnlyList<SupportRequest>> ListByRequesterAsync(UserId requester, bool openOnly, CancellationToken cancellationToken) =>
        inner.ListByRequesterAsync(requester, openOnly, cancellationToken);

    public Task<IReadOnlyList<SupportRequest>> ListOfferedToAsync(UserId offeree, CancellationToken cancellationToken) =>
        inner.ListOfferedToAsync(offeree, cancellationToken);

    public Task<IReadOnlyList<SupportRequest>> ListOffersExpiringBeforeAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        inner.ListOffersExpiringBeforeAsync(before, limit, cancellationToken);

    public Task<int> CountUrgentSentAsync(UserId requester, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.CountUrgentSentAsync(requester, from, to, cancellationToken);

    public Task<IReadOnlyDictionary<UserId, int>> CountOpenWorkAsync(IReadOnlyCollection<UserId> experts, CancellationToken cancellationToken) =>
        inner.CountOpenWorkAsync(experts, cancellationToken);
}
