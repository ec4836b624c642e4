using System.Text;

namespace Switchboard.Bot.Telemetry;

/// <summary>
/// Makes a value taken from an incoming activity safe to put in a log or a span: bounded in length and free of
/// control characters, so a hostile sender can neither flood the logs nor forge log lines.
/// </summary>
internal static class UntrustedText
{
    private const int MaxLength = 64;

    public static string ForLog(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(none)";
        }

        var length = Math.Min(value.Length, MaxLength);
        var text = new StringBuilder(length + 1);
        foreach (var character in value.AsSpan(0, length))
        {
            text.Append(char.IsControl(character) ? '?' : character);
        }

        if (value.Length > MaxLength)
        {
            text.Append('…');
        }

        return text.ToString();
    }
}
