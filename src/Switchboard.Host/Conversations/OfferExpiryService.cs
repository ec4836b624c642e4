using Microsoft.Extensions.Options;
using Switchboard.Domain.Conversations;

namespace Switchboard.Host.Conversations;

/// <summary>
/// The expiry clock: at each interval, offers and posts past their expiry move on to the next candidate, the group,
/// then the manager. A failed tick is logged and the next one tries again; nothing is lost, because a request that did
/// not move is still listed as expiring.
/// </summary>
internal sealed partial class OfferExpiryService(
    RequestConversation conversation,
    IOptions<ConversationOptions> options,
    TimeProvider timeProvider,
    ILogger<OfferExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunExpiryClock)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.ExpiryInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TickAsync(settings.ExpiryBatchSize, stoppingToken);
        }
    }

    /// <summary>One pass of the clock; public to the host so a test or an operator command can run it on demand.</summary>
    public async Task<int> TickAsync(int batchSize, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await conversation.ExpireDueOffersAsync(batchSize, cancellationToken);
            if (moved > 0)
            {
                LogMoved(logger, moved);
            }

            return moved;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The clock must keep ticking through a database hiccup; the failure is logged in full, not swallowed.
            LogTickFailed(logger, exception);
            return 0;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "The expiry clock moved {Count} offers on")]
    private static partial void LogMoved(ILogger logger, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "The expiry clock failed this tick; it will try again at the next one")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
