using Microsoft.Bot.Schema;

namespace Switchboard.Bot.Conversations;

/// <summary>Where in Teams an activity happens.</summary>
internal static class TeamsScopes
{
    /// <summary>The user's one-to-one chat with the bot: the only place Switchboard greets and records addresses.</summary>
    public static bool IsPersonal(IActivity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.Ordinal);
}
