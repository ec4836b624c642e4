using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Domain.Routing;

/// <summary>
/// Reasons as stored: a coded reason is a JSON object (its code by name, its values), a plain sentence is a JSON string.
/// Requests recorded before reasons had codes hold strings only, and read back as <see cref="ReasonCode.Verbatim"/>.
/// </summary>
public sealed class ReasonListJsonConverter : JsonConverter<IReadOnlyList<RoutingReason>>
{
    public override IReadOnlyList<RoutingReason> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Reasons must be a JSON array, not {reader.TokenType}.");
        }

        var reasons = new List<RoutingReason>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reasons.Add(reader.TokenType == JsonTokenType.String
                ? RoutingReason.Verbatim(reader.GetString() ?? string.Empty)
                : JsonSerializer.Deserialize<RoutingReason>(ref reader, options) ?? throw new JsonException("A stored reason is null."));
        }

        return reasons;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<RoutingReason> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var reason in value)
        {
            if (reason.Code == ReasonCode.Verbatim)
            {
                writer.WriteStringValue(reason.Text);
            }
            else
            {
                JsonSerializer.Serialize(writer, reason, options);
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>Reasons and topic labels inside a request event's data, whose values are strings: JSON text.</summary>
public static class ReasonJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ReasonListJsonConverter() },
    };

    public static string Serialize(IReadOnlyList<RoutingReason> reasons) => JsonSerializer.Serialize(reasons, Options);

    public static string Serialize(IReadOnlyList<VocabularyLabel> labels) => JsonSerializer.Serialize(labels, Options);

    public static IReadOnlyList<RoutingReason> DeserializeReasons(string json) =>
        JsonSerializer.Deserialize<IReadOnlyList<RoutingReason>>(json, Options) ?? [];

    public static IReadOnlyList<VocabularyLabel> DeserializeLabels(string json) =>
        JsonSerializer.Deserialize<IReadOnlyList<VocabularyLabel>>(json, Options) ?? [];
}
