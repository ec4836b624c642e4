using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Conversations;

/// <summary>A row of <c>sent_activities</c>: where the activity with a given tag was delivered, so it can be updated in place.</summary>
public sealed class StoredSentActivity
{
    public required string Tag { get; set; }

    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }

    /// <summary>Absolute URI, kept as text so it comes back exactly as the connector gave it.</summary>
    public required string ServiceUrl { get; set; }

    /// <summary>When the send was recorded (the latest one, when a tag is sent again).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class StoredSentActivityConfiguration : IEntityTypeConfiguration<StoredSentActivity>
{
    internal const string Table = "sent_activities";
    internal const string Tag = "tag";
    internal const string ConversationId = "conversation_id";
    internal const string ActivityId = "activity_id";
    internal const string ServiceUrl = "service_url";
    internal const string RecordedAt = "recorded_at";

    public void Configure(EntityTypeBuilder<StoredSentActivity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Tag).HasName("pk_" + Table);
        builder.Property(a => a.Tag).HasColumnName(Tag);
        builder.Property(a => a.ConversationId).HasColumnName(ConversationId);
        builder.Property(a => a.ActivityId).HasColumnName(ActivityId);
        builder.Property(a => a.ServiceUrl).HasColumnName(ServiceUrl);
        builder.Property(a => a.RecordedAt).HasColumnName(RecordedAt);
    }
}
