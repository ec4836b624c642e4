using Microsoft.Extensions.DependencyInjection.Extensions;
using Switchboard.Storage;

namespace Switchboard.Host.Cli;

/// <summary>
/// The host the <c>audit</c> and <c>privacy</c> commands run in: the application's settings (beside the executable,
/// environment, overrides) and its storage, migrated like the bot's, without the bot itself.
/// </summary>
internal sealed class RecordCommandHost(IReadOnlyDictionary<string, string?>? settings)
{
    public static RecordCommandHost Default { get; } = new(null);

    public Task<IHost> StartAsync(CancellationToken cancellationToken) => StartAsync(_ => { }, cancellationToken);

    /// <summary>Starts it with more layers than storage (the <c>report</c> command adds the directory and the reports).</summary>
    public async Task<IHost> StartAsync(Action<IHostApplicationBuilder> addLayers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addLayers);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSwitchboardStorage();
        addLayers(builder);
        var host = builder.Build();
        await host.Services.MigrateSwitchboardDatabaseAsync(cancellationToken);
        return host;
    }
}
