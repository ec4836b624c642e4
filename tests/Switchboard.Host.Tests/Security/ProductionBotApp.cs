using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Switchboard.Host.Tests.Infrastructure;
using Switchboard.Storage;

namespace Switchboard.Host.Tests.Security;

/// <summary>
/// The real host as it runs in production (another environment on request): Production environment, a MicrosoftAppId (so every activity must carry
/// a channel token), one allowed tenant, a real SQLite file, a fake Bot Connector, and the SDK's token checks
/// pointed at a <see cref="LoopbackChannelIssuer"/>. Extra settings and a clock can be given per instance.
/// </summary>
public sealed class ProductionBotApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AppId = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    /// <summary>Settings where nothing a test does is throttled or left out of the log, unless the test says so.</summary>
    public static readonly IReadOnlyDictionary<string, string?> GenerousLimits = new Dictionary<string, string?>
    {
        ["Switchboard:Limits:RefusalsPerWindow"] = "1000000",
        ["Switchboard:Limits:SecurityEventsPerWindow"] = "100000",
    };

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeProvider? _timeProvider;
    private readonly bool _overSockets;
    private readonly string _environment;
    private readonly TestDataFolder _data = new();
    private int _disposed;

    public ProductionBotApp()
        : this(GenerousLimits)
    {
    }

    private ProductionBotApp(
        IReadOnlyDictionary<string, string?> settings, TimeProvider? timeProvider = null, bool overSockets = false, string environment = "Production")
    {
        _environment = environment;
        _settings = settings;
        _timeProvider = timeProvider;
        _overSockets = overSockets;
    }

    /// <summary>
    /// Another production host with its own settings (on top of the generous limits) and clock, served by Kestrel on a
    /// loopback socket when <paramref name="overSockets"/> (the in-memory test server cannot show how a half-sent body
    /// is treated), in another environment than Production if asked; call <see cref="InitializeAsync"/> first.
    /// </summary>
    public static ProductionBotApp With(
        IReadOnlyDictionary<string, string?> settings, TimeProvider? timeProvider = null, bool overSockets = false, string environment = "Production") =>
        new(
            GenerousLimits.Concat(settings).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value),
            timeProvider,
            overSockets,
            environment);

    public LoopbackChannelIssuer Issuer { get; private set; } = null!;

    public FakeBotConnector Connector { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>A plain HttpClient to the host's loopback socket (hosts made with <c>overSockets</c> only).</summary>
    public HttpClient CreateSocketClient()
    {
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A channel token for this bot about <paramref name="activity"/>'s serviceUrl.</summary>
    public string ValidTokenFor(JsonObject activity) => Issuer.Mint(AppId, ServiceUrlOf(activity));

    public static Uri ServiceUrlOf(JsonObject activity) => new(activity["serviceUrl"]!.GetValue<string>());

    public async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>How many stored addresses point at <paramref name="conversationId"/>.</summary>
    public int CountStoredAddresses(string conversationId)
    {
        using var db = Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContext();
        return db.ConversationAddresses.Count(address => address.ConversationId == conversationId);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("MicrosoftAppId", AppId);
        builder.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
        builder.UseSetting("MicrosoftAppType", "MultiTenant");
        builder.UseSetting("Switchboard:Security:AllowedTenants:0", TeamsActivities.DemoTenant);
        builder.UseSetting("Switchboard:Storage:DataFolder", _data.Path);
        builder.UseSetting("Switchboard:Bot:DefaultServiceUrl", Connector.ServiceUrl.ToString());
        builder.UseSetting("Switchboard:Dispatch:Enabled", "false");
        foreach (var (key, value) in Issuer.SdkSettings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Added last so it outranks appsettings.json (UseSetting does not): a socket host must never take the
        // developer's port 3978.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:0" }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (_timeProvider is not null)
            {
                services.AddSingleton(_timeProvider);
            }
        });
    }

    public async Task InitializeAsync()
    {
        Issuer = await LoopbackChannelIssuer.StartAsync();
        Connector = await FakeBotConnector.StartAsync();
        if (_overSockets)
        {
            UseKestrel();
            StartServer();
        }

        _ = Services;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await base.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        _data.Dispose();
    }
}
