using System.ComponentModel.DataAnnotations;

namespace Switchboard.Bot.Conversations;

/// <summary>How Switchboard reaches the Bot Connector on its own initiative (<c>Switchboard:Bot</c>).</summary>
public sealed class BotGatewayOptions
{
    public const string SectionName = "Switchboard:Bot";

    /// <summary>
    /// Where conversations are created for users who never wrote to the bot, and where channel posts go: the
    /// global Teams endpoint, which routes to the tenant's region. Tests point it at a fake connector.
    /// </summary>
    [Required]
    public Uri DefaultServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    /// <summary>
    /// How long one call to the connector may take. A send without an answer by then has an unknown outcome;
    /// keep it well under the dispatcher's lease so that a slow send is not claimed a second time meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
