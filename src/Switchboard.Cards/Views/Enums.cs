namespace Switchboard.Cards.Views;

/// <summary>What the requester needs, as they say it on the qualification form.</summary>
public enum NeedKind
{
    Question,
    Decision,
    Review,
    Problem,
    Access,
}

/// <summary>Who the requester would like the request to go to.</summary>
public enum PreferredTarget
{
    /// <summary>Let Switchboard decide.</summary>
    Auto,
    Person,
    Team,
}

/// <summary>How fast the requester felt the answer came.</summary>
public enum RatingSpeed
{
    Fast,
    Acceptable,
    Slow,
}
