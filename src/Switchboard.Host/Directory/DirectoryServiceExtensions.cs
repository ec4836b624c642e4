using Microsoft.Extensions.DependencyInjection.Extensions;
using Switchboard.DemoCompany;
using Switchboard.Domain.Directory;
using Switchboard.Host.DirectoryLoading;

// In the host's root namespace so the composition root calls it without a using. The other types of this folder live
// in Switchboard.Host.DirectoryLoading rather than ...Directory: a namespace named Directory would hide System.IO.Directory
// from all code in Switchboard.Host.
namespace Switchboard.Host;

/// <summary>Registers the directory layer: where the snapshot comes from, its loading at start-up and its readiness check.</summary>
internal static class DirectoryServiceExtensions
{
    public static IHostApplicationBuilder AddSwitchboardDirectory(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(DirectorySourceSelector)))
        {
            // Already added: a second loader would load twice and a second health check of the same name would throw.
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>();

        // Only a source that refreshes (Graph) reports into it; the demo company and a file stay "unknown", never stale.
        services.TryAddSingleton<DirectoryFreshnessTracker>();
        services.TryAddSingleton<IDirectoryFreshness>(provider => provider.GetRequiredService<DirectoryFreshnessTracker>());

        services.AddOptions<DirectoryOptions>()
            .BindConfiguration(DirectoryOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (!string.IsNullOrWhiteSpace(options.SnapshotFile))
                {
                    options.SnapshotFile = Path.GetFullPath(options.SnapshotFile, environment.ContentRootPath);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDirectorySource<SnapshotFileSource>(DirectorySourcePriority.SnapshotFile, SnapshotFileSource.IsConfigured);
        services.AddDirectorySource<DemoCompanySource>(DirectorySourcePriority.DemoCompany, _ => true);
        services.TryAddSingleton<DirectorySourceSelector>();

        services.AddHostedService<DirectoryLoader>();
        services.AddHealthChecks().AddCheck<DirectoryHealthCheck>(DirectoryHealthCheck.Name, tags: [HostingExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Offers a directory source to the loader. At start-up the loader takes the source with the highest
    /// <paramref name="priority"/> (see <see cref="DirectorySourcePriority"/>) whose <paramref name="isConfigured"/> holds.
    /// </summary>
    public static IServiceCollection AddDirectorySource<TSource>(this IServiceCollection services, int priority, Func<IServiceProvider, bool> isConfigured, bool loadsItself = false)
        where TSource : class, IDirectorySnapshotSource
    {
        services.TryAddSingleton<TSource>();
        services.AddSingleton(new DirectorySourceRegistration(priority, isConfigured, provider => provider.GetRequiredService<TSource>(), loadsItself));
        return services;
    }
}
