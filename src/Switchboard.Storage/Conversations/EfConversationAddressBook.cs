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
        object[] parameters =
        [
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.TenantId), address.TenantId),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.AadObjectId), address.AadObjectId),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.ServiceUrl), address.ServiceUrl.OriginalString),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.ConversationId), address.ConversationId),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.ChannelAccountId), address.ChannelAccountId),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.BotId), address.BotId),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.Locale), address.Locale),
            db.ColumnParameter<StoredConversationAddress>(nameof(StoredConversationAddress.UpdatedAt), address.UpdatedAt),
        ];
        await db.Database.ExecuteSqlRawAsync(UpsertSql, parameters, cancellationToken);
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
