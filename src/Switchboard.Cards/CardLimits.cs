namespace Switchboard.Cards;

/// <summary>
/// Every length and count limit of the cards in one place. The same numbers are the inputs' <c>maxLength</c> on the
/// cards and the parser's checks on what comes back: Teams does not enforce <c>maxLength</c> for a tampered or
/// scripted submit, so the parser enforces it again. Display limits keep a card well under Teams' 28 KB message cap
/// even when every field is full.
/// </summary>
public static class CardLimits
{
    /// <summary>A request's subject, as typed and as shown.</summary>
    public const int Subject = 200;

    /// <summary>The request's details and any details added later.</summary>
    public const int Details = 4000;

    /// <summary>What the requester already tried.</summary>
    public const int Tried = 2000;

    /// <summary>The one-line justification of a high or critical urgency, and the reason for a downgrade.</summary>
    public const int Justification = 200;

    /// <summary>A decline reason, a redirect note, a question to the requester.</summary>
    public const int ShortText = 1000;

    /// <summary>A display name, a team name, a topic label, or one routing reason as shown.</summary>
    public const int Name = 120;

    /// <summary>A request, person, group or topic id carried in action data.</summary>
    public const int Id = 128;

    /// <summary>How many alternatives a proposal shows besides the chosen target.</summary>
    public const int Alternatives = 2;

    /// <summary>How many reasons are shown for one target.</summary>
    public const int ReasonsPerTarget = 4;

    /// <summary>How many timeline steps the status card shows (the most recent ones).</summary>
    public const int TimelineSteps = 20;

    /// <summary>How many colleagues or topics a choice set offers.</summary>
    public const int Choices = 50;

    /// <summary>The most requests an expert can say they take at once.</summary>
    public const int MaxCapacity = 20;

    /// <summary>
    /// The largest message Teams accepts from a bot, card included. Not enforced here: the text limits above are
    /// chosen so that the fullest card stays well under it, and a test holds them to that.
    /// </summary>
    public const int TeamsMessageBytes = 28 * 1024;

    /// <summary>The subject's length in the pre-filled first chat message of an introduction.</summary>
    public const int DeepLinkSubject = 120;
}
