using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Conversations;
using Columns = Switchboard.Storage.Conversations.StoredConversationAddressConfiguration;

namespace Switchboard.Storage.Conversations;

/// <summary><see cref="IConversationAddressBook"/> on <see cref="SwitchboardDbContext"/>.</summary>
internal sealed class EfConversationAddressBook(IDbContextFactory<SwitchboardDbContext> contexts) : IConversationAddressBook
{
    // One INSERT ... ON CONFLICT statement, which SQLite and PostgreSQL both accept as written: two turns of the
    // same user racing cannot both insert, the second becomes an update. Reading first and then inserting
    // would let both see "absent" and one fail on the primary key. The WHERE keeps the newer address when the
    // older turn happens to finish last.
    private const string UpsertSql =
        "INSERT INTO " + Columns.Table + " (" + Columns.TenantId + ", " + Columns.AadObjectId + ", " + Columns.ServiceUrl + ", "
        + Columns.ConversationId + ", " + Columns.ChannelAccountId + ", " + Columns.BotId + ", " + Columns.Locale + ", " + Columns.UpdatedAt + ") "
        + "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}) "
        + "ON CONFLICT (" + Columns.TenantId + ", " + Columns.AadObjectId + ") DO UPDATE SET "
        + Columns.ServiceUrl + " = excluded." + Columns.ServiceUrl + ", "
        + Columns.ConversationId + " = excluded." + Columns.ConversationId + ", "
        + Columns.ChannelAccountId + " = excluded." + Columns.ChannelAccountId + ", "
        + Columns.BotId + " = excluded." + Columns.BotId + ", "
        + Columns.Locale + " = excluded." + Columns.Locale + ", "
        + Columns.UpdatedAt + " = excluded." + Columns.UpdatedAt + " "
        + "WHERE excluded." + Columns.UpdatedAt + " >= " + Columns.Table + "." + Columns.UpdatedAt;

    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.ServiceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"The service URL must be absolute, got '{address.ServiceUrl}'.", nameof(address));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        object[] values =
        [
            address.TenantId,
            address.AadObjectId,
            address.ServiceUrl.OriginalString,
            address.ConversationId,
            address.ChannelAccountId,
            address.BotId,
            (object?)address.Locale ?? DBNull.Value,
            // PostgreSQL's timestamptz accepts only UTC offsets from Npgsql; the instant is what matters.
            db.ToColumnValue<StoredConversationAddress>(nameof(StoredConversationAddress.UpdatedAt), address.UpdatedAt.ToUniversalTime()),
        ];
        await db.Database.ExecuteSqlRawAsync(UpsertSql, values, cancellationToken);
    }

    public async Task<ConversationAddress?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(aadObjectId);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.ConversationAddresses
            .AsNoTracking()
            .SingleOrDefaultAsync(a => a.TenantId == tenantId && a.AadObjectId == aadObjectId, cancellationToken);

        return stored is null
            ? null
            : new ConversationAddress(
                stored.AadObjectId,
                stored.TenantId,
                new Uri(stored.ServiceUrl, UriKind.Absolute),
                stored.ConversationId,
                stored.ChannelAccountId,
                stored.BotId,
                stored.Locale,
                stored.UpdatedAt);
    }
}
