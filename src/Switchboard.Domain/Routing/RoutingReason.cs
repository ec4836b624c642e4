using System.Text.Json.Serialization;

namespace Switchboard.Domain.Routing;

/// <summary>
/// One reason routing gives for a target, or for finding none: a <see cref="ReasonCode"/> and the values its sentence
/// names. Built only for the targets returned. The tenant's words (skills, responsibilities, about-me quotes, names,
/// channels) are kept as written; vocabulary topics carry their label in both languages; times, dates and counts are
/// values, so each card says them for its reader (<see cref="Values"/>), and <see cref="ToString"/> says them in English
/// exactly as the <c>route</c> command always has (<see cref="EnglishReasons"/>).
/// </summary>
public sealed record RoutingReason(ReasonCode Code)
{
    /// <summary>The tenant's words: a skill, a responsibility, a job title, an about-me quote, a channel, a language, a time zone, a topic id, a note.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? Text { get; init; }

    /// <summary>A person's or a team's display name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? Name { get; init; }

    /// <summary>A skill's proficiency, or how a person passed over is introduced after their name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ReasonLevel? Level { get; init; }

    /// <summary>Skills only: the person invites questions on it ("ask me about").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AskMeAbout { get; init; }

    /// <summary>Evidence only: it matches through a related field of the subject, not the subject itself.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RelatedField { get; init; }

    /// <summary>The vocabulary topics the sentence names (the subject first); none means "this subject".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<VocabularyLabel>? Topics { get; init; }

    /// <summary>The vocabulary domain the sentence names.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public VocabularyLabel? Domain { get; init; }

    /// <summary>Working hours in the person's zone; null when not known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public LocalWorkingHours? Hours { get; init; }

    /// <summary>The last day of an absence, in the person's zone.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateOnly? Until { get; init; }

    /// <summary>An instant: the end of a focus period or of an absence.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateTimeOffset? At { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int? Count { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int? Capacity { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Urgency? Urgency { get; init; }

    /// <summary>Why, for <see cref="ReasonCode.Unavailable"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public RoutingReason? Inner { get; init; }

    /// <summary>A sentence kept as written (a request recorded before reasons had codes, a colleague's note).</summary>
    public static RoutingReason Verbatim(string text) => new(ReasonCode.Verbatim) { Text = text };

    /// <summary>
    /// Plain sentences are reasons kept as written: requests stored before reasons had codes, and tests, read as they
    /// always did.
    /// </summary>
    public static implicit operator RoutingReason(string text) => Verbatim(text);

    /// <summary>The first topic named, or null for "this subject".</summary>
    [JsonIgnore]
    public VocabularyLabel? Subject => Topics is { Count: > 0 } topics ? topics[0] : null;

