using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Dispatch;

namespace Switchboard.Graph;

public static class GraphHostingExtensions
{
    /// <summary>
    /// Registers the Graph directory sync and its background service when <c>Switchboard:Graph</c> is configured
    /// (<see cref="GraphOptions.IsConfigured"/>); without credentials it registers nothing and the host keeps its
    /// embedded directory.
    /// </summary>
    public static IHostApplicationBuilder AddSwitchboardGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsGraphConfigured(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddSwitchboardGraphServices();
        builder.Services.AddHostedService<GraphSyncService>();
        var options = builder.Configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        if (options.CanWrite)
        {
            // The outbox's installs and chats: with the app's catalog id, Switchboard installs itself for new people.
            builder.Services.TryAddSingleton<IGraphWriter, GraphTeamsWriter>();
        }

        return builder;
    }

    /// <summary>Whether the configuration holds enough to authenticate to Graph.</summary>
    public static bool IsGraphConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        return options.IsConfigured;
    }

    /// <summary>
    /// The sync's services without the background service (the one-shot commands use this). A
    /// <see cref="TokenCredential"/>, <see cref="IPeopleDirectory"/> or <see cref="IDeltaLinkStore"/> registered
    /// before wins, so tests and benchmarks bring their own credential and storage brings a persistent store.
    /// </summary>
    public static IServiceCollection AddSwitchboardGraphServices(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.IsConfigured, "Switchboard:Graph needs TenantId and ClientId with ClientSecret or CertificatePath, or UseManagedIdentity.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>();
        services.TryAddSingleton<IDeltaLinkStore, InMemoryDeltaLinkStore>();
        services.TryAddSingleton<DirectoryFreshnessTracker>();
        services.TryAddSingleton<IDirectoryFreshness>(sp => sp.GetRequiredService<DirectoryFreshnessTracker>());
        services.TryAddSingleton(sp => GraphServiceClientFactory.CreateCredential(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton<GraphTraffic>();
        services.TryAddSingleton(sp => GraphServiceClientFactory.CreateClient(
            sp.GetRequiredService<TokenCredential>(),
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            sp.GetRequiredService<GraphTraffic>()));
        services.TryAddSingleton<GraphDirectoryReader>();
        services.TryAddSingleton<GraphDirectorySynchronizer>();
        services.TryAddSingleton<GraphDirectorySource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDirectorySnapshotSource, GraphDirectorySource>(sp => sp.GetRequiredService<GraphDirectorySource>()));
        return services;
    }
}
