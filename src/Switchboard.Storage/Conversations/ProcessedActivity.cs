using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Conversations;

/// <summary>A row of <c>processed_activities</c>: an inbound activity key that was already handled.</summary>
public sealed class ProcessedActivity
{
    public required string Key { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    internal const string Table = "processed_activities";

    // "key" is a keyword in both SQL dialects; a longer name keeps hand-written SQL free of quoting.
    internal const string Key = "activity_key";
    internal const string ReceivedAt = "received_at";

    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Key).HasName("pk_" + Table);
        builder.Property(a => a.Key).HasColumnName(Key);
        builder.Property(a => a.ReceivedAt).HasColumnName(ReceivedAt);
    }
}
