using Microsoft.Extensions.Options;
using Switchboard.Domain.Record;

namespace Switchboard.Host.Record;

/// <summary>
/// Writes a checkpoint of the chain head every <see cref="RecordOptions.CheckpointInterval"/>, and once more on
/// the way out, so that a truncation after the last one shows. A failed round is logged and the next one tries again.
/// </summary>
internal sealed class AuditCheckpointService(AuditCheckpointWriter writer, IOptions<RecordOptions> options, TimeProvider time, ILogger<AuditCheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, time);
        do
        {
            await WriteAsync(stoppingToken);
        }
        while (await RecordLoop.TickAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await writer.WriteAsync(cancellationToken) is { } checkpoint)
            {
                RecordLog.CheckpointWritten(logger, checkpoint.Sequence, checkpoint.Hash);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RecordLog.CheckpointFailed(logger, exception);
        }
    }
}

/// <summary>Runs <see cref="RetentionSweep"/> every <see cref="RecordOptions.RetentionSweepInterval"/> (daily by default).</summary>
internal sealed class RetentionSweepService(RetentionSweep sweep, IOptions<RecordOptions> options, TimeProvider time, ILogger<RetentionSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                var result = await sweep.RunAsync(stoppingToken);
                RecordLog.Swept(logger, result.FreeTextRedacted, result.RequestsDeleted, result.HeldBack);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                RecordLog.SweepFailed(logger, exception);
            }
        }
        while (await RecordLoop.TickAsync(timer, stoppingToken));
    }
}

internal static class RecordLoop
{
    /// <summary>Waits for the next tick; false once the host is stopping.</summary>
    public static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

internal static partial class RecordLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Audit checkpoint written at entry {Sequence} ({Hash})")]
    public static partial void CheckpointWritten(ILogger logger, long sequence, string hash);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Writing the audit checkpoint failed; the next round tries again")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information,
        Message = "Retention sweep: free text erased on {Redacted} request(s), {Deleted} request(s) deleted, {HeldBack} held back by legal holds")]
    public static partial void Swept(ILogger logger, int redacted, int deleted, int heldBack);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "The retention sweep failed; the next round tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
