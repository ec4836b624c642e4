namespace Switchboard.Host.Tab;

/// <summary>The Reports tab's log events (8001-8009). None ever holds a token.</summary>
internal static partial class TabLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Security: Reports tab refused {Method} {Path} from {Address}: {Reason}")]
    public static partial void Refused(ILogger logger, string method, string path, string address, string reason);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Reports tab: report for {Viewer} refused ({Reason})")]
    public static partial void ReportRefused(ILogger logger, string viewer, Switchboard.Domain.Reports.ReportDenialReason reason);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Reports tab: development sign-in token handed out for {User} (Development only)")]
    public static partial void DevelopmentToken(ILogger logger, string user);
}
