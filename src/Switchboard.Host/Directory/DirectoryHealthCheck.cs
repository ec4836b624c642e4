using Microsoft.Extensions.Diagnostics.HealthChecks;
using Switchboard.Domain.Directory;

namespace Switchboard.Host.DirectoryLoading;

/// <summary>Ready once a directory snapshot is active: before that, every routing answer would be "nobody".</summary>
internal sealed class DirectoryHealthCheck(IPeopleDirectory directory) : IHealthCheck
{
    public const string Name = "directory";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = directory.Current;
        if (snapshot is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No directory snapshot is active yet."));
        }

        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["source"] = directory.Source ?? "",
            ["users"] = snapshot.Users.Count,
            ["groups"] = snapshot.Groups.Count,
        };
        if (snapshot.CapturedAt is { } capturedAt)
        {
            data["capturedAt"] = capturedAt;
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Directory from {directory.Source} is active.", data));
    }
}
