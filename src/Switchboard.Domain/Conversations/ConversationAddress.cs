namespace Switchboard.Domain.Conversations;

/// <summary>
/// Everything needed to write to a user proactively in their personal chat with the bot, kept in the store
/// (never in memory) so that proactive messages survive restarts and work from any instance.
/// </summary>
/// <param name="AadObjectId">The user's Entra object id (the directory's user id).</param>
/// <param name="TenantId">The tenant the conversation lives in.</param>
/// <param name="ServiceUrl">The Bot Connector endpoint for that conversation.</param>
/// <param name="ConversationId">The personal conversation id.</param>
/// <param name="ChannelAccountId">The user's channel-specific id (<c>29:...</c> in Teams).</param>
/// <param name="BotId">The bot's channel account id (<c>28:...</c> in Teams).</param>
/// <param name="Locale">The last locale the user's client reported, used to answer in their language.</param>
/// <param name="UpdatedAt">When this address was last seen on an incoming activity.</param>
public sealed record ConversationAddress(
    string AadObjectId,
    string TenantId,
    Uri ServiceUrl,
    string ConversationId,
    string ChannelAccountId,
    string BotId,
    string? Locale,
    DateTimeOffset UpdatedAt);

/// <summary>Stores where each user can be reached.</summary>
public interface IConversationAddressBook
{
    /// <summary>Records the address, replacing an older one for the same user and tenant.</summary>
    Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken);

    Task<ConversationAddress?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);
}
