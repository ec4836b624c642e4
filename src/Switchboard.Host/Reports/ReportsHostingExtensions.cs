using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;

// In the host's root namespace so the composition root calls it without a using.
namespace Switchboard.Host;

/// <summary>The managers' routing reports: who may see what, and the service every report goes through.</summary>
internal static class ReportsHostingExtensions
{
    /// <summary>Needs the directory and the storage (the report source, the record), registered by their own layers.</summary>
    public static IHostApplicationBuilder AddSwitchboardReports(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton(provider => new ReportAccessPolicy(
            provider.GetRequiredService<IPeopleDirectory>(),
            provider.GetRequiredService<IOptions<ReportsOptions>>().Value));
        services.TryAddSingleton(provider => new ReportService(
            provider.GetRequiredService<IReportSource>(),
            provider.GetRequiredService<ReportAccessPolicy>(),
            provider.GetRequiredService<IPeopleDirectory>(),
            provider.GetRequiredService<IAuditLog>(),
            provider.GetRequiredService<AuditPseudonyms>(),
            provider.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
