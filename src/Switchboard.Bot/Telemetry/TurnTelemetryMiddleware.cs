using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Switchboard.Bot.Security;

namespace Switchboard.Bot.Telemetry;

/// <summary>
/// Outermost turn middleware: wraps every turn, dropped ones included, in a span and records its outcome and
/// duration, so a flood of rejected activities is as visible as real traffic.
/// </summary>
internal sealed class TurnTelemetryMiddleware(BotTelemetry telemetry, TimeProvider timeProvider) : IMiddleware
{
    private static readonly HashSet<string> KnownActivityTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message,
        ActivityTypes.ConversationUpdate,
        ActivityTypes.InstallationUpdate,
        ActivityTypes.Invoke,
        ActivityTypes.MessageReaction,
        ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete,
        ActivityTypes.Event,
        ActivityTypes.Typing,
        ActivityTypes.EndOfConversation,
    };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        var activityType = KnownActivityTypes.Contains(incoming.Type ?? string.Empty) ? incoming.Type! : "other";
        var channel = string.Equals(incoming.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? Channels.Msteams : "other";

        using var span = BotTelemetry.Source.StartActivity("bot turn", ActivityKind.Internal);
        if (span is not null)
        {
            span.SetTag("switchboard.activity.type", UntrustedText.ForLog(incoming.Type));
            span.SetTag("switchboard.channel", UntrustedText.ForLog(incoming.ChannelId));
            span.SetTag("switchboard.tenant", UntrustedText.ForLog(ClaimedTenant(incoming)));
        }

        var started = timeProvider.GetTimestamp();
        var outcome = TurnOutcome.Failed;
        try
        {
            await next(cancellationToken);
            outcome = TurnAdmission.Of(turnContext) is null ? TurnOutcome.Rejected : TurnOutcome.Handled;
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            span?.AddException(exception);
            throw;
        }
        finally
        {
            span?.SetTag("switchboard.turn.outcome", BotTelemetry.OutcomeTag(outcome));
            telemetry.RecordTurn(activityType, channel, outcome, timeProvider.GetElapsedTime(started));
        }
    }

    // Read for the span only: this runs before the guard, so the value is a claim, not a checked tenant.
    private static string? ClaimedTenant(Microsoft.Bot.Schema.Activity activity) =>
        activity.ChannelData is not null && activity.TryGetChannelData<TeamsChannelData>(out var data)
            ? data?.Tenant?.Id ?? activity.Conversation?.TenantId
            : activity.Conversation?.TenantId;
}
