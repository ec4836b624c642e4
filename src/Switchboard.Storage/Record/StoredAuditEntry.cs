using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Record;

/// <summary>
/// A row of <c>audit_entries</c>: one link of the hash chain. Triggers installed by the <c>AuditRecord</c> migration
/// refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL), so the application can only insert.
/// </summary>
public sealed class StoredAuditEntry
{
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Kind { get; set; }

    public required string Actor { get; set; }

    /// <summary>Pseudonyms joined by commas (a pseudonym is hex, so it never holds one).</summary>
    public required string Subjects { get; set; }

    public Guid? RequestId { get; set; }

    /// <summary>The entry's data as a JSON object of strings.</summary>
    public required string Data { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

internal sealed class StoredAuditEntryConfiguration : IEntityTypeConfiguration<StoredAuditEntry>
{
    internal const string Table = "audit_entries";

    public void Configure(EntityTypeBuilder<StoredAuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Sequence).HasName("pk_" + Table);
        builder.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(32);
        builder.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(64);
        builder.Property(e => e.Subjects).HasColumnName("subjects");
        builder.Property(e => e.RequestId).HasColumnName("request_id");
        builder.Property(e => e.Data).HasColumnName("data");
        builder.Property(e => e.PreviousHash).HasColumnName("previous_hash").HasMaxLength(64);
        builder.Property(e => e.Hash).HasColumnName("hash").HasMaxLength(64);
        builder.HasIndex(e => e.RequestId).HasDatabaseName("ix_audit_entries_request_id");
    }
}

/// <summary>A row of <c>legal_holds</c>; lifting sets <see cref="LiftedAt"/>, a hold is never deleted.</summary>
public sealed class StoredLegalHold
{
    public Guid Id { get; set; }

    /// <summary>The held person's id, lower-cased; null holds everyone.</summary>
    public string? UserId { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset SetAt { get; set; }

    public DateTimeOffset? LiftedAt { get; set; }
}

internal sealed class StoredLegalHoldConfiguration : IEntityTypeConfiguration<StoredLegalHold>
{
    internal const string Table = "legal_holds";

    public void Configure(EntityTypeBuilder<StoredLegalHold> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(h => h.Id).HasName("pk_" + Table);
        builder.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(h => h.UserId).HasColumnName("user_id").HasMaxLength(128);
        builder.Property(h => h.Reason).HasColumnName("reason").HasMaxLength(Domain.Record.LegalHold.ReasonMaxLength);
        builder.Property(h => h.SetAt).HasColumnName("set_at");
        builder.Property(h => h.LiftedAt).HasColumnName("lifted_at");
    }
}
