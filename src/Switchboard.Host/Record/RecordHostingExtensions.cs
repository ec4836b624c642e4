using Microsoft.Extensions.Options;
using Switchboard.Domain.Record;
using Switchboard.Host.Record;

// In the host's root namespace so the composition root calls it without a using.
namespace Switchboard.Host;

/// <summary>The record's scheduled work: checkpoints of the chain head and the daily retention sweep.</summary>
internal static class RecordHostingExtensions
{
    /// <summary>Needs the record's stores, which <c>AddSwitchboardStorage</c> registers with its options.</summary>
    public static IHostApplicationBuilder AddSwitchboardRecord(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => new RetentionSweep(
            provider.GetRequiredService<IPersonalDataStore>(),
            provider.GetRequiredService<IOptions<RecordOptions>>().Value.Retention,
            provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<AuditCheckpointService>();
        builder.Services.AddHostedService<RetentionSweepService>();
        return builder;
    }
}
