using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Domain.Requests;
using Switchboard.Host.Dispatch;

namespace Switchboard.Host.Tests.Dispatch;

public sealed class OutboxWakeupTests
{
    [Fact]
    public async Task WaitAsync_Notified_ReturnsWithoutWaitingForThePollInterval()
    {
        var wakeup = new OutboxWakeup();
        var time = new FakeTimeProvider();
        wakeup.Notify();

        await wakeup.WaitAsync(TimeSpan.FromMinutes(5), time, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_NotNotified_ReturnsWhenThePollIntervalHasPassed()
    {
        var wakeup = new OutboxWakeup();
        var time = new FakeTimeProvider();

        var waiting = wakeup.WaitAsync(TimeSpan.FromSeconds(1), time, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_TwoNotificationsBeforeOneWait_WakesOnceThenWaitsAgain()
    {
        var wakeup = new OutboxWakeup();
        var time = new FakeTimeProvider();
        wakeup.Notify();
        wakeup.Notify();

        await wakeup.WaitAsync(TimeSpan.FromSeconds(1), time, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        var second = wakeup.WaitAsync(TimeSpan.FromSeconds(1), time, CancellationToken.None);
        await Task.Delay(50);

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(true, 1, true)]
    [InlineData(true, 0, false)]
    [InlineData(false, 1, false)]
    public async Task SaveAsync_WakesTheDispatcherOnlyWhenOutboxMessagesWereCommitted(bool saved, int messages, bool expectWakeup)
    {
        var inner = new Mock<IRequestStore>();
        inner.Setup(s => s.SaveAsync(It.IsAny<SupportRequest>(), It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(saved ? SaveResult.Success : SaveResult.Duplicate);
        var wakeup = new OutboxWakeup();
        var store = new WakingRequestStore(inner.Object, wakeup);
        var outbox = Enumerable.Range(0, messages)
            .Select(_ => OutboxMessage.Create("user:t:u", OutboxMessageKind.Send, "{}", null, TimeProvider.System))
            .ToList();

        await store.SaveAsync(null!, outbox, "key", CancellationToken.None);

        var time = new FakeTimeProvider();
        var waiting = wakeup.WaitAsync(TimeSpan.FromHours(1), time, CancellationToken.None);
        await Task.WhenAny(waiting, Task.Delay(200));
        Assert.Equal(expectWakeup, waiting.IsCompleted);
    }
}
