namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>A throwaway data folder so each test host gets its own real SQLite file, never the user's.</summary>
public sealed class TestDataFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "switchboard-tests", Guid.NewGuid().ToString("N"));

    public TestDataFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        // SQLite pools connections; clear them so the file can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
