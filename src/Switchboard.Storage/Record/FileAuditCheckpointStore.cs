using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Record;

namespace Switchboard.Storage.Record;

/// <summary>
/// Checkpoints as lines appended to a text file, <c>&lt;sequence&gt; &lt;hash&gt; &lt;time&gt;</c> with the time in
/// ISO 8601 UTC. Append-only by habit: nothing here ever rewrites the file, and it can be shipped or made
/// append-only (<c>chattr +a</c>) by the operator.
/// </summary>
internal sealed class FileAuditCheckpointStore(string path) : IAuditCheckpointStore
{
    public const string DefaultFileName = "audit-checkpoints.log";

    public FileAuditCheckpointStore(IOptions<StorageOptions> storage, IOptions<RecordOptions> record)
        : this(ResolvePath(storage.Value, record.Value))
    {
    }

    public string Path { get; } = path;

    public static string ResolvePath(StorageOptions storage, RecordOptions record) =>
        string.IsNullOrWhiteSpace(record.CheckpointFile)
            ? System.IO.Path.Combine(storage.DataFolder, DefaultFileName)
            : System.IO.Path.GetFullPath(record.CheckpointFile);

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{checkpoint.Sequence} {checkpoint.Hash} {checkpoint.At.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\n");
        await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        await file.WriteAsync(Encoding.ASCII.GetBytes(line), cancellationToken);
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
    }

    public async Task<AuditCheckpoint?> ReadLastAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var lines = await File.ReadAllLinesAsync(Path, Encoding.ASCII, cancellationToken);
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].Length > 0)
            {
                return Parse(lines[i], i + 1);
            }
        }

        return null;
    }

    private AuditCheckpoint Parse(string line, int number)
    {
        var parts = line.Split(' ');
        if (parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && parts[1].Length == 64 && parts[1].All(char.IsAsciiHexDigitLower)
            && DateTimeOffset.TryParseExact(parts[2], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return new AuditCheckpoint(sequence, parts[1], at);
        }

        throw new InvalidDataException($"{Path}, line {number}: expected '<sequence> <hash> <time>'.");
    }
}

/// <summary>
/// The pseudonym key: <see cref="RecordOptions.PseudonymKey"/> when set, otherwise a random key generated on first
/// use and kept in <c>audit-pseudonym.key</c> in the data folder (created exclusively, so two processes starting
/// together end up with the same key).
/// </summary>
internal static class PseudonymKeyFile
{
    public const string FileName = "audit-pseudonym.key";

    public static AuditPseudonyms Load(StorageOptions storage, RecordOptions record)
    {
        if (!string.IsNullOrWhiteSpace(record.PseudonymKey))
        {
            return new AuditPseudonyms(Convert.FromBase64String(record.PseudonymKey));
        }

        Directory.CreateDirectory(storage.DataFolder);
        var path = System.IO.Path.Combine(storage.DataFolder, FileName);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditPseudonyms.MinimumKeyBytes);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            file.Flush(flushToDisk: true);
            return new AuditPseudonyms(key);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first (or an earlier run did): use theirs.
            return new AuditPseudonyms(Convert.FromBase64String(File.ReadAllText(path, Encoding.ASCII).Trim()));
        }
    }
}
