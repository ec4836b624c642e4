using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Communications.GetPresencesByUserId;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Switchboard.Domain.Directory;
using GraphModels = Microsoft.Graph.Models;

namespace Switchboard.Graph;

/// <summary>
/// Reads the tenant from Microsoft Graph into a <see cref="DirectorySnapshot"/>: a full read, a delta applied to a
/// snapshot, or a presence refresh. Each returns a new, complete snapshot or throws; it never activates anything
/// (see <see cref="GraphDirectorySynchronizer"/>), so a failure can never leave partial data in use.
/// </summary>
public sealed class GraphDirectoryReader
{
    /// <summary>Exactly the user fields routing reads (see ROUTING_CONTRACT.md); nothing more is asked of Graph.</summary>
    public static readonly string[] UserFields =
    [
        "id", "displayName", "givenName", "surname", "userPrincipalName", "mail", "jobTitle", "department",
        "officeLocation", "preferredLanguage", "usageLocation", "accountEnabled",
    ];

    /// <summary>SharePoint-backed fields: Graph serves them one user at a time only, hence the batches.</summary>
    public static readonly string[] ProfileFields = ["skills", "responsibilities", "interests", "aboutMe"];

    public static readonly string[] GroupFields = ["id", "displayName", "description", "mail", "groupTypes", "resourceProvisioningOptions"];

    /// <summary>Microsoft 365 groups: every team is one, and the social ones are kept so routing knows to avoid them.</summary>
    public const string UnifiedGroupsFilter = "groupTypes/any(c:c eq 'Unified')";

    /// <summary>Graph's largest page for users and groups; fewer pages means fewer round trips.</summary>
    private const int PageSize = 999;

    private static readonly string[] ManagerExpand = ["manager($select=id)"];
    private static readonly string[] IdOnly = ["id"];
    private static readonly string[] ChannelFields = ["id", "displayName", "description"];

    private readonly GraphServiceClient _client;
    private readonly GraphOptions _options;
    private readonly GraphTraffic _traffic;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphDirectoryReader> _logger;
    private readonly GraphBatchExecutor _batches;

    public GraphDirectoryReader(GraphServiceClient client, IOptions<GraphOptions> options, GraphTraffic traffic, TimeProvider time, ILogger<GraphDirectoryReader> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _traffic = traffic;
        _time = time;
        _logger = logger;
        _batches = new GraphBatchExecutor(client, _options, traffic, time, logger);
    }

    /// <summary>Reads the whole directory.</summary>
    public async Task<GraphSyncResult> ReadFullAsync(IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var before = _traffic.Snapshot();
        var run = new SyncRun(progress, _logger);

        // The delta link is taken before anything is read: whatever changes while the full read runs is then
        // replayed by the next delta (applying a change twice is harmless, missing one is not).
        var deltaLink = await GuardAsync(GraphCall.UsersDelta, run, () => LatestDeltaLinkAsync(cancellationToken));

        var users = await ReadUsersAsync(run, cancellationToken);
        var groups = await ReadGroupsAsync(run, cancellationToken);

        await _batches.ExecuteAsync("group details", [.. groups.SelectMany(GroupReads)], run, cancellationToken);
        await _batches.ExecuteAsync("user details", [.. users.SelectMany(UserReads)], run, cancellationToken);
        await ReadPresenceAsync(users, run, cancellationToken);

        var snapshot = new DirectorySnapshot
        {
            TenantId = _options.TenantId,
            CapturedAt = _time.GetUtcNow(),
            Users = [.. users.Select(u => u.Build())],
            Groups = [.. groups.Select(g => g.Build())],
        };
        var report = Report(GraphSyncKind.Full, snapshot, run, before, started);
        return new GraphSyncResult(snapshot, deltaLink, report);
    }

