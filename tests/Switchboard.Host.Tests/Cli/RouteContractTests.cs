using System.Diagnostics;
using System.Text.Json;

namespace Switchboard.Host.Tests.Cli;

/// <summary>
/// The routing contract's exact invocation: <c>dotnet run --project src/Switchboard.Host -- route</c> with paths
/// relative to where it is typed, and stdout holding answers only (no launch-profile banner, no build chatter).
/// </summary>
public sealed class RouteContractTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task DotnetRunRoute_RelativePathsFromAnotherFolder_WritesOnlyAnswerLinesOnStdout()
    {
        var folder = Directory.CreateTempSubdirectory("switchboard-route-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "tenant.json"), """
                { "tenantId": "11111111-1111-4111-8111-111111111111", "users": [
                  { "id": "u1", "displayName": "Ada", "accountEnabled": true, "skills": ["Kubernetes"] },
                  { "id": "u2", "displayName": "Bob", "accountEnabled": true } ], "groups": [] }
                """);
            await File.WriteAllTextAsync(Path.Combine(folder, "requests.jsonl"),
                """{"id":"r1","requester":"u2","text":"who knows k8s?","urgency":"normal","impact":"team","at":"2026-12-01T10:00:00+01:00"}""" + "\n");

            var (exit, stdout, stderr) = await RunAsync(folder, "route", "--tenant", "tenant.json", "--requests", "requests.jsonl");

            Assert.True(exit == 0, $"exit {exit}: {stderr}");
            var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var answer = JsonDocument.Parse(line);
            Assert.Equal("r1", answer.RootElement.GetProperty("id").GetString());
            Assert.Equal("u1", answer.RootElement.GetProperty("targets")[0].GetProperty("id").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Switchboard.Host");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--project", project, "--no-build", "-c", configuration, "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet run did not finish within {Timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
