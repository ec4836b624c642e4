using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Domain.Directory;

/// <summary>
/// Reads and writes <see cref="DirectorySnapshot"/> in the contract's format (Graph's JSON property names).
/// Unknown properties are ignored so that raw Graph exports load as they are.
/// </summary>
public static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static async Task<DirectorySnapshot> ReadAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        var snapshot = await JsonSerializer.DeserializeAsync<DirectorySnapshot>(utf8Json, Options, cancellationToken);
        return snapshot ?? throw new JsonException("The snapshot is empty (JSON null).");
    }

    public static Task WriteAsync(Stream utf8Json, DirectorySnapshot snapshot, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(utf8Json, snapshot, Options, cancellationToken);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectRequiredConstructorParameters = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
