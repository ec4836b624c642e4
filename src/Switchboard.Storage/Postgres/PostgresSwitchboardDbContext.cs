using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Switchboard.Storage.Postgres;

/// <summary>The PostgreSQL flavour of <see cref="SwitchboardDbContext"/>; its migrations are under <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresSwitchboardDbContext(DbContextOptions<PostgresSwitchboardDbContext> options)
    : SwitchboardDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model; it never connects to the server named here.</summary>
internal sealed class PostgresSwitchboardDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSwitchboardDbContext>
{
    public PostgresSwitchboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSwitchboardDbContext>().UseNpgsql("Host=localhost;Database=switchboard_design_time").Options);
}
