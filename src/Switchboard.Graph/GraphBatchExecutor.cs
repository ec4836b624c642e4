using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Switchboard.Graph;

/// <summary>One GET that Graph only serves per user or per group, to be sent inside a <c>$batch</c>.</summary>
internal sealed class GraphRead
{
    public required GraphCall Call { get; init; }

    /// <summary>The user or group id it is about, for reports.</summary>
    public required string Subject { get; init; }

    /// <summary>Whether it must go to the beta endpoint (a batch never mixes versions).</summary>
    public bool Beta { get; init; }

    /// <summary>Builds the request; called again when the read is resent on its own.</summary>
    public required Func<RequestInformation> Build { get; init; }

    /// <summary>Consumes a successful response body.</summary>
    public required Func<Stream, CancellationToken, Task> Apply { get; init; }
}

/// <summary>State of one sync: what was skipped, and where it is for the progress bar.</summary>
internal sealed class SyncRun(IProgress<GraphSyncProgress>? progress, ILogger logger)
{
    private readonly ConcurrentQueue<SkippedRead> _skipped = new();

    public IReadOnlyList<SkippedRead> Skipped => [.. _skipped];

    public void Skip(SkippedRead read)
    {
        _skipped.Enqueue(read);
        GraphLog.ReadSkipped(logger, read);
    }

    public void Report(string stage, int done, int? total) => progress?.Report(new GraphSyncProgress(stage, done, total));
}

/// <summary>
/// Sends per-user and per-group reads through <c>$batch</c> (up to 20 per batch, a bounded number of batches in
/// flight) and sorts out each item's answer: success is applied, 404 is skipped and reported, 403 names the missing
/// permission, and a throttled item (429/503/504) waits for its Retry-After and is sent again on its own — the SDK's
/// retry handler cannot see inside a batch, and resending alone lets that handler take over if Graph pushes back again.
/// </summary>
internal sealed class GraphBatchExecutor(GraphServiceClient client, GraphOptions options, GraphTraffic traffic, TimeProvider time, ILogger logger)
{
    /// <summary>Turns any non-success answer into an <see cref="ODataError"/> carrying Graph's error code.</summary>
    public static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    /// <summary>Used when a throttled item carries no Retry-After; Graph's guidance is to back off a few seconds.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(3);

    public async Task ExecuteAsync(string stage, IReadOnlyList<GraphRead> reads, SyncRun run, CancellationToken cancellationToken)
    {
        var batches = reads.GroupBy(r => r.Beta).SelectMany(g => g.Chunk(options.BatchSize)).ToList();
        var done = 0;
        run.Report(stage, 0, batches.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelBatches, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(batches, parallel, async (batch, token) =>
            {
                await ExecuteBatchAsync(batch, run, token);
                run.Report(stage, Interlocked.Increment(ref done), batches.Count);
            });
        }
        catch (AuthenticationFailedException exception)
        {
            // Tokens are taken per request; one refused mid-sync (secret expired, consent revoked) ends the sync.
            throw new GraphSyncException($"Microsoft Entra ID gave no token for Microsoft Graph while reading {stage}: {exception.Message}", run.Skipped, exception);
        }
    }

    /// <summary>Sends one read alone through the SDK (its retry handler covers throttling) and applies the answer.</summary>
    public async Task SendAloneAsync(GraphRead read, SyncRun run, CancellationToken cancellationToken)
    {
        Stream? body;
        try
        {
            body = await client.RequestAdapter.SendPrimitiveAsync<Stream>(read.Build(), ErrorMapping, cancellationToken);
        }
        catch (ApiException exception)
        {
            Fail(read, exception.ResponseStatusCode, (exception as ODataError)?.Error?.Code, run, exception);
            return;
        }

        if (body is null)
        {
            throw new GraphSyncException($"Microsoft Graph answered {GraphPermissions.Describe(read.Call)} for {read.Subject} with an empty body.", run.Skipped, null);
        }

        await using (body)
        {
            await ApplyAsync(read, body, run, cancellationToken);
        }
    }

    /// <summary>Skips a read on 404, or throws the exception that says why the sync cannot go on.</summary>
    public static void Fail(GraphRead read, int status, string? code, SyncRun run, Exception? cause)
    {
        switch (status)
        {
            case (int)HttpStatusCode.NotFound:
                // The user or group went away since it was listed, or has no mailbox: leave that part out, say so.
                run.Skip(new SkippedRead(read.Call, read.Subject, status, code));
                return;
            case (int)HttpStatusCode.Forbidden:
                throw new GraphPermissionException(read.Call, run.Skipped, cause);
            default:
                var what = GraphThrottling.IsThrottled((HttpStatusCode)status) ? " (still throttled after the SDK's retries)" : "";
                throw new GraphSyncException(
                    $"Microsoft Graph answered {status}{(code is null ? "" : " " + code)}{what} to {GraphPermissions.Describe(read.Call)} for {read.Subject}.",
                    run.Skipped,
                    cause);
        }
    }

