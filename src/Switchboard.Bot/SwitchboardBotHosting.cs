using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Bot.Conversations;
using Switchboard.Bot.Security;
using Switchboard.Bot.Telemetry;
using Switchboard.Domain.Conversations;

namespace Switchboard.Bot;

/// <summary>
/// The bot layer's entry points for the host. The host calls these two methods and never sees a
/// <c>Microsoft.Bot.*</c> type, so replacing the Bot Framework SDK touches this project only.
/// </summary>
public static class SwitchboardBotHosting
{
    /// <summary>The endpoint Teams (through the Bot Connector) posts activities to.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Registers the adapter, the turn pipeline, the bot and the connector gateway (<c>IConversationGateway</c>).
    /// Needs an <c>IConversationAddressBook</c> from the storage layer and the domain's <c>RequestConversation</c>
    /// (the host's conversation layer registers it).
    /// </summary>
    public static IHostApplicationBuilder AddSwitchboardBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<BotCredentialsOptions>()
            .BindConfiguration(string.Empty)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotSecurityOptions>()
            .BindConfiguration(BotSecurityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotSecurityOptions>, BotStartupSafetyValidator>());

        services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<BotGatewayOptions>()
            .BindConfiguration(BotGatewayOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();

        // The SDK reads MicrosoftAppType/MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppTenantId from the
        // configuration root itself; handing it the configuration here is the one place it is seen. Its answer is
        // wrapped so every refused token is logged once and answered 401 (see ChannelAuthentication).
        services.AddHttpContextAccessor();
        services.TryAddSingleton<SecurityEvents>();
        services.TryAddSingleton<RefusalThrottle>();
        services.TryAddSingleton<BotFrameworkAuthentication>(provider => new ChannelAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
                logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            provider.GetRequiredService<SecurityEvents>(),
            provider.GetRequiredService<IHttpContextAccessor>(),
            provider.GetRequiredService<IOptions<BotCredentialsOptions>>(),
            provider.GetRequiredService<IHostEnvironment>()));

        services.TryAddSingleton<TurnTelemetryMiddleware>();
        services.TryAddSingleton<TenantGuardMiddleware>();
        services.TryAddSingleton<SwitchboardAdapter>();
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<SwitchboardAdapter>());
        services.TryAddSingleton<MessagesEndpoint>();

        // Outgoing messages (the outbox dispatcher's side) use the same authentication as the adapter.
        services.TryAddSingleton<IConversationGateway, BotConnectorGateway>();

        // Per request: the bot and what it uses may depend on scoped stores (a DbContext).
        services.TryAddScoped<ConversationAddressRecorder>();
        services.TryAddSingleton<ReportReplies>();
        services.TryAddTransient<IBot, SwitchboardBot>();

        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c> to the adapter, behind the request limits (<c>Switchboard:Limits</c>).</summary>
    public static IEndpointConventionBuilder MapSwitchboardBot(this IEndpointRouteBuilder endpoints)
    {
        // Built now rather than on the first activity: wiring errors surface at startup, and so does the
        // warning when authentication is disabled.
        _ = endpoints.ServiceProvider.GetRequiredService<SwitchboardAdapter>();

        return endpoints
            .MapPost(
                MessagesPath,
                (HttpContext context, [FromServices] MessagesEndpoint endpoint, [FromServices] IBot bot) =>
                    endpoint.HandleAsync(context, bot))
            .WithName("BotMessages");
    }
}
