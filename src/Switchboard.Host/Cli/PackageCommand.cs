using Switchboard.Host.Packaging;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>package</c>: writes the Teams app zip for one installation from the manifest source.
/// Answers the zip's path on stdout; problems with the input go to stderr, one line each, exit code 2.
/// </summary>
internal sealed class PackageCommand : ICliCommand
{
    private const string Usage = """
        usage: Switchboard.Host package --app-id <guid> --bot-id <guid> --host <name> [options]

          --app-id <guid>          Entra app registration client id: the Teams app id and SSO audience
          --bot-id <guid>          the bot's Microsoft App ID (same as --app-id for a single-tenant
                                   registration; the managed identity's client id for a UserAssignedMSI bot)
          --host <name>            public host name serving /api/messages and the Reports tab,
                                   e.g. switchboard.contoso.com
          --version <x.y.z>        app version, raise it for every upload (default 1.0.0)
          --out <file>             zip to write (default switchboard.zip)
          --developer-name <text>  publisher shown in Teams (default Switchboard)
          --website-url <url>      publisher's page (default https://<host>/)
          --privacy-url <url>      privacy statement (default: the website url)
          --terms-url <url>        terms of use (default: the website url)
        """;

    // Option name per input field, so a problem found while checking a value names what to retype.
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        [nameof(TeamsAppPackageInput.AppId)] = "--app-id",
        [nameof(TeamsAppPackageInput.BotId)] = "--bot-id",
        [nameof(TeamsAppPackageInput.HostName)] = "--host",
        [nameof(TeamsAppPackageInput.Version)] = "--version",
        [nameof(TeamsAppPackageInput.DeveloperName)] = "--developer-name",
        [nameof(TeamsAppPackageInput.WebsiteUrl)] = "--website-url",
        [nameof(TeamsAppPackageInput.PrivacyUrl)] = "--privacy-url",
        [nameof(TeamsAppPackageInput.TermsOfUseUrl)] = "--terms-url",
    };

    private static readonly string[] Required = ["--app-id", "--bot-id", "--host"];

    private static readonly HashSet<string> KnownOptions = [.. OptionOf.Values, "--out"];

    public async Task<int> RunAsync(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }

        if (!TryParseOptions(args, out var options, out var parseError))
        {
            return await FailAsync(parseError);
        }

        var missing = Required.Where(option => !options.ContainsKey(option)).ToList();
        if (missing.Count > 0)
        {
            return await FailAsync(missing.Select(option => $"{option} is required").ToArray());
        }

        var input = new TeamsAppPackageInput(
            options["--app-id"],
            options["--bot-id"],
            options["--host"],
            options.GetValueOrDefault("--version", "1.0.0"),
            options.GetValueOrDefault("--developer-name", "Switchboard"),
            options.GetValueOrDefault("--website-url"),
            options.GetValueOrDefault("--privacy-url"),
            options.GetValueOrDefault("--terms-url"));

        var parameters = TeamsAppPackageParameters.Create(input, field => OptionOf[field], out var problems);
        if (parameters is null)
        {
            return await FailAsync([.. problems]);
        }

        var zipPath = options.GetValueOrDefault("--out", "switchboard.zip");
        var packager = new TeamsAppPackager(TeamsAppPackager.DefaultSourceDirectory);
        try
        {
            var files = await packager.WritePackageAsync(parameters, zipPath, CancellationToken.None);
            await Console.Error.WriteLineAsync(
                $"package: {string.Join(", ", files)} for app {parameters.AppId:D}, bot {parameters.BotId:D}, " +
                $"host {parameters.HostName}, version {parameters.Version}");
            await Console.Out.WriteLineAsync(Path.GetFullPath(zipPath));
            return 0;
        }
        catch (TeamsAppPackageException exception)
        {
            await Console.Error.WriteLineAsync($"package: {exception.Message}");
            return 1;
        }
    }

    private static bool TryParseOptions(string[] args, out Dictionary<string, string> options, out string[] error)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (!KnownOptions.Contains(option))
            {
                error = [$"unknown option '{option}' (see package --help)"];
                return false;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = [$"{option} needs a value"];
                return false;
            }

            if (!options.TryAdd(option, args[++i]))
            {
                error = [$"{option} is given twice"];
                return false;
            }
        }

        error = [];
        return true;
    }

    private static async Task<int> FailAsync(params string[] problems)
    {
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync($"package: {problem}");
        }

        return 2;
    }
}
