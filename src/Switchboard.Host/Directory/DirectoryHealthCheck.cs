using Microsoft.Extensions.Diagnostics.HealthChecks;
using Switchboard.Domain.Directory;

namespace Switchboard.Host.DirectoryLoading;

/// <summary>
/// Ready once a directory snapshot is active: before that, every routing answer would be "nobody". Degraded, not
/// failing, while the snapshot is the last good one of a source that cannot be reached: the bot still answers (and
/// says so), so taking the instance out of rotation would only make things worse; the status tells operators.
/// </summary>
internal sealed class DirectoryHealthCheck(IPeopleDirectory directory, IDirectoryFreshness freshness) : IHealthCheck
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

        var state = freshness.Current;
        if (state.IsStale)
        {
            data["failingSince"] = state.FailingSince!.Value;
            data["failure"] = state.Failure ?? string.Empty;
            if (state.AsOf is { } asOf)
            {
                data["asOf"] = asOf;
            }

            return Task.FromResult(HealthCheckResult.Degraded(
                $"Serving the last good directory snapshot: {state.Source} has failed since {state.FailingSince:O}.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Directory from {directory.Source} is active.", data));
    }
}
