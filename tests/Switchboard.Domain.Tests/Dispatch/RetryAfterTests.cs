using Switchboard.Domain.Dispatch;

namespace Switchboard.Domain.Tests.Dispatch;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Retry-After", "7", 7)]
    [InlineData("retry-after", "120", 120)]
    [InlineData("Retry-After", "Thu, 26 Nov 2026 10:00:30 GMT", 30)]
    public void Parse_SecondsOrHttpDate_TheDelayFromNow(string name, string value, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(Headers(name, value), Now));
    }

    [Theory]
    [InlineData("Retry-After", "soon")]
    [InlineData("Retry-After", "Thu, 26 Nov 2026 09:59:00 GMT")]
    [InlineData("Retry-After", "0")]
    [InlineData("X-Other", "5")]
    public void Parse_UnreadablePastOrAbsent_Null(string name, string value)
    {
        Assert.Null(RetryAfter.Parse(Headers(name, value), Now));
    }

    [Fact]
    public void Parse_NoHeaders_Null()
    {
        Assert.Null(RetryAfter.Parse(null, Now));
    }

    private static Dictionary<string, IEnumerable<string>> Headers(string name, string value) => new() { [name] = [value] };
}
