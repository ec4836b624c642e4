namespace Switchboard.Cards.Actions;

/// <summary>
/// The verbs the cards send. One verb per decision, named <c>area.decision</c>; the same text is the
/// <c>Action.Execute</c> verb and the <c>verb</c> field of the data (an <c>Action.Submit</c> fallback has no verb of
/// its own, so the data carries it).
/// </summary>
public static class CardVerbs
{
    public const string SubmitQualification = "qualification.submit";
    public const string ConfirmTarget = "proposal.confirm";
    public const string EditQualification = "proposal.edit";
    public const string Withdraw = "request.withdraw";
    public const string AddDetails = "request.addDetails";
    public const string Resolve = "request.resolve";
    public const string Rate = "request.rate";
    public const string AcceptOffer = "offer.accept";
    public const string DeclineOffer = "offer.decline";
    public const string Redirect = "offer.redirect";
    public const string AskDetails = "offer.askDetails";
    public const string DowngradeUrgency = "urgency.downgrade";
    public const string Claim = "group.claim";
    public const string SaveExpertSettings = "settings.save";

    /// <summary>Every verb, for the catalogue and for tests that walk them all.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SubmitQualification, ConfirmTarget, EditQualification, Withdraw, AddDetails, Resolve, Rate, AcceptOffer,
        DeclineOffer, Redirect, AskDetails, DowngradeUrgency, Claim, SaveExpertSettings,
    ];
}

/// <summary>
/// The field names in action data: the fixed ones the card writes (<see cref="Verb"/>, <see cref="RequestId"/>,
/// <see cref="Version"/>, <see cref="TargetIndex"/>) and the ids of the inputs, whose values Teams merges into the
/// same object. Input ids are unique across all the actions of a card, because Teams gathers every input of the card
/// (and of the parent of a shown card) into each submit.
/// </summary>
public static class CardFields
{
    public const string Verb = "verb";
    public const string RequestId = "requestId";
    public const string Version = "version";
    public const string TargetIndex = "targetIndex";

    public const string Subject = "subject";
    public const string Details = "details";
    public const string Kind = "kind";
    public const string Urgency = "urgency";
    public const string Impact = "impact";
    public const string DeadlineDate = "deadlineDate";
    public const string DeadlineTime = "deadlineTime";
    public const string Tried = "tried";
    public const string PreferredTarget = "preferredTarget";
    public const string Justification = "justification";

    public const string AddedDetails = "addedDetails";
    public const string DeclineReason = "declineReason";
    public const string RedirectColleague = "redirectColleague";
    public const string RedirectNote = "redirectNote";
    public const string Question = "askQuestion";
    public const string NewUrgency = "downgradeUrgency";
    public const string DowngradeReason = "downgradeReason";
    public const string RightPerson = "ratingRightPerson";
    public const string Speed = "ratingSpeed";

    public const string FocusUntilDate = "focusUntilDate";
    public const string FocusUntilTime = "focusUntilTime";
    public const string Capacity = "capacity";
    public const string TopicsNotTaken = "topicsNotTaken";
    public const string DelegateId = "delegateId";
}
