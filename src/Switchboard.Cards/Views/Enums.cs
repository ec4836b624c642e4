namespace Switchboard.Cards.Views;

/// <summary>How fast the requester felt the answer came.</summary>
public enum RatingSpeed
{
    Fast,
    Acceptable,
    Slow,
}
