using System.Text.Json;
using Switchboard.Domain.Directory;

namespace Switchboard.Host.DirectoryLoading;

/// <summary>Reads a snapshot file and turns a JSON error into one that names the file, the line and the JSON path.</summary>
internal static class DirectorySnapshotFile
{
    public static async Task<DirectorySnapshot> ReadAsync(Stream stream, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await SnapshotJson.ReadAsync(stream, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new DirectorySnapshotFileException(path, exception);
        }
    }
}

/// <summary>A snapshot file that is not valid JSON or not in the contract's shape.</summary>
internal sealed class DirectorySnapshotFileException : Exception
{
    public DirectorySnapshotFileException(string path, JsonException inner)
        : base(Describe(path, inner), inner)
    {
        FilePath = path;
        Line = inner.LineNumber + 1;
        JsonPath = inner.Path;
    }

    public DirectorySnapshotFileException()
    {
    }

    public DirectorySnapshotFileException(string message)
        : base(message)
    {
    }

    public DirectorySnapshotFileException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public string? FilePath { get; }

    /// <summary>One-based line of the error, when the reader knew it.</summary>
    public long? Line { get; }

    public string? JsonPath { get; }

    private static string Describe(string path, JsonException inner)
    {
        var where = inner.LineNumber is { } line
            ? $"line {line + 1}, column {inner.BytePositionInLine.GetValueOrDefault() + 1}"
            : "unknown line";
        var at = string.IsNullOrEmpty(inner.Path) ? "" : $" ({inner.Path})";
        return $"{path}: {where}{at}: {Reason(inner)}";
    }

    // System.Text.Json appends "Path: ... | LineNumber: ..." to its messages; the location is already given above.
    private static string Reason(JsonException inner)
    {
        var message = inner.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }
}
