using System.Globalization;
using System.Text.Json;

namespace Switchboard.Cards.Actions;

/// <summary>
/// Reads the fields of one action's data and keeps the first problem. Each read returns a harmless default once
/// something is wrong, so a parser reads every field in a straight line and checks <see cref="Error"/> once at the end.
/// </summary>
/// <remarks>
/// Two kinds of fields: those the card wrote into the data (request id, version, target index) keep the JSON types
/// the card gave them, so a number must be a number; those from inputs arrive as strings, because Teams sends every
/// input value as a string.
/// </remarks>
internal sealed class FieldReader(JsonElement data)
{
    public CardActionError? Error { get; private set; }

    public string RequiredString(string field, int limit)
    {
        var text = OptionalString(field, limit);
        if (text.Length == 0)
        {
            Fail(CardActionErrorKind.MissingField, field, "required");
        }

        return text;
    }

    /// <summary>The trimmed text, or empty when absent or blank.</summary>
    public string OptionalString(string field, int limit)
    {
        if (Error is not null || !data.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(CardActionErrorKind.WrongType, field, "expected a string");
            return string.Empty;
        }

        var text = value.GetString()!.Trim();
        if (text.Length > limit)
        {
            Fail(CardActionErrorKind.TooLong, field, $"longer than {limit} characters");
            return string.Empty;
        }

        return text;
    }

    /// <summary>A number the card itself wrote into the data.</summary>
    public int CardInt(string field, int min, int max)
    {
        if (Error is not null)
        {
            return 0;
        }

        if (!data.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Fail(CardActionErrorKind.MissingField, field, "required");
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Fail(CardActionErrorKind.WrongType, field, "expected an integer");
            return 0;
        }

        return InRange(field, number, min, max);
    }

    /// <summary>A number from an <c>Input.Number</c>: a string of digits, or a number from clients that send one.</summary>
    public int InputInt(string field, int min, int max)
    {
        if (Error is not null)
        {
            return 0;
        }

        if (!data.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Fail(CardActionErrorKind.MissingField, field, "required");
            return 0;
        }

        int number;
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt32(out number),
            JsonValueKind.String => int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number),
            _ => Unparsed(out number),
        };
        if (!parsed)
        {
            Fail(
                value.ValueKind is JsonValueKind.Number or JsonValueKind.String ? CardActionErrorKind.InvalidValue : CardActionErrorKind.WrongType,
                field,
                "expected a whole number");
            return 0;
        }

        return InRange(field, number, min, max);
    }

    public TEnum Enum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var text = RequiredString(field, CardLimits.Id);
        if (Error is not null)
        {
            return default;
        }

        if (!WireNames.TryRead<TEnum>(text, out var value))
        {
            Fail(CardActionErrorKind.InvalidValue, field, $"expected one of {string.Join(", ", WireNames.All<TEnum>())}");
        }

        return value;
    }

    /// <summary>A yes/no choice set.</summary>
    public bool YesNo(string field)
    {
        var text = RequiredString(field, CardLimits.Id);
        if (Error is not null)
        {
            return false;
        }

        switch (text)
        {
            case YesNoChoice.Yes:
                return true;
            case YesNoChoice.No:
                return false;
            default:
                Fail(CardActionErrorKind.InvalidValue, field, "expected yes or no");
                return false;
        }
    }

    public DateOnly? Date(string field)
    {
        var text = OptionalString(field, CardLimits.Id);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(CardActionErrorKind.InvalidDate, field, "expected a date as yyyy-MM-dd");
        return null;
    }

    public TimeOnly? Time(string field)
    {
        var text = OptionalString(field, CardLimits.Id);
        if (text.Length == 0)
        {
            return null;
        }

        // Clients send HH:mm; some add seconds.
        if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Fail(CardActionErrorKind.InvalidDate, field, "expected a time as HH:mm");
        return null;
    }

    public string Id(string field)
    {
        var id = RequiredString(field, CardLimits.Id);
        CheckIdCharacters(field, id);
        return id;
    }

    public string? OptionalId(string field)
    {
        var id = OptionalString(field, CardLimits.Id);
        CheckIdCharacters(field, id);
        return id.Length == 0 ? null : id;
    }

    /// <summary>A multi-select choice set: Teams sends the chosen values joined by commas.</summary>
    public IReadOnlyList<string> IdList(string field, int maxCount)
    {
        var text = OptionalString(field, (CardLimits.Id + 1) * maxCount);
        var ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length > maxCount)
        {
            Fail(CardActionErrorKind.TooLong, field, $"more than {maxCount} values");
            return [];
        }

        foreach (var id in ids)
        {
            if (id.Length > CardLimits.Id)
            {
                Fail(CardActionErrorKind.TooLong, field, $"a value longer than {CardLimits.Id} characters");
                return [];
            }

            CheckIdCharacters(field, id);
        }

        return Error is null ? ids.Distinct(StringComparer.Ordinal).ToArray() : [];
    }

    public void RequireWhen(bool missing, string field, string detail)
    {
        if (missing)
        {
            Fail(CardActionErrorKind.MissingField, field, detail);
        }
    }

    private int InRange(string field, int number, int min, int max)
    {
        if (number < min || number > max)
        {
            Fail(CardActionErrorKind.InvalidValue, field, $"expected {min} to {max}");
            return 0;
        }

        return number;
    }

    /// <summary>Ids are directory object ids, UPNs or our own request ids: letters, digits and <c>-_.@:</c>, nothing else.</summary>
    private void CheckIdCharacters(string field, string id)
    {
        if (Error is null && !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or ':'))
        {
            Fail(CardActionErrorKind.InvalidValue, field, "an id has letters, digits and - _ . @ : only");
        }
    }

    private static bool Unparsed(out int number)
    {
        number = 0;
        return false;
    }

    private void Fail(CardActionErrorKind kind, string field, string detail) =>
        Error ??= new CardActionError(kind, field, detail);
}

/// <summary>The values of a yes/no choice set.</summary>
internal static class YesNoChoice
{
    public const string Yes = "yes";
    public const string No = "no";
}
