using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Switchboard.Load;

/// <summary>
/// The real host as a child process (<c>dotnet Switchboard.Host.dll</c> from the tool's folder), configured by
/// environment variables only, so the host and the <c>audit</c> command it also runs read the same settings. Its
/// console log goes to a file; the log's event ids the run reports on are counted as lines arrive.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly TextWriter _log;
    private readonly Task _pump;
    private readonly Dictionary<int, long> _events = [];
    private readonly Lock _eventsGate = new();

    private HostProcess(Process process, TextWriter log)
    {
        _process = process;
        _log = log;
        _pump = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public static string HostAssembly => Path.Combine(AppContext.BaseDirectory, "Switchboard.Host.dll");

    /// <summary>Starts the host listening on <paramref name="url"/> and waits until <c>/readyz</c> answers 200.</summary>
    public static async Task<HostProcess> StartAsync(Uri url, IReadOnlyDictionary<string, string> settings, string logPath, CancellationToken cancellationToken)
    {
        var start = StartInfo(settings, []);
        start.Environment["Kestrel__Endpoints__Http__Url"] = url.ToString().TrimEnd('/');
        // Two pumps (stdout, stderr) write to it at once.
        var log = TextWriter.Synchronized(new StreamWriter(logPath, append: true) { AutoFlush = true });
        await log.WriteLineAsync($"===== host started {DateTimeOffset.UtcNow:O}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var host = new HostProcess(process, log);

        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                await host.DisposeAsync();
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready; see {logPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but busy migrating or loading the directory.
            }

            if (waited.Elapsed > StartTimeout)
            {
                await host.DisposeAsync();
                throw new TimeoutException($"The host was not ready after {StartTimeout.TotalSeconds:F0} s; see {logPath}.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Runs a one-shot host command (<c>audit verify</c>) with the same settings; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, string[] command, CancellationToken cancellationToken)
    {
        var start = StartInfo(settings, command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The host command did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, ((await stdout) + (await stderr)).Trim());
    }

    /// <summary>How many log lines carried this event id (the console logger writes <c>Category[id]</c>).</summary>
    public long EventCount(int eventId)
    {
        lock (_eventsGate)
        {
            return _events.GetValueOrDefault(eventId);
        }
    }

    /// <summary>
    /// Stops the host as an orchestrator would: SIGTERM, so in-flight turns finish and the dispatcher stops between
    /// sends; a host still running after a minute is killed.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            // No SIGTERM on Windows: the run still restarts, as a crash.
            _process.Kill(entireProcessTree: true);
        }
        else
        {
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (signal is not null)
            {
                await signal.WaitForExitAsync();
            }
        }

        using var patience = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _pump;
        await _log.WriteLineAsync($"===== host exited {DateTimeOffset.UtcNow:O} with code {_process.ExitCode}");
        await _log.DisposeAsync();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, string[] command)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly);
        foreach (var part in command)
        {
            start.ArgumentList.Add(part);
        }

        // The caller's own Switchboard settings and environment name must not leak into the run.
        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("Switchboard", StringComparison.OrdinalIgnoreCase) || n.EndsWith("_ENVIRONMENT", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Kestrel", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            var match = EventIdPattern().Match(line);
            if (match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                lock (_eventsGate)
                {
                    _events[id] = _events.GetValueOrDefault(id) + 1;
                }
            }

            await _log.WriteLineAsync(line);
        }
    }

    [GeneratedRegex(@"^\s*(?:trce|dbug|info|warn|fail|crit): [^\[]+\[(\d+)\]")]
    private static partial Regex EventIdPattern();
}
