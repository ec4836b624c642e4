using System.Globalization;
using System.Text.Json;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;

namespace Switchboard.Host.Cli;

/// <summary>A request line of <c>requests.jsonl</c>, validated.</summary>
internal sealed record RequestLine(string Id, RoutingRequest Request);

/// <summary>
/// Reads the contract's input files and turns every defect into an <see cref="InputException"/> whose message is
/// <c>file:line: field 'x': what was expected</c>, so a user can fix the file without reading a stack trace.
/// </summary>
internal static class RouteInputReader
{
    private static readonly JsonSerializerOptions WorkloadOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
    };

    public static async Task<DirectorySnapshot> ReadTenantAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        try
        {
            return await SnapshotJson.ReadAsync(stream, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw FromJson(path, exception);
        }
    }

    public static async Task<IWorkload> ReadWorkloadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        WorkloadFile? file;
        try
        {
            file = await JsonSerializer.DeserializeAsync<WorkloadFile>(stream, WorkloadOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw FromJson(path, exception);
        }

        var loads = new List<ExpertLoad>();
        var experts = file?.Experts ?? [];
        for (var i = 0; i < experts.Count; i++)
        {
            var expert = experts[i];
            if (string.IsNullOrWhiteSpace(expert?.Id))
            {
                throw new InputException($"{Path.GetFileName(path)}: field 'experts[{i}].id': expected a user id");
            }

            if (expert.OpenRequests < 0 || expert.Capacity < 0)
            {
                throw new InputException($"{Path.GetFileName(path)}: field 'experts[{i}]': openRequests and capacity cannot be negative");
            }

            loads.Add(new ExpertLoad(expert.Id, expert.OpenRequests ?? 0, expert.Capacity));
        }

        return new InMemoryWorkload(loads);
    }

    public static async Task<IReadOnlyList<RequestLine>> ReadRequestsAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        using var reader = new StreamReader(Open(path));
        var requests = new List<RequestLine>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            requests.Add(ParseRequest(line, $"{name}:{lineNumber}"));
        }

        return requests;
    }

    internal static RequestLine ParseRequest(string line, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new InputException($"{where}: invalid JSON ({FirstSentence(exception.Message)})", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{where}: expected a JSON object");
            }

            var id = RequiredString(root, "id", where);
            var requester = RequiredString(root, "requester", where);
            var text = RequiredString(root, "text", where);
            var urgency = OptionalEnum(root, "urgency", where, Urgency.Normal, "low|normal|high|critical");
            var impact = OptionalEnum(root, "impact", where, Impact.Individual, "individual|team|department|company");
            var atText = RequiredString(root, "at", where);
            if (!DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) || !HasOffset(atText))
            {
                throw new InputException($"{where}: field 'at': expected an ISO-8601 date and time with offset, got '{atText}'");
            }

            return new RequestLine(id, new RoutingRequest(requester, text, urgency, impact, at));
        }
    }

    private static string RequiredString(JsonElement root, string field, string where)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new InputException($"{where}: field '{field}': missing");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new InputException($"{where}: field '{field}': expected a non-empty string");
        }

        return value.GetString()!;
    }

    private static T OptionalEnum<T>(JsonElement root, string field, string where, T fallback, string expected)
        where T : struct, Enum
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            && !text.Any(char.IsDigit) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        throw new InputException($"{where}: field '{field}': expected {expected}");
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static FileStream Open(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{path}: file not found", exception);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new InputException($"{path}: cannot be read ({exception.Message})", exception);
        }
    }

    private static InputException FromJson(string path, JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var field = exception.Path is { Length: > 1 } jsonPath ? jsonPath.TrimStart('$', '.') : null;
        var what = exception.Message.Contains("missing required properties", StringComparison.Ordinal)
            ? "missing a required field"
            : FirstSentence(exception.Message);
        return new InputException(field is null
            ? $"{Path.GetFileName(path)}:{line}: {what}"
            : $"{Path.GetFileName(path)}:{line}: field '{field}': {what}", exception);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var sentence = (cut > 0 ? message[..cut] : message).Trim();
        return sentence.Replace(Environment.NewLine, " ", StringComparison.Ordinal);
    }

    private sealed record WorkloadFile(IReadOnlyList<WorkloadExpert>? Experts);

    private sealed record WorkloadExpert(string? Id, int? OpenRequests, int? Capacity);
}
