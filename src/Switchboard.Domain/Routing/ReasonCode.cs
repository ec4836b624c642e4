namespace Switchboard.Domain.Routing;

/// <summary>
/// What a routing reason says, one code per sentence. The values a sentence names (a skill, a person, a topic, hours)
/// travel beside the code in <see cref="RoutingReason"/>, so each reader's card can say it in their language;
/// <see cref="EnglishReasons"/> says it as the <c>route</c> command always has.
/// </summary>
/// <remarks>Stored by name in requests' snapshots and event data: rename a code and old requests read as plain text.</remarks>
public enum ReasonCode
{
    /// <summary>A sentence kept as written: a request recorded before reasons had codes, or a colleague's own note.</summary>
    Verbatim,

    // Evidence from the profile (Text: the tenant's words; RelatedField adds ", a related field").
    ProfileSkill,
    DeclaredSkill,
    Responsibility,
    JobTitle,
    AboutMeQuote,
    AboutMeCovers,
    Department,
    Interest,

    // Availability of the person proposed.
    OutsideHoursMayAnswerLater,
    PresenceDoNotDisturb,
    PresenceAway,
    AvailableInWorkingHours,
    InWorkingHours,
    WorkingHoursUnknown,
    WorkingHoursUnknownZone,
    SpeaksYourLanguage,
    OpenRequests,

    // Stronger matches passed over (Name and Level: who they are).
    PassedOverDisabled,
    PassedOverOutOfOfficeAutomatic,
    PassedOverOutOfOfficeUntil,
    PassedOverOutOfOffice,
    PassedOverAtCapacity,
    PassedOverOutsideHoursUrgent,
    PassedOverDoNotDisturbUrgent,
    PassedOverOutsideHours,
    PassedOverDoNotDisturb,
    PassedOverAway,
    PassedOverRanksLower,

    // Nobody found: what is missing, then what to do.
    OnlyYouList,
    AskSecondOpinion,
    UnderstoodButNobodyLists,
    AskWhoHandles,
    NotMatched,

    /// <summary>Text: the names the request writes that nobody's profile, no team and no vocabulary mention.</summary>
    NobodyMentions,
    NameTheSubject,
    PersonalRequest,

    /// <summary>Name: the club or leisure group whose name alone speaks of the request's subject.</summary>
    OnlyAClubNames,

    /// <summary>Text: the language asked for, as the requester wrote it.</summary>
    NobodySpeaksLanguage,

    /// <summary>Text: the language asked for, as the requester wrote it.</summary>
    LanguageSpeakersUnavailable,

    /// <summary>Text: the language asked for, as the requester wrote it (a proposed person speaks it).</summary>
    SpeaksLanguageAsked,
    AskInformally,
    ExpertsUnavailableTeamAsked,
    ExpertsUnavailableNoTeam,
    RetryLaterOrLowerUrgency,
    RetryWhenBack,

    // Teams.
    NobodyListsTeamCovers,
    TeamNamesSkill,
    TeamDescribesRequest,
    TeamDescribesService,
    PostInChannel,
    ServiceHandledBy,
    ServiceHandledByDomain,
    ServiceHandledByFallbackDomain,
    SubjectHandledBy,
    SubjectHandledByDomain,
    SubjectHandledByFallbackDomain,
    TeamOfExperts,
    DomainHandledBy,

    // Experts' own preferences, applied after routing.
    StandsInWhileAway,
    NamedInAutomaticReply,
    Unavailable,
    AwayUntil,
    FocusUntil,
    AtCapacity,
    DoesNotTakeTopic,
    AlreadyListed,

    // The conversation's own fallbacks, and routing's rules applied again when an offer leaves.
    TeamOfExpert,
    EscalatedToManager,
    NoLongerInDirectory,
    TeamHasNoChannel,
}
