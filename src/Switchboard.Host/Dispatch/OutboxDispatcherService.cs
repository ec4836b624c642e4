using Microsoft.Extensions.Options;
using Switchboard.Domain.Dispatch;

namespace Switchboard.Host.Dispatch;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> rounds for as long as the host runs: at once again after a round that
/// found work, otherwise when a save on this instance commits outbox messages or after
/// <see cref="DispatchOptions.PollInterval"/>; and logs what happened to each message.
/// </summary>
/// <remarks>
/// Stopping mid-round lets the sends in flight finish and gives back the claims not started yet, so a restart for a
/// deploy neither delays nor duplicates anything; only a host that dies leaves claims to run out, which another round
/// (here after a restart, or on another instance) sends again. A failing round (the database is down) is logged and the loop goes on, so
/// outgoing messages queue in the outbox until the outside world recovers.
/// </remarks>
internal sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxWakeup wakeup,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        // Let the host finish starting before the first round.
        await Task.Yield();
        await Task.WhenAll(Enumerable.Range(0, settings.ConcurrentRounds).Select(_ => RunRoundsAsync(settings, stoppingToken)));
    }

    /// <summary>One loop of rounds; several run at once, so a send that hangs holds back only its own round.</summary>
    private async Task RunRoundsAsync(DispatchOptions settings, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<DispatchOutcome> outcomes;
            try
            {
                outcomes = await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRoundFailed(logger, exception, settings.PollInterval);
                outcomes = [];
            }

            foreach (var outcome in outcomes)
            {
                Log(outcome);
            }

            if (outcomes.Count == 0)
            {
                try
                {
                    await wakeup.WaitAsync(settings.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private void Log(DispatchOutcome outcome)
    {
        var message = outcome.Message;
        if (outcome.PossibleDuplicate)
        {
            LogPossibleDuplicate(logger, message.Id.Value, message.ConversationKey, message.Attempts, outcome.Kind);
        }

        switch (outcome.Kind)
        {
            case DispatchOutcomeKind.Sent:
                LogSent(logger, message.Id.Value, message.Kind, message.ConversationKey, message.Attempts);
                break;
            case DispatchOutcomeKind.Deferred:
                LogDeferred(logger, message.Id.Value, message.ConversationKey, outcome.NextAttemptAt, outcome.Reason);
                break;
            case DispatchOutcomeKind.RetryScheduled:
                LogRetryScheduled(logger, message.Id.Value, message.ConversationKey, message.Attempts, outcome.Reason, outcome.NextAttemptAt);
                break;
            case DispatchOutcomeKind.FailedPermanently:
                LogFailedPermanently(logger, message.Id.Value, message.Kind, message.ConversationKey, outcome.Reason, outcome.OfferSkipped);
                break;
            case DispatchOutcomeKind.OutcomeUnknown:
                LogOutcomeUnknown(logger, message.Id.Value, message.Kind, message.ConversationKey, outcome.Reason);
                break;
            case DispatchOutcomeKind.Faulted:
                LogFaulted(logger, outcome.Error, message.Id.Value, message.ConversationKey, outcome.NextAttemptAt);
                break;
            default:
                throw new InvalidOperationException($"Unexpected dispatch outcome {outcome.Kind}.");
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Outbox dispatch is disabled on this instance (Switchboard:Dispatch:Enabled)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Outbox message {MessageId} ({Kind}) sent to {ConversationKey} on attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Guid messageId, Switchboard.Domain.Requests.OutboxMessageKind kind, string conversationKey, int attempt);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "Outbox message {MessageId} to {ConversationKey} was put back unsent until {NextAttemptAt:O}: {Reason}")]
    private static partial void LogDeferred(ILogger logger, Guid messageId, string conversationKey, DateTimeOffset? nextAttemptAt, string? reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Outbox message {MessageId} to {ConversationKey} failed on attempt {Attempt} ({Reason}); retrying at {NextAttemptAt:O}")]
    private static partial void LogRetryScheduled(ILogger logger, Guid messageId, string conversationKey, int attempt, string? reason, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) to {ConversationKey} failed for good: {Reason}; routing moved on: {OfferSkipped}")]
    private static partial void LogFailedPermanently(ILogger logger, Guid messageId, Switchboard.Domain.Requests.OutboxMessageKind kind, string conversationKey, string? reason, bool offerSkipped);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) to {ConversationKey} may or may not have been delivered and is not retried: {Reason}")]
    private static partial void LogOutcomeUnknown(ILogger logger, Guid messageId, Switchboard.Domain.Requests.OutboxMessageKind kind, string conversationKey, string? reason);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} to {ConversationKey} was claimed before and no outcome was recorded (a dispatcher stopped after claiming it, perhaps after sending it); attempt {Attempt} ended {Outcome}, so the recipient may have received it twice")]
    private static partial void LogPossibleDuplicate(ILogger logger, Guid messageId, string conversationKey, int attempt, DispatchOutcomeKind outcome);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Error, Message = "Dispatching outbox message {MessageId} to {ConversationKey} failed unexpectedly; retrying at {NextAttemptAt:O}")]
    private static partial void LogFaulted(ILogger logger, Exception? exception, Guid messageId, string conversationKey, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Error, Message = "An outbox dispatch round failed; trying again in {PollInterval}")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, TimeSpan pollInterval);
}
