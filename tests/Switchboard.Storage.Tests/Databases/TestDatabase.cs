using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Switchboard.Storage;

namespace Switchboard.Storage.Tests.Databases;

/// <summary>An empty database of its own for one test, dropped when the test is done.</summary>
public sealed class TestDatabase(StorageProvider provider, string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public StorageProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// A host wired exactly as the application wires storage, pointed at this database. Each host has its own
    /// context pool, so several hosts on one database behave like several instances of the application.
    /// </summary>
    public IHost BuildHost(TimeProvider? time = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Switchboard:Storage:Provider"] = Provider.ToString(),
            ["Switchboard:Storage:ConnectionString"] = ConnectionString,
        });
        builder.Services.AddLogging();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddSwitchboardStorage();
        return builder.Build();
    }

    /// <summary>A host whose schema is already migrated, for tests about the stores rather than migrations.</summary>
    public async Task<IHost> BuildMigratedHostAsync(TimeProvider? time = null)
    {
        var host = BuildHost(time);
        await host.Services.MigrateSwitchboardDatabaseAsync(CancellationToken.None);
        return host;
    }

    public ValueTask DisposeAsync() => new(drop());
}

public static class TestHostExtensions
{
    public static Task<SwitchboardDbContext> CreateContextAsync(this IHost host) =>
        host.Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
}
