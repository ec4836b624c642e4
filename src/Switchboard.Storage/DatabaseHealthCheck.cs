using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Switchboard.Storage;

/// <summary>
/// Ready when the database answers and its schema is the one this build expects. A reachable database
/// with migrations still to apply is not ready: queries against it would fail on missing tables or columns.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<SwitchboardDbContext> contexts) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The database is reachable and its schema is up to date.")
            : new HealthCheckResult(
                context.Registration.FailureStatus,
                $"{pending.Count} migration(s) not applied yet: {string.Join(", ", pending)}.");
    }
}
