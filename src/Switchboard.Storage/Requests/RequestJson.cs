using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Storage.Requests;

/// <summary>
/// How snapshots and event data are written to their JSON columns: camel case and enums by name, so that a row
/// read at a psql prompt says <c>"urgency":"High"</c>, and reordering an enum cannot change what old rows mean.
/// </summary>
internal static class RequestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
