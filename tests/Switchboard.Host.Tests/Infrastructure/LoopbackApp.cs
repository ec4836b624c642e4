using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>
/// The web app behind each outside service the tests fake on loopback (Bot Connector, Entra ID, the channel's token issuer): an
/// empty builder (no appsettings.json: the host's, copied next to the tests, names port 3978) with Kestrel on 127.0.0.1.
/// </summary>
internal static class LoopbackApp
{
    /// <summary>An app listening on <paramref name="port"/> (0: any free port), over HTTPS with <paramref name="certificate"/> when given.</summary>
    public static WebApplication Create(int port = 0, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Services.AddRoutingCore();
        return builder.Build();
    }

    /// <summary>Answers every request with <paramref name="handle"/>, starts the app and returns the address it listens on.</summary>
    public static async Task<string> StartAsync(WebApplication app, RequestDelegate handle)
    {
        app.Run(handle);
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }
}
