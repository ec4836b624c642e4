using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Record;

namespace Switchboard.Storage.Record;

/// <summary>
/// Refuses to start PostgreSQL outside Development without <see cref="RecordOptions.PseudonymKey"/>. PostgreSQL is
/// the scale-out store: several instances write to one record, and without a configured key each would generate its
/// own in its local data folder, so one person would get a different pseudonym per instance and the record could no
/// longer answer "everything about this person". Development keeps the generated file key for one-machine trials.
/// </summary>
internal sealed class RecordStartupSafetyValidator(IHostEnvironment environment, IOptions<StorageOptions> storage)
    : IValidateOptions<RecordOptions>
{
    public const string PseudonymKeyKey = RecordOptions.SectionName + ":" + nameof(RecordOptions.PseudonymKey);

    public ValidateOptionsResult Validate(string? name, RecordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment.IsDevelopment() || !string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            return ValidateOptionsResult.Success;
        }

        StorageProvider provider;
        try
        {
            provider = storage.Value.Provider;
        }
        catch (OptionsValidationException)
        {
            // The storage settings are invalid: their own validation reports why at the same start, once. Judging
            // the key against a store that cannot start would only repeat that failure.
            return ValidateOptionsResult.Skip;
        }

        if (provider != StorageProvider.Postgres)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"{PseudonymKeyKey} is empty: with PostgreSQL outside Development every instance must share one pseudonym key " +
            "(at least 32 random bytes in base64, e.g. from 'openssl rand -base64 32'; keep it: changing it splits the record).");
    }
}
