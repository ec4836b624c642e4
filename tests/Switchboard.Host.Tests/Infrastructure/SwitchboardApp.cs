using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Conversations;
using Switchboard.Storage;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>
/// The real host with the real CloudAdapter, in Development with an empty MicrosoftAppId (Bot Framework
/// authentication off), a fake Bot Connector on loopback, a real SQLite database in a throwaway folder, and captured logs.
/// </summary>
public sealed class SwitchboardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>How long the gateway waits for the fake connector before calling a send's outcome unknown.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(2);

    private readonly TestDataFolder _data;
    private readonly bool _ownsData;
    private readonly Dictionary<string, string?> _settings;
    private readonly FakeBotConnector? _sharedConnector;
    private int _disposed;

    public SwitchboardApp()
        : this(new TestDataFolder(), ownsData: true, new Dictionary<string, string?>(), null)
    {
    }

    private SwitchboardApp(TestDataFolder data, bool ownsData, Dictionary<string, string?> settings, FakeBotConnector? connector)
    {
        _data = data;
        _ownsData = ownsData;
        _settings = settings;
        _sharedConnector = connector;
    }

    public FakeBotConnector Connector { get; private set; } = null!;

    /// <summary>
    /// Another instance of the host on <paramref name="data"/> (shared with an earlier instance, as after a restart),
    /// with extra settings; it talks to <paramref name="connector"/> when given (the caller disposes it), else to a
    /// fake connector of its own. Call <see cref="InitializeAsync"/> before use.
    /// </summary>
    public static SwitchboardApp Instance(TestDataFolder data, IReadOnlyDictionary<string, string?> settings, FakeBotConnector? connector = null) =>
        new(data, ownsData: false, new Dictionary<string, string?>(settings), connector);

    /// <summary>What the bot saved, read back from the real database.</summary>
    public IConversationAddressBook AddressBook => Services.GetRequiredService<IConversationAddressBook>();

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
        builder.UseSetting("Switchboard:Storage:DataFolder", _data.Path);

        // Proactive sends (conversation creation, channel posts) go to the fake connector too, and give up quickly.
        builder.UseSetting("Switchboard:Bot:DefaultServiceUrl", Connector.ServiceUrl.ToString());
        builder.UseSetting("Switchboard:Bot:SendTimeout", SendTimeout.ToString());
        builder.UseSetting("Switchboard:Dispatch:PollInterval", "00:00:00.050");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    /// <summary>How many stored addresses point at <paramref name="conversationId"/>, whatever their tenant.</summary>
    public int CountStoredAddresses(string conversationId)
    {
        using var db = Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContext();
        return db.ConversationAddresses.Count(address => address.ConversationId == conversationId);
    }

    public async Task InitializeAsync()
    {
        Connector = _sharedConnector ?? await FakeBotConnector.StartAsync();

        // The first turn of a process pays for loading and compiling the SDK; tests that time the bot should
        // measure a running host, as Teams sees it, so one turn is played before any test.
        using var client = CreateClient();
        // "help" answers inline and changes nothing: any other text starts a request, whose outbox row would be
        // waiting in every test of this host.
        using var response = await TeamsActivities.PostAsync(client, TeamsActivities.Message(Connector.ServiceUrl, text: "help"));
        response.EnsureSuccessStatusCode();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the host, then its own fake connector and data folder; safe to call twice (xunit and <c>await using</c>).</summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await base.DisposeAsync();
        if (_sharedConnector is null && Connector is not null)
        {
            await Connector.DisposeAsync();
        }

        if (_ownsData)
        {
            _data.Dispose();
        }
    }
}
