using System.Text.Json.Serialization;

namespace Switchboard.Domain.Routing.Vocabulary;

/// <summary>
/// The JSON shape of a vocabulary file: the built-in files under <c>Routing/Vocabulary/</c> and any
/// extension file an administrator adds. Files are merged: a topic or domain with an existing id
/// gains the new terms, a new id is added.
/// </summary>
public sealed record VocabularyDocument
{
    public IReadOnlyList<string>? StopWords { get; init; }

    /// <summary>
    /// Words of a job title that say a rank or a role, not a field ("Responsable", "Chargée de", "Head of", "Lead"): a title is matched on its
    /// field only, so "qui peut prendre en charge…" or "qui est responsable…" does not reach every "Chargé de…" or "Responsable…".
    /// </summary>
    public IReadOnlyList<string>? JobTitleRoleWords { get; init; }

    /// <summary>Words that mark a group as social (afterwork, running club...): such groups never receive requests.</summary>
    public IReadOnlyList<string>? SocialGroupMarkers { get; init; }

    /// <summary>Words that mark a group as a project team: they work on their project, they are not a service queue.</summary>
    public IReadOnlyList<string>? ProjectGroupMarkers { get; init; }

    /// <summary>
    /// Words that mark a project team only in a group's name ("Harvest Robot Pilot", "Heat Treatment Trial - Bristol"): in a description
    /// they are a desk's subject as often ("sea trials", "pilot bookings").
    /// </summary>
    public IReadOnlyList<string>? ProjectGroupNameMarkers { get; init; }

    /// <summary>
    /// First words of a group's name that mark an all-hands or announcement group ("All Finance", "Tous les salariés", "Company news"):
    /// everyone is a member, nobody is on duty, so it never receives requests. Only the first word is checked, so "Support for all" stays a desk.
    /// </summary>
    public IReadOnlyList<string>? BroadcastGroupNameStarts { get; init; }

    /// <summary>
    /// Phrases by which a requester asks for a person's knowledge rather than a desk's service ("qui connaît", "who knows", "expert",
    /// "second opinion"), matched as consecutive words before stop words are removed.
    /// </summary>
    public IReadOnlyList<string>? ExpertiseCues { get; init; }

    /// <summary>Phrases saying something is broken or blocked ("ne marche plus", "keeps dropping"): a problem for a desk to fix.</summary>
    public IReadOnlyList<string>? ProblemCues { get; init; }

    /// <summary>
    /// Phrases asking a colleague to review or take over the requester's own work ("second opinion", "relire", "who else"): then the requester's
    /// own knowledge of the subject is what a stand-in must share.
    /// </summary>
    public IReadOnlyList<string>? ReviewCues { get; init; }

    /// <summary>
    /// Phrases asking for another person, not a service ("qui d'autre", "who else", "a second opinion"): a desk never covers for the
    /// requester nor gives a second opinion, whatever desk the request's words ("primes", "débit") would reach.
    /// </summary>
    public IReadOnlyList<string>? AnotherPersonCues { get; init; }

    /// <summary>
    /// Phrases asking for a thing to be done or sent ("besoin de mon AEM", "il faudrait un photographe", "certificate of origin needed"):
    /// with none of <see cref="PersonAskedCues"/>, the desk whose description names the subject delivers it, whatever kind of subject.
    /// </summary>
    public IReadOnlyList<string>? ThingAskedCues { get; init; }

    /// <summary>Words asking for a person or their knowledge ("quelqu'un", "who", "un avis", "need help with"): the thing asked is someone's judgement.</summary>
    public IReadOnlyList<string>? PersonAskedCues { get; init; }

    /// <summary>
    /// Groups of expressions meaning the same thing at work, in French and English ("rouge à lèvres", "lipstick"; "avarie commune",
    /// "general average"): a request written in one form reaches profiles and desks written in another, when the directory does not use
    /// the request's own form.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? Translations { get; init; }

    /// <summary>
    /// A general French-English lexicon of the same shape as <see cref="Translations"/> ("chêne", "oak"; "recuit", "annealing"), written
    /// for no tenant in particular. Its words also name the context of a request ("pellets" in a feed question), so it only bridges what a
    /// knowledge question asks about ("qui connaît bien l'affrètement ?" reaching "Ship chartering"); a tenant's own
    /// <see cref="Translations"/> apply to every word.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? Lexicon { get; init; }

