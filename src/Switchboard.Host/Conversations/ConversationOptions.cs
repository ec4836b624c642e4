using System.ComponentModel.DataAnnotations;

namespace Switchboard.Host.Conversations;

/// <summary>The conversation layer's settings, under <c>Switchboard:Conversations</c>.</summary>
internal sealed class ConversationOptions
{
    public const string SectionName = "Switchboard:Conversations";

    /// <summary>How often the expiry clock looks for offers past their time. Offers last minutes to days, so a minute is prompt enough.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Offers moved on per tick at most; the rest wait for the next tick rather than hold one long transaction chain.</summary>
    [Range(1, 10_000)]
    public int ExpiryBatchSize { get; set; } = 100;

    /// <summary>Whether the expiry clock runs in this instance (tests drive it by hand).</summary>
    public bool RunExpiryClock { get; set; } = true;

    /// <summary>
    /// On accept, also open the requester's and the expert's one-on-one Teams chat through Graph, with the bot in it,
    /// and post the introduction there. Off by default: it needs Graph write permissions (Chat.Create and
    /// TeamsAppInstallation.ReadWriteSelfForChat.All) and <c>Switchboard:Graph:TeamsAppCatalogId</c>; without a Graph
    /// writer it does nothing.
    /// </summary>
    public bool GroupChatOnAccept { get; set; }
}
