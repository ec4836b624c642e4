using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Conversations;

/// <summary>A row of <c>conversation_addresses</c>: the stored form of the domain's <c>ConversationAddress</c>.</summary>
public sealed class StoredConversationAddress
{
    public required string TenantId { get; set; }

    public required string AadObjectId { get; set; }

    /// <summary>Absolute URI, kept as text so it comes back exactly as the connector sent it.</summary>
    public required string ServiceUrl { get; set; }

    public required string ConversationId { get; set; }

    public required string ChannelAccountId { get; set; }

    public required string BotId { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// Explicit lower-case names so that hand-written SQL (the upsert, and operators at a psql prompt) needs no
/// quoting on PostgreSQL, and renaming a C# property does not silently rename a column.
/// </summary>
internal sealed class StoredConversationAddressConfiguration : IEntityTypeConfiguration<StoredConversationAddress>
{
    internal const string Table = "conversation_addresses";
    internal const string TenantId = "tenant_id";
    internal const string AadObjectId = "aad_object_id";
    internal const string ServiceUrl = "service_url";
    internal const string ConversationId = "conversation_id";
    internal const string ChannelAccountId = "channel_account_id";
    internal const string BotId = "bot_id";
    internal const string Locale = "locale";
    internal const string UpdatedAt = "updated_at";

    public void Configure(EntityTypeBuilder<StoredConversationAddress> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => new { a.TenantId, a.AadObjectId }).HasName("pk_" + Table);
        builder.Property(a => a.TenantId).HasColumnName(TenantId);
        builder.Property(a => a.AadObjectId).HasColumnName(AadObjectId);
        builder.Property(a => a.ServiceUrl).HasColumnName(ServiceUrl);
        builder.Property(a => a.ConversationId).HasColumnName(ConversationId);
        builder.Property(a => a.ChannelAccountId).HasColumnName(ChannelAccountId);
        builder.Property(a => a.BotId).HasColumnName(BotId);
        builder.Property(a => a.Locale).HasColumnName(Locale);
        builder.Property(a => a.UpdatedAt).HasColumnName(UpdatedAt);
    }
}