    /// <summary>
    /// Asides about the requester's own absence ("pendant mes congés", "while I'm on leave"): when the request is something else (who
    /// covers for them), their words name no subject, so a leave request to HR is not guessed from them.
    /// </summary>
    public IReadOnlyList<string>? AbsenceAsides { get; init; }

    /// <summary>How the requester wants to be reached ("on the phone", "au tel"): never the subject, a phone's desk is not asked.</summary>
    public IReadOnlyList<string>? ContactAsides { get; init; }

    /// <summary>
    /// Someone else's departure or absence ("depuis que Réjean a pris sa retraite", "Geneviève est en vacances") and the holidays as a
    /// time ("pendant les vacances de Noël"): who took over their work, or what happens then, is asked; a pension or leave is not.
    /// </summary>
    public IReadOnlyList<string>? DepartureAsides { get; init; }

    /// <summary>
    /// A place named after a department ("dans les bureaux compta", "côté compta", "in the accounts office"): where the cold office or the
    /// flickering light is, not what is asked.
    /// </summary>
    public IReadOnlyList<string>? PlaceAsides { get; init; }

    /// <summary>
    /// A greeting to a department ("Hi HR", "Bonjour la compta"): whom the requester writes to, never what is asked; the department's
    /// word would otherwise pick the person whose job title holds it ("HR-Assistentin") over the desk the request describes.
    /// </summary>
    public IReadOnlyList<string>? GreetingAsides { get; init; }

    /// <summary>
    /// How the question asks for whoever takes care of something ("who organises that?", "qui s'occupe de la commande ?"): the asking
    /// verb is never the subject; "organises" would otherwise pick an events organiser for an evacuation drill.
    /// </summary>
    public IReadOnlyList<string>? AskingAsides { get; init; }

    /// <summary>
    /// Units written after a number whose abbreviation is also a subject's ("5 mL" is no machine learning, "30 po" no purchase order,
    /// "12 pi" no intellectual property): after a number they are a measure, never what is asked.
    /// </summary>
    public IReadOnlyList<string>? NumberUnits { get; init; }

    /// <summary>
    /// Words that follow a knowledge cue without being what is asked about ("who's our specialist", "qqn pour diagnostiquer", "the
    /// proper way", "le paramétrage de"): unknown to a directory, they are not a subject nobody has heard of.
    /// </summary>
    public IReadOnlyList<string>? NeverAskedNames { get; init; }

    /// <summary>
    /// Phrases asking who can do something ("qui peut", "who can", "qqn pour"): with an absence aside ("pendant mes vacances") the
    /// request asks for a stand-in, as "qui d'autre" does.
    /// </summary>
    public IReadOnlyList<string>? WhoCanCues { get; init; }

    /// <summary>
    /// Phrases asking someone to place an order ("qui peut commander", "who can order", "qui passe la commande"): without a knowledge
    /// cue ("je sais pas quel tamis"), the order is the service asked for, whoever knows the thing ordered.
    /// </summary>
    public IReadOnlyList<string>? OrderCues { get; init; }

    /// <summary>The id of the topic an order asked for (<see cref="OrderCues"/>) makes decisive: purchasing, as its own
    /// <see cref="TopicDefinition.DecisiveWith"/> words would.</summary>
    public string? OrderTopic { get; init; }

    /// <summary>Words of leisure time ("samedi", "ce soir", "weekend"): a club's outing is spoken of with them.</summary>
    public IReadOnlyList<string>? LeisureTimeCues { get; init; }

    /// <summary>
    /// Phrases of a desk's description that send requests elsewhere ("contactez", "please contact", "voir", "adressez-vous à"): the
    /// sentence holding one names what the desk does not take, so it is left out when the desk is indexed.
    /// </summary>
    public IReadOnlyList<string>? RedirectCues { get; init; }

    /// <summary>Phrases whose next words name the knowledge asked for ("qui connaît", "experience with", "code en").</summary>
    public IReadOnlyList<string>? KnowledgeCues { get; init; }

