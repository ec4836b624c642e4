namespace Switchboard.Bot;

/// <summary>
/// Event ids of the bot's log events, in one place so operators can alert on them and none is reused.
/// 1000-1099 security, 1100-1199 turns, 1200-1299 conversation addresses, 1300-1399 proactive sends.
/// </summary>
internal static class BotEventIds
{
    public const int ActivityRejected = 1001;
    public const int AuthenticationDisabled = 1002;
    public const int RequestRefused = 1003;
    public const int RefusalsSuppressed = 1004;

    public const int TurnFailed = 1101;
    public const int GreetingSent = 1102;
    public const int MessageCommand = 1103;
    public const int CardActionRefused = 1104;

    public const int AddressRecorded = 1201;
    public const int AddressIncomplete = 1202;

    public const int ConversationCreated = 1301;
}
