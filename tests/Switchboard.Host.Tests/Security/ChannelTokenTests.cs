using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Security;

/// <summary>
/// <c>POST /api/messages</c> on the production host with real channel tokens, checked by the SDK against signing
/// keys served over HTTPS on loopback: one valid token runs its turn; every defect is answered 401, runs no turn,
/// writes nothing, and leaves exactly one security event that holds no part of the token.
/// </summary>
public sealed class ChannelTokenTests(ProductionBotApp app) : IClassFixture<ProductionBotApp>
{
    private const int RequestRefusedEventId = 1003;

    public static TheoryData<string, string> BadTokens => new()
    {
        // The SDK itself turns an expired token into UnauthorizedAccessException; Post_TokenWithinTheClockSkew_IsAccepted
        // shows that the same token 8 minutes younger passes, so expiry is what is refused here.
        { "expired beyond the 5-minute skew", "RefusedBySdk" },
        { "wrong audience", "RefusedBySdk" },
        { "wrong issuer", "RefusedBySdk" },
        { "unsigned (alg none)", "InvalidSignature" },
        { "tampered signature", "InvalidSignature" },
        { "unknown key id", "UnknownSigningKey" },
        { "malformed", "MalformedToken" },
        { "not yet valid beyond the skew", "TokenNotYetValid" },
        { "serviceurl claim of another connector", "RefusedBySdk" },
        { "key not endorsed for msteams", "RefusedBySdk" },
        { "emulator token", "IssuerNotAllowed" },
        { "no token", "MissingToken" },
    };

