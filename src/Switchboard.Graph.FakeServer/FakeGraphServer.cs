using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Switchboard.Domain.Directory;

namespace Switchboard.Graph.FakeServer;

/// <summary>
/// Serves a <see cref="DirectorySnapshot"/> the way Microsoft Graph serves a tenant, from a real Kestrel on
/// loopback, so tests and benchmarks run the real Graph SDK (handlers, batching, paging, retries) end to end.
/// The tenant can be changed while it runs (<see cref="AddUser"/>, <see cref="UpdateUser"/>,
/// <see cref="DeleteUser"/>) to feed <c>users/delta</c>.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    /// <summary>Graph's own limit on ids per <c>getPresencesByUserId</c> call.</summary>
    public const int MaxPresenceIds = 650;

    /// <summary>Graph's own limit on requests per <c>$batch</c>.</summary>
    public const int MaxBatchRequests = 20;

    private static readonly string[] DefaultUserFields =
        ["id", "displayName", "givenName", "surname", "userPrincipalName", "mail", "jobTitle", "officeLocation", "preferredLanguage"];

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly List<UserEntry> _users = [];
    private readonly Dictionary<string, UserEntry> _usersById = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DirectoryGroup> _groups = [];
    private readonly Dictionary<string, DirectoryGroup> _groupsById = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentDictionary<string, string> _userInstallations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, FakeChat> _chats = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _chatInstallations = new(StringComparer.Ordinal);
    private long _version;
    private long _oldestValidDeltaVersion;
    private long _sequence;
    private long _topLevelRequests;
    private long _batchItems;
    private long _throttled;

    private FakeGraphServer(WebApplication app, DirectorySnapshot tenant)
    {
        _app = app;
        foreach (var user in tenant.Users)
        {
            var entry = new UserEntry(user, 0);
            _users.Add(entry);
            _usersById[user.Id] = entry;
        }

        foreach (var group in tenant.Groups)
        {
            _groups.Add(group);
            _groupsById[group.Id] = group;
        }
    }

    /// <summary><c>http://127.0.0.1:{port}</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The v1.0 base URL to give the Graph SDK in place of <c>https://graph.microsoft.com/v1.0</c>.</summary>
    public string BaseUrl => $"{Address.OriginalString.TrimEnd('/')}/v1.0";

    /// <summary>The beta base URL.</summary>
    public string BetaBaseUrl => $"{Address.OriginalString.TrimEnd('/')}/beta";

    /// <summary>Largest page the server returns whatever <c>$top</c> asks; lets tests get several pages from few users.</summary>
    public int MaxPageSize { get; set; } = 999;

    /// <summary>Page size of <c>users/delta</c> answers.</summary>
    public int DeltaPageSize { get; set; } = 500;

    /// <summary>When above zero, every n-th top-level request is answered 429 with a one-second Retry-After.</summary>
    public int ThrottleEveryNthRequest { get; set; }

    /// <summary>When above zero, every n-th item inside a <c>$batch</c> is answered 429 with a one-second Retry-After.</summary>
    public int ThrottleEveryNthBatchItem { get; set; }

    /// <summary>Whether to keep every request in <see cref="Requests"/> (off for benchmarks, to measure the client rather than the log).</summary>
    public bool RecordRequests { get; set; } = true;

    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    public long TopLevelRequests => Interlocked.Read(ref _topLevelRequests);

    public long BatchItems => Interlocked.Read(ref _batchItems);

    public long ThrottledResponses => Interlocked.Read(ref _throttled);

    /// <summary>Starts a server on a random loopback port serving <paramref name="tenant"/>.</summary>
    public static async Task<FakeGraphServer> StartAsync(DirectorySnapshot tenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        // An empty builder reads no appsettings.json: the host's, which sits beside the tests and the bench command,
        // names port 3978, and Kestrel would try to take it too (and fail whenever a bot already runs there).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGraphServer(app, tenant);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    /// <summary>The catalog app id installed in each user's personal scope (<c>POST /users/{id}/teamwork/installedApps</c>), by user id.</summary>
    public IReadOnlyDictionary<string, string> UserInstallations => new Dictionary<string, string>(_userInstallations, StringComparer.OrdinalIgnoreCase);

    /// <summary>The chats created with <c>POST /chats</c>.</summary>
    public IReadOnlyList<FakeChat> Chats => [.. _chats.Values];

    /// <summary>The catalog app id installed in each chat (<c>POST /chats/{id}/installedApps</c>), by chat id.</summary>
    public IReadOnlyDictionary<string, string> ChatInstallations => new Dictionary<string, string>(_chatInstallations, StringComparer.Ordinal);

    /// <summary>Installs an app for a user as if they (or an administrator) had: installing it again then answers 409.</summary>
    public void InstallAppFor(string userId, string catalogAppId) => _userInstallations[userId] = catalogAppId;

    public void AddFault(FakeFault fault) => _faults.Enqueue(fault);

    public void ClearFaults() => _faults.Clear();

    public void ClearRequests() => _requests.Clear();

    public void AddUser(DirectoryUser user)
    {
        lock (_gate)
        {
            var entry = new UserEntry(user, ++_version);
            _users.Add(entry);
            _usersById[user.Id] = entry;
        }
    }

    public void UpdateUser(DirectoryUser user)
    {
        lock (_gate)
        {
            var entry = _usersById[user.Id];
            entry.User = user;
            entry.Version = ++_version;
        }
    }

    /// <summary>Deletes a user the way Entra ID does: gone from lists and groups, reported as removed by delta.</summary>
    public void DeleteUser(string id)
    {
        lock (_gate)
        {
            var entry = _usersById[id];
            entry.Deleted = true;
            entry.Version = ++_version;
            for (var i = 0; i < _groups.Count; i++)
            {
                var group = _groups[i];
                var trimmed = group with
                {
                    Members = group.Members?.Where(m => !string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase)).ToList(),
                    Owners = group.Owners?.Where(m => !string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase)).ToList(),
                };
                _groups[i] = trimmed;
                _groupsById[group.Id] = trimmed;
            }
        }
    }

    /// <summary>Makes every delta token handed out so far expire, as Graph does after a while (410 <c>syncStateNotFound</c>).</summary>
    public void ExpireDeltaTokens()
    {
        lock (_gate)
        {
            _oldestValidDeltaVersion = ++_version;
        }
    }

    /// <summary>The tenant as the server holds it now.</summary>
    public IReadOnlyList<DirectoryUser> CurrentUsers()
    {
        lock (_gate)
        {
            return [.. _users.Where(u => !u.Deleted).Select(u => u.User)];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _topLevelRequests);
        var (version, path) = SplitVersion(context.Request.Path.Value ?? "/");
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }

        var presenceIds = path.EndsWith("/getPresencesByUserId", StringComparison.OrdinalIgnoreCase) ? CountIds(body) : 0;
        var request = new FakeRequest(Interlocked.Increment(ref _sequence), _clock.Elapsed, context.Request.Method, version, path, query, false, presenceIds);

        FakeResponse response;
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            response = FakeResponse.Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        else if (TakeFault(request) is { } fault)
        {
            response = fault;
        }
        else if (version.Length == 0)
        {
            response = FakeResponse.Error(400, "BadRequest", "Invalid version.");
        }
        else if (request.IsPath("/$batch") && HttpMethods.IsPost(request.Method))
        {
            response = HandleBatch(version, body);
        }
        else
        {
            response = Dispatch(request, body);
        }

        request.Status = response.Status;
        Record(request, response);
        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        if (response.Body is not null)
        {
            // Written to memory first: the serializer flushes synchronously, which Kestrel refuses on its own stream.
            context.Response.ContentType = "application/json";
            var buffer = new ArrayBufferWriter<byte>();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                response.Body(writer);
            }

            await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        }
    }

    private FakeResponse HandleBatch(string version, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var items = document.RootElement.GetProperty("requests").EnumerateArray().ToList();
        if (items.Count > MaxBatchRequests)
        {
            return FakeResponse.Error(400, "BadRequest", "A batch may hold at most 20 requests.");
        }

        var answers = new List<(string Id, FakeResponse Response)>(items.Count);
        foreach (var item in items)
        {
            Interlocked.Increment(ref _batchItems);
            var id = item.GetProperty("id").GetString() ?? "";
            var method = item.GetProperty("method").GetString() ?? "GET";
            var url = item.GetProperty("url").GetString() ?? "/";
            var questionMark = url.IndexOf('?', StringComparison.Ordinal);
            var path = "/" + (questionMark < 0 ? url : url[..questionMark]).TrimStart('/');
            var query = questionMark < 0
                ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                : QueryHelpers.ParseQuery(url[questionMark..]).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var itemBody = item.TryGetProperty("body", out var b) ? Encoding.UTF8.GetBytes(b.GetRawText()) : [];
            var request = new FakeRequest(Interlocked.Increment(ref _sequence), _clock.Elapsed, method, version, path, query, true, 0);
            var response = TakeFault(request) ?? Dispatch(request, itemBody);
            request.Status = response.Status;
            Record(request, response);
            answers.Add((id, response));
        }

        return new FakeResponse(200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("responses");
            foreach (var (id, response) in answers)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteNumber("status", response.Status);
                writer.WriteStartObject("headers");
                writer.WriteString("Content-Type", "application/json");
                if (response.RetryAfterSeconds is { } retryAfter)
                {
                    writer.WriteString("Retry-After", retryAfter.ToString(CultureInfo.InvariantCulture));
                }

                writer.WriteEndObject();
                if (response.Body is not null)
                {
                    writer.WritePropertyName("body");
                    response.Body(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private FakeResponse? TakeFault(FakeRequest request)
    {
        foreach (var fault in _faults)
        {
            if (fault.TryTake(request))
            {
                return FakeResponse.Error(fault.Status, fault.Code, $"Injected fault {fault.Code}.", fault.RetryAfterSeconds);
            }
        }

        var every = request.InBatch ? ThrottleEveryNthBatchItem : ThrottleEveryNthRequest;
        if (every > 0 && request.Sequence % every == 0)
        {
            return FakeResponse.Error(429, "TooManyRequests", "Steady throttling of the benchmark.", 1);
        }

        return null;
    }

    private void Record(FakeRequest request, FakeResponse response)
    {
        if (response.Status is 429 or 503 or 504)
        {
            Interlocked.Increment(ref _throttled);
        }

        if (RecordRequests)
        {
            _requests.Enqueue(request);
        }
    }

    private FakeResponse Dispatch(FakeRequest request, byte[] body)
    {
        var segments = request.Path.Trim('/').Split('/');
        var get = HttpMethods.IsGet(request.Method);
        return segments switch
        {
            ["users"] when get => ListUsers(request),
            ["users", "delta"] when get => Delta(request),
            ["users", var id] when get => GetUser(request, id),
            ["users", var id, var leaf] when get && Is(leaf, "mailboxSettings") => GetMailboxSettings(id),
            ["users", var id, var profile, var skills] when get && Is(profile, "profile") && Is(skills, "skills") =>
                request.Version == "beta" ? GetProfileSkills(id) : FakeResponse.Error(400, "BadRequest", "Resource not found for the segment 'profile'."),
            ["groups"] when get => ListGroups(request),
            ["groups", var id, var relation] when get && (Is(relation, "members") || Is(relation, "owners")) => ListGroupRelation(request, id, relation),
            ["teams", var id, var leaf] when get && Is(leaf, "channels") => ListChannels(id),
            ["users", var id, var teamwork, var apps] when HttpMethods.IsPost(request.Method) && Is(teamwork, "teamwork") && Is(apps, "installedApps") =>
                InstallForUser(id, body),
            ["chats"] when HttpMethods.IsPost(request.Method) => CreateChat(body),
            ["chats", var id, var apps] when HttpMethods.IsPost(request.Method) && Is(apps, "installedApps") => InstallInChat(id, body),
            ["communications", var action] when HttpMethods.IsPost(request.Method) && Is(action, "getPresencesByUserId") => GetPresences(body),
            _ => FakeResponse.Error(400, "BadRequest", $"Unsupported request {request.Method} {request.Path}."),
        };
    }

    private FakeResponse ListUsers(FakeRequest request)
    {
        var select = Select(request) ?? DefaultUserFields;
        var expandManager = ExpandsManager(request);
        var offset = Offset(request);
        var top = Math.Min(Top(request, 100), MaxPageSize);
        var page = new List<DirectoryUser>(top);
        int next;
        lock (_gate)
        {
            next = offset;
            while (next < _users.Count && page.Count < top)
            {
                var entry = _users[next++];
                if (!entry.Deleted)
                {
                    page.Add(entry.User);
                }
            }

            if (next >= _users.Count)
            {
                next = -1;
            }
        }

        var nextLink = next < 0 ? null : NextLink(request, next.ToString(CultureInfo.InvariantCulture));
        return FakeResponse.Collection(page, nextLink, null, (writer, user) => WriteUser(writer, user, select, expandManager));
    }

    private FakeResponse Delta(FakeRequest request)
    {
        var select = Select(request) ?? DefaultUserFields;
        var deltaToken = request.QueryValue("$deltatoken");
        var skipToken = request.QueryValue("$skiptoken");
        long since;
        int offset;
        if (skipToken is not null)
        {
            var parts = skipToken.Split('.');
            since = long.Parse(parts[0], CultureInfo.InvariantCulture);
            offset = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        else if (deltaToken is null)
        {
            since = -1;
            offset = 0;
        }
        else if (string.Equals(deltaToken, "latest", StringComparison.OrdinalIgnoreCase))
        {
            lock (_gate)
            {
                return FakeResponse.Collection<DirectoryUser>([], null, DeltaLink(_version), (_, _) => { });
            }
        }
        else
        {
            since = long.Parse(deltaToken, CultureInfo.InvariantCulture);
            offset = 0;
        }

        var page = new List<UserEntry>();
        int next;
        long current;
        lock (_gate)
        {
            if (since >= 0 && since < _oldestValidDeltaVersion)
            {
                return FakeResponse.Error(410, "syncStateNotFound", "The delta token has expired; start a new full synchronization.");
            }

            current = _version;
            next = offset;
            while (next < _users.Count && page.Count < DeltaPageSize)
            {
                var entry = _users[next++];
                var include = since < 0 ? !entry.Deleted : entry.Version > since;
                if (include)
                {
                    page.Add(new UserEntry(entry.User, entry.Version) { Deleted = entry.Deleted });
                }
            }

            if (next >= _users.Count)
            {
                next = -1;
            }
        }

        var nextLink = next < 0 ? null : NextLink(request, string.Create(CultureInfo.InvariantCulture, $"{since}.{next}"), dropDeltaToken: true);
        var deltaLink = next < 0 ? DeltaLink(current) : null;
        return FakeResponse.Collection(page, nextLink, deltaLink, (writer, entry) =>
        {
            if (entry.Deleted)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.User.Id);
                writer.WriteStartObject("@removed");
                writer.WriteString("reason", "deleted");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else
            {
                WriteUser(writer, entry.User, select, expandManager: false);
            }
        });
    }

    private FakeResponse GetUser(FakeRequest request, string id)
    {
        var user = FindUser(id);
        if (user is null)
        {
            return FakeResponse.Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");
        }

        var select = Select(request) ?? DefaultUserFields;
        var expandManager = ExpandsManager(request);
        return new FakeResponse(200, writer => WriteUser(writer, user, select, expandManager));
    }

    private FakeResponse GetMailboxSettings(string id)
    {
        var user = FindUser(id);
        if (user is null)
        {
            return FakeResponse.Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");
        }

        if (user.MailboxSettings is null)
        {
            return FakeResponse.Error(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
        }

        return new FakeResponse(200, writer => JsonSerializer.Serialize(writer, user.MailboxSettings, SnapshotJson.Options));
    }

    private FakeResponse GetProfileSkills(string id)
    {
        var user = FindUser(id);
        if (user is null)
        {
            return FakeResponse.Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");
        }

        var skills = user.Profile?.Skills ?? [];
        return FakeResponse.Collection(skills, null, null, (writer, skill) => JsonSerializer.Serialize(writer, skill, SnapshotJson.Options));
    }

    private FakeResponse ListGroups(FakeRequest request)
    {
        var offset = Offset(request);
        var top = Math.Min(Top(request, 100), MaxPageSize);
        var unifiedOnly = request.QueryValue("$filter")?.Contains("Unified", StringComparison.Ordinal) == true;
        var page = new List<DirectoryGroup>(top);
        int next;
        lock (_gate)
        {
            next = offset;
            while (next < _groups.Count && page.Count < top)
            {
                var group = _groups[next++];
                if (!unifiedOnly || group.GroupTypes?.Contains("Unified", StringComparer.OrdinalIgnoreCase) == true)
                {
                    page.Add(group);
                }
            }

            if (next >= _groups.Count)
            {
                next = -1;
            }
        }

        var nextLink = next < 0 ? null : NextLink(request, next.ToString(CultureInfo.InvariantCulture));
        return FakeResponse.Collection(page, nextLink, null, WriteGroup);
    }

    private FakeResponse ListGroupRelation(FakeRequest request, string id, string relation)
    {
        DirectoryGroup? group;
        lock (_gate)
        {
            _groupsById.TryGetValue(id, out group);
        }

        if (group is null)
        {
            return FakeResponse.Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");
        }

        var all = (Is(relation, "members") ? group.Members : group.Owners) ?? [];
        var offset = Offset(request);
        var top = Math.Min(Top(request, 100), MaxPageSize);
        var page = all.Skip(offset).Take(top).ToList();
        var next = offset + page.Count;
        var nextLink = next < all.Count ? NextLink(request, next.ToString(CultureInfo.InvariantCulture)) : null;
        return FakeResponse.Collection(page, nextLink, null, (writer, reference) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.type", "#microsoft.graph.user");
            writer.WriteString("id", reference.Id);
            writer.WriteEndObject();
        });
    }

    private FakeResponse ListChannels(string id)
    {
        DirectoryGroup? group;
        lock (_gate)
        {
            _groupsById.TryGetValue(id, out group);
        }

        if (group is null || !group.IsTeam)
        {
            return FakeResponse.Error(404, "NotFound", $"No team found with Group Id {id}.");
        }

        var channels = group.Team?.Channels ?? [];
        return FakeResponse.Collection(channels, null, null, (writer, channel) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", channel.Id);
            WriteNullable(writer, "displayName", channel.DisplayName);
            WriteNullable(writer, "description", channel.Description);
            writer.WriteEndObject();
        });
    }

    private FakeResponse GetPresences(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var ids = document.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        if (ids.Count > MaxPresenceIds)
        {
            return FakeResponse.Error(400, "BadRequest", "At most 650 ids may be asked for at once.");
        }

        var presences = new List<(string Id, Presence Presence)>(ids.Count);
        foreach (var id in ids)
        {
            if (FindUser(id) is { Presence: { } presence })
            {
                presences.Add((id, presence));
            }
        }

        return FakeResponse.Collection(presences, null, null, (writer, item) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            WriteNullable(writer, "availability", item.Presence.Availability);
            WriteNullable(writer, "activity", item.Presence.Activity);
            writer.WriteEndObject();
        });
    }

    private FakeResponse InstallForUser(string id, byte[] body)
    {
        if (FindUser(id) is null)
        {
            return FakeResponse.Error(404, "NotFound", $"User '{id}' does not exist.");
        }

        if (CatalogAppId(body) is not { } appId)
        {
            return FakeResponse.Error(400, "BadRequest", "teamsApp@odata.bind must name an app of appCatalogs/teamsApps.");
        }

        // Graph answers 409 Conflict when the app is already installed in the user's personal scope.
        return _userInstallations.TryAdd(id, appId)
            ? new FakeResponse(201, null)
            : FakeResponse.Error(409, "Conflict", "App is already installed for the user.");
    }

    private FakeResponse CreateChat(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var chatType = root.TryGetProperty("chatType", out var type) ? type.GetString() : null;
        var members = new List<string>();
        foreach (var member in root.TryGetProperty("members", out var list) ? list.EnumerateArray() : default)
        {
            var bind = member.TryGetProperty("user@odata.bind", out var user) ? user.GetString() ?? "" : "";
            var start = bind.IndexOf("('", StringComparison.Ordinal);
            var end = bind.LastIndexOf("')", StringComparison.Ordinal);
            if (start < 0 || end <= start)
            {
                return FakeResponse.Error(400, "BadRequest", "Each member needs user@odata.bind as .../users('{id}').");
            }

            members.Add(bind[(start + 2)..end]);
        }

        if (members.Any(m => FindUser(m) is null))
        {
            return FakeResponse.Error(404, "NotFound", "A member of the chat does not exist.");
        }

        FakeChat chat;
        if (Is(chatType ?? "", "oneOnOne"))
        {
            if (members.Count != 2)
            {
                return FakeResponse.Error(400, "BadRequest", "A oneOnOne chat has exactly two members.");
            }

            // Graph keeps one one-on-one chat per pair and returns it when asked again.
            var pair = members.Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
            var id = $"19:{pair[0]}_{pair[1]}@unq.gbl.spaces";
            chat = _chats.GetOrAdd(id, _ => new FakeChat(id, "oneOnOne", members));
        }
        else if (Is(chatType ?? "", "group"))
        {
            var id = $"19:{Guid.NewGuid():N}@thread.v2";
            chat = _chats.GetOrAdd(id, _ => new FakeChat(id, "group", members));
        }
        else
        {
            return FakeResponse.Error(400, "BadRequest", "chatType must be oneOnOne or group.");
        }

        return new FakeResponse(201, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", chat.Id);
            writer.WriteString("chatType", chat.ChatType);
            writer.WriteEndObject();
        });
    }

    private FakeResponse InstallInChat(string id, byte[] body)
    {
        if (!_chats.ContainsKey(id))
        {
            return FakeResponse.Error(404, "NotFound", $"Chat '{id}' does not exist.");
        }

        if (CatalogAppId(body) is not { } appId)
        {
            return FakeResponse.Error(400, "BadRequest", "teamsApp@odata.bind must name an app of appCatalogs/teamsApps.");
        }

        return _chatInstallations.TryAdd(id, appId)
            ? new FakeResponse(201, null)
            : FakeResponse.Error(409, "Conflict", "App is already installed in the chat.");
    }

    private static string? CatalogAppId(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var bind = document.RootElement.TryGetProperty("teamsApp@odata.bind", out var value) ? value.GetString() : null;
        const string Marker = "/appCatalogs/teamsApps/";
        var at = bind?.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : Uri.UnescapeDataString(bind![(at + Marker.Length)..]);
    }

    private DirectoryUser? FindUser(string id)
    {
        lock (_gate)
        {
            return _usersById.TryGetValue(id, out var entry) && !entry.Deleted ? entry.User : null;
        }
    }

    private string DeltaLink(long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/users/delta?$deltatoken={version}");

    private string NextLink(FakeRequest request, string skipToken, bool dropDeltaToken = false)
    {
        var builder = new StringBuilder(Address.OriginalString.TrimEnd('/')).Append('/').Append(request.Version).Append(request.Path).Append('?');
        foreach (var (name, value) in request.Query)
        {
            if (Is(name, "$skiptoken") || (dropDeltaToken && Is(name, "$deltatoken")))
            {
                continue;
            }

            builder.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }

        return builder.Append("$skiptoken=").Append(Uri.EscapeDataString(skipToken)).ToString();
    }

    private static void WriteUser(Utf8JsonWriter writer, DirectoryUser user, IReadOnlyCollection<string> select, bool expandManager)
    {
        writer.WriteStartObject();
        foreach (var field in select)
        {
            switch (field.ToUpperInvariant())
            {
                case "ID": writer.WriteString("id", user.Id); break;
                case "DISPLAYNAME": WriteNullable(writer, "displayName", user.DisplayName); break;
                case "GIVENNAME": WriteNullable(writer, "givenName", user.GivenName); break;
                case "SURNAME": WriteNullable(writer, "surname", user.Surname); break;
                case "USERPRINCIPALNAME": WriteNullable(writer, "userPrincipalName", user.UserPrincipalName); break;
                case "MAIL": WriteNullable(writer, "mail", user.Mail); break;
                case "JOBTITLE": WriteNullable(writer, "jobTitle", user.JobTitle); break;
                case "DEPARTMENT": WriteNullable(writer, "department", user.Department); break;
                case "OFFICELOCATION": WriteNullable(writer, "officeLocation", user.OfficeLocation); break;
                case "PREFERREDLANGUAGE": WriteNullable(writer, "preferredLanguage", user.PreferredLanguage); break;
                case "USAGELOCATION": WriteNullable(writer, "usageLocation", user.UsageLocation); break;
                case "ACCOUNTENABLED":
                    if (user.AccountEnabled is { } enabled)
                    {
                        writer.WriteBoolean("accountEnabled", enabled);
                    }
                    else
                    {
                        writer.WriteNull("accountEnabled");
                    }

                    break;
                case "SKILLS": WriteStrings(writer, "skills", user.Skills); break;
                case "RESPONSIBILITIES": WriteStrings(writer, "responsibilities", user.Responsibilities); break;
                case "INTERESTS": WriteStrings(writer, "interests", user.Interests); break;
                case "ABOUTME": WriteNullable(writer, "aboutMe", user.AboutMe); break;
                default: break;
            }
        }

        if (expandManager && user.Manager is { } manager)
        {
            writer.WriteStartObject("manager");
            writer.WriteString("@odata.type", "#microsoft.graph.user");
            writer.WriteString("id", manager.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter writer, DirectoryGroup group)
    {
        writer.WriteStartObject();
        writer.WriteString("id", group.Id);
        WriteNullable(writer, "displayName", group.DisplayName);
        WriteNullable(writer, "description", group.Description);
        WriteNullable(writer, "mail", group.Mail);
        WriteStrings(writer, "groupTypes", group.GroupTypes ?? []);
        WriteStrings(writer, "resourceProvisioningOptions", group.ResourceProvisioningOptions ?? []);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string[]? Select(FakeRequest request) =>
        request.QueryValue("$select")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool ExpandsManager(FakeRequest request) =>
        request.QueryValue("$expand")?.StartsWith("manager", StringComparison.OrdinalIgnoreCase) == true;

    private static int Offset(FakeRequest request) =>
        request.QueryValue("$skiptoken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;

    private static int Top(FakeRequest request, int fallback) =>
        request.QueryValue("$top") is { } top ? int.Parse(top, CultureInfo.InvariantCulture) : fallback;

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static (string Version, string Path) SplitVersion(string path)
    {
        foreach (var version in (string[])["v1.0", "beta"])
        {
            var prefix = "/" + version;
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = path[prefix.Length..];
                return (version, rest.Length == 0 ? "/" : rest);
            }
        }

        return ("", path);
    }

    private static int CountIds(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("ids", out var ids) ? ids.GetArrayLength() : 0;
    }

    private sealed class UserEntry(DirectoryUser user, long version)
    {
        public DirectoryUser User { get; set; } = user;

        public long Version { get; set; } = version;

        public bool Deleted { get; set; }
    }

    private sealed record FakeResponse(int Status, Action<Utf8JsonWriter>? Body, int? RetryAfterSeconds = null)
    {
        public static FakeResponse Error(int status, string code, string message, int? retryAfterSeconds = null) =>
            new(status, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("error");
                writer.WriteString("code", code);
                writer.WriteString("message", message);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }, retryAfterSeconds);

        public static FakeResponse Collection<T>(IReadOnlyList<T> items, string? nextLink, string? deltaLink, Action<Utf8JsonWriter, T> writeItem) =>
            new(200, writer =>
            {
                writer.WriteStartObject();
                if (nextLink is not null)
                {
                    writer.WriteString("@odata.nextLink", nextLink);
                }

                if (deltaLink is not null)
                {
                    writer.WriteString("@odata.deltaLink", deltaLink);
                }

                writer.WriteStartArray("value");
                foreach (var item in items)
                {
                    writeItem(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
    }
}
