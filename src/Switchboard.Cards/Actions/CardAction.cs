using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards.Actions;

/// <summary>
/// A card action, parsed and validated: what the person decided, with every field already checked for type, length
/// and allowed values. Whether they may decide it (their request? the card still current?) is the conversation
/// layer's question, answered with <see cref="RequestCardAction.RequestId"/> and <see cref="RequestCardAction.Version"/>.
/// </summary>
public abstract record CardAction
{
    /// <summary>The verb the action came with (<see cref="CardVerbs"/>).</summary>
    public abstract string Verb { get; }
}

/// <summary>
/// An action on one request. <see cref="Version"/> is the request version the card was built from: a card older than
/// the request is stale and its action is refused.
/// </summary>
public abstract record RequestCardAction(string RequestId, int Version) : CardAction;

/// <summary>The requester filled in the qualification form.</summary>
public sealed record SubmitQualification(
    string RequestId,
    int Version,
    string Subject,
    string Details,
    RequestKind Kind,
    Urgency Urgency,
    Impact Impact,
    DateOnly? DeadlineDate,
    TimeOnly? DeadlineTime,
    string Tried,
    PreferredTarget PreferredTarget,
    string Justification) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.SubmitQualification;
}

/// <summary>The requester confirmed a target: 0 is the proposed one, 1 and 2 the alternatives in card order.</summary>
public sealed record ConfirmTarget(string RequestId, int Version, int TargetIndex) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.ConfirmTarget;
}

/// <summary>The requester wants the qualification form back before anything is sent.</summary>
public sealed record EditQualification(string RequestId, int Version) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.EditQualification;
}

public sealed record Withdraw(string RequestId, int Version) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.Withdraw;
}

public sealed record AddDetails(string RequestId, int Version, string Details) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.AddDetails;
}

public sealed record Resolve(string RequestId, int Version) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.Resolve;
}

/// <summary>After resolution: did it reach the right person, and how fast. Feeds the routing statistics.</summary>
public sealed record Rate(string RequestId, int Version, bool RightPerson, RatingSpeed Speed) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.Rate;
}

public sealed record AcceptOffer(string RequestId, int Version) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.AcceptOffer;
}

public sealed record DeclineOffer(string RequestId, int Version, string Reason) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.DeclineOffer;
}

/// <summary>The expert passes the request to a colleague. The id is well formed; whether that colleague exists is the domain's check.</summary>
public sealed record Redirect(string RequestId, int Version, string ColleagueId, string Note) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.Redirect;
}

public sealed record AskDetails(string RequestId, int Version, string Question) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.AskDetails;
}

/// <summary>An expert or manager lowers the urgency. That the new urgency is lower is the domain's rule; the parser checks the value and the reason.</summary>
public sealed record DowngradeUrgency(string RequestId, int Version, Urgency NewUrgency, string Reason) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.DowngradeUrgency;
}

/// <summary>A member of the group takes the request from the channel post.</summary>
public sealed record Claim(string RequestId, int Version) : RequestCardAction(RequestId, Version)
{
    public override string Verb => CardVerbs.Claim;
}

/// <summary>
/// The expert's own controls. <paramref name="Version"/> is the settings version the card showed. The focus end is
/// a local date and time in the expert's zone; the conversation layer turns it into an instant.
/// </summary>
public sealed record SaveExpertSettings(
    int Version,
    DateOnly? FocusUntilDate,
    TimeOnly? FocusUntilTime,
    int Capacity,
    IReadOnlyList<string> TopicsNotTaken,
    string? DelegateId) : CardAction
{
    public override string Verb => CardVerbs.SaveExpertSettings;
}
