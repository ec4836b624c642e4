using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Switchboard.Bot;
using Switchboard.Host.Telemetry;
using Switchboard.Graph;
using Switchboard.Host.DirectoryLoading;
using Switchboard.Storage;

namespace Switchboard.Host;

/// <summary>Composition root: one call per layer, so Program.cs stays short.</summary>
internal static class HostingExtensions
{
    /// <summary>Health checks carrying this tag must pass before the host takes traffic (<c>/readyz</c>).</summary>
    /// <remarks>The storage layer tags its check with this same constant, so a renamed tag cannot drop the database from readiness.</remarks>
    public const string ReadyTag = StorageHostingExtensions.ReadyTag;

    public static WebApplicationBuilder AddSwitchboard(this WebApplicationBuilder builder)
    {
        builder.AddDevelopmentClock();
        builder.Services.AddHealthChecks();
        builder.AddSwitchboardTelemetry();
        builder.AddSwitchboardBot();

        builder.AddSwitchboardStorage();
        builder.AddSwitchboardRecord();
        builder.AddSwitchboardDirectory();
        builder.AddSwitchboardConversations();
        builder.AddSwitchboardDispatch();
        builder.AddSwitchboardReports();
        builder.AddSwitchboardTab();
        if (GraphHostingExtensions.IsGraphConfigured(builder.Configuration))
        {
            // With credentials, Microsoft Graph replaces the demo company; its own service syncs at start and on a schedule.
            builder.AddSwitchboardGraph();
            builder.Services.AddDirectorySource<GraphDirectorySource>(DirectorySourcePriority.Graph, _ => true, loadsItself: true);
        }

        return builder;
    }

    public static async Task PrepareSwitchboardAsync(this WebApplication app)
    {
        // Settings are checked before anything touches the database, so a misconfigured production host stops
        // here with the names of the missing settings (Program.cs turns this into a one-line error).
        app.Services.GetService<IStartupValidator>()?.Validate();

        await app.Services.MigrateSwitchboardDatabaseAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapSwitchboard(this WebApplication app)
    {
        // Liveness runs no check: it answers as long as the process serves requests.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapSwitchboardBot();
        app.MapSwitchboardTab();
        return app;
    }
}
