using System.Globalization;

namespace Switchboard.Domain.Routing;

/// <summary>
/// Routing's reasons in English, word for word as routing has always written them: the <c>route</c> command's
/// <c>reasons</c>, the request history's readable lines, and what a card falls back to for a code it cannot say.
/// </summary>
public static class EnglishReasons
{
    public static IReadOnlyList<string> Render(IReadOnlyList<RoutingReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var texts = new string[reasons.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Render(reasons[i]);
        }

        return texts;
    }

    public static string Render(RoutingReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = reason.Text ?? string.Empty;
        var name = reason.Name ?? string.Empty;
        return reason.Code switch
        {
            ReasonCode.Verbatim => text,
            ReasonCode.ProfileSkill => Related(reason, $"skill {text}{(reason.Level?.Text is { } level ? $" ({level})" : string.Empty)}{(reason.AskMeAbout ? ", ask me about" : string.Empty)}"),
            ReasonCode.DeclaredSkill => Related(reason, $"skill {text}"),
            ReasonCode.Responsibility => Related(reason, $"responsible for {text}"),
            ReasonCode.JobTitle => Related(reason, $"job title {text}"),
            ReasonCode.AboutMeQuote => Related(reason, $"about me: \"{text}\""),
            ReasonCode.AboutMeCovers => Related(reason, "their about-me text covers the subject"),
            ReasonCode.Department => Related(reason, $"department {text}"),
            ReasonCode.Interest => Related(reason, $"interested in {text}"),

            ReasonCode.OutsideHoursMayAnswerLater => $"outside working hours ({Hours(reason.Hours)} their time), may answer later",
            ReasonCode.PresenceDoNotDisturb => "presence Do Not Disturb",
            ReasonCode.PresenceAway => "presence away or offline right now",
            ReasonCode.AvailableInWorkingHours => "available, in working hours",
            ReasonCode.InWorkingHours => "in working hours",
            ReasonCode.WorkingHoursUnknown => "working hours unknown",
            ReasonCode.WorkingHoursUnknownZone => $"working hours unknown (time zone '{text}' not recognised)",
            ReasonCode.SpeaksYourLanguage => $"speaks your language ({text})",
            ReasonCode.OpenRequests => string.Create(CultureInfo.InvariantCulture, $"{reason.Count} of {reason.Capacity} open requests"),

            ReasonCode.PassedOverDisabled => $"{Who(reason)} has a disabled account",
            ReasonCode.PassedOverOutOfOfficeAutomatic => $"{Who(reason)} is out of office (automatic replies on)",
            ReasonCode.PassedOverOutOfOfficeUntil => $"{Who(reason)} is out of office until {reason.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            ReasonCode.PassedOverOutOfOffice => $"{Who(reason)} is out of office",
            ReasonCode.PassedOverAtCapacity => string.Create(CultureInfo.InvariantCulture, $"{Who(reason)} is at capacity ({reason.Count ?? 0} of {reason.Capacity ?? 0} open requests)"),
            ReasonCode.PassedOverOutsideHoursUrgent => $"{Who(reason)} is outside working hours ({Hours(reason.Hours)} their time) and the request is {Urgency(reason)}",
            ReasonCode.PassedOverDoNotDisturbUrgent => $"{Who(reason)} is in Do Not Disturb and the request is {Urgency(reason)}",
            ReasonCode.PassedOverOutsideHours => $"{Who(reason)} is outside working hours ({Hours(reason.Hours)} their time)",
            ReasonCode.PassedOverDoNotDisturb => $"{Who(reason)} is in Do Not Disturb",
            ReasonCode.PassedOverAway => $"{Who(reason)} is away right now",
            ReasonCode.PassedOverRanksLower => $"{Who(reason)} ranks lower",

            ReasonCode.OnlyYouList => $"you are the only one in the directory who lists {Subject(reason)}",
            ReasonCode.AskSecondOpinion => "ask your manager or a colleague for a second opinion",
            ReasonCode.UnderstoodButNobodyLists => $"understood the request as {string.Join(", ", (reason.Topics ?? []).Select(t => t.English))}, but nobody in the directory lists it as a skill or responsibility and no team covers it",
            ReasonCode.AskWhoHandles => "ask your manager who handles it, or ask the directory owners to add the skill to the right profiles",
            ReasonCode.NobodyMentions => $"nobody in the directory mentions {reason.Text}",
            ReasonCode.NotMatched => "could not match the request to any skill, responsibility or team in the directory",
            ReasonCode.NameTheSubject => "name the tool, system or subject concerned (for example 'SAP', 'payslip', 'VPN'), or ask your manager",
            ReasonCode.PersonalRequest => "this looks like a personal request, not a work one: Switchboard routes work requests to colleagues and desks",
            ReasonCode.NobodySpeaksLanguage => $"nobody in the directory lists {reason.Text} or has it as their language",
            ReasonCode.LanguageSpeakersUnavailable => $"everyone who speaks {reason.Text} is unavailable",
            ReasonCode.SpeaksLanguageAsked => $"speaks {reason.Text}",
            ReasonCode.OnlyAClubNames => $"only {name}, a club, speaks of this: it sounds like leisure, not work",
            ReasonCode.AskInformally => "ask colleagues informally, for example in a social channel",
            ReasonCode.ExpertsUnavailableTeamAsked => $"everyone who knows {Subject(reason)} is unavailable, so their team is asked instead",
            ReasonCode.ExpertsUnavailableNoTeam => $"everyone who knows {Subject(reason)} is unavailable and no team covers it",
            ReasonCode.RetryLaterOrLowerUrgency => "retry later, or lower the urgency if it can wait until they are back at work",
            ReasonCode.RetryWhenBack => "retry when one of them is back, or ask your manager who else can help",

            ReasonCode.NobodyListsTeamCovers => $"nobody lists {Subject(reason)} as a skill or responsibility, but this team covers it",
            ReasonCode.TeamNamesSkill => $"{name} names {text} in its description",
            ReasonCode.TeamDescribesRequest => $"{name} describes this request as its service in its own words",
            ReasonCode.TeamDescribesService => $"{name} describes this service in its own words",
            ReasonCode.PostInChannel => $"post in its channel {text}",
            ReasonCode.ServiceHandledBy => $"service request: {Subject(reason)}, handled by {name}",
            ReasonCode.ServiceHandledByDomain => $"service request: {Subject(reason)} ({reason.Domain?.English}), handled by {name}",
            ReasonCode.ServiceHandledByFallbackDomain => $"service request: {Subject(reason)} ({reason.Domain?.English}, no dedicated team), handled by {name}",
            ReasonCode.SubjectHandledBy => $"subject: {Subject(reason)}, handled by {name}",
            ReasonCode.SubjectHandledByDomain => $"subject: {Subject(reason)} ({reason.Domain?.English}), handled by {name}",
            ReasonCode.SubjectHandledByFallbackDomain => $"subject: {Subject(reason)} ({reason.Domain?.English}, no dedicated team), handled by {name}",
            ReasonCode.TeamOfExperts => $"team of the people who know the subject: {name}",
            ReasonCode.DomainHandledBy => $"request for {reason.Domain?.English}, handled by {name}",

            ReasonCode.StandsInWhileAway => $"stands in for {name} while away",
            ReasonCode.NamedInAutomaticReply => $"{name}'s automatic reply names them for questions while away",
            ReasonCode.Unavailable => $"unavailable: {name}: {(reason.Inner is { } inner ? Render(inner) : "already listed")}",
            ReasonCode.AwayUntil => $"away until {reason.At:O}",
            ReasonCode.FocusUntil => $"in focus mode until {reason.At:O}",
            ReasonCode.AtCapacity => string.Create(CultureInfo.InvariantCulture, $"at capacity ({reason.Count} of {reason.Capacity} open requests)"),
            ReasonCode.DoesNotTakeTopic => $"does not take {text}",
            ReasonCode.AlreadyListed => "already listed",

            ReasonCode.TeamOfExpert => $"the team of {name}, if the people above cannot answer",
            ReasonCode.EscalatedToManager => "nobody else answered in time; you are the first expert's manager",
            ReasonCode.NoLongerInDirectory => "no longer in the directory",
            ReasonCode.TeamHasNoChannel => "the team has no channel to post the request in",
            _ => text,
        };
    }

    private static string Related(RoutingReason reason, string evidence) =>
        reason.RelatedField ? $"{evidence}, a related field" : evidence;

    private static string Who(RoutingReason reason) => $"{reason.Name} ({Level(reason.Level)})";

    private static string Level(ReasonLevel? level) => level?.Kind switch
    {
        LevelKind.Proficiency or LevelKind.JobTitle => level.Text ?? string.Empty,
        LevelKind.DeclaredSkill => "declared skill",
        LevelKind.Responsible => "responsible",
        _ => "matching profile",
    };

    private static string Hours(LocalWorkingHours? hours) =>
        hours is { } known
            ? string.Create(CultureInfo.InvariantCulture, $"{known.Start:HH\\:mm}-{known.End:HH\\:mm}")
            : "unknown hours";

    private static string Subject(RoutingReason reason) => reason.Subject?.English ?? "this subject";

    private static string Urgency(RoutingReason reason) => (reason.Urgency ?? Routing.Urgency.Normal).ToString().ToLowerInvariant();
}
