using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage.Conversations;
using Switchboard.Storage.Record;
using Switchboard.Storage.Requests;

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

    public DbSet<StoredRequest> Requests => Set<StoredRequest>();

    public DbSet<StoredRequestEvent> RequestEvents => Set<StoredRequestEvent>();

    public DbSet<StoredOutboxMessage> OutboxMessages => Set<StoredOutboxMessage>();

    public DbSet<StoredExpertPreferences> ExpertPreferences => Set<StoredExpertPreferences>();

    public DbSet<StoredSentActivity> SentActivities => Set<StoredSentActivity>();

    public DbSet<StoredAuditEntry> AuditEntries => Set<StoredAuditEntry>();

    public DbSet<StoredLegalHold> LegalHolds => Set<StoredLegalHold>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new StoredConversationAddressConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessedActivityConfiguration());
        modelBuilder.ApplyConfiguration(new StoredRequestConfiguration());
        modelBuilder.ApplyConfiguration(new StoredRequestEventConfiguration());
        modelBuilder.ApplyConfiguration(new StoredOutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new StoredExpertPreferencesConfiguration());
        modelBuilder.ApplyConfiguration(new StoredSentActivityConfiguration());
        modelBuilder.ApplyConfiguration(new StoredAuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new StoredLegalHoldConfiguration());
    }

    /// <summary>
    /// A parameter for <typeparamref name="TEntity"/>'s column, for hand-written SQL. Raw SQL bypasses value
    /// converters (SQLite stores instants as ticks) and would type a parameter from its value alone, which a null
    /// does not have; the column's own type mapping converts and types the value exactly as EF Core would.
    /// </summary>
    internal DbParameter ColumnParameter<TEntity>(string propertyName, object? value)
    {
        var property = Model.FindEntityType(typeof(TEntity))?.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyName} is not mapped.");
        using var command = Database.GetDbConnection().CreateCommand();
        return property.GetRelationalTypeMapping().CreateParameter(command, propertyName, value, property.IsNullable);
    }
}
