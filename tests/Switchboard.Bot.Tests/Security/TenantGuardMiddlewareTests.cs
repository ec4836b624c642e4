using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using Switchboard.Bot.Security;

namespace Switchboard.Bot.Tests.Security;

public sealed class TenantGuardMiddlewareTests
{
    private readonly ListLogger<TenantGuardMiddleware> _logger = new();
    private readonly TenantGuardMiddleware _guard;

    public TenantGuardMiddlewareTests()
    {
        var options = Options.Create(new BotSecurityOptions { AllowedTenants = [TestActivities.AllowedTenant] });
        _guard = new TenantGuardMiddleware(options, _logger);
    }

    [Fact]
    public async Task OnTurn_TeamsActivityFromAllowedTenant_RunsTheBotWithTheAdmittedTenant()
    {
        var (ran, context) = await RunAsync(TestActivities.Personal(ActivityTypes.Message));

        Assert.True(ran);
        Assert.Equal(TestActivities.AllowedTenant, TurnAdmission.Of(context)?.TenantId);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task OnTurn_TenantInAnotherCaseAndWithoutConversationTenant_IsAdmittedInCanonicalForm()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message, tenant: TestActivities.AllowedTenant.ToUpperInvariant());
        activity.Conversation.TenantId = null;

        var (ran, context) = await RunAsync(activity);

        Assert.True(ran);
        Assert.Equal(TestActivities.AllowedTenant, TurnAdmission.Of(context)?.TenantId);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("emulator")]
    [InlineData("MSTeams")]
    [InlineData(null)]
    public async Task OnTurn_NotFromTeams_IsDropped(string? channelId)
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.ChannelId = channelId;

        await AssertDroppedAsync(activity, TurnRejection.NotTeamsChannel);
    }

    [Fact]
    public async Task OnTurn_ForeignTenant_IsDropped()
    {
        await AssertDroppedAsync(
            TestActivities.Personal(ActivityTypes.Message, tenant: TestActivities.OtherTenant), TurnRejection.TenantNotAllowed);
    }

    [Fact]
    public async Task OnTurn_ChannelDataAndConversationDisagree_IsDropped()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.Conversation.TenantId = TestActivities.OtherTenant;

        await AssertDroppedAsync(activity, TurnRejection.TenantMismatch);
    }

    [Fact]
    public async Task OnTurn_ConversationTenantIsNotAGuid_IsDropped()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.Conversation.TenantId = "contoso";

        await AssertDroppedAsync(activity, TurnRejection.TenantMismatch);
    }

    [Fact]
    public async Task OnTurn_NoChannelData_IsDropped()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.ChannelData = null;

        await AssertDroppedAsync(activity, TurnRejection.MissingTenant);
    }

    [Fact]
    public async Task OnTurn_TenantIdIsNotAGuid_IsDropped()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.ChannelData = JObject.Parse("""{ "tenant": { "id": "not-a-tenant" } }""");
        activity.Conversation.TenantId = null;

        await AssertDroppedAsync(activity, TurnRejection.TenantNotAllowed);
    }

    [Theory]
    [InlineData("""{ "tenant": "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f" }""")]
    [InlineData("""[ { "tenant": { "id": "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f" } } ]""")]
    [InlineData("\"5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f\"")]
    public async Task OnTurn_ChannelDataNotShapedLikeTeams_IsDropped(string channelData)
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.ChannelData = JToken.Parse(channelData);

        await AssertDroppedAsync(activity, TurnRejection.MalformedChannelData);
    }

    [Fact]
    public async Task OnTurn_HostileValues_AreLoggedBoundedAndOnOneLine()
    {
        var activity = TestActivities.Personal(ActivityTypes.Message);
        activity.ChannelId = "evil\r\n2026-11-26 INFO forged line" + new string('x', 10_000);

        await AssertDroppedAsync(activity, TurnRejection.NotTeamsChannel);

        var channel = (string)Assert.Single(_logger.Entries).Values["ChannelId"]!;
        Assert.DoesNotContain('\n', channel);
        Assert.DoesNotContain('\r', channel);
        Assert.True(channel.Length <= 65, $"The logged channel is {channel.Length} characters long.");
    }

    private async Task AssertDroppedAsync(Activity activity, TurnRejection expected)
    {
        var (ran, context) = await RunAsync(activity);

        Assert.False(ran, "The bot must not run for a dropped activity.");
        Assert.Null(TurnAdmission.Of(context));
        var securityEvent = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, securityEvent.Level);
        Assert.Equal(1001, securityEvent.EventId.Id);
        Assert.Equal(expected, securityEvent.Values["Reason"]);
        Assert.Equal(activity.Type, securityEvent.Values["ActivityType"]);
    }

    private async Task<(bool Ran, Microsoft.Bot.Builder.TurnContext Context)> RunAsync(Activity activity)
    {
        var context = TestActivities.ContextFor(new TestAdapter(), activity);
        var ran = false;
        await _guard.OnTurnAsync(context, _ => { ran = true; return Task.CompletedTask; }, CancellationToken.None);
        return (ran, context);
    }
}
