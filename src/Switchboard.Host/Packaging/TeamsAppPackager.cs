using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Switchboard.Host.Packaging;

/// <summary>
/// Writes the Teams app package (the zip an administrator uploads) from the manifest source in
/// <c>manifest/</c>: fills the template's per-installation placeholders and adds the files the
/// manifest names (icons, localisation files) at the root of the zip, where Teams looks for them.
/// </summary>
internal sealed partial class TeamsAppPackager
{
    public const string TemplateFileName = "manifest.template.json";
    public const string ManifestFileName = "manifest.json";

    // Every entry gets this date so that the same source and parameters give the same bytes: a zip
    // that changed is a package whose content changed.
    private static readonly DateTimeOffset EntryTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        // The manifest is read by Teams, not embedded in HTML: keep accents and punctuation readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _sourceDirectory;

    public TeamsAppPackager(string sourceDirectory)
    {
        _sourceDirectory = sourceDirectory;
    }

    /// <summary>The manifest source copied beside the host's binaries (see Switchboard.Host.csproj).</summary>
    public static string DefaultSourceDirectory => Path.Combine(AppContext.BaseDirectory, "manifest");

    /// <summary>Writes the package to <paramref name="zipPath"/>, replacing any file there only once complete.</summary>
    /// <returns>The names of the files in the package, in zip order.</returns>
    public async Task<IReadOnlyList<string>> WritePackageAsync(
        TeamsAppPackageParameters parameters, string zipPath, CancellationToken cancellationToken)
    {
        var manifest = await FillTemplateAsync(parameters, cancellationToken);
        var files = FilesNamedBy(manifest);
        foreach (var file in files)
        {
            if (!File.Exists(Path.Combine(_sourceDirectory, file)))
            {
                throw new TeamsAppPackageException(
                    $"{TemplateFileName} names '{file}', which is not in {_sourceDirectory}");
            }
        }

        var fullZipPath = Path.GetFullPath(zipPath);
        var directory = Path.GetDirectoryName(fullZipPath)!;
        if (!Directory.Exists(directory))
        {
            throw new TeamsAppPackageException($"the folder {directory} does not exist");
        }

        // Written beside the target and moved into place, so an interrupted run never leaves a
        // half-written zip under the name an administrator would upload.
        var partial = Path.Combine(directory, $".{Path.GetFileName(fullZipPath)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var manifestEntry = zip.CreateEntry(ManifestFileName, CompressionLevel.Optimal);
                manifestEntry.LastWriteTime = EntryTimestamp;
                await using (var entryStream = manifestEntry.Open())
                {
                    await JsonSerializer.SerializeAsync(entryStream, manifest, ManifestJson, cancellationToken);
                }

                foreach (var file in files)
                {
                    var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTimestamp;
                    await using var entryStream = entry.Open();
                    await using var source = File.OpenRead(Path.Combine(_sourceDirectory, file));
                    await source.CopyToAsync(entryStream, cancellationToken);
                }
            }

            File.Move(partial, fullZipPath, overwrite: true);
        }
        finally
        {
            // Only a failed run leaves the partial file behind; the exception, if any, still propagates.
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }

        return [ManifestFileName, .. files];
    }

    /// <summary>The template with every placeholder replaced by the installation's value.</summary>
    public async Task<JsonObject> FillTemplateAsync(TeamsAppPackageParameters parameters, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["APP_ID"] = parameters.AppId.ToString("D", CultureInfo.InvariantCulture),
            ["BOT_ID"] = parameters.BotId.ToString("D", CultureInfo.InvariantCulture),
            ["HOST_NAME"] = parameters.HostName,
            ["VERSION"] = parameters.Version,
            ["DEVELOPER_NAME"] = parameters.DeveloperName,
            ["WEBSITE_URL"] = parameters.WebsiteUrl.AbsoluteUri,
            ["PRIVACY_URL"] = parameters.PrivacyUrl.AbsoluteUri,
            ["TERMS_URL"] = parameters.TermsOfUseUrl.AbsoluteUri,
        };

        var template = await ReadTemplateAsync(cancellationToken);
        Fill(template, values);
        return template;
    }

    /// <summary>The template as it is on disk, placeholders included.</summary>
    public async Task<JsonObject> ReadTemplateAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_sourceDirectory, TemplateFileName);
        if (!File.Exists(path))
        {
            throw new TeamsAppPackageException($"the manifest template {path} is missing; is the manifest folder copied to the output?");
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
                   ?? throw new TeamsAppPackageException($"{path} does not hold a JSON object");
        }
        catch (JsonException exception)
        {
            throw new TeamsAppPackageException($"{path} is not valid JSON: {exception.Message}", exception);
        }
    }

    // Placeholders are replaced inside parsed string values, never in the raw text, so no value can
    // change the structure of the JSON whatever characters it holds.
    private static void Fill(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Substitute(text, values);
                    }
                    else if (child is not null)
                    {
                        Fill(child, values);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Substitute(text, values);
                    }
                    else if (array[i] is { } child)
                    {
                        Fill(child, values);
                    }
                }

                break;
        }
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new TeamsAppPackageException(
                    $"{TemplateFileName} uses {match.Value}, which the package command does not fill"));

    // The files a package must carry beside manifest.json: the icons and the localisation files.
    private static List<string> FilesNamedBy(JsonObject manifest)
    {
        var files = new List<string>();
        Add(manifest["icons"]?["color"]);
        Add(manifest["icons"]?["outline"]);
        Add(manifest["icons"]?["color32x32"]);
        Add(manifest["localizationInfo"]?["defaultLanguageFile"]);
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            Add(language?["file"]);
        }

        return files;

        void Add(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            var file = node.GetValue<string>();
            // Teams reads files from the root of the zip only; a path would also let the template reach
            // outside the manifest folder.
            if (file.Length == 0 || file != Path.GetFileName(file) || file == ManifestFileName)
            {
                throw new TeamsAppPackageException($"{TemplateFileName} names '{file}'; files must be plain names at the package root");
            }

            if (!files.Contains(file, StringComparer.Ordinal))
            {
                files.Add(file);
            }
        }
    }

    [GeneratedRegex(@"\{\{([A-Za-z0-9_]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

/// <summary>The manifest source or the output location is not usable; the message says which and why.</summary>
internal sealed class TeamsAppPackageException : Exception
{
    public TeamsAppPackageException(string message)
        : base(message)
    {
    }

    public TeamsAppPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
