using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Cards.Conversation;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Dispatch;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;
using Switchboard.Host.Conversations;

// In the host's root namespace so the composition root calls it without a using.
namespace Switchboard.Host;

/// <summary>Registers the conversation layer: the request flow, its policies, its cards and the expiry clock.</summary>
internal static class ConversationServiceExtensions
{
    public static IHostApplicationBuilder AddSwitchboardConversations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UrgencyBudgetSettings>().BindConfiguration("Switchboard:Requests:UrgencyBudget").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfferExpirySettings>().BindConfiguration("Switchboard:Requests:OfferExpiry").ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(_ => TopicVocabulary.Load());
        services.TryAddSingleton(_ => new RoutingOptions());
        services.TryAddSingleton<IRequestRouter, RequestRouter>();
        services.TryAddSingleton<RoutingIndexCache>();
        services.TryAddSingleton<IOfferExpiry>(provider => new OfferExpiryPolicy(
            provider.GetRequiredService<IOptions<OfferExpirySettings>>().Value, provider.GetRequiredService<IPeopleDirectory>()));
        services.TryAddSingleton(provider => new UrgencyBudget(provider.GetRequiredService<IOptions<UrgencyBudgetSettings>>().Value));
        services.TryAddSingleton<IRequestCards, RequestCardRenderer>();
        services.TryAddSingleton<CardReaders>();
        services.TryAddSingleton(provider =>
        {
            // Graph writes only where a Graph writer is registered (Graph configured with the app's catalog id).
            var graph = provider.GetService<IGraphWriter>() is not null;
            return new ConversationFeatures
            {
                InstallAppBeforeFirstOffer = graph,
                GroupChatOnAccept = graph && provider.GetRequiredService<IOptions<ConversationOptions>>().Value.GroupChatOnAccept,
            };
        });
        services.TryAddSingleton<RequestConversation>();

        // The dispatcher hands refused offers (blocked bot, not in roster, 404) back to the flow, which moves on.
        services.TryAddSingleton<IUndeliverableOfferHandler>(provider => provider.GetRequiredService<RequestConversation>());

        services.TryAddSingleton<OfferExpiryService>();
        services.AddHostedService(provider => provider.GetRequiredService<OfferExpiryService>());
        return builder;
    }
}
