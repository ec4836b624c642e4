using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Switchboard.DemoCompany;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;
using Switchboard.Storage;

namespace Switchboard.Load;

/// <summary>What one pass on one database measured and found.</summary>
internal sealed record LoadResult(
    LoadDatabase Database,
    int Conversations,
    int Resolved,
    int Withdrawn,
    IReadOnlyList<ConversationOutcome> Stuck,
    TimeSpan PlayDuration,
    int Turns,
    double P50,
    double P95,
    double P99,
    long RetriedPosts,
    long AskedAgain,
    IReadOnlyDictionary<string, int> RequestStates,
    int RequestsNotTerminal,
    IReadOnlyDictionary<string, int> OutboxStates,
    int DistinctDeliveries,
    int DuplicateActivities,
    int DuplicateCopies,
    long PossibleDuplicatesLogged,
    long UnknownOutcomesLogged,
    long ConnectorCalls,
    long Throttled,
    long Unavailable,
    long UnknownInjected,
    TimeSpan? RestartDowntime,
    bool AuditIntact,
    string AuditOutput)
{
    private int Undelivered => OutboxStates.GetValueOrDefault("Pending") + OutboxStates.GetValueOrDefault("FailedPermanently");

    /// <summary>Notifications the recipients never got and nobody was told about, requests left open, conversations that never ended.</summary>
    public int Lost => Stuck.Count + RequestsNotTerminal + Undelivered;

    /// <summary>Copies the connector received more than once that no log line flagged as a possible duplicate.</summary>
    public long UnflaggedDuplicates => Math.Max(0, DuplicateCopies - PossibleDuplicatesLogged - UnknownOutcomesLogged);

    public bool Passed => Lost == 0 && UnflaggedDuplicates == 0 && AuditIntact;
}

