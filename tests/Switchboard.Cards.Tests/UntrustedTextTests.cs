using Switchboard.Cards.Building;

namespace Switchboard.Cards.Tests;

public sealed class UntrustedTextTests
{
    [Theory]
    [InlineData("{{{DATE(x)}}}", "{\u200B{\u200B{DATE(x)}}}")]
    [InlineData("$${{a}}", "$$\u200B{\u200B{a}}")]
    [InlineData("[a]](b)", "[a]]\u200B(b)")]
    [InlineData("plain text", "plain text")]
    public void Clean_TemplateAndLinkSyntax_IsBrokenWhereverItOverlaps(string text, string expected) =>
        Assert.Equal(expected, UntrustedText.Clean(text, 100));

    [Fact]
    public void Clean_LongText_IsCutAtTheLimitWithAnEllipsis()
    {
        var cleaned = UntrustedText.Clean(new string('a', 50), 10);

        Assert.Equal("aaaaaaaaa\u2026", cleaned);
    }

    [Fact]
    public void Clean_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        var cleaned = UntrustedText.Clean("abcdefgh\U0001F600xyz", 10);

        Assert.Equal("abcdefgh\u2026", cleaned);
    }

    [Fact]
    public void Clean_ControlsAndBidiOverrides_AreRemovedButLettersOfEveryScriptStay()
    {
        var cleaned = UntrustedText.Clean("a\u0000b\u001Bc\r\nd\u202Ee\u2066f\tשלום مرحبا", 100);

        Assert.Equal("abc\ndef\tשלום مرحبا", cleaned);
    }

    [Fact]
    public void Clean_Null_IsEmpty() => Assert.Equal(string.Empty, UntrustedText.Clean(null, 10));
}
