using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Switchboard.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Bind_EmptySection_SqliteInTheLocalApplicationDataFolder()
    {
        using var host = BuildHost([]);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Null(options.ConnectionString);
        Assert.Equal(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Switchboard"),
            options.DataFolder);
    }

    [Fact]
    public async Task StartAsync_PostgresWithoutConnectionString_FailsNamingTheSetting()
    {
        using var host = BuildHost(new() { ["Switchboard:Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Switchboard:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MalformedPostgresConnectionString_FailsNamingTheSetting()
    {
        using var host = BuildHost(new()
        {
            ["Switchboard:Storage:Provider"] = "Postgres",
            ["Switchboard:Storage:ConnectionString"] = "Hots=db.example.org;Database=switchboard",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Switchboard:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PostgresOutsideDevelopmentWithoutPseudonymKey_FailsNamingTheSetting()
    {
        using var host = BuildHost(new()
        {
            ["Switchboard:Storage:Provider"] = "Postgres",
            ["Switchboard:Storage:ConnectionString"] = "Host=db.example.org;Database=switchboard",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Switchboard:Record:PseudonymKey is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "Sqlite", null)]
    [InlineData("Development", "Postgres", null)]
    [InlineData("Production", "Postgres", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")]
    public void RecordOptions_PseudonymKeyOnlyRequiredForPostgresOutsideDevelopment(string environment, string provider, string? key)
    {
        using var host = BuildHost(
            new()
            {
                ["Switchboard:Storage:Provider"] = provider,
                ["Switchboard:Storage:ConnectionString"] = provider == "Postgres" ? "Host=db.example.org;Database=switchboard" : null,
                ["Switchboard:Record:PseudonymKey"] = key,
            },
            environment);

        var options = host.Services.GetRequiredService<IOptions<Switchboard.Domain.Record.RecordOptions>>().Value;

        Assert.Equal(key, options.PseudonymKey);
    }

    [Fact]
    public async Task MigrateSwitchboardDatabaseAsync_SqliteWithoutConnectionString_CreatesTheFileInAMissingDataFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "switchboard-storage-tests", Guid.NewGuid().ToString("N"));
        var dataFolder = Path.Combine(root, "not", "there", "yet");
        try
        {
            using var host = BuildHost(new() { ["Switchboard:Storage:DataFolder"] = dataFolder });
            await host.StartAsync();

            await host.Services.MigrateSwitchboardDatabaseAsync(CancellationToken.None);

            await host.StopAsync();
            Assert.True(File.Exists(Path.Combine(dataFolder, "switchboard.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, string environment = "Production")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddSwitchboardStorage();
        return builder.Build();
    }
}
