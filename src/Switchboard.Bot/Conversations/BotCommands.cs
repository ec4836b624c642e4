using System.Globalization;
using System.Text.RegularExpressions;

namespace Switchboard.Bot.Conversations;

/// <summary>What a typed message asks for.</summary>
internal enum BotCommandKind
{
    /// <summary>No command: the message itself is a request.</summary>
    Request,
    Ask,
    Help,
    Status,
    MyRequests,
    Focus,
    Settings,
    Report,
}

/// <summary>A parsed command and the text after it (the request for <c>ask</c>, the duration for <c>focus</c>).</summary>
internal sealed record BotCommand(BotCommandKind Kind, string Argument);

/// <summary>
/// Recognises the commands of the Teams manifest in English and French (Teams sends the title of the command a user
/// picks, in the user's language) and a few natural variants. A test compares this list with the manifest.
/// </summary>
internal static partial class BotCommands
{
    /// <summary>Command words, longest first so that "my requests" wins over a request starting with "my".</summary>
    private static readonly (string Word, BotCommandKind Kind)[] Words =
    [
        ("my requests", BotCommandKind.MyRequests),
        ("mes demandes", BotCommandKind.MyRequests),
        ("concentration", BotCommandKind.Focus),
        ("paramètres", BotCommandKind.Settings),
        ("parametres", BotCommandKind.Settings),
        ("settings", BotCommandKind.Settings),
        ("demander", BotCommandKind.Ask),
        ("rapport", BotCommandKind.Report),
        ("report", BotCommandKind.Report),
        ("statut", BotCommandKind.Status),
        ("status", BotCommandKind.Status),
        ("focus", BotCommandKind.Focus),
        ("help", BotCommandKind.Help),
        ("aide", BotCommandKind.Help),
        ("ask", BotCommandKind.Ask),
    ];

    /// <summary>Every command word recognised, for the test that holds them against the manifest.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Words.Select(w => w.Word)];

    public static BotCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var (word, kind) in Words)
        {
            if (trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == word.Length || char.IsWhiteSpace(trimmed[word.Length]) || trimmed[word.Length] is ':' or ','))
            {
                var rest = trimmed[word.Length..].TrimStart(':', ',', ' ', '\t', '\n', '\r').Trim();

                // "status of my laptop order" is a request, not the command: only argument-taking commands take text.
                if (rest.Length > 0 && kind is not (BotCommandKind.Ask or BotCommandKind.Focus))
                {
                    return new BotCommand(BotCommandKind.Request, trimmed);
                }

                return new BotCommand(kind, rest);
            }
        }

        return new BotCommand(BotCommandKind.Request, trimmed);
    }

    /// <summary>A focus duration such as <c>2h</c>, <c>90m</c>, <c>1h30</c> or <c>45 min</c>; null when there is none or it is not one.</summary>
    public static TimeSpan? Duration(string argument)
    {
        var match = DurationPattern().Match(argument.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var duration = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);

        // Focus is for hours, not weeks: a longer absence is what the delegate setting is for.
        return duration > TimeSpan.Zero && duration <= TimeSpan.FromHours(24) ? duration : null;
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,2})\s*h(?:ours?|eures?)?\s*(?<m>\d{1,2})?|(?<m>\d{1,4})\s*m(?:in(?:utes?)?)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex DurationPattern();
}
