using Microsoft.EntityFrameworkCore;
using Switchboard.Storage.Conversations;

namespace Switchboard.Storage;

/// <summary>
/// Switchboard's one database. The model lives here; each provider has a sealed subclass only so that it can
/// own its migrations (<see cref="Sqlite.SqliteSwitchboardDbContext"/>, <see cref="Postgres.PostgresSwitchboardDbContext"/>).
/// Consumers ask for <c>IDbContextFactory&lt;SwitchboardDbContext&gt;</c> and never see which one they got.
/// </summary>
public abstract class SwitchboardDbContext : DbContext
{
    protected SwitchboardDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StoredConversationAddress> ConversationAddresses => Set<StoredConversationAddress>();

    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new StoredConversationAddressConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessedActivityConfiguration());
    }

    /// <summary>
    /// Converts a value the way EF Core would before it reaches <typeparamref name="TEntity"/>'s column.
    /// Raw SQL bypasses value converters, and SQLite stores instants as ticks where PostgreSQL stores timestamptz.
    /// </summary>
    internal object ToColumnValue<TEntity>(string propertyName, object? value)
    {
        var property = Model.FindEntityType(typeof(TEntity))?.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyName} is not mapped.");
        var converted = property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
        return converted ?? DBNull.Value;
    }
}