    /// <summary>
    /// Applies the changes since <paramref name="deltaLink"/> to <paramref name="current"/>: added and changed users are
    /// read again whole, deleted ones leave (and leave the groups and manager links that pointed at them).
    /// Throws <see cref="GraphDeltaExpiredException"/> when Graph no longer knows the link.
    /// </summary>
    public async Task<GraphSyncResult> ApplyDeltaAsync(DirectorySnapshot current, string deltaLink, IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentException.ThrowIfNullOrWhiteSpace(deltaLink);
        var started = _time.GetTimestamp();
        var before = _traffic.Snapshot();
        var run = new SyncRun(progress, _logger);

        var changed = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var removed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var link = deltaLink;
        string nextDeltaLink;
        var pages = 0;
        while (true)
        {
            var page = await GuardAsync(GraphCall.UsersDelta, run, () => _client.Users.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken));
            foreach (var user in page?.Value ?? [])
            {
                if (user.Id is not { } id)
                {
                    continue;
                }

                if (user.AdditionalData.ContainsKey("@removed"))
                {
                    removed.Add(id);
                    changed.Remove(id);
                }
                else
                {
                    changed[id] = true;
                    removed.Remove(id);
                }
            }

            run.Report("delta pages", ++pages, null);
            if (page?.OdataNextLink is { } next)
            {
                link = next;
                continue;
            }

            nextDeltaLink = page?.OdataDeltaLink
                ?? throw new GraphSyncException("Microsoft Graph ended users/delta without a delta link.", run.Skipped, null);
            break;
        }

        // Changed users are read again whole: a delta page may carry only the properties that changed, never the
        // manager, and none of the per-user data routing needs.
        var parts = changed.Keys.Select(id => new UserParts(id)).ToList();
        await _batches.ExecuteAsync("changed users", [.. parts.SelectMany(p => UserReads(p).Prepend(BaseRead(p)))], run, cancellationToken);
        foreach (var gone in parts.Where(p => p.Base is null))
        {
            // Deleted between the delta page and the read: treat as the deletion it is.
            removed.Add(gone.Id);
        }

        var fresh = parts.Where(p => p.Base is not null).ToList();
        await ReadPresenceAsync(fresh, run, cancellationToken);

        var replacements = fresh.ToDictionary(p => p.Id, p => p.Build(), StringComparer.OrdinalIgnoreCase);
        var users = new List<DirectoryUser>(current.Users.Count + replacements.Count);
        int updated = 0, dropped = 0;
        foreach (var user in current.Users)
        {
            if (removed.Contains(user.Id))
            {
                dropped++;
                continue;
            }

            if (replacements.Remove(user.Id, out var replacement))
            {
                updated++;
                users.Add(replacement);
            }
            else
            {
                users.Add(user.Manager is { } manager && removed.Contains(manager.Id) ? user with { Manager = null } : user);
            }
        }

        var added = replacements.Count;
        users.AddRange(fresh.Where(p => replacements.ContainsKey(p.Id)).Select(p => replacements[p.Id]));
        var groups = current.Groups.Select(g => removed.Count == 0 ? g : g with
        {
            Members = g.Members?.Where(m => !removed.Contains(m.Id)).ToList(),
            Owners = g.Owners?.Where(m => !removed.Contains(m.Id)).ToList(),
        }).ToList();