    /// <summary>
    /// Phrases that mark a personal, non-work request ("my own car", "mon déménagement", "wedding photographer"), matched as consecutive
    /// words before stop words are removed: such a request gets <c>none</c>, not a desk reached through a generic word ("move", "car").
    /// </summary>
    public IReadOnlyList<string>? PersonalCues { get; init; }

    /// <summary>
    /// Spoken languages by code ("pt", "ro") with their names in French, English and their own ("portugais", "Portuguese", "português"):
    /// a request asking who speaks one ("quelqu'un parle roumain ?") is answered only by people who list it or whose preferred language
    /// it is.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? SpokenLanguages { get; init; }

    /// <summary>Words that make a language named in a request the thing asked for ("parle", "speak", "traduire"), not a passing mention.</summary>
    public IReadOnlyList<string>? SpokenLanguageCues { get; init; }

    /// <summary>
    /// Domains that do handle life events at work (HR, payroll: leave for one's wedding, a relocation allowance): a personal cue does not
    /// make a request personal when one of its main subjects belongs to one of them.
    /// </summary>
    public IReadOnlyList<string>? PersonalEventDomains { get; init; }

    /// <summary>
    /// Topics that are work whatever the life around them (an expense claim for driving one's own car): a personal cue does not make a
    /// request personal when one of its main subjects is one of them.
    /// </summary>
    public IReadOnlyList<string>? PersonalEventTopics { get; init; }

    /// <summary>
    /// Service topics whose object is a tool or system ("access", "account", "SSO"): a request for access to a tool is the desk's service
    /// even when someone holds the tool as a skill, unless the requester asks for someone's knowledge.
    /// </summary>
    public IReadOnlyList<string>? ToolServiceTopics { get; init; }

    /// <summary>
    /// The topic of breakdowns and repairs ("machine breakdowns and maintenance"): a problem reported with nobody's knowledge asked for
    /// ("la tempereuse affiche erreur E07", "stabiliser alarm keeps coming on") goes to the desk that takes it, not to whoever holds
    /// the machine as a skill.
    /// </summary>
    public string? BreakdownTopic { get; init; }

    /// <summary>Domains whose problems have their own desks (IT, software, security): a breakdown of theirs is not the repair desk's.</summary>
    public IReadOnlyList<string>? BreakdownExcludedDomains { get; init; }

    /// <summary>Words that name a team's intake channel (Requests, Demandes, Support...).</summary>
    public IReadOnlyList<string>? RequestChannelMarkers { get; init; }

    public IReadOnlyList<DomainDefinition>? Domains { get; init; }

    public IReadOnlyList<TopicDefinition>? Topics { get; init; }
}

/// <summary>A department-sized area (IT, HR, legal...) whose terms let a group description claim the whole area.</summary>
public sealed record DomainDefinition
{
    public required string Id { get; init; }
    public string? Label { get; init; }

    /// <summary>The label French cards show; the English <see cref="Label"/> when absent.</summary>
    public string? LabelFr { get; init; }

    public IReadOnlyList<string>? Terms { get; init; }

    /// <summary>Domains whose teams may take this domain's service requests when it has no team of its own (security falls back to IT).</summary>
    public IReadOnlyList<string>? FallbackDomains { get; init; }
}

/// <summary>One subject a request can be about, with its words in both languages.</summary>
public sealed record TopicDefinition
{
    public required string Id { get; init; }
    public string? Label { get; init; }

    /// <summary>The label French cards show; the English <see cref="Label"/> when absent.</summary>
    public string? LabelFr { get; init; }

    public string? Domain { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<TopicKind>))]
    public TopicKind? Kind { get; init; }

    public IReadOnlyList<string>? Terms { get; init; }

    /// <summary>
    /// Words that, written anywhere in a request one of the topic's terms names it in, make the topic the request's decisive subject: a
    /// contract (a weak word on its own) that someone must "relire" before signing is a contract review, not a question about its
    /// context (the subcontractor, the steel price).
    /// </summary>
    public IReadOnlyList<string>? DecisiveWith { get; init; }
}

/// <summary>Whether a team usually handles the subject as a service, or a person's expertise is needed.</summary>
public enum TopicKind
{
    Expertise,
    Service,
}
