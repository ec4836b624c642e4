using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Host.Packaging;

/// <summary>A bot command as Teams shows it in the command menu of the given scopes.</summary>
/// <param name="Title">The text Teams sends when the command is picked, in the manifest's default language.</param>
/// <param name="Scopes">Where the command is offered: personal, team, groupChat.</param>
/// <param name="TranslatedTitles">The title per additional language tag; Teams sends this text when a user of that language picks the command, so the bot must know them too.</param>
internal sealed record ManifestCommand(
    string Title,
    IReadOnlyList<string> Scopes,
    IReadOnlyDictionary<string, string> TranslatedTitles);

/// <summary>
/// The bot commands the Teams manifest advertises, read from the manifest source at run time so that
/// a test can prove the bot handles every command a user can pick, in every language, and the two
/// never drift apart.
/// </summary>
internal static class ManifestCommands
{
    private static readonly Lazy<IReadOnlyList<ManifestCommand>> FromOutput =
        new(() => Load(TeamsAppPackager.DefaultSourceDirectory));

    /// <summary>The commands of the manifest copied beside the host, one entry per command list and position.</summary>
    public static IReadOnlyList<ManifestCommand> All => FromOutput.Value;

    /// <summary>Every distinct command text a user can send from a command menu, in every language.</summary>
    public static IReadOnlyList<string> Names =>
        All.SelectMany(command => command.TranslatedTitles.Values.Prepend(command.Title))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads the commands from the template and the localisation files in <paramref name="sourceDirectory"/>.</summary>
    public static IReadOnlyList<ManifestCommand> Load(string sourceDirectory)
    {
        var template = ReadObject(Path.Combine(sourceDirectory, TeamsAppPackager.TemplateFileName));

        var translations = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var language in template["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var tag = language!["languageTag"]!.GetValue<string>();
            translations[tag] = ReadObject(Path.Combine(sourceDirectory, language["file"]!.GetValue<string>()));
        }

        var commands = new List<ManifestCommand>();
        var bots = template["bots"]?.AsArray() ?? [];
        for (var b = 0; b < bots.Count; b++)
        {
            var lists = bots[b]!["commandLists"]?.AsArray() ?? [];
            for (var l = 0; l < lists.Count; l++)
            {
                var scopes = lists[l]!["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()).ToList();
                var items = lists[l]!["commands"]!.AsArray();
                for (var c = 0; c < items.Count; c++)
                {
                    var key = $"bots[{b}].commandLists[{l}].commands[{c}].title";
                    var translated = translations
                        .Where(language => language.Value[key] is not null)
                        .ToDictionary(language => language.Key, language => language.Value[key]!.GetValue<string>(), StringComparer.Ordinal);
                    commands.Add(new ManifestCommand(items[c]!["title"]!.GetValue<string>(), scopes, translated));
                }
            }
        }

        return commands;
    }

    private static JsonObject ReadObject(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                   ?? throw new TeamsAppPackageException($"{path} does not hold a JSON object");
        }
        catch (JsonException exception)
        {
            throw new TeamsAppPackageException($"{path} is not valid JSON: {exception.Message}", exception);
        }
        catch (FileNotFoundException exception)
        {
            throw new TeamsAppPackageException($"{path} is missing; is the manifest folder copied to the output?", exception);
        }
    }
}
