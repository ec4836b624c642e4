using Microsoft.Data.Sqlite;
using Switchboard.Storage;

namespace Switchboard.Storage.Tests.Databases;

/// <summary>Real database files in a temporary folder of this test class (not in-memory: files are what production uses).</summary>
public sealed class SqliteTestServer : ITestDatabaseServer, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "switchboard-storage-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestServer() => Directory.CreateDirectory(folder);

    public StorageProvider Provider => StorageProvider.Sqlite;

    public string EfProviderName => "Microsoft.EntityFrameworkCore.Sqlite";

    public Task<TestDatabase> CreateDatabaseAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, $"switchboard_test_{Guid.NewGuid():N}.db"),
        }.ToString();

        return Task.FromResult(new TestDatabase(Provider, connectionString, () =>
        {
            // Pooled connections keep the file open; release them before deleting it and its WAL companions.
            using (var connection = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return Task.CompletedTask;
        }));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
