using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Switchboard.Domain.Conversations;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>
/// The real host with the real CloudAdapter, in Development with an empty MicrosoftAppId (Bot Framework
/// authentication off), a fake Bot Connector on loopback, an in-memory address book and captured logs.
/// </summary>
public sealed class SwitchboardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public FakeBotConnector Connector { get; private set; } = null!;

    public InMemoryConversationAddressBook Addresses { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConversationAddressBook>();
            services.AddSingleton<IConversationAddressBook>(Addresses);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
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
    }
}
