namespace Switchboard.Domain.Conversations;

/// <summary>
/// What the conversation may do beyond the Bot Connector, decided once by the host from what is configured: both
/// need a Graph writer (<see cref="Dispatch.IGraphWriter"/>), since their outbox rows could not be dispatched without one.
/// </summary>
public sealed record ConversationFeatures
{
    /// <summary>Nothing beyond the Bot Connector: the default when Graph is not configured.</summary>
    public static readonly ConversationFeatures None = new();

    /// <summary>
    /// Before the first offer to a person Switchboard has no conversation with, install its app for them through Graph:
    /// without the app, Teams refuses to open the conversation.
    /// </summary>
    public bool InstallAppBeforeFirstOffer { get; init; }

    /// <summary>
    /// On accept or claim, also open the requester's and the expert's one-on-one chat through Graph, install the bot in
    /// it and post the request's summary there (the introductions in each one's chat with the bot are sent all the same).
    /// </summary>
    public bool GroupChatOnAccept { get; init; }
}
