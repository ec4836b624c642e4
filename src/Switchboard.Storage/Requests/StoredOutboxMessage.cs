using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Requests;

/// <summary>
/// A row of <c>outbox_messages</c>. <see cref="Sequence"/> is assigned by the database in insertion order and is
/// what "earlier" means for the per-conversation ordering; <see cref="Id"/> is the message's identity elsewhere.
/// </summary>
public sealed class StoredOutboxMessage
{
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public required string ConversationKey { get; set; }

    public required string Kind { get; set; }

    public required string Payload { get; set; }

    public Guid? RequestId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public required string State { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Claimed by a dispatcher until then; a lease that runs out makes the message claimable again.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    /// <summary>When it was marked sent, failed permanently or unknown.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class StoredOutboxMessageConfiguration : IEntityTypeConfiguration<StoredOutboxMessage>
{
    internal const string Table = "outbox_messages";
    internal const string Sequence = "sequence";
    internal const string ConversationKey = "conversation_key";
    internal const string State = "state";
    internal const string NextAttemptAt = "next_attempt_at";
    internal const string LeaseUntil = "lease_until";

    public void Configure(EntityTypeBuilder<StoredOutboxMessage> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => m.Sequence).HasName("pk_" + Table);
        builder.Property(m => m.Sequence).HasColumnName(Sequence).ValueGeneratedOnAdd();
        builder.Property(m => m.Id).HasColumnName("id");
        builder.Property(m => m.ConversationKey).HasColumnName(ConversationKey).HasMaxLength(512);
        builder.Property(m => m.Kind).HasColumnName("kind").HasMaxLength(32);
        builder.Property(m => m.Payload).HasColumnName("payload");
        builder.Property(m => m.RequestId).HasColumnName("request_id");
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.State).HasColumnName(State).HasMaxLength(32);
        builder.Property(m => m.NextAttemptAt).HasColumnName(NextAttemptAt);
        builder.Property(m => m.LeaseUntil).HasColumnName(LeaseUntil);
        builder.Property(m => m.LastError).HasColumnName("last_error");
        builder.Property(m => m.CompletedAt).HasColumnName("completed_at");

        builder.HasIndex(m => m.Id).IsUnique().HasDatabaseName("ux_outbox_messages_id");

        // Serves both halves of the claim: due pending messages, and "is an earlier one of this key pending?".
        builder.HasIndex(m => new { m.State, m.ConversationKey, m.Sequence }).HasDatabaseName("ix_outbox_messages_state_conversation_key_sequence");
    }
}
