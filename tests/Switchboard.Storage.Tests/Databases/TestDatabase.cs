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

    /// <summary>This database's audit checkpoint file (a database of its own needs checkpoints of its own).</summary>
    public string CheckpointFile { get; } = Path.Combine(Path.GetTempPath(), "switchboard-storage-tests", $"checkpoints-{Guid.NewGuid():N}.log");

    /// <summary>A fixed pseudonym key, so that no test writes one into the user's data folder.</summary>
    public const string PseudonymKey = "c3dpdGNoYm9hcmQtdGVzdC1wc2V1ZG9ueW0ta2V5LTMyYnl0ZXMhIQ==";

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
            ["Switchboard:Record:PseudonymKey"] = PseudonymKey,
            ["Switchboard:Record:CheckpointFile"] = CheckpointFile,
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

    public async ValueTask DisposeAsync()
    {
        File.Delete(CheckpointFile);
        await drop();
    }
}

public static class TestHostExtensions
{
    public static Task<SwitchboardDbContext> CreateContextAsync(this IHost host) =>
        host.Services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync();
}
