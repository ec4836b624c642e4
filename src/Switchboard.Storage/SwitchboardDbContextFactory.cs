using Microsoft.EntityFrameworkCore;

namespace Switchboard.Storage;

/// <summary>
/// Serves the provider's pooled factory as <c>IDbContextFactory&lt;SwitchboardDbContext&gt;</c>. The pool must be
/// of the derived type, because migrations are bound to it; consumers should not have to know which it is.
/// </summary>
internal sealed class SwitchboardDbContextFactory<TContext>(IDbContextFactory<TContext> provider)
    : IDbContextFactory<SwitchboardDbContext>
    where TContext : SwitchboardDbContext
{
    public SwitchboardDbContext CreateDbContext() => provider.CreateDbContext();

    public async Task<SwitchboardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await provider.CreateDbContextAsync(cancellationToken);
}
