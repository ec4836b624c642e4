using System.ComponentModel.DataAnnotations;

namespace Switchboard.Host.DirectoryLoading;

/// <summary>Where the directory comes from (section <c>Switchboard:Directory</c>).</summary>
internal sealed class DirectoryOptions : IValidatableObject
{
    public const string SectionName = "Switchboard:Directory";

    /// <summary>
    /// A snapshot file in the routing contract's format (a Graph export, an evaluation tenant, the output of
    /// <c>demo-tenant</c>). Relative paths are taken from the content root. Empty: no file, the next source applies.
    /// </summary>
    public string? SnapshotFile { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Checked at start-up so a typo in the path stops the host with one clear line instead of a failed load later.
        if (!string.IsNullOrWhiteSpace(SnapshotFile) && !File.Exists(SnapshotFile))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(SnapshotFile)} names '{SnapshotFile}', which does not exist.",
                [nameof(SnapshotFile)]);
        }
    }
}
