using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Switchboard.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Switchboard.Host.Tests;

/// <summary>
/// The README's run command, as a real process started from another folder than the host's (dotnet run keeps the
/// user's folder as working directory): it must still find its own settings, listen, and answer a Teams message.
/// </summary>
public sealed class RunCommandTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_DevelopmentFromAnotherFolder_LoadsItsSettingsAndRepliesToATeamsMessage()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using var data = new TestDataFolder();
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = data.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Switchboard.Host.dll"), "--environment", "Development",
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{port}", $"--Switchboard:Storage:DataFolder={data.Path}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("Switchboard", StringComparison.OrdinalIgnoreCase) || n.EndsWith("_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var host = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var stdout = host.StandardOutput.ReadToEndAsync();
        var stderr = host.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(client, host);

            // Only appsettings.Development.json allows the demo tenant: a reply proves the host read its own settings.
            // The first turn of a process pays for loading the SDK; the timing is for a running host, as Teams sees it.
            using (var warmUp = await TeamsActivities.PostAsync(client, TeamsActivities.Message(connector.ServiceUrl, text: "help")))
            {
                Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
            }

            var message = TeamsActivities.Message(connector.ServiceUrl);
            var sent = Stopwatch.StartNew();
            using var response = await TeamsActivities.PostAsync(client, message);

            // A question starts a request: its card leaves through the outbox, so wait for it rather than for the POST.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            while (connector.CallsFor(TeamsActivities.ConversationId(message)).Count == 0 && sent.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(20);
            }

            // The one-second bound is asserted in-process (BotEndpointTests); a child process on a CI machine that runs
            // every test project at once only has to answer, and the time is reported.
            var reply = Assert.Single(connector.CallsFor(TeamsActivities.ConversationId(message)));
            output.WriteLine($"reply after {sent.Elapsed.TotalMilliseconds:F0} ms");
            Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body, StringComparison.Ordinal);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            await Task.WhenAll(stdout, stderr);
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, Process host)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {host.ExitCode}: {await host.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var ready = await client.GetAsync("/readyz");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host was not ready within {StartTimeout}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
