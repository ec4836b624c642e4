using Npgsql;

namespace Switchboard.Storage.Postgres;

/// <summary>
/// A session-level advisory lock that serialises whole migration runs across instances on PostgreSQL. EF Core's
/// own lock there is a table lock that ends with each transaction, and EF Core commits between migrations: with two
/// or more pending, a second instance can take the lock in that gap, read the history half-applied, and apply the
/// next migration that the first instance is about to apply as well ("relation already exists"). Held on a
/// connection of its own, without pooling, so the lock ends with that session even if the process dies.
/// </summary>
internal sealed class PostgresMigrationLock : IAsyncDisposable
{
    // Any constant works, as long as nothing else in the database uses it: "SWBDMIGR" in ASCII.
    private const long Key = 0x5357_4244_4D49_4752;

    private readonly NpgsqlConnection connection;

    private PostgresMigrationLock(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Waits until no other instance is migrating this database, then holds the lock until disposed.</summary>
    public static async Task<PostgresMigrationLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresMigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Closing an unpooled connection ends the session, and PostgreSQL releases the session's advisory locks with it.
    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
