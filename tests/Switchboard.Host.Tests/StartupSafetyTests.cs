using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Conversations;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests;

/// <summary>Outside Development the host only runs as an authenticated bot limited to named tenants.</summary>
public sealed class StartupSafetyTests
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_ProductionWithoutAppIdOrAllowedTenants_ExitsWithAnErrorNamingBothSettings()
    {
        var (exitCode, stderr) = await RunHostAsync("--environment", "Production");

        Assert.Equal(1, exitCode);
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Switchboard cannot start:", error, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId is empty", error, StringComparison.Ordinal);
        Assert.Contains("Switchboard:Security:AllowedTenants is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithAppIdButNoAllowedTenants_ExitsWithAnErrorNamingTheAllowList()
    {
        var (exitCode, stderr) = await RunHostAsync(
            "--environment", "Production", "--MicrosoftAppId", "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

        Assert.Equal(1, exitCode);
        Assert.Contains("Switchboard:Security:AllowedTenants is empty", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("MicrosoftAppId is empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithAppIdAndAllowedTenant_RunsAndRefusesUnsignedActivities()
    {
        using var data = new TestDataFolder();
        await using var factory = ProductionHost.Create(data);
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");
        using var unsigned = await TeamsActivities.PostAsync(client, TeamsActivities.Message(new Uri("https://smba.invalid/emea/")));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    /// <summary>A Production host configured well enough to start, plus <paramref name="setting"/> and its value.</summary>
    internal static Task<(int ExitCode, string Stderr)> RunProductionHostWithAsync(string setting, string value) => RunHostAsync(
        "--environment", "Production",
        "--MicrosoftAppId", "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "--MicrosoftAppPassword", "not-a-real-secret",
        "--Switchboard:Security:AllowedTenants:0", TeamsActivities.DemoTenant,
        $"--{setting}", value);

    /// <summary>Runs the built host as its own process, with none of the settings this machine may define.</summary>
    internal static async Task<(int ExitCode, string Stderr)> RunHostAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Switchboard.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Should the host start after all, it must not take the developer's port 3978.
        start.ArgumentList.Add("--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0");
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Switchboard", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("_ENVIRONMENT", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        using var host = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var stdout = host.StandardOutput.ReadToEndAsync();
        var stderr = host.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartupTimeout);
        try
        {
            await host.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            host.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host did not exit within {StartupTimeout}; it was expected to refuse to start. Output: {await stdout}");
        }

        await stdout;
        return (host.ExitCode, await stderr);
    }
}
