namespace Switchboard.Domain.Routing;

/// <summary>Where the request goes.</summary>
public enum RoutingDecision
{
    /// <summary>To a person, for their expertise.</summary>
    Person,

    /// <summary>To a team's request channel, as a service request.</summary>
    Group,

    /// <summary>Nowhere suitable: the reasons say what is missing and what the requester can do.</summary>
    None,
}

/// <summary>The kind of directory object a target is.</summary>
public enum RoutingTargetType
{
    User,
    Group,
}

/// <summary>A suggested recipient, with a 0..1 score and short human reasons.</summary>
public sealed record RoutingTarget(RoutingTargetType Type, string Id, string? DisplayName, double Score, IReadOnlyList<string> Reasons);

/// <summary>A vocabulary topic recognised in the request.</summary>
public sealed record UnderstoodTopic(string Id, string Label, bool IsService, double Weight);

/// <summary>The engine's answer: the decision, targets best first, what it understood, and (for <see cref="RoutingDecision.None"/>) why.</summary>
public sealed record RoutingAnswer(
    RoutingDecision Decision,
    IReadOnlyList<RoutingTarget> Targets,
    IReadOnlyList<UnderstoodTopic> Topics,
    IReadOnlyList<string> Reasons);
