using Switchboard.Bot.Conversations;
using Switchboard.Host.Packaging;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>Every command the Teams manifest offers, in English and French, is one the bot's parser recognises.</summary>
public sealed class ManifestCommandTests
{
    [Fact]
    public void ManifestCommands_EveryTitleInEveryLanguage_IsRecognisedByTheBot()
    {
        var titles = ManifestCommands.Names;

        Assert.Contains("ask", titles);
        Assert.Contains("demander", titles);
        Assert.Contains("mes demandes", titles);
        Assert.All(titles, title => Assert.NotEqual(BotCommandKind.Request, BotCommands.Parse(title).Kind));
    }

    [Fact]
    public void ManifestCommands_EnglishAndFrenchTitles_MeanTheSameCommand()
    {
        foreach (var command in ManifestCommands.All)
        {
            var english = BotCommands.Parse(command.Title).Kind;
            Assert.All(command.TranslatedTitles.Values, translated => Assert.Equal(english, BotCommands.Parse(translated).Kind));
        }
    }

    [Fact]
    public void BotCommands_EveryWordTheBotKnows_IsAManifestCommandOrADocumentedAlias()
    {
        // "settings" and its French words are typed, not picked from the menu; the help text names them.
        string[] aliases = ["settings", "paramètres", "parametres"];

        Assert.All(BotCommands.Known.Except(aliases), word => Assert.Contains(word, ManifestCommands.Names));
    }

    [Theory]
    [InlineData("ask Who can review a contract?", nameof(BotCommandKind.Ask), "Who can review a contract?")]
    [InlineData("demander: qui gère la paie ?", nameof(BotCommandKind.Ask), "qui gère la paie ?")]
    [InlineData("focus 2h", nameof(BotCommandKind.Focus), "2h")]
    [InlineData("status of my laptop order", nameof(BotCommandKind.Request), "status of my laptop order")]
    [InlineData("asking for a friend", nameof(BotCommandKind.Request), "asking for a friend")]
    public void Parse_CommandsAndRequests_AreToldApart(string text, string kind, string argument)
    {
        Assert.Equal(new BotCommand(Enum.Parse<BotCommandKind>(kind), argument), BotCommands.Parse(text));
    }

    [Theory]
    [InlineData("2h", 120)]
    [InlineData("90m", 90)]
    [InlineData("1h30", 90)]
    [InlineData("45 min", 45)]
    public void Duration_CommonForms_AreRead(string text, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), BotCommands.Duration(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("48h")]
    public void Duration_NothingOrTooLong_IsNone(string text)
    {
        Assert.Null(BotCommands.Duration(text));
    }
}
