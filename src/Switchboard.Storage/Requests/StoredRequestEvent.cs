using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Requests;

/// <summary>
/// A row of <c>request_events</c>: one entry of a request's history. The application only ever inserts them;
/// reports and the record are computed from this table.
/// </summary>
public sealed class StoredRequestEvent
{
    public Guid RequestId { get; set; }

    public int Sequence { get; set; }

    public int Version { get; set; }

    public required string Kind { get; set; }

    public required string ActorId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    /// <summary>The event's data as a JSON object of strings.</summary>
    public required string Data { get; set; }
}

internal sealed class StoredRequestEventConfiguration : IEntityTypeConfiguration<StoredRequestEvent>
{
    internal const string Table = "request_events";

    public void Configure(EntityTypeBuilder<StoredRequestEvent> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => new { e.RequestId, e.Sequence }).HasName("pk_" + Table);
        builder.Property(e => e.RequestId).HasColumnName("request_id");
        builder.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        builder.Property(e => e.Version).HasColumnName("version");
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(32);
        builder.Property(e => e.ActorId).HasColumnName("actor_id").HasMaxLength(128);
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.Reason).HasColumnName("reason");
        builder.Property(e => e.Data).HasColumnName("data");
        builder.HasIndex(e => e.At).HasDatabaseName("ix_request_events_at");

        // Restrict: deleting a request must not silently take its history with it.
        builder.HasOne<StoredRequest>().WithMany().HasForeignKey(e => e.RequestId)
            .HasConstraintName("fk_request_events_requests_request_id").OnDelete(DeleteBehavior.Restrict);
    }
}
