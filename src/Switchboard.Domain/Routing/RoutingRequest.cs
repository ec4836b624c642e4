namespace Switchboard.Domain.Routing;

/// <summary>How soon the requester needs an answer.</summary>
public enum Urgency
{
    Low,
    Normal,
    High,
    Critical,
}

/// <summary>How many people the problem affects.</summary>
public enum Impact
{
    Individual,
    Team,
    Department,
    Company,
}

/// <summary>One request to route: who asks, what, how urgently, and when (the time decides who is at work).</summary>
public sealed record RoutingRequest(string RequesterId, string Text, Urgency Urgency, Impact Impact, DateTimeOffset At)
{
    /// <summary>High and critical requests cannot wait for someone off-hours or in Do Not Disturb.</summary>
    public bool IsUrgent => Urgency is Urgency.High or Urgency.Critical;
}
