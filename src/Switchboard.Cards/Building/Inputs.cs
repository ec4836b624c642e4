using System.Globalization;
using System.Text.Json.Nodes;

namespace Switchboard.Cards.Building;

/// <summary>
/// Inputs with a visible label (Teams reads it aloud; the renderer wants one on every required input) and, where the
/// input is required, an error message. Pre-filled values are a person's text: they are cleaned, but an input's value
/// is plain text to Teams, so markdown in it is harmless.
/// </summary>
internal static class Inputs
{
    public static JsonObject Text(
        string id, string label, string? value, int maxLength, bool multiline = false, string? placeholder = null,
        string? requiredMessage = null)
    {
        var input = Base("Input.Text", id, label, requiredMessage);
        input["maxLength"] = maxLength;
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = UntrustedText.Clean(value, maxLength);
        }

        return input;
    }

    public static JsonObject Date(string id, string label, DateOnly? value)
    {
        var input = Base("Input.Date", id, label, requiredMessage: null);
        if (value is { } date)
        {
            input["value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return input;
    }

    public static JsonObject Time(string id, string label, TimeOnly? value)
    {
        var input = Base("Input.Time", id, label, requiredMessage: null);
        if (value is { } time)
        {
            input["value"] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return input;
    }

    public static JsonObject Number(string id, string label, int value, int min, int max, string requiredMessage)
    {
        var input = Base("Input.Number", id, label, requiredMessage);
        input["min"] = min;
        input["max"] = max;
        input["value"] = value;
        return input;
    }

    /// <summary>
    /// A compact (drop-down) choice set: the shape Teams renders best for enums and short lists. Titles that come
    /// from a person (names, topic labels) are cleaned by the caller; Teams shows titles as plain text.
    /// </summary>
    public static JsonObject Choices(
        string id, string label, IEnumerable<(string Title, string Value)> choices, string? value,
        string? requiredMessage = null, bool multiSelect = false)
    {
        var input = Base("Input.ChoiceSet", id, label, requiredMessage);
        input["style"] = "compact";
        if (multiSelect)
        {
            input["isMultiSelect"] = true;
        }

        input["choices"] = AdaptiveCard.ToArray(choices.Select(choice => new JsonObject
        {
            ["title"] = choice.Title,
            ["value"] = choice.Value,
        }));
        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }

    private static JsonObject Base(string type, string id, string label, string? requiredMessage)
    {
        var input = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["label"] = label,
        };
        if (requiredMessage is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = requiredMessage;
        }

        return input;
    }
}
