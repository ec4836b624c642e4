using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Switchboard.Storage.Postgres;

/// <summary>
/// The PostgreSQL flavour of <see cref="SwitchboardDbContext"/>; its migrations are under <c>Migrations/Postgres</c>.
/// Instants map to <c>timestamptz</c> natively, so the model needs nothing beyond the shared one.
/// </summary>
public sealed class PostgresSwitchboardDbContext(DbContextOptions<PostgresSwitchboardDbContext> options)
    : SwitchboardDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model; it never connects to the server named here.</summary>
internal sealed class PostgresSwitchboardDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSwitchboardDbContext>
{
    public PostgresSwitchboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSwitchboardDbContext>().UseNpgsql("Host=localhost;Database=switchboard_design_time").Options);
}
