using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Domain.Record;
using Switchboard.Host.Record;

namespace Switchboard.Host.Tests.Record;

public sealed class RecordServicesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AuditCheckpointService_Started_WritesAtOnceThenEachIntervalTheHeadMoved()
    {
        var time = new FakeTimeProvider(Now);
        var head = AuditChain.Next(null, new AuditDraft(Now, AuditEntryKind.ReportViewed, AuditActors.System, [], null, new Dictionary<string, string>()));
        var log = new Mock<IAuditLog>();
        log.Setup(l => l.ReadHeadAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => head);
        var checkpoints = new MemoryCheckpoints();
        var options = Options.Create(new RecordOptions { CheckpointInterval = TimeSpan.FromHours(1) });
        using var service = new AuditCheckpointService(new AuditCheckpointWriter(log.Object, checkpoints, time), options, time, NullLogger<AuditCheckpointService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await checkpoints.WaitForAsync(1);
        head = AuditChain.Next(head, head.Content);
        time.Advance(TimeSpan.FromHours(1));
        await checkpoints.WaitForAsync(2);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal([1L, 2L], checkpoints.Written.Select(c => c.Sequence));
        Assert.Equal(head.Hash, checkpoints.Written[^1].Hash);
    }

    [Fact]
    public async Task RetentionSweepService_Started_SweepsWithTheConfiguredCutOffs()
    {
        var time = new FakeTimeProvider(Now);
        var store = new Mock<IPersonalDataStore>();
        var swept = new TaskCompletionSource<(DateTimeOffset, DateTimeOffset)>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Setup(s => s.SweepAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback<DateTimeOffset, DateTimeOffset, CancellationToken>((freeText, metadata, _) => swept.TrySetResult((freeText, metadata)))
            .ReturnsAsync(new RetentionSweepResult(0, 0, 0));
        var options = new RecordOptions();
        var sweep = new RetentionSweep(store.Object, options.Retention, time);
        using var service = new RetentionSweepService(sweep, Options.Create(options), time, NullLogger<RetentionSweepService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var (freeTextBefore, metadataBefore) = await swept.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(Now.AddDays(-730), freeTextBefore);
        Assert.Equal(Now.AddDays(-1825), metadataBefore);
    }

    private sealed class MemoryCheckpoints : IAuditCheckpointStore
    {
        private readonly Lock gate = new();
        private readonly List<AuditCheckpoint> written = [];

        public IReadOnlyList<AuditCheckpoint> Written
        {
            get
            {
                lock (gate)
                {
                    return [.. written];
                }
            }
        }

        public Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            lock (gate)
            {
                written.Add(checkpoint);
            }

            return Task.CompletedTask;
        }

        public Task<AuditCheckpoint?> ReadLastAsync(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                return Task.FromResult(written.LastOrDefault());
            }
        }

        public async Task WaitForAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Written.Count < count)
            {
                Assert.True(DateTime.UtcNow < deadline, $"Expected {count} checkpoint(s), got {Written.Count}.");
                await Task.Delay(10);
            }
        }
    }
}
