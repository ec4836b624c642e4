using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Requests;

/// <summary>
/// A row of <c>requests</c>: the aggregate's whole state as a JSON snapshot, plus copies of the fields that queries
/// filter on. The snapshot is the truth; the columns are indexes into it, rewritten with it on every save.
/// </summary>
public sealed class StoredRequest
{
    public Guid Id { get; set; }

    /// <summary>Lower-case, so that a query by a differently cased id from Teams or Graph still matches.</summary>
    public required string RequesterId { get; set; }

    public required string State { get; set; }

    /// <summary>The optimistic concurrency token: an update only applies to the version it was loaded at.</summary>
    public int Version { get; set; }

    /// <summary>The person an open offer waits for (lower-case).</summary>
    public string? OffereeId { get; set; }

    /// <summary>Who accepted or claimed it (lower-case).</summary>
    public string? AssigneeId { get; set; }

    public string? PostedGroupId { get; set; }

    public DateTimeOffset? OfferExpiresAt { get; set; }

    public string? RequestedUrgency { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string Snapshot { get; set; }

    /// <summary>When the request's free text was erased (retention or a person's erasure); null while it is there.</summary>
    public DateTimeOffset? FreeTextErasedAt { get; set; }
}

internal sealed class StoredRequestConfiguration : IEntityTypeConfiguration<StoredRequest>
{
    internal const string Table = "requests";

    public void Configure(EntityTypeBuilder<StoredRequest> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => r.Id).HasName("pk_" + Table);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.RequesterId).HasColumnName("requester_id").HasMaxLength(128);
        builder.Property(r => r.State).HasColumnName("state").HasMaxLength(32);
        builder.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(r => r.OffereeId).HasColumnName("offeree_id").HasMaxLength(128);
        builder.Property(r => r.AssigneeId).HasColumnName("assignee_id").HasMaxLength(128);
        builder.Property(r => r.PostedGroupId).HasColumnName("posted_group_id").HasMaxLength(128);
        builder.Property(r => r.OfferExpiresAt).HasColumnName("offer_expires_at");
        builder.Property(r => r.RequestedUrgency).HasColumnName("requested_urgency").HasMaxLength(16);
        builder.Property(r => r.SentAt).HasColumnName("sent_at");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        builder.Property(r => r.Snapshot).HasColumnName("snapshot");
        builder.Property(r => r.FreeTextErasedAt).HasColumnName("free_text_erased_at");

        builder.HasIndex(r => new { r.RequesterId, r.CreatedAt }).HasDatabaseName("ix_requests_requester_id_created_at");
        builder.HasIndex(r => r.OffereeId).HasDatabaseName("ix_requests_offeree_id");
        builder.HasIndex(r => r.AssigneeId).HasDatabaseName("ix_requests_assignee_id");
        builder.HasIndex(r => r.OfferExpiresAt).HasDatabaseName("ix_requests_offer_expires_at");
    }
}
