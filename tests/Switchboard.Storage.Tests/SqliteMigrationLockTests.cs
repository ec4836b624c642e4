using Microsoft.EntityFrameworkCore;
using Switchboard.Storage.Tests.Databases;

namespace Switchboard.Storage.Tests;

public sealed class SqliteMigrationLockTests(SqliteTestServer server) : IClassFixture<SqliteTestServer>
{
    [Fact]
    public async Task MigrateSwitchboardDatabaseAsync_UpToDateWithLockLeftByKilledProcess_DoesNotWait()
    {
        await using var database = await server.CreateDatabaseAsync();
        using var host = await database.BuildMigratedHostAsync();
        await using (var db = await host.CreateContextAsync())
        {
            // What EF Core's SQLite lock leaves behind when the process holding it dies.
            await db.Database.ExecuteSqlRawAsync(
                """CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-23 09:00:00+00:00')""");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.Services.MigrateSwitchboardDatabaseAsync(timeout.Token);
    }
}
