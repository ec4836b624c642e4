namespace Switchboard.Domain.Record;

/// <summary>
/// One retention sweep: turns <see cref="RetentionOptions"/> into cut-off instants from now and asks the store to
/// erase and delete what is older, legal holds permitting. The host runs it daily.
/// </summary>
public sealed class RetentionSweep(IPersonalDataStore store, RetentionOptions retention, TimeProvider time)
{
    public Task<RetentionSweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return store.SweepAsync(now - retention.RequestFreeText, now - retention.RequestMetadata, cancellationToken);
    }
}
