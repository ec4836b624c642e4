using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>One HTTP call the bot made to the Bot Connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string Body, bool HasAuthorization, TimeSpan ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// What the fake connector does instead of answering normally: an error status (with a Teams error code and a
/// Retry-After), a response that never comes, or a connection closed after the request arrived.
/// </summary>
public sealed record ConnectorFault(int Status, string? ErrorCode = null, string? RetryAfter = null, bool Hang = false, bool DropConnection = false)
{
    public static ConnectorFault Error(int status, string? errorCode = null, string? retryAfter = null) => new(status, errorCode, retryAfter);

    /// <summary>Reads the request and never answers (until the caller gives up or the connector stops).</summary>
    public static ConnectorFault HangForever() => new(0, Hang: true);

    /// <summary>Reads the request, then closes the connection without an answer.</summary>
    public static ConnectorFault CloseConnection() => new(0, DropConnection: true);
}

/// <summary>
/// A stand-in for the Bot Connector on a real loopback socket: it records every call the bot makes and answers
/// the way the connector does, so tests exercise the SDK's real HTTP client and serialization. Faults can be
/// injected for the calls a predicate picks, each used once, in the order injected.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _faultsGate = new();
    private readonly List<(Func<ConnectorCall, bool> Applies, ConnectorFault Fault)> _faults = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _nextId;

    private FakeBotConnector(WebApplication app) => _app = app;

    /// <summary>Where activities should say the connector is (their <c>serviceUrl</c>).</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Time on the connector's clock, to measure how long the bot took to call it.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Starts a connector on <paramref name="port"/> (0: any free port; a fixed one to bring a stopped connector back).</summary>
    public static async Task<FakeBotConnector> StartAsync(int port = 0)
    {
        var app = LoopbackApp.Create(port);
        var connector = new FakeBotConnector(app);
        connector.ServiceUrl = new Uri(await LoopbackApp.StartAsync(app, connector.HandleAsync) + "/");
        return connector;
    }

    /// <summary>Every call received, in order.</summary>
    public IReadOnlyList<ConnectorCall> Calls => _calls.ToList();

    /// <summary>The next call that <paramref name="applies"/> picks gets <paramref name="fault"/> instead of its answer.</summary>
    public void Inject(Func<ConnectorCall, bool> applies, ConnectorFault fault)
    {
        lock (_faultsGate)
        {
            _faults.Add((applies, fault));
        }
    }

    /// <summary>The calls that created a conversation (<c>POST /v3/conversations</c>), in order.</summary>
    public IReadOnlyList<ConnectorCall> CreateConversationCalls =>
        _calls.Where(call => call.Method == "POST" && call.Path.TrimEnd('/') == "/v3/conversations").ToList();

    /// <summary>The calls made about one conversation, in the order received.</summary>
    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId) =>
        _calls.Where(call => call.Path.StartsWith($"/v3/conversations/{conversationId}/", StringComparison.Ordinal)).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? string.Empty;
        var call = new ConnectorCall(method, path, body, context.Request.Headers.Authorization.Count > 0, _clock.Elapsed);
        _calls.Enqueue(call);
        if (TakeFault(call) is { } fault)
        {
            await FailAsync(context, fault);
            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var isConversations = segments.Length >= 2 && segments[0] == "v3" && segments[1] == "conversations";
        var id = $"fake-{Interlocked.Increment(ref _nextId)}";

        // Send to conversation, reply to activity, update activity: all answer with a ResourceResponse.
        if (isConversations && segments.Length is 4 or 5 && segments[3] == "activities" && method is "POST" or "PUT")
        {
            await context.Response.WriteAsJsonAsync(new { id }, context.RequestAborted);
            return;
        }

        // Create conversation answers with a ConversationResourceResponse.
        if (isConversations && segments.Length == 2 && method == "POST")
        {
            await context.Response.WriteAsJsonAsync(
                new { id = $"a:{id}", activityId = id, serviceUrl = ServiceUrl.ToString() }, context.RequestAborted);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsJsonAsync(
            new { error = new { code = "NotFound", message = $"The fake connector does not serve {method} {path}." } },
            context.RequestAborted);
    }

    private ConnectorFault? TakeFault(ConnectorCall call)
    {
        lock (_faultsGate)
        {
            var index = _faults.FindIndex(f => f.Applies(call));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    private async Task FailAsync(HttpContext context, ConnectorFault fault)
    {
        if (fault.Hang)
        {
            // Waits, without throwing, until the caller gives up or the connector stops.
            var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var aborted = context.RequestAborted.Register(() => released.TrySetResult());
            using var stopping = _stopping.Token.Register(() => released.TrySetResult());
            await released.Task;
            return;
        }

        if (fault.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = fault.Status;
        if (fault.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfter;
        }

        var code = fault.ErrorCode ?? ((HttpStatusCode)fault.Status).ToString();
        await context.Response.WriteAsJsonAsync(new { error = new { code, message = $"The fake connector answers {fault.Status} {code}." } }, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
