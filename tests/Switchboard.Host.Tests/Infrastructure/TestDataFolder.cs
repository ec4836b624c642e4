namespace Switchboard.Host.Tests.Infrastructure;

/// <summary>A throwaway data folder so each test host gets its own real SQLite file, never the user's.</summary>
public sealed class TestDataFolder : IDisposable
{
    /// <summary>Deletes tried before the last one's error is let through.</summary>
    private const int DeleteAttempts = 5;

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "switchboard-tests", Guid.NewGuid().ToString("N"));

    public TestDataFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        // SQLite pools connections; clear them so the file can go. A connection still closing as the host stops can put the database
        // file back between the delete's emptying of the folder and its removal ("Directory not empty", seen once in CI): try again
        // shortly, and let the error through if it persists.
        for (var attempt = 1; ; attempt++)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < DeleteAttempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
