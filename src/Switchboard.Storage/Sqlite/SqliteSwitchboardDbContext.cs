using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Switchboard.Storage.Sqlite;

/// <summary>The SQLite flavour of <see cref="SwitchboardDbContext"/>; its migrations are under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteSwitchboardDbContext(DbContextOptions<SqliteSwitchboardDbContext> options)
    : SwitchboardDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model; it never opens the file named here.</summary>
internal sealed class SqliteSwitchboardDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSwitchboardDbContext>
{
    public SqliteSwitchboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSwitchboardDbContext>().UseSqlite("Data Source=switchboard-design-time.db").Options);
}
