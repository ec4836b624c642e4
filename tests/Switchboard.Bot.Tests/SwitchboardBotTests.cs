using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Bot.Conversations;
using Switchboard.Bot.Security;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;

namespace Switchboard.Bot.Tests;

public sealed class SwitchboardBotTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private readonly Mock<IConversationAddressBook> _addressBook = new();
    private readonly Mock<IRequestStore> _requests = new();
    private readonly Mock<IRequestCards> _cards = new();
    private readonly Mock<IReportSource> _reportSource = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly TestAdapter _adapter = new();
    private readonly SwitchboardBot _bot;

    public SwitchboardBotTests()
    {
        var recorder = new ConversationAddressRecorder(
            _addressBook.Object, new FakeTimeProvider(Now), NullLogger<ConversationAddressRecorder>.Instance);
        var time = new FakeTimeProvider(Now);
        _requests.Setup(store => store.SaveAsync(It.IsAny<SupportRequest>(), It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SaveResult.Success);
        _cards.Setup(cards => cards.Qualification(It.IsAny<SupportRequest>(), It.IsAny<UrgencyBudgetStatus>(), It.IsAny<CardReader>())).Returns("{}");
        _cards.Setup(cards => cards.Summary(It.IsAny<SupportRequest>(), It.IsAny<CardReader>())).Returns("summary");
        var conversation = TestConversation.Create(_addressBook.Object, _requests.Object, _cards.Object, time);
        _bot = new SwitchboardBot(recorder, conversation, TestConversation.Reports(_addressBook.Object, _reportSource.Object, _audit.Object, time), NullLogger<SwitchboardBot>.Instance);
    }

    [Theory]
    [InlineData("en-US", "Hi, I'm Switchboard.")]
    [InlineData("de-DE", "Hi, I'm Switchboard.")]
    [InlineData(null, "Hi, I'm Switchboard.")]
    [InlineData("fr-FR", "Bonjour, je suis Switchboard.")]
    [InlineData("fr-CA", "Bonjour, je suis Switchboard.")]
    public async Task ConversationUpdate_BotAddedToPersonalChat_GreetsInTwoLinesInTheUsersLanguage(string? locale, string opening)
    {
        var update = TestActivities.Personal(ActivityTypes.ConversationUpdate, locale: locale);
        update.MembersAdded = [new ChannelAccount(TestActivities.BotId)];

        var replies = await RunAsync(update);

        var greeting = Assert.Single(replies);
        var lines = greeting.Text.Split("\n\n");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(opening, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_InATeam_DoesNotGreet()
    {
        var update = TestActivities.Personal(ActivityTypes.ConversationUpdate);
        update.Conversation.ConversationType = "channel";
        update.MembersAdded = [new ChannelAccount(TestActivities.BotId)];

        Assert.Empty(await RunAsync(update));
    }

    [Theory]
    [InlineData("add", 1)]
    [InlineData("add-upgrade", 0)]
    [InlineData("remove", 0)]
    public async Task InstallationUpdate_InPersonalScope_GreetsOnlyOnAFreshInstall(string action, int greetings)
    {
        var install = TestActivities.Personal(ActivityTypes.InstallationUpdate);
        install.Action = action;

        Assert.Equal(greetings, (await RunAsync(install)).Count);
    }

    [Theory]
    [InlineData("aide")]
    [InlineData("help")]
    [InlineData("  Aide ")]
    public async Task Message_HelpCommand_AnswersWithHowToAskInTheUsersLanguage(string command)
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: "fr-BE");
        message.Text = command;

        var reply = Assert.Single(await RunAsync(message));

        Assert.StartsWith("Pour demander de l'aide", reply.Text, StringComparison.Ordinal);
        Assert.Equal("fr", reply.Locale);
        Assert.Equal(TextFormatTypes.Markdown, reply.TextFormat);
    }

    [Fact]
    public async Task Message_AnyOtherText_StartsARequestInOneSaveKeyedByTheActivityAndRepliesNothingInline()
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: "fr-FR");
        message.Text = "Qui peut valider une exception VPN ?";

        var replies = await RunAsync(message);

        // The form goes through the outbox, saved with the request; the turn itself sends nothing.
        Assert.Empty(replies);
        _requests.Verify(store => store.SaveAsync(
            It.Is<SupportRequest>(r => r.Text == "Qui peut valider une exception VPN ?" && r.State == RequestState.Draft),
            It.Is<IReadOnlyList<OutboxMessage>>(rows => rows.Count == 1 && rows[0].Kind == OutboxMessageKind.Send),
            $"message:{message.Id}",
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("ask", "Tell me what you need")]
    [InlineData("demander", "Dites-moi")]
    public async Task Message_CommandWithoutRequest_AnswersWithALineAndStartsNothing(string command, string opening)
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: opening.StartsWith('T') ? "en-US" : "fr-FR");
        message.Text = command;

        var reply = Assert.Single(await RunAsync(message));

        Assert.StartsWith(opening, reply.Text, StringComparison.Ordinal);
        _requests.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("report", "en-US", "I can't show a report right now")]
    [InlineData("rapport", "fr-FR", "Je ne peux pas afficher de rapport")]
    public async Task Message_ReportWhileTheDirectoryIsNotLoaded_RefusesWithALineAndReadsNothing(string command, string locale, string opening)
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: locale);
        message.Text = command;

        var reply = Assert.Single(await RunAsync(message));

        Assert.StartsWith(opening, reply.Text, StringComparison.Ordinal);
        _reportSource.VerifyNoOtherCalls();
        _audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Message_InAChannelWithTheBotMentioned_ReadsTheTextWithoutTheMention()
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: "en-US");
        message.Conversation.ConversationType = "channel";
        message.Text = "<at>Switchboard</at> help";
        // As it arrives from the wire: an entity whose properties hold the mention.
        var mention = new Entity();
        mention.SetAs(new Mention(new ChannelAccount(TestActivities.BotId, "Switchboard"), "<at>Switchboard</at>", "mention"));
        message.Entities = [mention];

        var reply = Assert.Single(await RunAsync(message));

        Assert.StartsWith("To ask for help", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersWithTheErrorCardAndTouchesNoRequest()
    {
        _cards.Setup(cards => cards.Refusal(RefusalKind.UnknownAction, null, It.IsAny<CardReader>())).Returns("""{"type":"AdaptiveCard","version":"1.5","body":[]}""");
        var invoke = TestActivities.Personal(ActivityTypes.Invoke);
        invoke.Name = "adaptiveCard/action";
        invoke.Value = Newtonsoft.Json.Linq.JObject.Parse("""{"action":{"type":"Action.Execute","verb":"offer.steal","data":{"verb":"offer.steal"}}}""");

        var response = Assert.Single(await RunAsync(invoke));

        var body = Assert.IsType<Microsoft.Bot.Builder.InvokeResponse>(response.Value);
        var card = Assert.IsType<AdaptiveCardInvokeResponse>(body.Body);
        Assert.Equal(("application/vnd.microsoft.card.adaptive", 200), (card.Type, body.Status));
        _requests.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AnyPersonalActivity_RecordsTheUsersAddressWithTheAdmittedTenant()
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: "fr-FR");

        await RunAsync(message);

        _addressBook.Verify(book => book.SaveAsync(
            new ConversationAddress(
                TestActivities.UserAadObjectId,
                TestActivities.AllowedTenant,
                new Uri("https://smba.trafficmanager.net/emea/"),
                "a:personal-1",
                TestActivities.UserId,
                TestActivities.BotId,
                "fr-FR",
                Now),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GroupChatActivity_RecordsNoAddress()
    {
        var message = TestActivities.Personal(ActivityTypes.Message);
        message.Conversation.ConversationType = "groupChat";

        await RunAsync(message);

        _addressBook.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Turn_WithoutTheTenantGuard_Throws()
    {
        var context = TestActivities.ContextFor(_adapter, TestActivities.Personal(ActivityTypes.Message));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _bot.OnTurnAsync(context, CancellationToken.None));
        Assert.Empty(_adapter.ActiveQueue);
    }

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        var context = TestActivities.ContextFor(_adapter, activity);
        context.TurnState.Set(new TurnAdmission(TestActivities.AllowedTenant));
        await _bot.OnTurnAsync(context, CancellationToken.None);
        return _adapter.ActiveQueue.ToList();
    }
}
