using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Switchboard.Bot.Conversations;
using Switchboard.Bot.Security;
using Switchboard.Domain.Conversations;

namespace Switchboard.Bot.Tests;

public sealed class SwitchboardBotTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private readonly Mock<IConversationAddressBook> _addressBook = new();
    private readonly TestAdapter _adapter = new();
    private readonly SwitchboardBot _bot;

    public SwitchboardBotTests()
    {
        var recorder = new ConversationAddressRecorder(
            _addressBook.Object, new FakeTimeProvider(Now), NullLogger<ConversationAddressRecorder>.Instance);
        _bot = new SwitchboardBot(recorder, NullLogger<SwitchboardBot>.Instance);
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

    [Fact]
    public async Task Message_AnyText_AnswersWithHowToAskInTheUsersLanguage()
    {
        var message = TestActivities.Personal(ActivityTypes.Message, locale: "fr-BE");
        message.Text = "Qui peut valider une exception VPN ?";

        var reply = Assert.Single(await RunAsync(message));

        Assert.StartsWith("Pour demander de l'aide", reply.Text, StringComparison.Ordinal);
        Assert.Equal("fr", reply.Locale);
        Assert.Equal(TextFormatTypes.Markdown, reply.TextFormat);
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
