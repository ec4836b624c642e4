using Microsoft.Bot.Schema;
using Switchboard.Bot.Conversations;

namespace Switchboard.Bot.Tests.Conversations;

public sealed class ConversationAddressRecorderTests
{
    private static readonly DateTimeOffset SeenAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ToAddress_CompleteActivity_CarriesEverythingNeededToWriteFirst()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message, locale: null);

        var (address, missing) = ConversationAddressRecorder.ToAddress(activity, TestActivities.AllowedTenant, SeenAt);

        Assert.Null(missing);
        Assert.NotNull(address);
        Assert.Null(address.Locale);
        Assert.Equal(SeenAt, address.UpdatedAt);
    }

    [Theory]
    [InlineData("from.aadObjectId")]
    [InlineData("recipient.id")]
    [InlineData("conversation.id")]
    [InlineData("serviceUrl")]
    public void ToAddress_FieldMissing_NamesIt(string field)
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        switch (field)
        {
            case "from.aadObjectId": activity.From.AadObjectId = null; break;
            case "recipient.id": activity.Recipient = null; break;
            case "conversation.id": activity.Conversation.Id = " "; break;
            default: activity.ServiceUrl = "file:///etc/passwd"; break;
        }

        var (address, missing) = ConversationAddressRecorder.ToAddress(activity, TestActivities.AllowedTenant, SeenAt);

        Assert.Null(address);
        Assert.Equal(field, missing);
    }
}
