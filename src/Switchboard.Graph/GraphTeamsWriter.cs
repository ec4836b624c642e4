using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;

namespace Switchboard.Graph;

/// <summary>
/// <see cref="IGraphWriter"/> over Microsoft Graph, app-only: installs Switchboard's Teams app for a person before the
/// first message to them (<c>POST /users/{id}/teamwork/installedApps</c>), and opens the one-on-one chat of a requester
/// and an expert with the bot in it (<c>POST /chats</c>, then <c>POST /chats/{id}/installedApps</c>).
/// </summary>
/// <remarks>
/// One attempt per write, like the Bot Connector gateway: the SDK's retry handler is turned off for these requests,
/// so the outbox dispatcher alone decides when to try again and retries never stack. Every write is safe to repeat
/// (an app already installed answers 409, which counts as installed; Teams keeps one one-on-one chat per pair and
/// returns it), so an outcome that cannot be known (a timeout, a 500) is transient rather than unknown.
/// <list type="table">
/// <item><term>2xx, 409 on an install</term><description>Delivered.</description></item>
/// <item><term>429, 503, 504, 502, 408, 401</term><description>Transient, with Retry-After when Graph gave one.</description></item>
/// <item><term>500 and other 5xx, timeout, no connection</term><description>Transient.</description></item>
/// <item><term>403, 404 and other 4xx</term><description>Refused, with Graph's error code and the permission to grant for a 403.</description></item>
/// </list>
/// </remarks>
public sealed partial class GraphTeamsWriter : IGraphWriter
{

    private readonly GraphServiceClient _client;
    private readonly GraphOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphTeamsWriter> _logger;

