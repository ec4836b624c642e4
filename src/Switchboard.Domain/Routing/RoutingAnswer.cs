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

/// <summary>A suggested recipient, with a 0..1 score and short reasons.</summary>
/// <param name="Why">The reasons, each a code and its values, said in each reader's language by the cards.</param>
public sealed record RoutingTarget(RoutingTargetType Type, string Id, string? DisplayName, double Score, IReadOnlyList<RoutingReason> Why)
{
    /// <summary>The reasons in English, as the <c>route</c> command gives them.</summary>
    public IReadOnlyList<string> Reasons => EnglishReasons.Render(Why);
}

/// <summary>A vocabulary topic recognised in the request.</summary>
public sealed record UnderstoodTopic(string Id, string Label, bool IsService, double Weight)
{
    /// <summary>The French label; the English <see cref="Label"/> when the vocabulary gives none.</summary>
    public string LabelFr { get; init; } = Label;

    /// <summary>The topic as a reason names it, in both languages.</summary>
    public VocabularyLabel AsLabel() => new(Id, Label, LabelFr);
}

/// <summary>The engine's answer: the decision, targets best first, what it understood, and (for <see cref="RoutingDecision.None"/>) why.</summary>
public sealed record RoutingAnswer(
    RoutingDecision Decision,
    IReadOnlyList<RoutingTarget> Targets,
    IReadOnlyList<UnderstoodTopic> Topics,
    IReadOnlyList<RoutingReason> Why)
{
    /// <summary>The reasons in English, as the <c>route</c> command gives them.</summary>
    public IReadOnlyList<string> Reasons => EnglishReasons.Render(Why);
}
