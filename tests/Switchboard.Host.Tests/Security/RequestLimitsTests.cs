using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Security;

/// <summary>
/// The limits in front of the SDK on <c>POST /api/messages</c>: oversized bodies get 413 before they are read to the
/// end, clients that keep being refused get 429, and a flood of bad tokens costs a bounded number of log lines.
/// </summary>
public sealed class RequestLimitsTests
{
    private const int RequestRefusedEventId = 1003;
    private const int RefusalsSuppressedEventId = 1004;
    private const int Limit = 4096;

    [Fact]
    public async Task Post_ContentLengthOverTheLimit_Is413BeforeTheBodyEnds()
    {
        await using var app = await StartAsync(new() { ["Switchboard:Limits:MaxActivityBytes"] = Limit.ToString(CultureInfo.InvariantCulture) }, overSockets: true);
        using var client = app.CreateSocketClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl);

        // The body announces one byte too many and sends only its first bytes until the server has answered.
        using var body = new HeldBackBody(message, bytesBeforeHolding: 512, declaredLength: Limit + 1, () => TooLargeRefusals(app) > 0);
        using var response = await client.PostAsync("/api/messages", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.RefusedBeforeTheEnd, "The server waited for the body although its Content-Length was over the limit.");
        AssertNoTurn(app, message);
        Assert.Equal(1, TooLargeRefusals(app));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Is413WithoutReadingToTheEnd()
    {
        await using var app = await StartAsync(new() { ["Switchboard:Limits:MaxActivityBytes"] = Limit.ToString(CultureInfo.InvariantCulture) }, overSockets: true);
        using var client = app.CreateSocketClient();
        var message = TeamsActivities.Message(app.Connector.ServiceUrl);

        // No Content-Length: the limit can only be enforced while reading. The body sends four times the limit and
        // holds back its end until the server has answered, which it can only do by stopping at the limit.
        using var body = new HeldBackBody(message, bytesBeforeHolding: 4 * Limit, declaredLength: null, () => TooLargeRefusals(app) > 0);
        using var response = await client.PostAsync("/api/messages", body);

        Assert.Null(body.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.RefusedBeforeTheEnd, "The server read the chunked body to its end before refusing it.");
        AssertNoTurn(app, message);
    }