    /// <summary>Applies an answer; a follow-up page Graph refuses is judged like the read itself.</summary>
    private static async Task ApplyAsync(GraphRead read, Stream body, SyncRun run, CancellationToken cancellationToken)
    {
        try
        {
            await read.Apply(body, cancellationToken);
        }
        catch (ApiException exception)
        {
            Fail(read, exception.ResponseStatusCode, (exception as ODataError)?.Error?.Code, run, exception);
        }
    }

    private async Task ExecuteBatchAsync(GraphRead[] batch, SyncRun run, CancellationToken cancellationToken)
    {
        // One BatchRequestContent per batch rather than the SDK's BatchRequestContentCollection: the collection
        // posts only to the client's v1.0 base, while beta reads need their own $batch, and this executor already
        // splits work into batches of the configured size and bounds how many are in flight.
#pragma warning disable CS0618
        var content = new BatchRequestContent(client);
        for (var i = 0; i < batch.Length; i++)
        {
            await content.AddBatchRequestStepAsync(batch[i].Build(), i.ToString(CultureInfo.InvariantCulture));
        }
#pragma warning restore CS0618

        traffic.CountBatch(batch.Length);
        using var batchMessage = await SendBatchAsync(content, batch, run, cancellationToken);
        var response = new BatchResponseContent(batchMessage, ErrorMapping);
        var statuses = await response.GetResponsesStatusCodesAsync();
        var throttled = new List<(GraphRead Read, TimeSpan Wait)>();
        for (var i = 0; i < batch.Length; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var read = batch[i];
            if (!statuses.TryGetValue(id, out var status))
            {
                throw new GraphSyncException($"Microsoft Graph's $batch answer had no response for {GraphPermissions.Describe(read.Call)} for {read.Subject}.", run.Skipped, null);
            }

            if ((int)status is >= 200 and < 300)
            {
                await using var body = await response.GetResponseStreamByIdAsync(id);

                // The SDK copies the item into a MemoryStream and hands it back positioned at its end.
                body.Position = 0;
                await ApplyAsync(read, body, run, cancellationToken);
                continue;
            }

            using var message = await response.GetResponseByIdAsync(id);
            if (GraphThrottling.IsThrottled(status))
            {
                traffic.CountThrottledItem();
                throttled.Add((read, RetryAfter(message.Headers.RetryAfter)));
                continue;
            }

            Fail(read, (int)status, await ErrorCodeAsync(message, cancellationToken), run, null);
        }

        if (throttled.Count > 0)
        {
            var wait = throttled.Max(t => t.Wait);
            GraphLog.BatchItemsThrottled(logger, throttled.Count, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
            foreach (var (read, _) in throttled)
            {
                await SendAloneAsync(read, run, cancellationToken);
            }
        }
    }

    private async Task<HttpResponseMessage> SendBatchAsync(BatchRequestContent content, GraphRead[] batch, SyncRun run, CancellationToken cancellationToken)
    {
        var request = await client.Batch.ToPostRequestInformationAsync(content, cancellationToken);
        if (batch[0].Beta)
        {
            request.URI = new Uri(options.BetaBaseUrl.TrimEnd('/') + "/$batch");
        }

        // The native handler hands back the raw response so the per-item answers can be read; the request
        // still goes through the whole handler chain, so a throttled $batch is retried by the SDK itself.
        var native = new NativeResponseHandler();
        request.AddRequestOptions([new ResponseHandlerOption { ResponseHandler = native }]);
        try
        {
            await client.RequestAdapter.SendNoContentAsync(request, ErrorMapping, cancellationToken);
        }
        catch (ApiException exception)
        {
            Fail(batch[0], exception.ResponseStatusCode, (exception as ODataError)?.Error?.Code, run, exception);
        }

        if (native.Value is not HttpResponseMessage message)
        {
            throw new GraphSyncException("Microsoft Graph's $batch call returned no response.", run.Skipped, null);
        }

        if (!message.IsSuccessStatusCode)
        {
            using (message)
            {
                var code = await ErrorCodeAsync(message, cancellationToken);
                if (message.StatusCode == HttpStatusCode.Forbidden)
                {
                    throw new GraphPermissionException(batch[0].Call, run.Skipped, null);
                }

                throw new GraphSyncException(
                    $"Microsoft Graph answered {(int)message.StatusCode}{(code is null ? "" : " " + code)} to a $batch of {batch.Length} reads ({GraphPermissions.Describe(batch[0].Call)}, ...).",
                    run.Skipped,
                    null);
            }
        }

        return message;
    }

    private TimeSpan RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return DefaultRetryAfter;
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        if (message.Content is null)
        {
            return null;
        }

        var text = await message.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            // A body that is not Graph's error JSON has no code to report; the status alone says what happened.
            return null;
        }
    }
}
