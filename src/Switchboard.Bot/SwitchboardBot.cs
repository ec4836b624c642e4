using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Switchboard.Bot.Conversations;
using Switchboard.Bot.Resources;
using Switchboard.Bot.Security;
using Switchboard.Bot.Telemetry;
using Switchboard.Cards;
using Switchboard.Cards.Actions;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;

namespace Switchboard.Bot;

/// <summary>
/// Maps Teams activities to what Switchboard does about them, and nothing more: a message becomes a command or a new
/// request, a card action becomes a typed intent, and the conversation service decides. No routing, card building or
/// connector calls live here. It only ever runs behind the tenant guard (see <see cref="SwitchboardAdapter"/>).
/// </summary>
internal sealed partial class SwitchboardBot(
    ConversationAddressRecorder addresses,
    RequestConversation conversation,
    ReportReplies reportReplies,
    ILogger<SwitchboardBot> logger)
    : TeamsActivityHandler
{
    /// <summary>The invoke Teams sends for an <c>Action.Execute</c> (Universal Actions).</summary>
    private const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>Cards listed by "status" and "my requests", per kind: enough to act on, short enough to read.</summary>
    private const int ListedCards = 5;

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await addresses.RecordAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var culture = BotCulture.FromLocale(activity.Locale);
        if (string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            await SendTextAsync(turnContext, BotTexts.NotIdentified(culture), culture, cancellationToken);
            return;
        }

        // An Action.Submit (the fallback of clients without Universal Actions) arrives as a message with a value.
        if (activity.Value is not null)
        {
            var parsed = CardActionParser.ParseSubmit(ToJson(activity.Value));
            var answer = await ActAsync(turnContext, parsed, AnswerChannel.Separate, cancellationToken);
            await ReplyAsync(turnContext, answer, culture, cancellationToken);
            return;
        }

        var text = WithoutMentions(turnContext);
        var command = BotCommands.Parse(text);
        var caller = CallerOf(turnContext, $"message:{activity.Id}", AnswerChannel.Separate);
        LogCommand(logger, command.Kind);
        switch (command.Kind)
        {
            case BotCommandKind.Help:
                await SendTextAsync(turnContext, BotTexts.Help(culture), culture, cancellationToken);
                break;

            case BotCommandKind.Report:
                await ReplyAsync(turnContext, await reportReplies.SummaryAsync(caller.User, caller.TenantId, culture, cancellationToken), culture, cancellationToken);
                break;

            case BotCommandKind.Status or BotCommandKind.MyRequests:
                var cards = await conversation.ListAsync(caller, openOnly: command.Kind == BotCommandKind.Status, ListedCards, cancellationToken);
                if (cards.Count == 0)
                {
                    await SendTextAsync(turnContext, BotTexts.NothingOpen(culture), culture, cancellationToken);
                }
                else
                {
                    var list = MessageFactory.Attachment(cards.Select(Attachment).ToList());
                    list.AttachmentLayout = AttachmentLayoutTypes.List;
                    await turnContext.SendActivityAsync(list, cancellationToken);
                }

                break;

            case BotCommandKind.Focus when BotCommands.Duration(command.Argument) is { } duration:
                await ReplyAsync(turnContext, await conversation.FocusAsync(caller, duration, cancellationToken), culture, cancellationToken);
                break;

            case BotCommandKind.Focus or BotCommandKind.Settings:
                await ReplyAsync(turnContext, await conversation.ShowSettingsAsync(caller, cancellationToken), culture, cancellationToken);
                break;

            case BotCommandKind.Ask when command.Argument.Length == 0:
            case BotCommandKind.Request when text.Length == 0:
                await SendTextAsync(turnContext, BotTexts.AskWhat(culture), culture, cancellationToken);
                break;

            default:
                // Teams retries a message it thinks was lost: the same activity id finds its key and starts nothing.
                var request = command.Kind == BotCommandKind.Ask ? command.Argument : text;
                await conversation.StartAsync(caller, request, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// <c>Action.Execute</c>: answered within Teams' few seconds with the refreshed card (or an error card), which
    /// replaces the card that was clicked. Everything slower goes through the outbox.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!string.Equals(turnContext.Activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        var parsed = CardActionParser.ParseExecute(ToJson(turnContext.Activity.Value));
        var answer = string.IsNullOrWhiteSpace(turnContext.Activity.From?.AadObjectId)
            ? TurnAnswer.Notice(BotTexts.NotIdentified(BotCulture.FromLocale((turnContext.Activity as Activity)?.Locale)))
            : await ActAsync(turnContext, parsed, AnswerChannel.InPlace, cancellationToken);
        var body = answer.CardJson is { } card
            ? new AdaptiveCardInvokeResponse { StatusCode = (int)HttpStatusCode.OK, Type = AdaptiveCard.ContentType, Value = JObject.Parse(card) }
            : new AdaptiveCardInvokeResponse { StatusCode = (int)HttpStatusCode.OK, Type = "application/vnd.microsoft.activity.message", Value = answer.Text ?? string.Empty };
        return new InvokeResponse { Status = (int)HttpStatusCode.OK, Body = body };
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

    /// <summary>A parsed card action, refused at the boundary or handed to the conversation.</summary>
    private async Task<TurnAnswer> ActAsync(ITurnContext turnContext, CardActionParseResult parsed, AnswerChannel channel, CancellationToken cancellationToken)
    {
        var user = new UserId(turnContext.Activity.From.AadObjectId);
        if (!parsed.IsValid)
        {
            LogActionRefused(logger, parsed.Error.Kind, UntrustedText.ForLog(parsed.Error.Field));
            var (kind, field) = CardIntents.RefusalOf(parsed.Error);
            return await conversation.RefuseAsync(CallerOf(turnContext, string.Empty, channel), kind, field, cancellationToken);
        }

        var caller = CallerOf(turnContext, CardIntents.KeyOf(parsed.Action, user), channel);
        switch (parsed.Action)
        {
            case SaveExpertSettings settings:
                return await conversation.SaveSettingsAsync(caller, CardIntents.ToIntent(settings), cancellationToken);

            case RequestCardAction action when CardIntents.ToIntent(action) is { } intent:
                return await conversation.HandleAsync(caller, intent, cancellationToken);

            default:
                return await conversation.RefuseAsync(caller, RefusalKind.UnknownAction, null, cancellationToken);
        }
    }

    private static Caller CallerOf(ITurnContext turnContext, string key, AnswerChannel channel) =>
        new(new UserId(turnContext.Activity.From.AadObjectId), TurnAdmission.Required(turnContext).TenantId, key, channel);

    /// <summary>The text without the bot's @mention (channels and group chats prefix it) or any other mention markup.</summary>
    private static string WithoutMentions(ITurnContext<IMessageActivity> turnContext)
    {
        var text = turnContext.Activity.RemoveRecipientMention() ?? turnContext.Activity.Text ?? string.Empty;
        return MentionMarkup().Replace(text, string.Empty).Trim();
    }

    private static string ToJson(object? value) => value switch
    {
        null => "null",
        JToken token => token.ToString(Formatting.None),
        string text => text,
        _ => JsonConvert.SerializeObject(value),
    };

    private static Attachment Attachment(string cardJson) => new() { ContentType = AdaptiveCard.ContentType, Content = JObject.Parse(cardJson) };

    private static async Task ReplyAsync(ITurnContext turnContext, TurnAnswer answer, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (answer.CardJson is { } card)
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(Attachment(card)), cancellationToken);
        }
        else if (answer.Text is { } text)
        {
            await SendTextAsync(turnContext, text, culture, cancellationToken);
        }
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

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 100)]
    private static partial Regex MentionMarkup();

    [LoggerMessage(
        EventId = BotEventIds.GreetingSent,
        EventName = nameof(BotEventIds.GreetingSent),
        Level = LogLevel.Information,
        Message = "Greeted a user who installed Switchboard, in {Language}")]
    private static partial void LogGreetingSent(ILogger logger, string language);

    [LoggerMessage(
        EventId = BotEventIds.MessageCommand,
        EventName = nameof(BotEventIds.MessageCommand),
        Level = LogLevel.Debug,
        Message = "A personal message read as {Command}")]
    private static partial void LogCommand(ILogger logger, BotCommandKind command);

    [LoggerMessage(
        EventId = BotEventIds.CardActionRefused,
        EventName = nameof(BotEventIds.CardActionRefused),
        Level = LogLevel.Warning,
        Message = "A card action was refused at the boundary: {ErrorKind} on field {Field}")]
    private static partial void LogActionRefused(ILogger logger, CardActionErrorKind errorKind, string field);
}
