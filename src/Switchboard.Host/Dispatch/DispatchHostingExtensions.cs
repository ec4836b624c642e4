using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;
using Switchboard.Host.Dispatch;

// In the host's root namespace so the composition root calls it without a using.
namespace Switchboard.Host;

/// <summary>Registers the outbox dispatcher and the hosted service that runs it.</summary>
internal static class DispatchHostingExtensions
{
    /// <summary>
    /// Needs the outbox and the sent-activity log (storage) and a conversation gateway (bot). Uses an
    /// <see cref="IUndeliverableOfferHandler"/> and an <see cref="IGraphWriter"/> when they are registered.
    /// </summary>
    public static IHostApplicationBuilder AddSwitchboardDispatch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DispatchOptions>()
            .BindConfiguration(DispatchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxWakeup>();
        DecorateRequestStore(services);

        // One dispatcher per instance: its rate-limit windows must see every send of this instance.
        services.TryAddSingleton(provider => new OutboxDispatcher(
            provider.GetRequiredService<IOutbox>(),
            provider.GetRequiredService<IConversationGateway>(),
            provider.GetRequiredService<ISentActivityLog>(),
            provider.GetService<IUndeliverableOfferHandler>(),
            provider.GetService<IGraphWriter>(),
            provider.GetRequiredService<IOptions<DispatchOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<OutboxDispatcherService>();
        return builder;
    }

    /// <summary>Wraps the registered <see cref="IRequestStore"/> so that committed outbox messages wake the dispatcher.</summary>
    private static void DecorateRequestStore(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IRequestStore))
            ?? throw new InvalidOperationException("Register the request store (AddSwitchboardStorage) before the dispatch.");
        if (registered.ImplementationType == typeof(WakingRequestStore))
        {
            return;
        }

        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IRequestStore),
            provider => new WakingRequestStore(Create(provider, registered), provider.GetRequiredService<OutboxWakeup>()),
            registered.Lifetime));

        static IRequestStore Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
            (IRequestStore)(descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
    }
}
