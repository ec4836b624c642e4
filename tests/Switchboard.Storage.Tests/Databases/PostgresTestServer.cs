using Npgsql;
using Switchboard.Storage;

namespace Switchboard.Storage.Tests.Databases;

/// <summary>
/// The PostgreSQL server named by <c>SWITCHBOARD_TEST_POSTGRES</c> (default: the one <c>.ci/postgres.sh</c> starts).
/// Each test gets a database of its own with a unique name, dropped afterwards. An unreachable server fails the
/// tests: skipping them would let a PostgreSQL-only defect through unnoticed.
/// </summary>
public sealed class PostgresTestServer : ITestDatabaseServer, IAsyncLifetime
{
    public const string EnvironmentVariable = "SWITCHBOARD_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=switchboard;Password=switchboard";

    private readonly NpgsqlConnectionStringBuilder server;

    public PostgresTestServer()
        : this(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultServer)
    {
    }

    internal PostgresTestServer(string serverConnectionString)
    {
        // Fail within seconds when nothing listens, rather than after Npgsql's default 15 s per test.
        server = new NpgsqlConnectionStringBuilder(serverConnectionString) { Timeout = 5 };
    }

    public StorageProvider Provider => StorageProvider.Postgres;

    public string EfProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    private string AdminConnectionString => new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {server.Host}:{server.Port} as '{server.Username}' ({exception.Message}). " +
                $"Run `.ci/postgres.sh` as root to install and start it, or point {EnvironmentVariable} at a server " +
                "whose role may create databases.",
                exception);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        // A generated name of lower-case letters, digits and underscores: safe to put in DDL, which takes no parameters.
        var name = $"switchboard_test_{Guid.NewGuid():N}";
        await ExecuteAsAdminAsync($"CREATE DATABASE {name}");

        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        return new TestDatabase(Provider, connectionString, async () =>
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            await DropAsync(name);
        });
    }

    /// <summary>
    /// Drops a test database. FORCE ends the test's own sessions, but it refuses while a server process of another
    /// role is attached (an autovacuum worker, for instance); such a process leaves within moments, so try again.
    /// </summary>
    private async Task DropAsync(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (attempt < 20 && exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
