using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Switchboard.Bot.Security;
using Switchboard.Domain.Conversations;

namespace Switchboard.Bot.Conversations;

/// <summary>
/// <see cref="IConversationGateway"/> over the Bot Connector REST API, through the connector client the SDK's
/// <see cref="BotFrameworkAuthentication"/> builds for the adapter (same credentials, same HTTP client factory).
/// </summary>
/// <remarks>
/// The gateway makes exactly one HTTP call per operation (two when it must create the conversation first) and
/// never retries: the outbox dispatcher alone decides when to try again, so retries never stack. The SDK's
/// connector client adds no retry of its own (the connector factory hands it an <see cref="HttpClient"/> from
/// the factory, which bypasses the client runtime's retry handler); the fake-connector tests count the calls.
/// <para>Outcomes, by what the connector answered:</para>
/// <list type="table">
/// <item><term>2xx</term><description>Delivered.</description></item>
/// <item><term>429</term><description>Transient, with Retry-After when given.</description></item>
/// <item><term>408, 412, 502, 503, 504, 401</term><description>Transient (401: the bot's own credentials failed; messages wait until they are fixed).</description></item>
/// <item><term>403, 404 and other 4xx</term><description>Refused with the Teams error code (ConversationBlockedByUser, BotNotInConversationRoster, ...).</description></item>
/// <item><term>500 and other 5xx</term><description>Unknown: the service failed while handling it, so it may have been delivered.</description></item>
/// <item><term>no connection</term><description>Transient: refused or unresolved before anything was sent.</description></item>
/// <item><term>timeout, connection dropped</term><description>Unknown: the request left and no answer came back.</description></item>
/// </list>
/// Creating a personal conversation is idempotent in Teams (it returns the existing one), so a creation whose
/// outcome is unknown is reported as transient: trying again cannot produce a duplicate.
/// </remarks>
internal sealed partial class BotConnectorGateway : IConversationGateway
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly BotFrameworkAuthentication _authentication;
    private readonly IConversationAddressBook _addressBook;
    private readonly BotGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotConnectorGateway> _logger;
    private readonly ClaimsIdentity _botIdentity;
    private readonly string _botAccountId;

    public BotConnectorGateway(
        BotFrameworkAuthentication authentication,
        IConversationAddressBook addressBook,
        IOptions<BotGatewayOptions> options,
        IOptions<BotCredentialsOptions> credentials,
        TimeProvider time,
        ILogger<BotConnectorGateway> logger)
    {
        _authentication = authentication;
        _addressBook = addressBook;
        _options = options.Value;
        _time = time;
        _logger = logger;

        // What CloudAdapter builds for a proactive turn: the bot speaking as itself. With no app id (Development)
        // the SDK's credential factory gives empty credentials and the calls carry no token.
        var appId = credentials.Value.MicrosoftAppId ?? string.Empty;
        _botIdentity = new ClaimsIdentity(
            [new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)],
            "Bot");

        // Teams names a bot 28:{app id}; without an app id there is no real bot, only a local connector to talk to.
        _botAccountId = "28:" + (string.IsNullOrWhiteSpace(appId) ? "switchboard-development" : appId);
    }

    public async Task<DeliveryResult> SendAsync(OutgoingActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.To)
        {
            case UserRecipient user:
                var address = await _addressBook.FindAsync(user.TenantId, user.AadObjectId, cancellationToken);
                if (address is null)
                {
                    var (created, failure) = await CreatePersonalConversationAsync(user, cancellationToken);
                    if (created is null)
                    {
                        return failure!;
                    }

                    address = created;
                }

                return await SendToConversationAsync(address.ServiceUrl, address.ConversationId, activity, null, cancellationToken);

            case ChatRecipient { ChatId: var chatId } when string.IsNullOrWhiteSpace(chatId):
                throw new ArgumentException("A message to a chat needs the chat's id.", nameof(activity));

            case ChatRecipient chat:
                // A chat the bot was installed in (through Graph): its id is the connector's conversation id.
                return await SendToConversationAsync(_options.DefaultServiceUrl, chat.ChatId, activity, null, cancellationToken);

            case ChannelRecipient channel:
                // Posting to a channel's id starts a new thread in that channel.
                return await SendToConversationAsync(_options.DefaultServiceUrl, channel.ChannelId, activity, channel, cancellationToken);

            default:
                throw new ArgumentException($"Unsupported recipient {activity.To.GetType().Name}.", nameof(activity));
        }
    }

    public Task<DeliveryResult> UpdateAsync(OutgoingActivity activity, SentActivity original, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(original);
        var message = ToMessage(activity, original.ConversationId, activity.To as ChannelRecipient);
        message.Id = original.ActivityId;
        return CallAsync(
            original.ServiceUrl,
            async (client, token) =>
            {
                await client.Conversations.UpdateActivityAsync(original.ConversationId, original.ActivityId, message, token);
                return (DeliveryResult)new DeliveryResult.Delivered(original.ConversationId, original.ActivityId, original.ServiceUrl);
            },
            cancellationToken);
    }

    private Task<DeliveryResult> SendToConversationAsync(Uri serviceUrl, string conversationId, OutgoingActivity activity, ChannelRecipient? channel, CancellationToken cancellationToken)
    {
        var message = ToMessage(activity, conversationId, channel);
        return CallAsync(
            serviceUrl,
            async (client, token) =>
            {
                var response = await client.Conversations.SendToConversationAsync(conversationId, message, token);
                return (DeliveryResult)new DeliveryResult.Delivered(conversationId, response.Id, serviceUrl);
            },
            cancellationToken);
    }

    private async Task<(ConversationAddress? Address, DeliveryResult? Failure)> CreatePersonalConversationAsync(UserRecipient user, CancellationToken cancellationToken)
    {
        var serviceUrl = _options.DefaultServiceUrl;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(_botAccountId),

            // Teams accepts the Entra object id as the member id; the user's 29: id is only known once they write.
            Members = [new ChannelAccount(user.AadObjectId) { AadObjectId = user.AadObjectId }],
            TenantId = user.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(user.TenantId) },
        };

        ConversationResourceResponse? created = null;
        var result = await CallAsync(
            serviceUrl,
            async (client, token) =>
            {
                created = await client.Conversations.CreateConversationAsync(parameters, token);
                return (DeliveryResult)new DeliveryResult.Delivered(created.Id, created.ActivityId ?? string.Empty, serviceUrl);
            },
            cancellationToken);

        switch (result)
        {
            case DeliveryResult.Delivered when created is not null && !string.IsNullOrWhiteSpace(created.Id):
                var conversationServiceUrl = Uri.TryCreate(created.ServiceUrl, UriKind.Absolute, out var answered) ? answered : serviceUrl;
                var address = new ConversationAddress(
                    user.AadObjectId,
                    user.TenantId,
                    conversationServiceUrl,
                    created.Id,
                    ChannelAccountId: user.AadObjectId,
                    BotId: _botAccountId,
                    Locale: null,
                    UpdatedAt: _time.GetUtcNow());

                // The user's next message records their full address over this one (newer wins).
                await _addressBook.SaveAsync(address, cancellationToken);
                LogConversationCreated(_logger, user.TenantId, user.AadObjectId, created.Id);
                return (address, null);

            case DeliveryResult.Delivered:
                return (null, new DeliveryResult.Transient("createConversation answered without a conversation id", null));

            case DeliveryResult.Unknown unknown:
                return (null, new DeliveryResult.Transient($"createConversation: {unknown.Reason}", null));

            default:
                return (null, result);
        }
    }

    private async Task<DeliveryResult> CallAsync(Uri serviceUrl, Func<IConnectorClient, CancellationToken, Task<DeliveryResult>> call, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.SendTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var factory = _authentication.CreateConnectorFactory(_botIdentity);
            using var client = await factory.CreateAsync(serviceUrl.ToString(), _authentication.GetOriginatingAudience(), linked.Token);
            return await call(client, linked.Token);
        }
        catch (ErrorResponseException exception)
        {
            return FromStatus(exception.Response, exception.Body?.Error?.Code, exception.Body?.Error?.Message ?? exception.Message);
        }
        catch (HttpOperationException exception)
        {
            return FromStatus(exception.Response, null, exception.Message);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError
            is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            return new DeliveryResult.Transient(DeliveryResult.ShortReason($"connector unreachable ({exception.HttpRequestError}): {exception.Message}"), null);
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryResult.Unknown(DeliveryResult.ShortReason($"the connection failed after the request was sent ({exception.HttpRequestError}): {exception.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, or the HTTP client's own: either way the request left and no answer came back.
            return new DeliveryResult.Unknown($"no answer from the connector within {_options.SendTimeout}");
        }
    }

    private DeliveryResult FromStatus(HttpResponseMessageWrapper? response, string? errorCode, string? errorMessage)
    {
        if (response is null)
        {
            return new DeliveryResult.Unknown(DeliveryResult.ShortReason($"the connector failed without a response: {errorMessage}"));
        }

        var status = response.StatusCode;
        var code = (int)status;
        var reason = DeliveryResult.ShortReason(string.IsNullOrWhiteSpace(errorCode)
            ? $"{code} {status}: {errorMessage}"
            : $"{code} {errorCode}: {errorMessage}");
        return status switch
        {
            HttpStatusCode.TooManyRequests => new DeliveryResult.Transient(reason, RetryAfter(response)),
            HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.Unauthorized =>
                new DeliveryResult.Transient(reason, RetryAfter(response)),
            _ when code is >= 400 and < 500 => new DeliveryResult.Refused(reason),
            _ => new DeliveryResult.Unknown(reason),
        };
    }

    /// <summary>Retry-After as seconds or as an HTTP date (RFC 9110); null when absent or unreadable.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessageWrapper response) => Domain.Dispatch.RetryAfter.Parse(response.Headers, _time.GetUtcNow());

    private static Activity ToMessage(OutgoingActivity activity, string conversationId, ChannelRecipient? channel)
    {
        var message = new Activity(ActivityTypes.Message)
        {
            Text = activity.Text,
            Summary = activity.Summary,
            Conversation = new ConversationAccount(id: conversationId) { TenantId = activity.To.TenantId },
            ChannelData = new TeamsChannelData
            {
                Tenant = new TenantInfo(activity.To.TenantId),
                Channel = channel is null ? null : new ChannelInfo(channel.ChannelId),
            },
        };
        if (activity.CardJson is not null)
        {
            message.Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = ParseCard(activity.CardJson) }];
        }

        return message;
    }

    /// <summary>
    /// The card as a token the SDK's serializer writes back unchanged. Dates are left as strings: Newtonsoft would
    /// otherwise turn an ISO date in a TextBlock into a DateTime and write it back in another form.
    /// </summary>
    private static JToken ParseCard(string cardJson)
    {
        using var reader = new JsonTextReader(new StringReader(cardJson)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }

    [LoggerMessage(
        EventId = BotEventIds.ConversationCreated,
        EventName = nameof(BotEventIds.ConversationCreated),
        Level = LogLevel.Information,
        Message = "Created the personal conversation {ConversationId} with user {AadObjectId} in tenant {TenantId}")]
    private static partial void LogConversationCreated(ILogger logger, string tenantId, string aadObjectId, string conversationId);
}
