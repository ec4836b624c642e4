using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Bot.Resources;
using Switchboard.Bot.Security;
using Switchboard.Bot.Telemetry;

namespace Switchboard.Bot;

/// <summary>
/// The Bot Framework adapter behind <c>POST /api/messages</c>, with Switchboard's turn pipeline: telemetry first
/// (so dropped turns are counted too), then the tenant guard, then the bot.
/// </summary>
internal sealed partial class SwitchboardAdapter : CloudAdapter
{
    private readonly ILogger<SwitchboardAdapter> _logger;

    public SwitchboardAdapter(
        BotFrameworkAuthentication authentication,
        TurnTelemetryMiddleware telemetry,
        TenantGuardMiddleware tenantGuard,
        IOptions<BotCredentialsOptions> credentials,
        ILoggerFactory loggerFactory)
        : base(authentication, loggerFactory.CreateLogger<CloudAdapter>())
    {
        // The SDK logs every activity at Information under its own category, which operators can turn down
        // without losing Switchboard's turn failures and security warnings.
        _logger = loggerFactory.CreateLogger<SwitchboardAdapter>();
        Use(telemetry);
        Use(tenantGuard);
        OnTurnError = ApologizeAsync;

        if (credentials.Value.AuthenticationDisabled)
        {
            LogAuthenticationDisabled(_logger);
        }
    }

    private async Task ApologizeAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        LogTurnFailed(_logger, exception, UntrustedText.ForLog(activity.Type), UntrustedText.ForLog(activity.Conversation?.Id));

        // An activity the guard did not admit gets no answer, not even an apology: its serviceUrl is not trusted.
        if (TurnAdmission.Of(turnContext) is null)
        {
            return;
        }

        var culture = BotCulture.FromLocale(activity.Locale);
        var apology = MessageFactory.Text(BotTexts.Apology(culture));
        apology.Locale = culture.Name;
        await turnContext.SendActivityAsync(apology);
    }

    [LoggerMessage(
        EventId = BotEventIds.TurnFailed,
        EventName = nameof(BotEventIds.TurnFailed),
        Level = LogLevel.Error,
        Message = "A {ActivityType} turn failed in conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string conversationId);

    [LoggerMessage(
        EventId = BotEventIds.AuthenticationDisabled,
        EventName = nameof(BotEventIds.AuthenticationDisabled),
        Level = LogLevel.Warning,
        Message = "Security: MicrosoftAppId is empty, so Bot Framework authentication is disabled and /api/messages accepts unsigned activities (Development only)")]
    private static partial void LogAuthenticationDisabled(ILogger logger);
}
