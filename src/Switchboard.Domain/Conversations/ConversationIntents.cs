using System.Globalization;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Conversations;

/// <summary>Whether the person's client shows the answer to their action in place (an invoke) or not (a submit, a message).</summary>
public enum AnswerChannel
{
    /// <summary>An <c>Action.Execute</c> invoke: the answer card replaces the card that was clicked.</summary>
    InPlace,

    /// <summary>A message or an <c>Action.Submit</c>: nothing is replaced, so the clicked card is updated through the outbox.</summary>
    Separate,
}

/// <summary>
/// Who acts, in which tenant, and the key that makes a retried activity harmless (see
/// <see cref="IRequestStore.SaveAsync"/>): a message's activity id, or for a card action its verb, request, card
/// version and actor, so that Teams retrying an invoke under a new activity id is still recognised.
/// </summary>
public sealed record Caller(UserId User, string TenantId, string InboundKey, AnswerChannel Channel);

/// <summary>What a turn answers: a card (for an invoke or a reply), a text, or nothing (a retry, or all went to the outbox).</summary>
public sealed record TurnAnswer(string? CardJson, string? Text)
{
    public static TurnAnswer Notice(string text) => new(null, text);

    public static TurnAnswer None { get; } = new(null, null);

    public static TurnAnswer Card(string cardJson) => new(cardJson, null);
}

/// <summary>A decision someone takes about one request through a card, already validated at the boundary.</summary>
public abstract record RequestIntent(RequestId RequestId, int Version);

/// <summary>
/// The qualification form. The deadline is given as the requester's local date and time; the conversation turns it
/// into an instant in their time zone.
/// </summary>
public sealed record QualifyIntent(
    RequestId RequestId,
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
    string Justification) : RequestIntent(RequestId, Version);

/// <summary>The requester confirms a target: 0 is the proposed one, 1 and 2 the alternatives as the card showed them.</summary>
public sealed record ConfirmIntent(RequestId RequestId, int Version, int TargetIndex) : RequestIntent(RequestId, Version);

public sealed record EditIntent(RequestId RequestId, int Version) : RequestIntent(RequestId, Version);

public sealed record WithdrawIntent(RequestId RequestId, int Version) : RequestIntent(RequestId, Version);

public sealed record AddDetailsIntent(RequestId RequestId, int Version, string Text) : RequestIntent(RequestId, Version);

public sealed record ResolveIntent(RequestId RequestId, int Version) : RequestIntent(RequestId, Version);

/// <summary>The requester's rating; <paramref name="Speed"/> from 1 (slow) to 5 (fast).</summary>
public sealed record RateIntent(RequestId RequestId, int Version, bool RightPerson, int Speed) : RequestIntent(RequestId, Version);

public sealed record AcceptIntent(RequestId RequestId, int Version) : RequestIntent(RequestId, Version);

public sealed record DeclineIntent(RequestId RequestId, int Version, string Reason) : RequestIntent(RequestId, Version);

public sealed record RedirectIntent(RequestId RequestId, int Version, UserId Colleague, string Note) : RequestIntent(RequestId, Version);

public sealed record AskDetailsIntent(RequestId RequestId, int Version, string Question) : RequestIntent(RequestId, Version);

public sealed record DowngradeIntent(RequestId RequestId, int Version, Urgency To, string Reason) : RequestIntent(RequestId, Version);

public sealed record ClaimIntent(RequestId RequestId, int Version) : RequestIntent(RequestId, Version);

/// <summary>The expert's controls as the settings card sends them; the focus end is local to the expert.</summary>
public sealed record SaveSettingsIntent(
    int Version,
    DateOnly? FocusUntilDate,
    TimeOnly? FocusUntilTime,
    int Capacity,
    IReadOnlyList<string> TopicsNotTaken,
    UserId? Delegate);

/// <summary>Who reads a card: its language and time zone come from them, never from the thread.</summary>
public sealed record CardReader(UserId User, CultureInfo Culture, TimeZoneInfo TimeZone)
{
    /// <summary>
    /// Set while the directory is served from the last good snapshot of a failing source: the requester's cards say so,
    /// since routing cannot know who joined, left or moved since. Null when the directory is current.
    /// </summary>
    public DirectoryFreshness? StaleDirectory { get; init; }
}

/// <summary>Why an action was refused, as the reader is told; the cards have one text per reason.</summary>
public enum RefusalKind
{
    StaleCard,
    NotYourRequest,
    InvalidInput,
    UnknownAction,
    AlreadyClaimed,
    UrgentBudgetSpent,
}

/// <summary>What a one-line notice tells the person who acted.</summary>
public enum NoticeKind
{
    Declined,
    Redirected,
    Resolved,
}

/// <summary>Why an offer card stops offering: the request is no longer the reader's to answer.</summary>
public enum OfferClosedKind
{
    Withdrawn,
    Declined,
    Redirected,
    Expired,
    TakenByOther,
}

/// <summary>Which side of an introduction a card is for.</summary>
public enum IntroductionSide
{
    Requester,
    Expert,
}

/// <summary>
/// The cards of a conversation, as JSON, built for one reader. A port, so that the flow stays free of the card
/// format; implemented by the cards project, which maps the request to its own view models.
/// </summary>
public interface IRequestCards
{
    /// <summary>The qualification form, pre-filled from the request (or from the earlier answers on an edit).</summary>
    string Qualification(SupportRequest request, UrgencyBudgetStatus budget, CardReader reader);

    /// <summary>The proposed target and up to two alternatives, before anything is sent.</summary>
    string Proposal(SupportRequest request, CardReader reader);

    /// <summary>The requester's status card: where the request stands and every step so far.</summary>
    string Status(SupportRequest request, CardReader reader);

    /// <summary>The offer to the person it is (or was) offered to.</summary>
    string Offer(SupportRequest request, CardReader reader);

    /// <summary>
    /// The requester's card when routing found nobody (<see cref="SupportRequest.NoTargetReasons"/>): what is missing
    /// and what to do, with the way back to the form.
    /// </summary>
    string NoTarget(SupportRequest request, CardReader reader);

    /// <summary>
    /// What an offer card becomes once the request is no longer the reader's to answer, without any action;
    /// <paramref name="other"/> is the colleague it was redirected to, or who took it.
    /// </summary>
    string OfferClosed(SupportRequest request, OfferClosedKind kind, UserId? other, CardReader reader);

    /// <summary>The post in a group's request channel; once claimed, it names who took it and has no action.</summary>
    string GroupPost(SupportRequest request, GroupId group, CardReader reader);

    string Introduction(SupportRequest request, IntroductionSide side, CardReader reader);

    string Settings(ExpertPreferences? preferences, int version, CardReader reader);

    string Refusal(RefusalKind kind, string? field, CardReader reader);

    /// <summary>A one-line answer for an expert whose decision leaves them nothing more to do on the card.</summary>
    string Notice(NoticeKind kind, CardReader reader);

    /// <summary>A short plain-text line for notifications and clients that cannot show cards.</summary>
    string Summary(SupportRequest request, CardReader reader);
}
