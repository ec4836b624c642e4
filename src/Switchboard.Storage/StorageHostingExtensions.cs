using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Storage.Conversations;
using Switchboard.Storage.Postgres;
using Switchboard.Storage.Record;
using Switchboard.Storage.Reports;
using Switchboard.Storage.Requests;
using Switchboard.Storage.Sqlite;

namespace Switchboard.Storage;

public static class StorageHostingExtensions
{
    /// <summary>The tag of the database check; the host's <c>/readyz</c> runs the checks that carry it.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the database (SQLite or PostgreSQL, from <c>Switchboard:Storage</c>), the stores built on it and the
    /// <c>database</c> readiness check. Call <see cref="MigrateSwitchboardDatabaseAsync"/> before serving.
    /// </summary>
    public static IHostApplicationBuilder AddSwitchboardStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Both pools are registered and the provider is picked from the options on first use, not from the
        // configuration at registration time, so a test host that overrides configuration later still gets
        // what it asked for. Nothing of the unused provider is ever built.
        services.AddPooledDbContextFactory<SqliteSwitchboardDbContext>((provider, options) =>
            options.UseSqlite(SqliteDatabaseFile.ResolveConnectionString(provider.GetRequiredService<IOptions<StorageOptions>>().Value)));
        services.AddPooledDbContextFactory<PostgresSwitchboardDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton<IDbContextFactory<SwitchboardDbContext>>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
            {
                StorageProvider.Sqlite => new SwitchboardDbContextFactory<SqliteSwitchboardDbContext>(
                    provider.GetRequiredService<IDbContextFactory<SqliteSwitchboardDbContext>>()),
                StorageProvider.Postgres => new SwitchboardDbContextFactory<PostgresSwitchboardDbContext>(
                    provider.GetRequiredService<IDbContextFactory<PostgresSwitchboardDbContext>>()),
                var unknown => throw new InvalidOperationException($"Storage provider '{unknown}' is not supported."),
            });

        services.AddSingleton<IConversationAddressBook, EfConversationAddressBook>();
        services.AddSingleton<IInboundDeduplicator, EfInboundDeduplicator>();
        services.AddSingleton<IRequestStore, EfRequestStore>();
        services.AddSingleton<IReportSource, EfReportSource>();
        services.AddSingleton<IOutbox, EfOutbox>();
        services.AddSingleton<IExpertPreferencesStore, EfExpertPreferencesStore>();
        services.AddSingleton<ISentActivityLog, EfSentActivityLog>();
        AddRecord(services);

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag]);
        return builder;
    }

    /// <summary>The audit record (see docs/RECORD.md): the chain, its checkpoints, legal holds and personal data.</summary>
    private static void AddRecord(IServiceCollection services)
    {
        services.AddOptions<RecordOptions>()
            .BindConfiguration(RecordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecordOptions>, RecordStartupSafetyValidator>());
        services.AddSingleton(provider => PseudonymKeyFile.Load(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<IOptions<RecordOptions>>().Value));
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.TryAddSingleton<IAuditCheckpointStore, FileAuditCheckpointStore>();
        services.AddSingleton<AuditCheckpointWriter>();
        services.AddSingleton<ILegalHoldStore, EfLegalHoldStore>();
        services.AddSingleton<IPersonalDataStore, EfPersonalDataStore>();
    }

    /// <summary>
    /// Creates the database if needed and applies pending migrations. Safe when several instances start at once:
    /// EF Core holds a database-wide migration lock while it applies them (on PostgreSQL a table lock that ends
    /// with the transaction; on SQLite a row in <c>__EFMigrationsLock</c>).
    /// </summary>
    public static async Task MigrateSwitchboardDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var provider = services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageHostingExtensions).Namespace!);

        await using var db = await services.GetRequiredService<IDbContextFactory<SwitchboardDbContext>>().CreateDbContextAsync(cancellationToken);

        // Only take the migration lock when there is something to apply. The SQLite lock is a row that a process
        // killed while holding it leaves behind, and every later start would then wait for it forever; most starts
        // have nothing to migrate and so never hold it.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (pending > 0)
        {
            // On PostgreSQL, one instance at a time for the whole run (see PostgresMigrationLock), and count again once
            // it is ours: whoever held it before may have applied everything. A database that does not exist yet is
            // left to EF Core to create; the lock needs a database to connect to.
            await using var serialised = provider == StorageProvider.Postgres
                && await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)
                    ? await PostgresMigrationLock.AcquireAsync(db.Database.GetConnectionString()!, cancellationToken)
                    : null;
            pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            if (pending > 0)
            {
                StorageLog.Migrating(logger, provider, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        var current = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? "(none)";
        StorageLog.Migrated(logger, provider, current);
    }
}
