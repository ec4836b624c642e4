using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Switchboard.Storage.Requests;

/// <summary>A row of <c>expert_preferences</c>: one expert's current settings, replaced as a whole.</summary>
public sealed class StoredExpertPreferences
{
    /// <summary>Lower-case user id.</summary>
    public required string ExpertId { get; set; }

    public DateTimeOffset? FocusUntil { get; set; }

    public int? Capacity { get; set; }

    /// <summary>A JSON array of topic ids.</summary>
    public required string TopicsNotTaken { get; set; }

    public string? DelegateId { get; set; }

    public DateTimeOffset? AwayUntil { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class StoredExpertPreferencesConfiguration : IEntityTypeConfiguration<StoredExpertPreferences>
{
    internal const string Table = "expert_preferences";
    internal const string ExpertId = "expert_id";
    internal const string FocusUntil = "focus_until";
    internal const string Capacity = "capacity";
    internal const string TopicsNotTaken = "topics_not_taken";
    internal const string DelegateId = "delegate_id";
    internal const string AwayUntil = "away_until";
    internal const string UpdatedAt = "updated_at";

    public void Configure(EntityTypeBuilder<StoredExpertPreferences> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(p => p.ExpertId).HasName("pk_" + Table);
        builder.Property(p => p.ExpertId).HasColumnName(ExpertId).HasMaxLength(128);
        builder.Property(p => p.FocusUntil).HasColumnName(FocusUntil);
        builder.Property(p => p.Capacity).HasColumnName(Capacity);
        builder.Property(p => p.TopicsNotTaken).HasColumnName(TopicsNotTaken);
        builder.Property(p => p.DelegateId).HasColumnName(DelegateId).HasMaxLength(128);
        builder.Property(p => p.AwayUntil).HasColumnName(AwayUntil);
        builder.Property(p => p.UpdatedAt).HasColumnName(UpdatedAt);
    }
}