    public GraphTeamsWriter(GraphServiceClient client, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphTeamsWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options.Value;
        _time = time;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(_options.TeamsAppCatalogId))
        {
            throw new InvalidOperationException(
                $"{GraphOptions.SectionName}:TeamsAppCatalogId is required to install Switchboard's Teams app: set it to the app's id in the organisation's app catalog.");
        }
    }

    /// <summary>The least-privileged application permission for installing the app for a person (the app installs only itself).</summary>
    public const string InstallForUserPermission = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    /// <summary>The application permission for creating a chat.</summary>
    public const string CreateChatPermission = "Chat.Create";

    /// <summary>The least-privileged application permission for installing the app in a chat (the app installs only itself).</summary>
    public const string InstallInChatPermission = "TeamsAppInstallation.ReadWriteSelfForChat.All";

    public async Task<DeliveryResult> WriteAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message.Kind)
        {
            case OutboxMessageKind.InstallApp:
                var first = OutgoingActivity.FromJson(message.Payload);
                if (first.To is not UserRecipient user || !Guid.TryParse(user.AadObjectId, out var userId))
                {
                    return new DeliveryResult.Refused("an app is installed for a user given by Entra object id");
                }

                return await InstallForUserAsync(userId, cancellationToken);

            case OutboxMessageKind.GraphWrite:
                return GraphWrite.FromJson(message.Payload) switch
                {
                    CreateChatWrite chat => await CreateChatAsync(chat, cancellationToken),
                    var other => new DeliveryResult.Refused($"unsupported Graph write {other.GetType().Name}"),
                };

            default:
                throw new ArgumentException($"{message.Kind} is not a Graph write.", nameof(message));
        }
    }

    private async Task<DeliveryResult> InstallForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = userId.ToString("D");
        var installation = new UserScopeTeamsAppInstallation { AdditionalData = { ["teamsApp@odata.bind"] = CatalogAppBinding() } };
        var result = await CallAsync(
            $"POST /users/{user}/teamwork/installedApps",
            InstallForUserPermission,
            alreadyDone: HttpStatusCode.Conflict,
            async token =>
            {
                await _client.Users[user].Teamwork.InstalledApps.PostAsync(installation, OneAttempt, token);
                return string.Empty;
            },
            cancellationToken);
        if (result is DeliveryResult.Delivered)
        {
            LogInstalledForUser(_logger, user);
        }

        return result;
    }

    private async Task<DeliveryResult> CreateChatAsync(CreateChatWrite write, CancellationToken cancellationToken)
    {
        if (write.Members.Count != 2 || write.Members.Any(m => !Guid.TryParse(m, out _)))
        {
            return new DeliveryResult.Refused("a one-on-one chat needs exactly two members given by Entra object id");
        }

        // One-on-one rather than group: Teams keeps one such chat per pair and returns it, so a repeated write never
        // opens a second chat, and it is the same chat the introduction's link opens.
        var chat = new Chat
        {
            ChatType = ChatType.OneOnOne,
            Members = [.. write.Members.Select(member => (ConversationMember)new AadUserConversationMember
            {
                Roles = ["owner"],
                AdditionalData = { ["user@odata.bind"] = $"{_options.BaseUrl.TrimEnd('/')}/users('{Guid.Parse(member):D}')" },
            })],
        };
        var chatId = string.Empty;
        var created = await CallAsync(
            "POST /chats",
            CreateChatPermission,
            alreadyDone: null,
            async token =>
            {
                var answer = await _client.Chats.PostAsync(chat, OneAttempt, token);
                chatId = answer?.Id ?? string.Empty;
                return chatId;
            },
            cancellationToken);
        if (created is not DeliveryResult.Delivered)
        {
            return created;
        }

        if (string.IsNullOrWhiteSpace(chatId))
        {
            return new DeliveryResult.Transient("POST /chats answered without the chat's id", null);
        }

        var installation = new TeamsAppInstallation { AdditionalData = { ["teamsApp@odata.bind"] = CatalogAppBinding() } };
        var installed = await CallAsync(
            "POST /chats/{id}/installedApps",
            InstallInChatPermission,
            alreadyDone: HttpStatusCode.Conflict,
            async token =>
            {
                await _client.Chats[chatId].InstalledApps.PostAsync(installation, OneAttempt, token);
                return chatId;
            },
            cancellationToken);
        if (installed is DeliveryResult.Delivered)
        {
            LogChatOpened(_logger, chatId);
            return new DeliveryResult.Delivered(chatId, string.Empty, new Uri(_options.BaseUrl));
        }

        return installed;
    }

    private string CatalogAppBinding() =>
        $"{_options.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{Uri.EscapeDataString(_options.TeamsAppCatalogId!)}";

    /// <summary>The SDK's retry handler would wait and retry on its own; the dispatcher must be the only one to retry.</summary>
    private static void OneAttempt<T>(RequestConfiguration<T> configuration)
        where T : class, new() =>
        configuration.Options.Add(new RetryHandlerOption { MaxRetry = 0, ShouldRetry = (_, _, _) => false });

    private async Task<DeliveryResult> CallAsync(
        string call, string permission, HttpStatusCode? alreadyDone, Func<CancellationToken, Task<string>> write, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.WriteTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var conversationId = await write(linked.Token);
            return new DeliveryResult.Delivered(conversationId, string.Empty, new Uri(_options.BaseUrl));
        }
        catch (ApiException exception) when (alreadyDone is { } done && exception.ResponseStatusCode == (int)done)
        {
            // The app is already there (installed by the person, an administrator or an earlier attempt): nothing to do.
            return new DeliveryResult.Delivered(string.Empty, string.Empty, new Uri(_options.BaseUrl));
        }
        catch (ApiException exception)
        {
            return FromStatus(call, permission, exception);
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryResult.Transient(DeliveryResult.ShortReason($"{call}: Graph unreachable ({exception.HttpRequestError}): {exception.Message}"), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult.Transient($"{call}: no answer from Graph within {_options.WriteTimeout}", null);
        }
        catch (JsonException exception)
        {
            return new DeliveryResult.Transient(DeliveryResult.ShortReason($"{call}: unreadable answer from Graph: {exception.Message}"), null);
        }
    }

    private DeliveryResult FromStatus(string call, string permission, ApiException exception)
    {
        var status = exception.ResponseStatusCode;
        var error = (exception as ODataError)?.Error;
        var described = $"{call} answered {status.ToString(CultureInfo.InvariantCulture)} {error?.Code ?? ((HttpStatusCode)status).ToString()}: {error?.Message ?? exception.Message}";
        return status switch
        {
            429 or 503 or 504 or 502 or 408 or 401 => new DeliveryResult.Transient(DeliveryResult.ShortReason(described), RetryAfter(exception)),
            403 => new DeliveryResult.Refused(DeliveryResult.ShortReason($"{described} (grant Switchboard's app registration the application permission {permission}, with admin consent)")),
            >= 400 and < 500 => new DeliveryResult.Refused(DeliveryResult.ShortReason(described)),
            _ => new DeliveryResult.Transient(DeliveryResult.ShortReason(described), RetryAfter(exception)),
        };
    }

    /// <summary>Retry-After as seconds or as an HTTP date; null when absent or unreadable.</summary>
    private TimeSpan? RetryAfter(ApiException exception) => Domain.Dispatch.RetryAfter.Parse(exception.ResponseHeaders, _time.GetUtcNow());

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Installed Switchboard's Teams app for user {UserId} (or it was installed already)")]
    private static partial void LogInstalledForUser(ILogger logger, string userId);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Opened the chat {ChatId} through Graph with Switchboard installed in it")]
    private static partial void LogChatOpened(ILogger logger, string chatId);
}
