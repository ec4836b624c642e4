using System.ComponentModel.DataAnnotations;

namespace Switchboard.Domain.Record;

/// <summary>The record's settings (<c>Switchboard:Record</c>).</summary>
public sealed class RecordOptions : IValidatableObject
{
    public const string SectionName = "Switchboard:Record";

    /// <summary>
    /// The pseudonym key, base64, at least 32 bytes. Left empty, a key is generated on first use and kept in the
    /// data folder (<c>audit-pseudonym.key</c>); several instances must share one, so it is required with PostgreSQL
    /// outside Development (the host refuses to start without it).
    /// Changing it splits everyone's entries into before and after.
    /// </summary>
    [Base64String]
    public string? PseudonymKey { get; set; }

    /// <summary>The checkpoint file; empty: <c>audit-checkpoints.log</c> in the data folder.</summary>
    public string? CheckpointFile { get; set; }

    /// <summary>How often the host writes a checkpoint of the chain head.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the host sweeps data past its retention.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromDays(1);

    [Required]
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>Data annotations stop at the first level; the retention periods are checked here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        if (Retention is not null)
        {
            Validator.TryValidateObject(Retention, new ValidationContext(Retention), results, validateAllProperties: true);
        }

        if (!string.IsNullOrEmpty(PseudonymKey) && Convert.TryFromBase64String(PseudonymKey, new byte[PseudonymKey.Length], out var length) && length < AuditPseudonyms.MinimumKeyBytes)
        {
            results.Add(new ValidationResult($"The pseudonym key needs at least {AuditPseudonyms.MinimumKeyBytes} bytes.", [nameof(PseudonymKey)]));
        }

        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => m == nameof(PseudonymKey) ? m : $"{nameof(Retention)}.{m}")]));
    }
}

/// <summary>How long each kind of data is kept after its request closed (resolved, rated or withdrawn).</summary>
public sealed class RetentionOptions
{
    /// <summary>What people wrote: the request's text, subject, details, reasons, notes, comments.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan RequestFreeText { get; set; } = TimeSpan.FromDays(730);

    /// <summary>The request row and its history (states, times, who), once its free text is gone.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan RequestMetadata { get; set; } = TimeSpan.FromDays(1825);
}
