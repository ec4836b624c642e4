using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>The real host in Production with the least settings it accepts: an app id with a secret and one allowed tenant.</summary>
internal static class ProductionHost
{
    public const string AppId = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    public static WebApplicationFactory<Program> Create(TestDataFolder data) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("MicrosoftAppId", AppId);
            builder.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
            builder.UseSetting("Switchboard:Security:AllowedTenants:0", TeamsActivities.DemoTenant);
            builder.UseSetting("Switchboard:Storage:DataFolder", data.Path);
        });
}