/// <summary>
/// One pass of the load run on one database: a fresh database, the fake connector and the real host on loopback, N
/// conversations played at once, a host restart half-way, then the checks on what the database and the connector hold.
/// </summary>
internal sealed class LoadRun(LoadOptions options, TextWriter progress)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long a person waits for a card before asking for it again; longer than a busy outbox takes.</summary>
    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromSeconds(90);

    public async Task<LoadResult> RunAsync(LoadDatabase database, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var postgresDatabase = database == LoadDatabase.Postgres ? await CreatePostgresDatabaseAsync(cancellationToken) : null;
        try
        {
            return await RunOnAsync(database, folder, postgresDatabase, cancellationToken);
        }
        finally
        {
            if (postgresDatabase is not null)
            {
                await DropPostgresDatabaseAsync(postgresDatabase, CancellationToken.None);
            }
        }
    }

    private async Task<LoadResult> RunOnAsync(LoadDatabase database, string folder, string? postgres, CancellationToken cancellationToken)
    {
        var faults = new FaultPlan(options.Throttled, options.Unavailable, options.Unknown, TimeSpan.FromSeconds(16), options.Seed);
        await using var connector = await LoadConnector.StartAsync(options.Port + 1, faults);
        var settings = HostSettings(database, folder, postgres, connector.ServiceUrl);
        var hostUrl = new Uri($"http://127.0.0.1:{options.Port}/");
        var logPath = Path.Combine(folder, "host.log");

        await progress.WriteLineAsync($"[{database}] starting the host on {hostUrl} (log: {logPath})");
        var hosts = new List<HostProcess> { await HostProcess.StartAsync(hostUrl, settings, logPath, cancellationToken) };
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = hostUrl,
                Timeout = TimeSpan.FromSeconds(100),
            };
            await using var storage = Storage(settings);
            var player = new ConversationPlayer(http, connector, options.StepTimeout, retryFor: TimeSpan.FromSeconds(180), AskAgainAfter, (requestId, token) => OffereeAsync(storage, requestId, token));
            var cast = Cast(options.Conversations);

            var confirmed = 0;
            var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            player.Confirmed += () =>
            {
                if (Interlocked.Increment(ref confirmed) == Math.Max(1, options.Conversations / 2))
                {
                    halfway.TrySetResult();
                }
            };

            await progress.WriteLineAsync($"[{database}] playing {options.Conversations} conversations at once");
            var played = Stopwatch.StartNew();
            var plays = Enumerable.Range(0, options.Conversations)
                .Select(i => Task.Run(() => player.PlayAsync(i, cast[i].Requester, cast[i].Question, cancellationToken), cancellationToken))
                .ToList();
            var all = Task.WhenAll(plays);

            TimeSpan? downtime = null;
            if (options.Restart && await Task.WhenAny(halfway.Task, all) == halfway.Task)
            {
                var stopped = Stopwatch.StartNew();
                await progress.WriteLineAsync($"[{database}] {confirmed} confirmed: stopping the host and starting a new one on the same database");
                await hosts[^1].StopAsync();
                hosts.Add(await HostProcess.StartAsync(hostUrl, settings, logPath, cancellationToken));
                downtime = stopped.Elapsed;
                await progress.WriteLineAsync($"[{database}] the new host is ready after {downtime.Value.TotalSeconds:F1} s");
            }

            var outcomes = await all;
            played.Stop();
            await progress.WriteLineAsync($"[{database}] conversations ended after {played.Elapsed.TotalSeconds:F1} s; waiting for the outbox to drain");

            await WaitForDrainAsync(storage, cancellationToken);
            await hosts[^1].StopAsync();

            var (requestStates, outboxStates) = await CountStatesAsync(storage, cancellationToken);
            var audit = await HostProcess.RunCommandAsync(settings, ["audit", "verify"], cancellationToken);
            var latencies = player.Latencies.Order().ToArray();
            var (duplicateActivities, duplicateCopies) = connector.Duplicates;
            return new LoadResult(
                database,
                options.Conversations,
                outcomes.Count(o => o.End == ConversationEnd.Resolved),
                outcomes.Count(o => o.End == ConversationEnd.Withdrawn),
                outcomes.Where(o => o.End == ConversationEnd.Stuck).ToList(),
                played.Elapsed,
                latencies.Length,
                Percentile(latencies, 0.50),
                Percentile(latencies, 0.95),
                Percentile(latencies, 0.99),
                player.Retried,
                player.AskedAgain,
                requestStates,
                requestStates.Where(s => s.Key is not ("Resolved" or "Rated" or "Withdrawn")).Sum(s => s.Value),
                outboxStates,
                connector.DistinctDeliveries,
                duplicateActivities,
                duplicateCopies,
                hosts.Sum(h => h.EventCount(6007)),
                hosts.Sum(h => h.EventCount(6006)),
                connector.Calls,
                connector.Throttled,
                connector.Unavailable,
                connector.UnknownOutcomes,
                downtime,
                audit.ExitCode == 0,
                audit.Output);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Who asks what, for each conversation: everyone in the demo company asks in turn, about the skills people hold
    /// (one question per skill), so the requests spread over the experts instead of queueing for a few. A question is
    /// kept for a requester when the routing engine, on the same demo company, puts a person other than the requester
    /// among its first three targets: the run plays conversations with a person at the other end, as the issue asks.
    /// </summary>
    private static List<(Player Requester, string Question)> Cast(int conversations)
    {
        var now = DateTimeOffset.UtcNow;
        var company = DemoCompanyGenerator.Generate(now);
        var directory = new InMemoryPeopleDirectory();
        directory.Activate(company, "demo company");
        var index = new RoutingIndexCache(directory, TopicVocabulary.Load(), new RoutingOptions()).Current()
            ?? throw new InvalidOperationException("The demo company gave no routing index.");
        var router = new RequestRouter();
        var requesters = company.Users.Select(u => new Player(u.Id, u.DisplayName ?? u.Id)).ToList();
        var questions = company.Users
            .SelectMany(u => u.Profile?.Skills ?? [])
            .Select(s => s.DisplayName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(skill => $"I need advice on {skill} for a project; who knows {skill} well?")
            .ToList();

        var cast = new List<(Player Requester, string Question)>(conversations);
        for (var i = 0; i < conversations; i++)
        {
            var requester = requesters[(i * 7 + 3) % requesters.Count];
            var question = Enumerable.Range(0, questions.Count)
                .Select(offset => questions[(i + offset) % questions.Count])
                .First(text => router.Route(new RoutingRequest(requester.AadObjectId, text, Urgency.Normal, Impact.Individual, now), index, InMemoryWorkload.Empty, top: 3)
                    .Targets.Any(t => t.Type == RoutingTargetType.User && !string.Equals(t.Id, requester.AadObjectId, StringComparison.OrdinalIgnoreCase)));
            cast.Add((requester, question));
        }

        return cast;
    }

    private static Dictionary<string, string> HostSettings(LoadDatabase database, string folder, string? postgres, Uri connector)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Development: Bot Framework authentication off (no app id) and the demo tenant allowed; loopback only.
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["Switchboard:Storage:DataFolder"] = folder,
            ["Switchboard:Bot:DefaultServiceUrl"] = connector.ToString(),

            // A timed-out send is an unknown outcome: long enough for a loaded machine, short enough not to hold a slot for 30 s.
            ["Switchboard:Bot:SendTimeout"] = "00:00:15",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Switchboard"] = "Information",
            ["Logging:LogLevel:Switchboard.Host.Dispatch"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        if (database == LoadDatabase.Postgres)
        {
            settings["Switchboard:Storage:Provider"] = "Postgres";
            settings["Switchboard:Storage:ConnectionString"] = postgres!;
        }

        return settings;
    }

    /// <summary>The storage layer alone, on the run's database, to read what the host left there.</summary>
    private static ServiceProvider Storage(IReadOnlyDictionary<string, string> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Logging.ClearProviders();
        builder.AddSwitchboardStorage();
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>Who the request is offered to now, read from the database: the "out of band" word to an expert whose offer never came.</summary>
    private static async Task<string?> OffereeAsync(ServiceProvider storage, string requestId, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(requestId);
        await using var db = await storage.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync(cancellationToken);
        return await db.Requests.Where(r => r.Id == id).Select(r => r.OffereeId).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task WaitForDrainAsync(ServiceProvider storage, CancellationToken cancellationToken)
    {
        var factory = storage.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < DrainTimeout)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var pending = await db.OutboxMessages.CountAsync(m => m.State == "Pending", cancellationToken);
            if (pending == 0)
            {
                return;
            }

            await progress.WriteLineAsync($"  {pending} outbox messages still pending");
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    private static async Task<(Dictionary<string, int> Requests, Dictionary<string, int> Outbox)> CountStatesAsync(ServiceProvider storage, CancellationToken cancellationToken)
    {
        var factory = storage.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var requests = await db.Requests.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var outbox = await db.OutboxMessages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        return (requests, outbox);
    }

    private async Task<string> CreatePostgresDatabaseAsync(CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString) { Database = "postgres" };
        var name = string.Create(CultureInfo.InvariantCulture, $"switchboard_load_{DateTimeOffset.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}");
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var database = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString) { Database = name, MaxPoolSize = 50 };
        await progress.WriteLineAsync($"[Postgres] created database {name}");
        return database.ConnectionString;
    }

    private async Task DropPostgresDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
        await progress.WriteLineAsync($"[Postgres] dropped database {database.Database}");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
