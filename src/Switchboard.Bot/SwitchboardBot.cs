using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Switchboard.Bot.Conversations;
using Switchboard.Bot.Resources;

namespace Switchboard.Bot;

/// <summary>
/// Maps Teams activities to what Switchboard does about them, and nothing more: no routing, cards or connector
/// calls live here. It only ever runs behind the tenant guard (see <see cref="SwitchboardAdapter"/>).
/// </summary>
internal sealed partial class SwitchboardBot(ConversationAddressRecorder addresses, ILogger<SwitchboardBot> logger)
    : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await addresses.RecordAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(turnContext.Activity.Locale);
        return SendTextAsync(turnContext, BotTexts.Help(culture), culture, cancellationToken);
    }

    /// <summary>
    /// Greets the user when the bot joins their personal chat. Other conversation updates are ignored on purpose:
    /// the base Teams handler would look every new member up in the roster, which Switchboard has no use for yet.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(
        ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botWasAdded = activity.MembersAdded?.Any(member => member.Id == activity.Recipient?.Id) ?? false;
        return TeamsScopes.IsPersonal(activity) && botWasAdded
            ? GreetAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>Greets on a fresh personal install; an upgrade of an installed app (add-upgrade) is not a first meeting.</summary>
    protected override Task OnInstallationUpdateAddAsync(
        ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return TeamsScopes.IsPersonal(activity) && string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase)
            ? GreetAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    private async Task GreetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(turnContext.Activity.Locale);
        var greeting = BotTexts.GreetingIntro(culture) + "\n\n" + BotTexts.GreetingHowTo(culture);
        await SendTextAsync(turnContext, greeting, culture, cancellationToken);
        LogGreetingSent(logger, culture.Name);
    }

    private static async Task SendTextAsync(
        ITurnContext turnContext, string text, CultureInfo culture, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.Locale = culture.Name;
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    [LoggerMessage(
        EventId = BotEventIds.GreetingSent,
        EventName = nameof(BotEventIds.GreetingSent),
        Level = LogLevel.Information,
        Message = "Greeted a user who installed Switchboard, in {Language}")]
    private static partial void LogGreetingSent(ILogger logger, string language);
}
