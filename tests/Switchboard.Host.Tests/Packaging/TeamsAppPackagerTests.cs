using System.IO.Compression;
using System.Text.Json.Nodes;
using Switchboard.Host.Packaging;

namespace Switchboard.Host.Tests.Packaging;

public sealed class TeamsAppPackagerTests : IDisposable
{
    private const string AppId = "6f1c2a9e-3b7d-4e21-9a55-0c8d4b2e7f13";
    private const string BotId = "2d9e4c70-8a1b-4f36-b2c5-71e0d3a9f846";

    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("switchboard-package-").FullName;

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);

    [Fact]
    public async Task WritePackageAsync_ValidParameters_ZipHoldsFilledManifestAndItsFilesAtTheRoot()
    {
        var zipPath = Path.Combine(_outputDirectory, "switchboard.zip");

        var files = await Packager().WritePackageAsync(Parameters(), zipPath, CancellationToken.None);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["manifest.json", "color.png", "outline.png", "en.json", "fr.json"], files);
        Assert.Equal(files, zip.Entries.Select(entry => entry.FullName));
        await using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(manifestStream, cancellationToken: CancellationToken.None))!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("2.3.4", manifest["version"]!.GetValue<string>());
        Assert.Equal("https://switchboard.contoso.com/tab/reports", manifest["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Equal($"api://switchboard.contoso.com/{AppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritePackageAsync_SameInputsTwice_WritesIdenticalBytes()
    {
        var first = Path.Combine(_outputDirectory, "first.zip");
        var second = Path.Combine(_outputDirectory, "second.zip");

        await Packager().WritePackageAsync(Parameters(), first, CancellationToken.None);
        await Packager().WritePackageAsync(Parameters(), second, CancellationToken.None);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task WritePackageAsync_TemplateWithUnknownPlaceholder_FailsNamingIt()
    {
        var source = CopyOfManifestSource();
        var templatePath = Path.Combine(source, TeamsAppPackager.TemplateFileName);
        var template = await File.ReadAllTextAsync(templatePath);
        await File.WriteAllTextAsync(templatePath, template.Replace("\"Switchboard\"", "\"{{COMPANY}}\"", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() =>
            new TeamsAppPackager(source).WritePackageAsync(Parameters(), Path.Combine(_outputDirectory, "x.zip"), CancellationToken.None));

        Assert.Contains("{{COMPANY}}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_outputDirectory, "x.zip")));
    }

    [Fact]
    public void Create_InvalidValues_ReportsEachProblemUnderItsOwnName()
    {
        var input = new TeamsAppPackageInput(
            "not-a-guid", "00000000-0000-0000-0000-000000000000", "https://contoso.com/bot", "1.0", "Contoso", null, null, null);

        var parameters = TeamsAppPackageParameters.Create(input, field => $"<{field}>", out var problems);

        Assert.Null(parameters);
        Assert.Collection(
            problems,
            problem => Assert.StartsWith("<AppId>: ", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("<BotId>: ", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("<HostName>: ", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("<Version>: ", problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("switchboard.contoso.com", true)]
    [InlineData("swb-prod-abc123.azurewebsites.net", true)]
    [InlineData("localhost", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("-bad.contoso.com", false)]
    [InlineData("contoso.com:443", false)]
    [InlineData("Contoso.com", false)]
    public void IsHostName_Value_AcceptsOnlyLowerCaseDnsNames(string value, bool expected) =>
        Assert.Equal(expected, TeamsAppPackageParameters.IsHostName(value));

    [Fact]
    public void Load_ManifestSource_ListsEveryCommandWithItsFrenchTitle()
    {
        var commands = ManifestCommands.Load(TeamsAppPackager.DefaultSourceDirectory);

        Assert.Equal(
            ["ask", "status", "my requests", "focus", "report", "help", "ask", "status", "help"],
            commands.Select(command => command.Title));
        Assert.All(commands, command => Assert.True(command.TranslatedTitles.ContainsKey("fr"), command.Title));
        Assert.Equal("mes demandes", commands.Single(command => command.Title == "my requests").TranslatedTitles["fr"]);
        Assert.Contains("aide", ManifestCommands.Names);
    }

    private static TeamsAppPackager Packager() => new(TeamsAppPackager.DefaultSourceDirectory);

    private static TeamsAppPackageParameters Parameters() =>
        TeamsAppPackageParameters.Create(
            new TeamsAppPackageInput(AppId, BotId, "switchboard.contoso.com", "2.3.4", "Contoso", null, null, null),
            field => field,
            out _)!;

    private string CopyOfManifestSource()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_outputDirectory, "manifest")).FullName;
        foreach (var file in Directory.GetFiles(TeamsAppPackager.DefaultSourceDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
