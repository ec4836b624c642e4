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
    public FakeBotConnector Connector { get; private set; } = null!;

    private readonly TestDataFolder _data = new();

    /// <summary>What the bot saved, read back from the real database.</summary>
    public IConversationAddressBook AddressBook => Services.GetRequiredService<IConversationAddressBook>();

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
        builder.UseSetting("Switchboard:Storage:DataFolder", _data.Path);
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
        Connector = await FakeBotConnector.StartAsync();

        // The first turn of a process pays for loading and compiling the SDK; tests that time the bot should
        // measure a running host, as Teams sees it, so one turn is played before any test.
        using var client = CreateClient();
        using var response = await TeamsActivities.PostAsync(client, TeamsActivities.Message(Connector.ServiceUrl));
        response.EnsureSuccessStatusCode();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Connector.DisposeAsync();
        _data.Dispose();
    }
}