    /// <summary>
    /// The values the sentence names, in the order of its placeholders (<c>{0}</c>, <c>{1}</c>...): a string is the
    /// tenant's words; a <see cref="VocabularyLabel"/>, a list of them, a <see cref="ReasonLevel"/>, <see cref="LocalWorkingHours"/>,
    /// a date, an instant, a number, an <see cref="Routing.Urgency"/>, an inner <see cref="RoutingReason"/> or a
    /// <see cref="ReasonPlaceholder"/> are said in the reader's language.
    /// </summary>
    public IReadOnlyList<object> Values() => Code switch
    {
        ReasonCode.Verbatim or ReasonCode.ProfileSkill or ReasonCode.DeclaredSkill or ReasonCode.Responsibility or ReasonCode.JobTitle
            or ReasonCode.AboutMeQuote or ReasonCode.Department or ReasonCode.Interest or ReasonCode.WorkingHoursUnknownZone
            or ReasonCode.SpeaksYourLanguage or ReasonCode.PostInChannel or ReasonCode.DoesNotTakeTopic
            or ReasonCode.NobodySpeaksLanguage or ReasonCode.NobodyMentions or ReasonCode.LanguageSpeakersUnavailable or ReasonCode.SpeaksLanguageAsked => [Text ?? string.Empty],
        ReasonCode.OutsideHoursMayAnswerLater => [HoursValue],
        ReasonCode.OpenRequests or ReasonCode.AtCapacity => [Count ?? 0, Capacity ?? 0],
        ReasonCode.PassedOverOutOfOfficeUntil => [.. Who, Until ?? default],
        ReasonCode.PassedOverAtCapacity => [.. Who, Count ?? 0, Capacity ?? 0],
        ReasonCode.PassedOverOutsideHoursUrgent => [.. Who, HoursValue, Urgency ?? Routing.Urgency.Normal],
        ReasonCode.PassedOverDoNotDisturbUrgent => [.. Who, Urgency ?? Routing.Urgency.Normal],
        ReasonCode.PassedOverOutsideHours => [.. Who, HoursValue],
        ReasonCode.PassedOverDisabled or ReasonCode.PassedOverOutOfOfficeAutomatic or ReasonCode.PassedOverOutOfOffice
            or ReasonCode.PassedOverDoNotDisturb or ReasonCode.PassedOverAway or ReasonCode.PassedOverRanksLower => Who,
        ReasonCode.OnlyYouList or ReasonCode.ExpertsUnavailableTeamAsked or ReasonCode.ExpertsUnavailableNoTeam
            or ReasonCode.NobodyListsTeamCovers => [SubjectValue],
        ReasonCode.UnderstoodButNobodyLists => [Topics ?? []],
        ReasonCode.TeamNamesSkill => [Name ?? string.Empty, Text ?? string.Empty],
        ReasonCode.TeamDescribesRequest or ReasonCode.TeamDescribesService or ReasonCode.TeamOfExperts
            or ReasonCode.StandsInWhileAway or ReasonCode.NamedInAutomaticReply or ReasonCode.TeamOfExpert or ReasonCode.OnlyAClubNames => [Name ?? string.Empty],
        ReasonCode.ServiceHandledBy or ReasonCode.SubjectHandledBy => [SubjectValue, Name ?? string.Empty],
        ReasonCode.ServiceHandledByDomain or ReasonCode.ServiceHandledByFallbackDomain or ReasonCode.SubjectHandledByDomain
            or ReasonCode.SubjectHandledByFallbackDomain => [SubjectValue, DomainValue, Name ?? string.Empty],
        ReasonCode.DomainHandledBy => [DomainValue, Name ?? string.Empty],
        ReasonCode.Unavailable => [Name ?? string.Empty, Inner ?? new RoutingReason(ReasonCode.AlreadyListed)],
        ReasonCode.AwayUntil or ReasonCode.FocusUntil => [At ?? default],
        _ => [],
    };

    /// <summary>The sentence in English, exactly as routing has always written it.</summary>
    public override string ToString() => EnglishReasons.Render(this);

    public bool Equals(RoutingReason? other) =>
        other is not null
        && Code == other.Code
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Equals(Level, other.Level)
        && AskMeAbout == other.AskMeAbout
        && RelatedField == other.RelatedField
        && (Topics ?? []).SequenceEqual(other.Topics ?? [])
        && Equals(Domain, other.Domain)
        && Equals(Hours, other.Hours)
        && Until == other.Until
        && At == other.At
        && Count == other.Count
        && Capacity == other.Capacity
        && Urgency == other.Urgency
        && Equals(Inner, other.Inner);

    public override int GetHashCode() => HashCode.Combine(Code, Text, Name, Level, Hours, Until, Count);

    private object[] Who => [Name ?? string.Empty, Level ?? new ReasonLevel(LevelKind.MatchingProfile)];

    private object HoursValue => (object?)Hours ?? ReasonPlaceholder.UnknownHours;

    private object SubjectValue => (object?)Subject ?? ReasonPlaceholder.ThisSubject;

    private object DomainValue => (object?)Domain ?? ReasonPlaceholder.ThisSubject;
}

/// <summary>A value a sentence names that is itself a word of the reader's language.</summary>
public enum ReasonPlaceholder
{
    /// <summary>"this subject", when no topic was understood.</summary>
    ThisSubject,

    /// <summary>"unknown hours", when the directory does not give them.</summary>
    UnknownHours,
}
