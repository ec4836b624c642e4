using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Conversations;

public sealed class ActivityTagsTests
{
    [Fact]
    public void Offer_ParsedBack_SameRequestAndPerson()
    {
        var requestId = RequestId.New();
        var offeree = new UserId("0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1");

        var tag = ActivityTags.Offer(requestId, offeree);

        Assert.Equal($"offer:{requestId}:0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1", tag);
        Assert.True(ActivityTags.TryParseOffer(tag, out var parsedRequest, out var parsedOfferee));
        Assert.Equal((requestId, offeree), (parsedRequest, parsedOfferee));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("status:0193a5c0-7b1e-7c2d-8e3f-4a5b6c7d8e9f")]
    [InlineData("offer:")]
    [InlineData("offer:not-a-guid:user")]
    [InlineData("offer:0193a5c0-7b1e-7c2d-8e3f-4a5b6c7d8e9f:")]
    [InlineData("offer:00000000-0000-0000-0000-000000000000:user")]
    public void TryParseOffer_AnythingElse_False(string? tag)
    {
        Assert.False(ActivityTags.TryParseOffer(tag, out _, out _));
    }
}
