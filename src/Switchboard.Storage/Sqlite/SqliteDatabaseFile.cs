using Microsoft.Data.Sqlite;

namespace Switchboard.Storage.Sqlite;

/// <summary>Turns <see cref="StorageOptions"/> into the SQLite connection string, making sure the file can be created.</summary>
internal static class SqliteDatabaseFile
{
    public static string ResolveConnectionString(StorageOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? string.Empty);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            builder.DataSource = Path.Combine(Path.GetFullPath(options.DataFolder), StorageOptions.DefaultDatabaseFileName);
        }

        // SQLite creates a missing database file but not a missing folder, and a fresh machine has neither.
        if (IsFile(builder))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        builder.Mode != SqliteOpenMode.Memory
        && builder.DataSource.Length > 0
        && builder.DataSource != ":memory:"
        && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
