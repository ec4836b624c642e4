using Switchboard.Host.Cli.Evaluation;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>eval-route SET_FOLDER [SET_FOLDER ...] [--verbose]</c>: measures the routing engine on evaluation sets and prints
/// one summary line per set on stdout (with <c>--verbose</c>, every request's outcome on stderr). Exits 0 when the
/// sets were measured, 3 when any answer put a forbidden person first (absent, disabled, at capacity, off-hours for an
/// urgent request, the requester): that rule holds always, while accuracy is a figure to read.
/// </summary>
internal sealed class EvalRouteCommand(TextWriter output, TextWriter error) : ICliCommand
{
    public EvalRouteCommand()
        : this(Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        var folders = args.Where(a => !string.Equals(a, "--verbose", StringComparison.Ordinal)).ToList();
        if (folders.Count == 0 || folders.Any(f => f.StartsWith("--", StringComparison.Ordinal)))
        {
            await error.WriteLineAsync("eval-route: usage: eval-route SET_FOLDER [SET_FOLDER ...] [--verbose]");
            return 2;
        }

        var forbidden = 0;
        try
        {
            foreach (var folder in folders)
            {
                var result = await RoutingEvaluation.RunAsync(folder, CancellationToken.None);
                if (verbose)
                {
                    foreach (var line in result.Requests.SelectMany(r => r.Report))
                    {
                        await error.WriteLineAsync(line);
                    }
                }

                await output.WriteLineAsync(result.Summary);
                foreach (var violation in result.Forbidden)
                {
                    await output.WriteLineAsync("  FORBIDDEN " + violation);
                }

                forbidden += result.Forbidden.Count;
            }
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"eval-route: {exception.Message}");
            return 1;
        }

        return forbidden == 0 ? 0 : 3;
    }
}
