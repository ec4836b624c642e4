using Microsoft.Extensions.Logging;

namespace Switchboard.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Migrating the {Provider} database: {PendingCount} migration(s) pending")]
    public static partial void Migrating(ILogger logger, StorageProvider provider, int pendingCount);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "The {Provider} database schema is at migration {Migration}")]
    public static partial void Migrated(ILogger logger, StorageProvider provider, string migration);
}
