using System.Globalization;
using Switchboard.Domain.Record;

namespace Switchboard.Host.Cli;

/// <summary>
/// <c>audit verify</c>: walks the whole chain against the last checkpoint and prints <c>OK</c> with the head (exit 0)
/// or the first broken entry and why (exit 1). <c>audit checkpoint</c>: writes a checkpoint of the head now.
/// </summary>
internal sealed class AuditCommand(RecordCommandHost environment, TextWriter output, TextWriter error) : ICliCommand
{
    private const string Usage = "audit: usage: audit verify | audit checkpoint";

    public AuditCommand()
        : this(RecordCommandHost.Default, Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        if (args is not ["verify"] and not ["checkpoint"])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var host = await environment.StartAsync(CancellationToken.None);
        var writer = host.Services.GetRequiredService<AuditCheckpointWriter>();
        if (args[0] == "checkpoint")
        {
            var checkpoint = await writer.WriteAsync(CancellationToken.None);
            await output.WriteLineAsync(checkpoint is null
                ? "no checkpoint written: the chain is empty or has not moved since the last one"
                : string.Create(CultureInfo.InvariantCulture, $"checkpoint {checkpoint.Sequence} {checkpoint.Hash}"));
            return 0;
        }

        var result = await writer.VerifyAsync(CancellationToken.None);
        if (result.Intact)
        {
            await output.WriteLineAsync(result.Head is { } head
                ? string.Create(CultureInfo.InvariantCulture, $"OK: {result.EntriesChecked} entries, head {head.Sequence} {head.Hash}")
                : "OK: the chain is empty");
            return 0;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"BROKEN at entry {result.BrokenSequence} ({result.Break}): {result.Reason}"));
        return 1;
    }
}
