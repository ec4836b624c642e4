namespace Switchboard.Cards.Views;

/// <summary>A topic an expert may say they do not take.</summary>
public sealed record TopicChoice(string Id, string Label);

/// <summary>
/// The expert's own controls as they stand. <paramref name="Version"/> is the settings version, so a save from an old
/// card is recognised; <paramref name="Topics"/> are the expert's topics, <paramref name="TopicsNotTaken"/> the ids
/// among them they currently refuse; <paramref name="Colleagues"/> are the possible delegates, and include the current
/// <paramref name="DelegateId"/> (a choice set can only show a value that is one of its choices).
/// </summary>
public sealed record ExpertSettingsView(
    int Version,
    DateTimeOffset? FocusUntil,
    int Capacity,
    IReadOnlyList<TopicChoice> Topics,
    IReadOnlyList<string> TopicsNotTaken,
    IReadOnlyList<Colleague> Colleagues,
    string? DelegateId);

/// <summary>
/// A manager's summary of a period. Null figures have no data yet (no rating, no answered request) and are shown as
/// such rather than as zero.
/// </summary>
public sealed record ReportSummaryView(
    DateOnly From,
    DateOnly To,
    int Received,
    int Resolved,
    int Escalated,
    TimeSpan? MedianFirstAnswer,
    double? RightPersonRate,
    Uri ReportTabUrl);

/// <summary>Why an action or a message could not be served, in words the reader can act on.</summary>
public enum CardErrorReason
{
    /// <summary>The card is older than the request.</summary>
    StaleCard,

    /// <summary>The action was on a request that is not the reader's to act on.</summary>
    NotYourRequest,

    /// <summary>A field was refused; <see cref="ErrorView.Field"/> says which when it is known.</summary>
    InvalidInput,

    UnknownAction,

    /// <summary>Someone else took the group request first.</summary>
    AlreadyClaimed,

    /// <summary>No urgent request left this week.</summary>
    UrgentBudgetSpent,

    /// <summary>Something failed on Switchboard's side.</summary>
    Unavailable,
}

/// <summary>An error card: the reason and, for <see cref="CardErrorReason.InvalidInput"/>, the field (a <c>CardFields</c> name).</summary>
public sealed record ErrorView(CardErrorReason Reason, string? Field = null);

/// <summary>The greeting and help card; experts also see their own commands.</summary>
public sealed record GreetingView(bool IsExpert);
