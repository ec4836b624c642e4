namespace Switchboard.Host;

/// <summary>Composition root: one call per layer, so Program.cs stays short.</summary>
internal static class HostingExtensions
{
    public static WebApplicationBuilder AddSwitchboard(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static Task PrepareSwitchboardAsync(this WebApplication app)
    {
        return Task.CompletedTask;
    }

    public static WebApplication MapSwitchboard(this WebApplication app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        return app;
    }
}