    [Fact]
    public async Task Post_ValidChannelToken_RunsTheTurn()
    {
        using var client = app.CreateClient();
        var update = UserJoinedPersonalChat();

        using var response = await app.PostAsync(client, update, "Bearer " + app.ValidTokenFor(update));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.CountStoredAddresses(TeamsActivities.ConversationId(update)));
        Assert.Empty(RefusalsOf(update));
    }

    [Fact]
    public async Task Post_TokenWithinTheClockSkew_IsAccepted()
    {
        using var client = app.CreateClient();
        var update = UserJoinedPersonalChat();
        var token = app.Issuer.Mint(ProductionBotApp.AppId, ProductionBotApp.ServiceUrlOf(update), validFrom: TimeSpan.FromMinutes(-62), lifetime: TimeSpan.FromHours(1));

        using var response = await app.PostAsync(client, update, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_BadToken_Is401WithOneSecurityEventAndNoTurn(string defect, string expectedReason)
    {
        using var client = app.CreateClient();
        var update = UserJoinedPersonalChat();
        var token = BadToken(defect, update);

        using var response = await app.PostAsync(client, update, token is null ? null : "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var conversationId = TeamsActivities.ConversationId(update);
        Assert.Empty(app.Connector.CallsFor(conversationId));
        Assert.Equal(0, app.CountStoredAddresses(conversationId));
        var securityEvent = Assert.Single(RefusalsOf(update));
        Assert.Equal(LogLevel.Warning, securityEvent.Level);
        Assert.Equal(expectedReason, securityEvent.Values["Reason"]?.ToString());
        if (token is not null)
        {
            AssertNoLogHolds(token);
        }
    }

    [Fact]
    public async Task Post_EmulatorToken_IsOnlyRefusedByPolicyAfterTheSdkVerifiedIt()
    {
        using var client = app.CreateClient();
        var update = UserJoinedPersonalChat();

        using var response = await app.PostAsync(client, update, "Bearer " + BadToken("emulator token", update));

        // The SDK verified signature and claims (so the refusal is not an accident of a broken token); the
        // production policy is what refused it.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var securityEvent = Assert.Single(RefusalsOf(update));
        Assert.Equal("IssuerNotAllowed", securityEvent.Values["Reason"]?.ToString());
        Assert.Equal("(none)", securityEvent.Values["Cause"]);
    }

    [Fact]
    public async Task Post_EmulatorTokenInDevelopment_IsAcceptedAsTheSdkDecides()
    {
        // The same token the production host refuses: in Development the emulator must keep working.
        await using var development = ProductionBotApp.With(new Dictionary<string, string?>(), environment: "Development");
        await development.InitializeAsync();
        using var client = development.CreateClient();
        var update = TeamsActivities.BotAddedToPersonalChat(development.Connector.ServiceUrl);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = update["from"]!["id"]!.GetValue<string>() });
        var token = development.Issuer.Mint(
            ProductionBotApp.AppId,
            ProductionBotApp.ServiceUrlOf(update),
            issuer: LoopbackChannelIssuer.EmulatorIssuer,
            extraClaims: new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = ProductionBotApp.AppId });

        using var response = await development.PostAsync(client, update, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, development.CountStoredAddresses(TeamsActivities.ConversationId(update)));
    }

    private string? BadToken(string defect, JsonObject activity)
    {
        var serviceUrl = ProductionBotApp.ServiceUrlOf(activity);
        var issuer = app.Issuer;
        var valid = app.ValidTokenFor(activity);
        return defect switch
        {
            "expired beyond the 5-minute skew" => issuer.Mint(ProductionBotApp.AppId, serviceUrl, validFrom: TimeSpan.FromMinutes(-70), lifetime: TimeSpan.FromHours(1)),
            "wrong audience" => issuer.Mint("0b8e9f43-5a1c-4d7e-9f20-1c2d3e4f5a6b", serviceUrl),
            "wrong issuer" => issuer.Mint(ProductionBotApp.AppId, serviceUrl, issuer: "https://api.botframework.example"),
            "unsigned (alg none)" => LoopbackChannelIssuer.WithoutSignature(valid),
            "tampered signature" => LoopbackChannelIssuer.WithTamperedSignature(valid),
            "unknown key id" => issuer.Mint(ProductionBotApp.AppId, serviceUrl, keyId: "rotated-away"),
            "malformed" => "this-is-not-a-json-web-token",
            "not yet valid beyond the skew" => issuer.Mint(ProductionBotApp.AppId, serviceUrl, validFrom: TimeSpan.FromMinutes(10)),
            "serviceurl claim of another connector" => issuer.Mint(ProductionBotApp.AppId, new Uri("https://smba.trafficmanager.net/emea/")),
            "key not endorsed for msteams" => issuer.Mint(ProductionBotApp.AppId, serviceUrl, keyId: LoopbackChannelIssuer.WebChatKeyId),
            "emulator token" => issuer.Mint(
                ProductionBotApp.AppId,
                serviceUrl,
                issuer: LoopbackChannelIssuer.EmulatorIssuer,
                extraClaims: new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = ProductionBotApp.AppId }),
            "no token" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, "No such token defect."),
        };
    }

    /// <summary>A personal-chat activity that runs a turn (its address is recorded) but sends nothing back.</summary>
    private JsonObject UserJoinedPersonalChat()
    {
        var update = TeamsActivities.BotAddedToPersonalChat(app.Connector.ServiceUrl);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = update["from"]!["id"]!.GetValue<string>() });
        return update;
    }

    private void AssertNoLogHolds(string token)
    {
        var pieces = token.Split('.').Where(piece => piece.Length >= 8).Append(token).ToList();
        foreach (var entry in app.Logs.Entries)
        {
            var text = string.Join('\n', entry.Values.Values.Select(value => value?.ToString()).Append(entry.Message).Append(entry.Exception?.ToString()));
            foreach (var piece in pieces)
            {
                Assert.DoesNotContain(piece, text, StringComparison.Ordinal);
            }
        }
    }

    // Tests share one host, so each finds its own security event by the id of the activity it posted.
    private IEnumerable<CapturedLog> RefusalsOf(JsonObject activity) =>
        app.Logs.Entries.Where(entry =>
            entry.EventId.Id == RequestRefusedEventId
            && Equals(entry.Values.GetValueOrDefault("ActivityId"), TeamsActivities.Id(activity)));
}