    [Fact]
    public async Task Post_BodyWithinTheLimit_IsHandled()
    {
        await using var app = await StartAsync(new() { ["Switchboard:Limits:MaxActivityBytes"] = Limit.ToString(CultureInfo.InvariantCulture) });
        using var client = app.CreateClient();
        var update = UserJoinedPersonalChat(app);

        using var response = await app.PostAsync(client, update, "Bearer " + app.ValidTokenFor(update));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.CountStoredAddresses(TeamsActivities.ConversationId(update)));
    }

    [Fact]
    public async Task Post_RefusalsPastTheThreshold_Get429WithRetryAfter_WhileAuthenticatedTrafficNeverCounts()
    {
        await using var app = await StartAsync(new()
        {
            ["Switchboard:Limits:RefusalsPerWindow"] = "5",
            ["Switchboard:Limits:RefusalWindow"] = "00:01:00",
        });
        using var client = app.CreateClient();

        // Twenty authenticated activities, four times the refusal threshold, all go through.
        for (var i = 0; i < 20; i++)
        {
            var update = UserJoinedPersonalChat(app);
            using var accepted = await app.PostAsync(client, update, "Bearer " + app.ValidTokenFor(update));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            using var refused = await app.PostAsync(client, UserJoinedPersonalChat(app), authorization: null);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var flooding = UserJoinedPersonalChat(app);
        using var throttled = await app.PostAsync(client, flooding, authorization: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var retryAfter = Assert.Single(throttled.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, CultureInfo.InvariantCulture), 1, 60);
        AssertNoTurn(app, flooding);
        Assert.Contains(app.Logs.Entries, entry => entry.EventId.Id == RequestRefusedEventId && Equals(entry.Values["Reason"]?.ToString(), "Throttled"));
    }

    [Fact]
    public async Task Post_AThousandBadTokens_LogAtMostTheConfiguredEventsAndThenOneSummary()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var app = await StartAsync(
            new()
            {
                ["Switchboard:Limits:SecurityEventsPerWindow"] = "10",
                ["Switchboard:Limits:SecurityEventWindow"] = "00:01:00",
            },
            clock);
        using var client = app.CreateClient();

        await Parallel.ForEachAsync(Enumerable.Range(0, 1_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var refused = await app.PostAsync(client, UserJoinedPersonalChat(app), $"Bearer not-a-token-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        });

        Assert.Equal(10, app.Logs.Entries.Count(entry => entry.EventId.Id == RequestRefusedEventId));
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.EventId.Id == RefusalsSuppressedEventId);

        // The next window's first refusal also reports what the last one left out.
        clock.Advance(TimeSpan.FromMinutes(1));
        using var next = await app.PostAsync(client, UserJoinedPersonalChat(app), "Bearer not-a-token-either");

        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
        Assert.Equal(11, app.Logs.Entries.Count(entry => entry.EventId.Id == RequestRefusedEventId));
        var summary = Assert.Single(app.Logs.Entries, entry => entry.EventId.Id == RefusalsSuppressedEventId);
        Assert.Equal(990, summary.Values["Count"]);
    }

    private static async Task<ProductionBotApp> StartAsync(Dictionary<string, string?> settings, TimeProvider? clock = null, bool overSockets = false)
    {
        var app = ProductionBotApp.With(settings, clock, overSockets);
        await app.InitializeAsync();
        return app;
    }

    private static int TooLargeRefusals(ProductionBotApp app) =>
        app.Logs.Entries.Count(entry => entry.EventId.Id == RequestRefusedEventId && Equals(entry.Values["Reason"]?.ToString(), "BodyTooLarge"));

    private static void AssertNoTurn(ProductionBotApp app, JsonObject activity)
    {
        var conversationId = TeamsActivities.ConversationId(activity);
        Assert.Empty(app.Connector.CallsFor(conversationId));
        Assert.Equal(0, app.CountStoredAddresses(conversationId));
    }

    private static JsonObject UserJoinedPersonalChat(ProductionBotApp app)
    {
        var update = TeamsActivities.BotAddedToPersonalChat(app.Connector.ServiceUrl);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = update["from"]!["id"]!.GetValue<string>() });
        return update;
    }

    /// <summary>
    /// An activity padded to any size that sends <c>bytesBeforeHolding</c> bytes, then holds the rest back until
    /// the server has refused the request (or 10 seconds pass), and only then ends: so a test can tell whether the
    /// server answered without waiting for the end of the body. Declares a Content-Length, or none (then chunked).
    /// </summary>
    private sealed class HeldBackBody : HttpContent
    {
        private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(10);
        private readonly byte[] _start;
        private readonly int _bytesBeforeHolding;
        private readonly long? _declaredLength;
        private readonly Func<bool> _refused;

        public HeldBackBody(JsonObject activity, int bytesBeforeHolding, long? declaredLength, Func<bool> refused)
        {
            // The padding goes inside a string property, so what arrives is the start of a well-formed activity.
            var json = activity.ToJsonString();
            _start = Encoding.UTF8.GetBytes(json[..json.LastIndexOf('}')] + ",\"padding\":\"");
            _bytesBeforeHolding = bytesBeforeHolding;
            _declaredLength = declaredLength;
            _refused = refused;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        /// <summary>Whether the server refused the request while the end of the body was still held back.</summary>
        public bool RefusedBeforeTheEnd { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_start);
            await WritePaddingAsync(stream, _bytesBeforeHolding - _start.Length);
            await stream.FlushAsync();

            var holding = TimeProvider.System.GetTimestamp();
            while (!_refused() && TimeProvider.System.GetElapsedTime(holding) < MaxHold)
            {
                await Task.Delay(20);
            }

            RefusedBeforeTheEnd = _refused();
            if (_declaredLength is { } length)
            {
                await WritePaddingAsync(stream, (int)(length - Math.Max(_bytesBeforeHolding, _start.Length)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _declaredLength ?? 0;
            return _declaredLength is not null;
        }

        private static async Task WritePaddingAsync(Stream stream, int count)
        {
            if (count <= 0)
            {
                return;
            }

            var padding = new byte[count];
            Array.Fill(padding, (byte)'a');
            await stream.WriteAsync(padding);
        }
    }
}
