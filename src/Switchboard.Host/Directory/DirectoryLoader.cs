using Switchboard.Domain.Directory;

namespace Switchboard.Host.DirectoryLoading;

/// <summary>
/// Loads the configured directory source once the host starts and activates the snapshot. It runs in the
/// background so the host answers liveness probes while a large directory loads; readiness waits for it.
/// A failed load stops the host: serving without a directory would only route every request to nobody.
/// </summary>
internal sealed partial class DirectoryLoader(
    DirectorySourceSelector selector,
    IServiceProvider services,
    IPeopleDirectory directory,
    TimeProvider timeProvider,
    ILogger<DirectoryLoader> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => LoadAsync(stoppingToken);

    internal async Task LoadAsync(CancellationToken cancellationToken)
    {
        var chosen = selector.Select();
        var source = chosen.Create(services);
        if (chosen.LoadsItself)
        {
            LogLoadedElsewhere(source.Name);
            return;
        }

        LogLoading(source.Name);
        var started = timeProvider.GetTimestamp();

        DirectorySnapshot snapshot;
        try
        {
            snapshot = await source.LoadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogLoadFailed(exception, source.Name);
            throw;
        }

        directory.Activate(snapshot, source.Name);
        var elapsedMilliseconds = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        LogActivated(source.Name, snapshot.Users.Count, snapshot.Groups.Count, elapsedMilliseconds);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Loading the directory from {Source}")]
    private partial void LogLoading(string source);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "The directory comes from {Source}, which loads and refreshes it on its own schedule")]
    private partial void LogLoadedElsewhere(string source);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Directory from {Source} is active: {UserCount} users, {GroupCount} groups, loaded in {ElapsedMilliseconds} ms")]
    private partial void LogActivated(string source, int userCount, int groupCount, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Critical, Message = "Loading the directory from {Source} failed; the host stops")]
    private partial void LogLoadFailed(Exception exception, string source);
}
