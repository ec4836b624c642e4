using Microsoft.Extensions.Options;
using Switchboard.Host.DirectoryLoading;

namespace Switchboard.Host.Tests.DirectoryLoading;

public sealed class SnapshotFileSourceTests
{
    private const string SmallTenant = """
        {
          "tenantId": "11111111-2222-4333-8444-555555555555",
          "capturedAt": "2026-11-24T08:00:00Z",
          "users": [
            { "id": "u1", "displayName": "Ada Root", "accountEnabled": true },
            { "id": "u2", "displayName": "Bo Report", "manager": { "id": "u1" },
              "profile": { "skills": [ { "displayName": "Welding", "proficiency": "expert", "collaborationTags": ["askMeAbout"] } ] } }
          ],
          "groups": [ { "id": "g1", "displayName": "Help", "resourceProvisioningOptions": ["Team"] } ]
        }
        """;

    [Fact]
    public async Task LoadAsync_ValidFile_ReturnsItsSnapshot()
    {
        using var folder = new TempDirectory();
        var source = SourceFor(folder.Write("tenant.json", SmallTenant));

        var snapshot = await source.LoadAsync(CancellationToken.None);

        Assert.Equal("11111111-2222-4333-8444-555555555555", snapshot.TenantId);
        Assert.Equal(["u1", "u2"], snapshot.Users.Select(u => u.Id));
        Assert.Equal("u1", snapshot.Users[1].Manager!.Id);
        Assert.Equal("expert", snapshot.Users[1].Profile!.Skills![0].Proficiency);
        Assert.True(Assert.Single(snapshot.Groups).IsTeam);
        Assert.Contains("tenant.json", source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_SyntaxError_NamesFileAndLine()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("broken.json", """
            {
              "tenantId": "t",
              "users": [
                { "id": "u1" }
                { "id": "u2" }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<DirectorySnapshotFileException>(() => SourceFor(path).LoadAsync(CancellationToken.None));

        Assert.StartsWith(path + ": line 5,", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public async Task LoadAsync_WrongValueType_NamesTheJsonPath()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("typed.json", """
            {
              "users": [
                { "id": "u1", "accountEnabled": "perhaps" }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<DirectorySnapshotFileException>(() => SourceFor(path).LoadAsync(CancellationToken.None));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.users[0].accountEnabled", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UserWithoutId_SaysWhatIsMissing()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("no-id.json", """
            { "users": [ { "displayName": "Nobody" } ] }
            """);

        var error = await Assert.ThrowsAsync<DirectorySnapshotFileException>(() => SourceFor(path).LoadAsync(CancellationToken.None));

        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_JsonNull_IsRejectedWithTheFileName()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("null.json", "null");

        var error = await Assert.ThrowsAsync<DirectorySnapshotFileException>(() => SourceFor(path).LoadAsync(CancellationToken.None));

        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
    }

    private static SnapshotFileSource SourceFor(string path) =>
        new(Options.Create(new DirectoryOptions { SnapshotFile = path }));
}