        var snapshot = current with { CapturedAt = _time.GetUtcNow(), Users = users, Groups = groups };
        var report = Report(GraphSyncKind.Delta, snapshot, run, before, started) with { Added = added, Updated = updated, Removed = dropped };
        return new GraphSyncResult(snapshot, nextDeltaLink, report);
    }

    /// <summary>A copy of <paramref name="current"/> with presence read again for every user.</summary>
    public async Task<GraphSyncResult> RefreshPresenceAsync(DirectorySnapshot current, IProgress<GraphSyncProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var started = _time.GetTimestamp();
        var before = _traffic.Snapshot();
        var run = new SyncRun(progress, _logger);
        var presence = await ReadPresenceAsync([.. current.Users.Select(u => u.Id)], run, cancellationToken);

        // A user Graph gave no presence for is unknown now, not as available as they were minutes ago.
        var users = current.Users.Select(u => u with { Presence = presence.GetValueOrDefault(u.Id) }).ToList();
        var snapshot = current with { CapturedAt = _time.GetUtcNow(), Users = users };
        return new GraphSyncResult(snapshot, null, Report(GraphSyncKind.Presence, snapshot, run, before, started));
    }

    private async Task<string> LatestDeltaLinkAsync(CancellationToken cancellationToken)
    {
        // $deltatoken=latest returns no users, only a link marking "now" (documented for users/delta).
        var url = $"{_options.BaseUrl.TrimEnd('/')}/users/delta?$select={string.Join(',', UserFields)}&$deltatoken=latest";
        var response = await _client.Users.Delta.WithUrl(url).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        return response?.OdataDeltaLink ?? throw new GraphSyncException("Microsoft Graph returned no delta link for users/delta?$deltatoken=latest.");
    }

    private async Task<List<UserParts>> ReadUsersAsync(SyncRun run, CancellationToken cancellationToken)
    {
        var users = new List<UserParts>();
        var page = await GuardAsync(GraphCall.ListUsers, run, () => _client.Users.GetAsync(
            request =>
            {
                request.QueryParameters.Select = UserFields;
                request.QueryParameters.Top = PageSize;
                request.QueryParameters.Expand = ManagerExpand;
            },
            cancellationToken));
        while (page is not null)
        {
            foreach (var user in page.Value ?? [])
            {
                users.Add(new UserParts(GraphMapping.User(user)));
            }

            run.Report("users", users.Count, null);
            if (page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await GuardAsync(GraphCall.ListUsers, run, () => _client.Users.WithUrl(next).GetAsync(cancellationToken: cancellationToken));
        }

        return users;
    }

    private async Task<List<GroupParts>> ReadGroupsAsync(SyncRun run, CancellationToken cancellationToken)
    {
        var groups = new List<GroupParts>();
        var page = await GuardAsync(GraphCall.ListGroups, run, () => _client.Groups.GetAsync(
            request =>
            {
                request.QueryParameters.Select = GroupFields;
                request.QueryParameters.Filter = UnifiedGroupsFilter;
                request.QueryParameters.Top = PageSize;
            },
            cancellationToken));
        while (page is not null)
        {
            groups.AddRange((page.Value ?? []).Select(g => new GroupParts(GraphMapping.Group(g))));
            run.Report("groups", groups.Count, null);
            if (page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await GuardAsync(GraphCall.ListGroups, run, () => _client.Groups.WithUrl(next).GetAsync(cancellationToken: cancellationToken));
        }

        return groups;
    }

    private GraphRead BaseRead(UserParts user) => new()
    {
        Call = GraphCall.ListUsers,
        Subject = user.Id,
        Build = () => _client.Users[user.Id].ToGetRequestInformation(request =>
        {
            request.QueryParameters.Select = UserFields;
            request.QueryParameters.Expand = ManagerExpand;
        }),
        Apply = async (body, token) => user.Base = GraphMapping.User(await ParseAsync(body, GraphModels.User.CreateFromDiscriminatorValue, token)),
    };

    private IEnumerable<GraphRead> UserReads(UserParts user)
    {
        yield return new GraphRead
        {
            Call = GraphCall.UserProfileFields,
            Subject = user.Id,
            Build = () => _client.Users[user.Id].ToGetRequestInformation(request => request.QueryParameters.Select = ProfileFields),
            Apply = async (body, token) =>
            {
                var fields = await ParseAsync(body, GraphModels.User.CreateFromDiscriminatorValue, token);
                user.Skills = fields.Skills;
                user.Responsibilities = fields.Responsibilities;
                user.Interests = fields.Interests;
                user.AboutMe = fields.AboutMe;
                user.ProfileFieldsRead = true;
            },
        };
        yield return new GraphRead
        {
            Call = GraphCall.MailboxSettings,
            Subject = user.Id,
            Build = () => _client.Users[user.Id].MailboxSettings.ToGetRequestInformation(),
            Apply = async (body, token) => user.Mailbox = GraphMapping.Mailbox(await ParseAsync(body, GraphModels.MailboxSettings.CreateFromDiscriminatorValue, token)),
        };
        if (_options.UseBetaProfile)
        {
            yield return new GraphRead
            {
                Call = GraphCall.ProfileSkills,
                Subject = user.Id,
                Beta = true,
                Build = () => BetaGet($"/users/{Uri.EscapeDataString(user.Id)}/profile/skills"),
                Apply = async (body, token) => user.ProfileSkills = await ReadSkillsAsync(user.Id, body, token),
            };
        }
    }

    private IEnumerable<GraphRead> GroupReads(GroupParts group)
    {
        yield return new GraphRead
        {
            Call = GraphCall.GroupMembers,
            Subject = group.Id,
            Build = () => _client.Groups[group.Id].Members.ToGetRequestInformation(request =>
            {
                request.QueryParameters.Select = IdOnly;
                request.QueryParameters.Top = PageSize;
            }),
            Apply = async (body, token) => group.Members = await ReadReferencesAsync(
                GraphCall.GroupMembers, body, next => _client.Groups[group.Id].Members.WithUrl(next).GetAsync(cancellationToken: token), token),
        };
        yield return new GraphRead
        {
            Call = GraphCall.GroupOwners,
            Subject = group.Id,
            Build = () => _client.Groups[group.Id].Owners.ToGetRequestInformation(request =>
            {
                request.QueryParameters.Select = IdOnly;
                request.QueryParameters.Top = PageSize;
            }),
            Apply = async (body, token) => group.Owners = await ReadReferencesAsync(
                GraphCall.GroupOwners, body, next => _client.Groups[group.Id].Owners.WithUrl(next).GetAsync(cancellationToken: token), token),
        };
        if (group.Group.IsTeam)
        {
            yield return new GraphRead
            {
                Call = GraphCall.TeamChannels,
                Subject = group.Id,
                Build = () => _client.Teams[group.Id].Channels.ToGetRequestInformation(request => request.QueryParameters.Select = ChannelFields),
                Apply = async (body, token) =>
                {
                    var page = await ParseAsync(body, GraphModels.ChannelCollectionResponse.CreateFromDiscriminatorValue, token);
                    var channels = new List<TeamChannel>();
                    while (true)
                    {
                        channels.AddRange((page.Value ?? []).Where(c => c.Id is not null).Select(c => new TeamChannel { Id = c.Id!, DisplayName = c.DisplayName, Description = c.Description }));
                        if (page.OdataNextLink is not { } next)
                        {
                            break;
                        }

                        page = await _client.Teams[group.Id].Channels.WithUrl(next).GetAsync(cancellationToken: token)
                            ?? throw new GraphSyncException($"Microsoft Graph returned an empty channel page for team {group.Id}.");
                    }

                    group.Channels = channels;
                },
            };
        }
    }

    private static async Task<List<DirectoryReference>> ReadReferencesAsync(
        GraphCall call,
        Stream body,
        Func<string, Task<GraphModels.DirectoryObjectCollectionResponse?>> nextPage,
        CancellationToken cancellationToken)
    {
        var page = await ParseAsync(body, GraphModels.DirectoryObjectCollectionResponse.CreateFromDiscriminatorValue, cancellationToken);
        var references = new List<DirectoryReference>();
        while (true)
        {
            references.AddRange((page.Value ?? []).Where(o => o.Id is not null).Select(o => new DirectoryReference { Id = o.Id! }));
            if (page.OdataNextLink is not { } next)
            {
                return references;
            }

            // Large groups page past 999 members; the rest is read directly (a batch answer cannot be continued).
            page = await nextPage(next) ?? throw new GraphSyncException($"Microsoft Graph returned an empty page for {GraphPermissions.Describe(call)}.");
        }
    }

    private async Task<IReadOnlyList<SkillProficiency>> ReadSkillsAsync(string userId, Stream body, CancellationToken cancellationToken)
    {
        // The v1.0 SDK has no beta models, so the beta skillProficiency JSON (already Graph-shaped) is read as the domain record.
        var skills = new List<SkillProficiency>();
        var page = await JsonSerializer.DeserializeAsync<BetaPage<SkillProficiency>>(body, SnapshotJson.Options, cancellationToken);
        while (page is not null)
        {
            skills.AddRange(page.Value ?? []);
            if (page.NextLink is not { } next)
            {
                break;
            }

            var info = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(next) };
            await using var more = await _client.RequestAdapter.SendPrimitiveAsync<Stream>(info, GraphBatchExecutor.ErrorMapping, cancellationToken)
                ?? throw new GraphSyncException($"Microsoft Graph returned an empty skills page for {userId}.");
            page = await JsonSerializer.DeserializeAsync<BetaPage<SkillProficiency>>(more, SnapshotJson.Options, cancellationToken);
        }

        return skills;
    }

    private async Task<Dictionary<string, Presence>> ReadPresenceAsync(IReadOnlyList<string> ids, SyncRun run, CancellationToken cancellationToken)
    {
        var presence = new ConcurrentDictionary<string, Presence>(StringComparer.OrdinalIgnoreCase);
        if (!_options.SyncPresence || ids.Count == 0)
        {
            return new Dictionary<string, Presence>(presence, StringComparer.OrdinalIgnoreCase);
        }

        var chunks = ids.Chunk(_options.PresenceBatchSize).ToList();
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelBatches, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, parallel, async (chunk, token) =>
        {
            var response = await GuardAsync(GraphCall.Presence, run, () => _client.Communications.GetPresencesByUserId.PostAsGetPresencesByUserIdPostResponseAsync(
                new GetPresencesByUserIdPostRequestBody { Ids = [.. chunk] },
                cancellationToken: token));
            foreach (var item in response?.Value ?? [])
            {
                if (item.Id is { } id)
                {
                    presence[id] = GraphMapping.Presence(item);
                }
            }

            run.Report("presence", Interlocked.Increment(ref done), chunks.Count);
        });
        return new Dictionary<string, Presence>(presence, StringComparer.OrdinalIgnoreCase);
    }

    private async Task ReadPresenceAsync(List<UserParts> users, SyncRun run, CancellationToken cancellationToken)
    {
        var presence = await ReadPresenceAsync([.. users.Select(u => u.Id)], run, cancellationToken);
        foreach (var user in users)
        {
            user.Presence = presence.GetValueOrDefault(user.Id);
        }
    }

    private RequestInformation BetaGet(string path) =>
        new() { HttpMethod = Method.GET, URI = new Uri(_options.BetaBaseUrl.TrimEnd('/') + path) };

    /// <summary>Runs one top-level call and turns Graph's refusal into an exception that says what to do.</summary>
    private static async Task<T> GuardAsync<T>(GraphCall call, SyncRun run, Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (ApiException exception) when (call == GraphCall.UsersDelta && IsExpiredDelta(exception))
        {
            throw new GraphDeltaExpiredException("Microsoft Graph no longer knows the stored users/delta link (410 syncStateNotFound).", exception);
        }
        catch (ApiException exception) when (exception.ResponseStatusCode == (int)HttpStatusCode.Forbidden)
        {
            throw new GraphPermissionException(call, run.Skipped, exception);
        }
        catch (ApiException exception)
        {
            var code = (exception as ODataError)?.Error?.Code;
            throw new GraphSyncException(
                $"Microsoft Graph answered {exception.ResponseStatusCode}{(code is null ? "" : " " + code)} to {GraphPermissions.Describe(call)}.", run.Skipped, exception);
        }
        catch (AuthenticationFailedException exception)
        {
            throw new GraphSyncException($"Microsoft Entra ID gave no token for {GraphPermissions.Describe(call)}: {exception.Message}", run.Skipped, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new GraphSyncException($"Microsoft Graph could not be reached for {GraphPermissions.Describe(call)}: {exception.Message}", run.Skipped, exception);
        }
    }

    private static bool IsExpiredDelta(ApiException exception) =>
        exception.ResponseStatusCode == (int)HttpStatusCode.Gone ||
        (exception as ODataError)?.Error?.Code is "syncStateNotFound" or "resyncRequired" or "syncStateInvalid";

    private static async Task<T> ParseAsync<T>(Stream body, ParsableFactory<T> factory, CancellationToken cancellationToken)
        where T : IParsable =>
        await KiotaJsonSerializer.DeserializeAsync(body, factory, cancellationToken)
        ?? throw new GraphSyncException($"Microsoft Graph returned an empty {typeof(T).Name}.");

    private GraphSyncReport Report(GraphSyncKind kind, DirectorySnapshot snapshot, SyncRun run, GraphTrafficSnapshot before, long started)
    {
        var traffic = _traffic.Snapshot() - before;
        return new GraphSyncReport
        {
            Kind = kind,
            Users = snapshot.Users.Count,
            Groups = snapshot.Groups.Count,
            Batches = traffic.Batches,
            Requests = traffic.Requests,
            Throttled = traffic.Throttled + traffic.ThrottledItems,
            Skipped = run.Skipped,
            Duration = _time.GetElapsedTime(started),
        };
    }

    /// <summary>A user being assembled from the list and the per-user reads; each read fills its own fields.</summary>
    private sealed class UserParts
    {
        public UserParts(DirectoryUser user)
        {
            Id = user.Id;
            Base = user;
        }

        public UserParts(string id) => Id = id;

        public string Id { get; }

        public DirectoryUser? Base { get; set; }

        public bool ProfileFieldsRead { get; set; }

        public List<string>? Skills { get; set; }

        public List<string>? Responsibilities { get; set; }

        public List<string>? Interests { get; set; }

        public string? AboutMe { get; set; }

        public MailboxSettings? Mailbox { get; set; }

        public IReadOnlyList<SkillProficiency>? ProfileSkills { get; set; }

        public Presence? Presence { get; set; }

        public DirectoryUser Build()
        {
            var user = Base ?? throw new InvalidOperationException($"User {Id} was never read.");
            return user with
            {
                Skills = ProfileFieldsRead ? Skills : user.Skills,
                Responsibilities = ProfileFieldsRead ? Responsibilities : user.Responsibilities,
                Interests = ProfileFieldsRead ? Interests : user.Interests,
                AboutMe = ProfileFieldsRead ? AboutMe : user.AboutMe,
                Profile = ProfileSkills is null ? user.Profile : new UserProfile { Skills = ProfileSkills },
                MailboxSettings = Mailbox ?? user.MailboxSettings,
                Presence = Presence ?? user.Presence,
            };
        }
    }

    private sealed class GroupParts(DirectoryGroup group)
    {
        public DirectoryGroup Group { get; } = group;

        public string Id => Group.Id;

        public List<DirectoryReference>? Members { get; set; }

        public List<DirectoryReference>? Owners { get; set; }

        public List<TeamChannel>? Channels { get; set; }

        public DirectoryGroup Build() => Group with
        {
            Members = Members,
            Owners = Owners,
            Team = Channels is null ? null : new TeamInfo { Channels = Channels },
        };
    }

    private sealed record BetaPage<T>
    {
        public List<T>? Value { get; init; }

        [System.Text.Json.Serialization.JsonPropertyName("@odata.nextLink")]
        public string? NextLink { get; init; }
    }
}
