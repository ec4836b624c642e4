using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Switchboard.Load;

/// <summary>What share of the connector's answers are faults, and how long a "timeout" holds the answer back.</summary>
/// <param name="Throttled">429 with <c>Retry-After: 1</c>; nothing delivered.</param>
/// <param name="Unavailable">502 or 503, half each; nothing delivered.</param>
/// <param name="Unknown">
/// The activity is delivered, then the answer is a 500 or comes after the bot's send timeout: the bot cannot know it
/// got through, records the outcome as unknown and never sends it again.
/// </param>
/// <param name="Hang">How long a timed-out answer is held; more than the host's send timeout.</param>
internal sealed record FaultPlan(double Throttled, double Unavailable, double Unknown, TimeSpan Hang, int Seed)
{
    public static FaultPlan None { get; } = new(0, 0, 0, TimeSpan.Zero, 1);
}

/// <summary>An activity the connector accepted: where it went and the Adaptive Card it carried.</summary>
internal sealed record DeliveredCard(string ConversationId, JsonElement Card);

/// <summary>
/// A Bot Connector look-alike on loopback for the load run: it creates one personal conversation per user (as Teams
/// does, the same one again when asked twice), accepts sends and updates, injects faults by share, and indexes every
/// card it delivered by its actions (<c>verb|requestId</c>) and by the load tokens in its text, so the players can wait
/// for what a Teams user would see. It counts deliveries by content, which is how a duplicate is told apart.
/// </summary>
internal sealed partial class LoadConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FaultPlan _faults;
    private readonly Random _random;
    private readonly Lock _randomGate = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DeliveredCard>> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _userOfConversation = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private long _calls;
    private long _throttled;
    private long _unavailable;
    private long _unknown;
    private long _activityId;

    private LoadConnector(WebApplication app, FaultPlan faults)
    {
        _app = app;
        _faults = faults;
        _random = new Random(faults.Seed);
    }

    public Uri ServiceUrl { get; private set; } = null!;

    public long Calls => Interlocked.Read(ref _calls);

    public long Throttled => Interlocked.Read(ref _throttled);

    public long Unavailable => Interlocked.Read(ref _unavailable);

    /// <summary>Answers made ambiguous on purpose (500 after delivery, or an answer after the bot gave up).</summary>
    public long UnknownOutcomes => Interlocked.Read(ref _unknown);

    /// <summary>Distinct activities delivered (sends and updates, by conversation, path and content).</summary>
    public int DistinctDeliveries => _deliveries.Count;

    /// <summary>Activities delivered more than once, with how many extra copies in all.</summary>
    public (int Activities, int ExtraCopies) Duplicates
    {
        get
        {
            var repeated = _deliveries.Values.Where(count => count > 1).ToList();
            return (repeated.Count, repeated.Sum(count => count - 1));
        }
    }

    public static async Task<LoadConnector> StartAsync(int port, FaultPlan faults)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var connector = new LoadConnector(app, faults);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = new Uri(address + "/");
        return connector;
    }

    /// <summary>The personal conversation of a user, as both the players and the bot's created conversations use it.</summary>
    public static string PersonalConversationOf(string aadObjectId) => $"a:load-{aadObjectId}";

    /// <summary>The user whose personal conversation this is.</summary>
    public static string UserOfPersonalConversation(string conversationId) =>
        conversationId.StartsWith("a:load-", StringComparison.Ordinal) ? conversationId["a:load-".Length..] : conversationId;

    /// <summary>Waits for the first card delivered under <paramref name="key"/> (<c>verb|requestId</c> or <c>token|n</c>).</summary>
    public Task<DeliveredCard> WaitForAsync(string key, CancellationToken cancellationToken) =>
        _cards.GetOrAdd(key, _ => new TaskCompletionSource<DeliveredCard>(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? string.Empty;
        var method = context.Request.Method;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["v3", "conversations", ..])
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var fault = PickFault();
        if (fault is Fault.Throttled)
        {
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            await WriteErrorAsync(context, "Throttled");
            return;
        }

        if (fault is Fault.Unavailable)
        {
            Interlocked.Increment(ref _unavailable);
            context.Response.StatusCode = Next() < 0.5 ? StatusCodes.Status502BadGateway : StatusCodes.Status503ServiceUnavailable;
            await WriteErrorAsync(context, "ServiceUnavailable");
            return;
        }

        object answer;
        if (segments.Length == 2 && method == "POST")
        {
            // Create conversation: Teams has one personal conversation per user and bot, so asking twice gives the same.
            using var json = JsonDocument.Parse(body);
            var member = json.RootElement.GetProperty("members")[0];
            var user = member.TryGetProperty("aadObjectId", out var aad) ? aad.GetString()! : member.GetProperty("id").GetString()!;
            var conversationId = PersonalConversationOf(user);
            _userOfConversation[conversationId] = user;
            answer = new { id = conversationId, activityId = NextActivityId(), serviceUrl = ServiceUrl.ToString() };
        }
        else if (segments.Length is 4 or 5 && segments[3] == "activities" && method is "POST" or "PUT")
        {
            Deliver(method, path, segments[2], body);
            answer = new { id = method == "PUT" && segments.Length == 5 ? segments[4] : NextActivityId() };
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (fault is Fault.Unknown)
        {
            Interlocked.Increment(ref _unknown);
            if (Next() < 0.5)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await WriteErrorAsync(context, "InternalServerError");
                return;
            }

            // Delivered, but the answer comes after the bot stopped waiting.
            using var held = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(_faults.Hang, held.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }

    private void Deliver(string method, string path, string conversationId, string body)
    {
        var identity = $"{method} {path} {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}";
        _deliveries.AddOrUpdate(identity, 1, (_, count) => count + 1);

        using var activity = JsonDocument.Parse(body);
        if (!activity.RootElement.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var attachment in attachments.EnumerateArray())
        {
            if (!attachment.TryGetProperty("content", out var content))
            {
                continue;
            }

            var card = content.ValueKind == JsonValueKind.String ? JsonDocument.Parse(content.GetString()!).RootElement.Clone() : content.Clone();
            var delivered = new DeliveredCard(conversationId, card);
            foreach (var (verb, requestId) in CardActions.Of(card))
            {
                Publish($"{verb}|{requestId}", delivered);
            }

            foreach (Match token in TokenPattern().Matches(card.GetRawText()))
            {
                Publish($"token|{token.Groups[1].Value}", delivered);
            }
        }
    }

    private void Publish(string key, DeliveredCard card) =>
        _cards.GetOrAdd(key, _ => new TaskCompletionSource<DeliveredCard>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(card);

    private Fault PickFault()
    {
        var roll = Next();
        return roll < _faults.Throttled ? Fault.Throttled
            : roll < _faults.Throttled + _faults.Unavailable ? Fault.Unavailable
            : roll < _faults.Throttled + _faults.Unavailable + _faults.Unknown ? Fault.Unknown
            : Fault.None;
    }

    private double Next()
    {
        lock (_randomGate)
        {
            return _random.NextDouble();
        }
    }

    private string NextActivityId() => $"load-{Interlocked.Increment(ref _activityId)}";

    private static Task WriteErrorAsync(HttpContext context, string code) =>
        context.Response.WriteAsJsonAsync(new { error = new { code, message = $"The load connector answers {code}." } }, context.RequestAborted);

    [GeneratedRegex(@"\[load-(\d+)\]")]
    private static partial Regex TokenPattern();

    private enum Fault
    {
        None,
        Throttled,
        Unavailable,
        Unknown,
    }
}
