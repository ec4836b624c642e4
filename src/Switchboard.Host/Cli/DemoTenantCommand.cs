using System.Globalization;
using Switchboard.DemoCompany;
using Switchboard.Domain.Directory;
using DemoTenant = Switchboard.DemoCompany.DemoCompany;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>demo-tenant [--out tenant.json] [--at 2026-11-24T09:30:00Z]</c>: writes the demo company in the routing
/// contract's format, so people can try <c>route</c> on a realistic tenant. Without <c>--out</c> the snapshot goes to stdout;
/// <c>--at</c> pins the clock that out-of-office windows and presence are placed around, for reproducible files.
/// </summary>
internal sealed class DemoTenantCommand : ICliCommand
{
    private const string Usage = "usage: demo-tenant [--out <file.json>] [--at <ISO-8601 date and time>]";

    private readonly TimeProvider _timeProvider;
    private readonly Func<Stream> _openStandardOutput;
    private readonly TextWriter _error;

    public DemoTenantCommand()
        : this(TimeProvider.System, Console.OpenStandardOutput, Console.Error)
    {
    }

    internal DemoTenantCommand(TimeProvider timeProvider, Func<Stream> openStandardOutput, TextWriter error)
    {
        _timeProvider = timeProvider;
        _openStandardOutput = openStandardOutput;
        _error = error;
    }

    public async Task<int> RunAsync(string[] args)
    {
        string? output = null;
        DateTimeOffset? at = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--at" when i + 1 < args.Length:
                    if (!DateTimeOffset.TryParse(args[++i], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        return await FailAsync($"demo-tenant: --at '{args[i]}' is not an ISO-8601 date and time.");
                    }

                    at = parsed;
                    break;
                default:
                    return await FailAsync($"demo-tenant: unexpected argument '{args[i]}'. {Usage}");
            }
        }

        var snapshot = DemoCompanyGenerator.Generate(at ?? _timeProvider.GetUtcNow());
        if (output is null)
        {
            await using var stdout = _openStandardOutput();
            await SnapshotJson.WriteAsync(stdout, snapshot, CancellationToken.None);
            return 0;
        }

        try
        {
            await WriteWholeFileAsync(output, snapshot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return await FailAsync($"demo-tenant: cannot write '{output}': {exception.Message}", exitCode: 1);
        }

        await _error.WriteLineAsync(
            $"Wrote {DemoTenant.Name} ({snapshot.Users.Count} users, {snapshot.Groups.Count} groups, tenant {DemoTenant.TenantId}) to {output}.");
        return 0;
    }

    /// <summary>Writes beside the target then renames, so a failed run never leaves a truncated tenant that looks complete.</summary>
    private static async Task WriteWholeFileAsync(string path, DirectorySnapshot snapshot)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = fullPath + ".partial";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true))
            {
                await SnapshotJson.WriteAsync(file, snapshot, CancellationToken.None);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>One line on stderr; exit code 2 for a wrong command line, 1 when the file cannot be written.</summary>
    private async Task<int> FailAsync(string message, int exitCode = 2)
    {
        await _error.WriteLineAsync(message);
        return exitCode;
    }
}
