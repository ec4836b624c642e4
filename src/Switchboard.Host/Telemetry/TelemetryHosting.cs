using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Switchboard.Bot.Telemetry;

namespace Switchboard.Host.Telemetry;

/// <summary>Telemetry settings (<c>Switchboard:Telemetry</c>).</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Switchboard:Telemetry";

    /// <summary>Also print traces and metrics on the console; for looking at a local run, not for production.</summary>
    public bool ConsoleExporter { get; set; }
}

internal static class TelemetryHosting
{
    /// <summary>OpenTelemetry traces and metrics for HTTP requests and bot turns.</summary>
    public static WebApplicationBuilder AddSwitchboardTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Exporters are chosen while the container is composed, before any options instance exists, so the
        // setting is read from configuration here, in the composition root.
        var console = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.ConsoleExporter ?? false;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Switchboard"))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(BotTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(options => options.Filter = IsNotProbe);
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(BotTelemetry.MeterName)
                    .AddAspNetCoreInstrumentation();
                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return builder;
    }

    // Orchestrator probes hit the health endpoints every few seconds; tracing them would drown the real traffic.
    private static bool IsNotProbe(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase);
}
