using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;

namespace Switchboard.Bot.Security;

/// <summary>
/// The door of <c>POST /api/messages</c>, in front of the adapter: a client that keeps being refused is answered
/// 429 without its body being read, and a body over <see cref="RequestLimitsOptions.MaxActivityBytes"/> is answered
/// 413 before a byte of JSON is parsed. Only then does the SDK read the activity and check its token.
/// </summary>
internal sealed class MessagesEndpoint(
    IBotFrameworkHttpAdapter adapter,
    RefusalThrottle throttle,
    SecurityEvents events,
    IOptions<RequestLimitsOptions> options)
{
    public async Task HandleAsync(HttpContext context, IBot bot)
    {
        var client = ClientOf(context);
        if (throttle.IsThrottled(client, out var retryAfter))
        {
            events.RequestRefused(RequestRefusal.Throttled, cause: null, client, activityType: null, activityId: null);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        var limit = options.Value.MaxActivityBytes;
        var request = context.Request;
        var body = request.ContentLength > limit ? null : await ReadBoundedAsync(request.Body, limit, context.RequestAborted);
        if (body is null)
        {
            throttle.RecordRefusal(client);
            events.RequestRefused(RequestRefusal.BodyTooLarge, $"over {limit} bytes", client, activityType: null, activityId: null);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await using (body)
        {
            request.Body = body;
            await adapter.ProcessAsync(request, context.Response, bot, context.RequestAborted);
        }

        // Only refusals count towards the limit, so the Bot Connector's authenticated traffic, however heavy, from
        // however few addresses, is never slowed; a client that only sends bad tokens is stopped after a few.
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            throttle.RecordRefusal(client);
        }
    }

    /// <summary>The client's address as the connection reports it (the host's forwarded-headers setup decides which one that is).</summary>
    internal static string ClientOf(HttpContext? context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// Copies the body into memory, stopping as soon as it passes <paramref name="limit"/> (a chunked body has no
    /// Content-Length to check up front), so an oversized body costs at most <paramref name="limit"/> bytes.
    /// </summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream source, int limit, CancellationToken cancellationToken)
    {
        var buffered = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffered.Length + read > limit)
            {
                await buffered.DisposeAsync();
                return null;
            }

            buffered.Write(chunk, 0, read);
        }

        buffered.Position = 0;
        return buffered;
    }
}
