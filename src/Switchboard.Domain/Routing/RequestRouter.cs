using Switchboard.Domain.Routing.Text;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Routing;

/// <summary>
/// The routing engine. For one request: understand the text, then
/// 1. a service request (password, badge, payslip...) goes to the team whose description covers it;
/// 2. otherwise rank the people whose profiles match, drop those who must not be disturbed, explain the choice;
/// 3. if every qualified person is away, fall back to a team covering the subject;
/// 4. else answer <see cref="RoutingDecision.None"/> saying what is missing.
/// Stateless and thread-safe: all state lives in the <see cref="RoutingIndex"/> and the workload.
/// </summary>
public sealed partial class RequestRouter : IRequestRouter
{
    private static readonly HashSet<int> NoExperts = [];

    public RoutingAnswer Route(RoutingRequest request, RoutingIndex index, IWorkload workload, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(workload);

        // The rules weigh the strongest few candidates against each other, so they always see at least the default number: asking for
        // fewer targets (a card proposing three, a reply naming one) shortens the answer, it does not change who comes first.
        var wanted = Math.Max(1, top ?? index.Options.DefaultTop);
        var answer = Decide(request, index, workload, Math.Max(wanted, index.Options.DefaultTop));
        return answer.Targets.Count <= wanted ? answer : answer with { Targets = [.. answer.Targets.Take(wanted)] };
    }

    private static RoutingAnswer Decide(RoutingRequest request, RoutingIndex index, IWorkload workload, int limit)
    {
        var understanding = RequestUnderstanding.Analyze(request.Text ?? string.Empty, index);
        var understood = understanding.Topics
            .Select(t => new UnderstoodTopic(t.Topic.Id, t.Topic.Label, t.Topic.Kind == TopicKind.Service, Math.Round(t.Weight, 2)) { LabelFr = t.Topic.LabelFr })
            .ToList();

        // "A mechanic for my own car", "a wedding photographer": not work, whatever desk a generic word ("car", "move") would reach.
        // Life events that HR or payroll handle (leave for one's wedding) stay work, and so does an expense claim for one's own car
        // (named outright: "frais réels" on one's own tax return is not one). Named by a full-weight term only: a half word ("sick" of
        // "my dog is sick", "leave" of a landlord's "notice to leave") is no HR subject.
        if (index.Vocabulary.SoundsPersonal(understanding.Tokens)
            && !understanding.Topics.Any(t => (t.Weight >= index.Options.SecondaryTopicThreshold && t.StrongestTerm >= 1 && index.Vocabulary.PersonalEventDomains.Contains(t.Topic.Domain))
                || (t.Weight >= 1 && index.Vocabulary.PersonalEventTopics.Contains(t.Topic.Id))))
        {
            return new RoutingAnswer(RoutingDecision.None, [], understood,
            [
                new RoutingReason(ReasonCode.PersonalRequest),
                new RoutingReason(ReasonCode.AskInformally),
            ]);
        }

        // "Qui vient à la sortie VTT samedi ?", "la séance d'escalade de jeudi soir est maintenue ?": a weekend or evening outing that
        // only a club's name talks about is its members' leisure, not work for a colleague or a desk.
        if (OnlyAClubNames(understanding, index) is { } club)
        {
            return new RoutingAnswer(RoutingDecision.None, [], understood,
            [
                new RoutingReason(ReasonCode.OnlyAClubNames) { Name = club.Name },
                new RoutingReason(ReasonCode.AskInformally),
            ]);
        }

        // People are ranked at most once per request, however many rules consult them.
        var people = new Lazy<List<PersonCandidate>>(() => RankPeople(request, understanding, index, workload, limit), LazyThreadSafetyMode.None);
        if (LanguageRequest(request, understanding, index, workload, understood, limit, people) is { } spoken)
        {
            return spoken;
        }

        // "Qui d'autre peut suivre nos coopératives pendant mon congé ?", "un 2e avis ?": a person is asked for, never a desk.
        var deskWords = ScoreDeskWords(understanding, index);
        if (understanding.AsksForAnotherPerson)
        {
            return PeopleOrFallback(request, understanding, index, workload, understood, limit, people, deskWords, desksMayAnswer: false);
        }

        // The tenant's own desk descriptions before the vocabulary's service guess: "controlled copies of SOP-0412" is Document Control's
        // service in its own words, whatever "workstations" at the end of the sentence suggests.
        if (DeskNamingTheRequest(deskWords, understanding, index, people, beforeServices: true) is { } desk)
        {
            return new RoutingAnswer(RoutingDecision.Group, [desk], understood, []);
        }

        return ServiceDesk(request, understanding, index, workload, understood, limit, people)
            ?? BreakdownDesk(understanding, index, understood, limit, deskWords)
            ?? DeskForAThing(understanding, index, understood, limit, people)
            ?? PeopleOrFallback(request, understanding, index, workload, understood, limit, people, deskWords);
    }

    /// <summary>
    /// The club whose name holds a word the request writes (the sport, the place), when the request speaks of leisure time (a weekend,
    /// an evening), names no subject by a full term, and neither anyone's work profile (skills, responsibilities, title, about-me;
    /// interests are hobbies) nor any desk uses that word.
    /// </summary>
    private static IndexedGroup? OnlyAClubNames(RequestUnderstanding understanding, RoutingIndex index)
    {
        if (!index.Vocabulary.SpeaksOfLeisureTime(understanding.Tokens)
            || understanding.Topics.Any(t => t.Weight >= index.Options.SecondaryTopicThreshold && t.StrongestTerm >= 1))
        {
            return null;
        }

        foreach (var club in index.Groups)
        {
            if (club.SocialNameStems.Count > 0 && understanding.WrittenStems.Any(stem => club.SocialNameStems.Contains(stem)
                    && !index.DeskUses(stem)
                    && index.FacetsWithStem(stem).All(f => index.Facets[f].Kind == FacetKind.Interest)))
            {
                return club;
            }
        }

        return null;
    }

    /// <summary>
    /// "La tempereuse affiche erreur E07 et chauffe plus", "Tornos Nr. 7 Spindelalarm, nichts dreht mehr": a problem is reported, nobody
    /// and nobody's knowledge is asked for, and no subject belongs to a domain with its own desks (IT): the desk taking breakdowns
    /// (the vocabulary's <see cref="TopicVocabulary.BreakdownTopic"/>) repairs it, not whoever holds the machine as a skill; a desk whose
    /// own text names the broken thing comes before it.
    /// </summary>
    private static RoutingAnswer? BreakdownDesk(RequestUnderstanding understanding, RoutingIndex index, List<UnderstoodTopic> understood, int limit, DeskWords deskWords)
    {
        var vocabulary = index.Vocabulary;
        if (vocabulary.BreakdownTopic is not { } breakdown || !understanding.ReportsAProblem
            || understanding.AsksForExpertise || understanding.AsksForReview || understanding.AsksForAPerson
            || understanding.Topics.Any(t => t.Weight >= index.Options.SecondaryTopicThreshold && t.Topic.Domain is { } domain
                && vocabulary.BreakdownExcludedDomains.Contains(domain)))
        {
            return null;
        }

        var teams = RankGroups(index, [new WeightedTopic(breakdown, 1)], understanding.Domains, NoExperts, limit, allowFallbackDomains: false, requestStems: understanding.Stems);
        if (teams.Count == 0)
        {
            return null;
        }

        // "Compteur particulaire en défaut en salle blanche": the desk whose own text names the broken thing ("compteurs particulaires
        // et flux laminaires") with most of the request is the one to call, not the desk taking breakdowns in general.
        var options = index.Options;
        var repairer = deskWords.Scored.FirstOrDefault(d => d.Group.Group.Id == teams[0].Id);
        var named = deskWords.Scored.Where(d => d.Shared.Count >= 2).OrderByDescending(d => d.Coverage).FirstOrDefault();
        if (named.Group is not null && named.Group.Group.Id != teams[0].Id && named.Coverage >= options.MinDeskWordCoverage
            && named.Coverage >= options.DeskWordsOverSubjectFactor * repairer.Coverage)
        {
            var target = DescribingDesk(named);
            return new RoutingAnswer(RoutingDecision.Group, [target, .. teams.Where(t => t.Id != target.Id).Take(limit - 1)], understood, []);
        }

        return new RoutingAnswer(RoutingDecision.Group, teams, understood, []);
    }

    /// <summary>
    /// "Besoin de mon AEM de novembre svp", "certificate of origin needed for the Dubai order": a thing is asked for, nobody's knowledge,
    /// and a desk's own description names the subject ("certificats d'origine"): the desk delivers it, whatever kind of subject it is.
    /// </summary>
    private static RoutingAnswer? DeskForAThing(RequestUnderstanding understanding, RoutingIndex index, List<UnderstoodTopic> understood, int limit, Lazy<List<PersonCandidate>> people)
    {
        if (!understanding.AsksForAThing)
        {
            return null;
        }

        var primary = understanding.Topics
            .Where(t => t.Weight >= index.Options.SecondaryTopicThreshold && !index.IsSectorTopic(t.Topic.Index))
            .ToList();
        var teams = RankGroups(index, primary, understanding.Domains, NoExperts, limit, allowFallbackDomains: false, expertiseNeedsTopic: true, requestStems: understanding.Stems);
        var first = teams.Count > 0 ? index.Groups.First(g => g.Group.Id == teams[0].Id) : null;
        if (first is null || !primary.Any(t => first.Topics.TryGetValue(t.Topic.Index, out var weight) && weight >= 1))
        {
            return null;
        }

        // "Need Singapore corporate law input this morning", "besoin d'un graphique Datawrapper": what is needed is named in full by
        // the skill of someone outside the desk; it is their knowledge that is asked for, not the desk's service. Not access to a tool
        // ("give her a Navis N4 account"): the tool named is what the access is for.
        return !understanding.Topics.Any(t => index.Vocabulary.ToolServiceTopics.Contains(t.Topic.Id)) && NamedSkillHolder(index, understanding, people, primary, outside: first)
            ? null
            : new RoutingAnswer(RoutingDecision.Group, teams, understood, []);
    }

    /// <summary>
    /// Step 1: a service request goes to the teams covering its main service subjects, if any team does. When no team names the
    /// subject itself (teams only work in its domain) and someone lists it among their responsibilities ("Travel bookings"),
    /// that person is the owner of the service and the better door.
    /// </summary>
    private static RoutingAnswer? ServiceDesk(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit, Lazy<List<PersonCandidate>> people)
    {
        var options = index.Options;
        var primary = understanding.Topics.Where(t => t.Weight >= options.SecondaryTopicThreshold).ToList();
        var serviceWeight = primary.Where(t => t.Topic.Kind == TopicKind.Service).Sum(t => t.Weight);
        // Several subjects named by the very same words ("samples": data science and the lab) are one piece of evidence, not several.
        var expertiseWeight = primary.Where(t => t.Topic.Kind == TopicKind.Expertise)
            .GroupBy(t => t.NamedBy is { } named ? string.Join(' ', named.Order(StringComparer.Ordinal)) : t.Topic.Id, StringComparer.Ordinal)
            .Sum(same => same.Max(t => t.Weight));
        // An explicit request for access to a tool ("get access to", "read role", "accès en lecture": a phrase, not the bare word) is
        // the desk's service when it is the strongest subject, whatever the tool's name or its context evoke ("warehouse", "production").
        var explicitToolService = primary.Any(t => index.Vocabulary.ToolServiceTopics.Contains(t.Topic.Id)
            && t.StrongestTerm > options.OverridableServiceTerm && t.Weight >= primary.Max(p => p.Weight));
        // "Le VPN tombe toutes les 10 min depuis le tribunal de commerce": a service named by a specific word is broken; the
        // place or context it is broken in is not the question.
        var brokenService = understanding.ReportsAProblem
            && primary.Any(t => t.Topic.Kind == TopicKind.Service && t.StrongestTerm >= 1);
        // "NDA from a prospect before the RFP session, who reviews it?": a service named by a decisive word ("NDA", "phishing") and the
        // request's strongest subject is asked for, whatever expertise its context evokes ("prospect", "RFP").
        var decisiveService = primary.Any(t => t.Topic.Kind == TopicKind.Service && t.StrongestTerm >= options.DecisiveServiceTerm
            && t.Weight >= primary.Max(p => p.Weight));
        if (serviceWeight <= 0 || (serviceWeight < options.ServiceShareToDecide * expertiseWeight && !explicitToolService && !brokenService && !decisiveService))
        {
            return null;
        }

        // Only the request's main subjects decide the team: a passing mention must not pull in another desk. A subject most desks name
        // is the company's trade ("intérimaires" at a staffing agency) and says nothing of which desk, or whether one is asked.
        var serviceTopics = primary.Where(t => t.Topic.Kind == TopicKind.Service && !index.IsSectorTopic(t.Topic.Index)).ToList();
        // The company's trade ("fraud" at a title insurer whose fraud experts list it) as the request's strongest service subject makes
        // it a question for those people, not for the desk of a lesser subject ("payment").
        var trade = serviceTopics.Where(t => NamedByTradeWords(t, index)).ToList();
        serviceTopics.RemoveAll(trade.Contains);
        if (serviceTopics.Count == 0 || (trade.Count > 0 && trade.Max(t => t.Weight) >= serviceTopics.Max(t => t.Weight)))
        {
            return null;
        }

        var teams = RankGroups(index, serviceTopics, understanding.Domains, NoExperts, limit, allowFallbackDomains: true, requestStems: understanding.Stems);
        if (teams.Count == 0)
        {
            return null;
        }

        // "Qui pourrait former les 2 nouveaux monteurs au montage Goodyear ?": the vocabulary guessed a service ("formation") that no
        // desk's own text names, so the desk was found only by its domain (HR), and someone outside it holds the request's own words.
        // Only a question asking for someone or something known, not a problem report ("my licence expired") nor a need stated ("we
        // need to hire 15 pickers"): those are the desk's to act on, whoever knows their object.
        var question = (request.Text ?? "").Contains('?', StringComparison.Ordinal);
        var chosen = index.Groups.First(g => g.Group.Id == teams[0].Id);
        if ((question || understanding.AsksForExpertise || understanding.AsksForAPerson) && !understanding.ReportsAProblem && !brokenService
            && HoldsWhatNoDeskNames(index, people, serviceTopics, chosen))
        {
            return null;
        }

        // "Qui peut nous commander des scaifs et de la poudre de diamant ?" asks who places the order and nothing of anyone's knowledge:
        // the diamond polisher uses them, the purchasing desk orders them, whatever words its description uses. Measured on 19,680
        // requests in the three later rules that check it: +6 first targets / +9 decisions, nothing lost, once doubts about what to
        // order ("je sais pas quelle maille", "j'hésite") count as asking for knowledge. Since stop 38 the next rule checks it too.
        var ordersOnly = !understanding.AsksForExpertise && index.Vocabulary.AsksToOrder(understanding.Tokens);

        // The vocabulary's service guess against the tenant's own words: the very words that made it guess a service ("fraude",
        // "façade", "matériovigilance") are someone's declared skill, and the desk's own text does not use them. The request is
        // about what that person knows. Not when only an order is asked: "Gestion des commandes" holds "commander", not the buying.
        if (!ordersOnly && SkillNamesTheService(request, understanding, index, teams[0], serviceTopics))
        {
            return null;
        }

        // "Qui connaît Steamworks ?", "Active Directory, qqn d'expert ?": the requester asks for someone's knowledge, and someone holds
        // a skill the request names in full (even inside the desk). The vocabulary's service guess does not outweigh both.
        var asksForExpertise = understanding.AsksForExpertise;
        var toolService = serviceTopics.Any(t => index.Vocabulary.ToolServiceTopics.Contains(t.Topic.Id));
        // Unless the tool's account is named broken by a decisive phrase ("compte verrouillé", "password locked"): whoever knows the tool,
        // unlocking it is the desk's.
        var lockedTool = serviceTopics.Any(t => index.Vocabulary.ToolServiceTopics.Contains(t.Topic.Id) && t.StrongestTerm >= options.DecisiveServiceTerm);
        if (asksForExpertise && !lockedTool && NamedSkillHolder(index, understanding, people, serviceTopics))
        {
            return null;
        }

        // "Can someone explain…", "quelle loi s'applique…": a question asking for knowledge, and someone available holds a skill that
        // matches it well and is not the service itself (a payroll question about a tax credit, not a payslip): the person, not the desk.
        if (asksForExpertise && !toolService
            && people.Value.Any(c => c.Blocker == Blocker.None && !c.BestIsRelatedField && c.BestFacet is { IsSkill: true } skill
                && c.BestStrength >= options.NamedExpertiseMinStrength && !serviceTopics.Any(t => skill.Topics.Contains(t.Topic.Index))))
        {
            return null;
        }

        // "Écouvillon positif en zone 2, c'est grave ?", "qui connaît le logiciel de surtitrage ?": a question of knowledge whose service
        // subject is only a plain word ("scanner", "logiciel", "façade") is for the people who match it, unless the only ones who do
        // work in that desk (the payroll expert explaining a bonus is the payroll desk's service). A plain question ("dans BL.enfance
        // comment on saisit la grille cantine ?") is too, when the person who would answer it is outside the desk and knows something
        // other than the service itself (the software, not the canteen) and holds some of the request's own words, not only a subject
        // the vocabulary guessed from it ("tax class" for the VAT expert), in a field that says what they know: a job title sharing a
        // word ("security" of the CISO's for a badge that stopped working) says what they are. A question asking someone to act
        // ("who can fix it?", "can someone send it on?", "pouvez-vous…") asks for the service, not for what anyone knows.
        // People are ranked only for such questions: most service requests never need them.
        // Only a service named by plain single words ("build", "poste", "accès") can be outweighed; a phrase ("mot de passe") or
        // a decisive word ("phishing") is the requester saying what they need.
        var plainService = serviceTopics.All(t => t.StrongestTerm <= options.OverridableServiceTerm);
        if ((asksForExpertise || question) && !toolService && plainService)
        {
            var deskMembers = chosen.MemberIndexes;
            var firstPerson = people.Value.FirstOrDefault(c => c.Blocker == Blocker.None && !c.BestIsRelatedField);
            // "The VPN keeps dropping … Anyone?": an IT or security service reported broken (a domain whose desks take their own breakdowns)
            // is the desk's, whoever holds a word of its context.
            var brokenDeskService = brokenService && serviceTopics.Any(t => t.Topic.Domain is { } domain && index.Vocabulary.BreakdownExcludedDomains.Contains(domain));
            var knowledgeQuestion = question && !brokenDeskService && !index.Vocabulary.AsksWhoCan(understanding.Tokens) && !index.Vocabulary.NamesAThingAsked(understanding.Tokens);
            if ((asksForExpertise && people.Value.Any(c => c.Blocker == Blocker.None && !c.BestIsRelatedField && !deskMembers.Contains(c.User.Index)))
                || (knowledgeQuestion && firstPerson is not null && firstPerson.WordCoverage > 0 && !deskMembers.Contains(firstPerson.User.Index)
                    && firstPerson.BestFacet is { Kind: not FacetKind.JobTitle } best && !serviceTopics.Any(t => best.Topics.Contains(t.Topic.Index))))
            {
                return null;
            }
        }

        // "Le pansement VAC fuit, il faudrait qqn pour revoir la plaie": a person or an answer is asked for, and the service was guessed
        // from a plain word ("fuit") of a request the desk's own text shares no word with, while someone's profile holds most of it.
        if ((question || asksForExpertise || understanding.AsksForAPerson) && !toolService && !brokenService && !ordersOnly
            && plainService && ProfileHoldsWhatTheDeskNeverSays(understanding, index, people, chosen, serviceTopics))
        {
            return null;
        }

        // "Un adhérent demande si nos reines sont sélectionnées sur le comportement hygiénique, qui peut lui répondre ?": a question whose
        // service was guessed from a plain word ("commander") while the first available person holds a skill outside that service and
        // outside the desk that matches the request strongly: it is their knowledge that is asked for. Not when only an order is asked.
        if (plainService && !toolService && !brokenService && !understanding.ReportsAProblem && !understanding.AsksForAThing && !ordersOnly
            && (question || asksForExpertise)
            && people.Value.FirstOrDefault(c => c.Blocker == Blocker.None && !c.BestIsRelatedField) is { BestFacet: { IsSkill: true } strongSkill } strong
            && strong.Match >= options.SkillOverPlainServiceMinMatch && !chosen.MemberIndexes.Contains(strong.User.Index)
            && !serviceTopics.Any(t => strongSkill.Topics.Contains(t.Topic.Index)))
        {
            return null;
        }

        // A plain-word service can also be outweighed by a skill the request names outright, unless the service is reported broken or
        // only an order is asked ("polissage" and "diamant" name the polisher's skill, not who orders the powder).
        if (plainService && !(brokenService && !asksForExpertise) && !ordersOnly
            && NamedExpertise(understanding, index, people, teams, serviceTopics) is { } named)
        {
            // Another desk whose own description names that skill ("Perforce" in the build-tools desk) is the tenant saying whose
            // service it is: it goes first, ahead of the desk the vocabulary's generic subject ("accès") pointed at.
            if (index.Groups.FirstOrDefault(g => g.AcceptsRequests && named.Stems.All(g.Stems.Contains)) is { } owner)
            {
                var target = DeskTarget(owner, teams[0].Score, new RoutingReason(ReasonCode.TeamNamesSkill) { Name = owner.Name, Text = named.Text });
                return new RoutingAnswer(RoutingDecision.Group, [target, .. teams.Where(t => t.Id != owner.Group.Id).Take(limit - 1)], understood, []);
            }

            // The vocabulary's service prior is outweighed by the tenant's own words: someone holds a skill the request names
            // outright, and the desk's description does not name it, so this is a question for them, not a desk ticket. Not when
            // the service's object is a tool ("access to Quillbase", "SSO error"): the tool named is what access is asked for.
            if (!toolService)
            {
                return null;
            }
        }

        if (!AnyTeamNames(index, serviceTopics))
        {
            var owner = people.Value
                .FirstOrDefault(c => c.Blocker == Blocker.None && c.BestFacet is { Kind: FacetKind.Responsibility } facet
                    && !c.BestIsRelatedField && facet.Topics.Any(t => serviceTopics.Any(s => s.Topic.Index == t)));
            if (owner is not null)
            {
                return new RoutingAnswer(RoutingDecision.Person, [PersonTarget(owner, request, workload, index)], understood, []);
            }
        }

        return new RoutingAnswer(RoutingDecision.Group, teams, understood, []);
    }

    /// <summary>
    /// Whether the service subjects were guessed by the vocabulary alone (no desk's own text names them; the desk was found by its
    /// domain) while the first person who could answer, outside that desk, holds at least
    /// <see cref="RoutingOptions.UnnamedServiceHolderMinCoverage"/> of the request's words in a field other than the service: their
    /// knowledge is asked for ("un traiteur veut commander en direct, comment ça se passe pour l'importation en Suisse ?" is for the
    /// Swiss import expert, not the canteen's desk). Not access asked outright to a tool ("get access to", "compte verrouillé"): the tool
    /// named is what the access is for. Nor any other service of a domain whose desks take all its requests (IT, security: "can someone
    /// renew the Bluebeam licence?" is the IT desk's, whoever knows Bluebeam); the bare word "accès" or "account" is too often a door,
    /// a right or a path ("accessible PMR", "droit d'accès") to keep it there.
    /// </summary>
    private static bool HoldsWhatNoDeskNames(RoutingIndex index, Lazy<List<PersonCandidate>> people, List<WeightedTopic> serviceTopics, IndexedGroup desk)
    {
        var options = index.Options;
        var vocabulary = index.Vocabulary;
        if (serviceTopics.Any(t => vocabulary.ToolServiceTopics.Contains(t.Topic.Id)
                ? t.StrongestTerm > options.OverridableServiceTerm
                : t.Topic.Domain is { } domain && vocabulary.BreakdownExcludedDomains.Contains(domain))
            || index.Groups.Any(g => g.AcceptsRequests && serviceTopics.Any(t => g.Topics.TryGetValue(t.Topic.Index, out var weight) && weight >= 1)))
        {
            return false;
        }

        return people.Value.FirstOrDefault(c => c.Blocker != Blocker.Requester && !c.BestIsRelatedField) is { BestFacet: { } field } holder
            && holder.WordCoverage >= options.UnnamedServiceHolderMinCoverage && !desk.MemberIndexes.Contains(holder.User.Index)
            && !serviceTopics.Any(t => field.Topics.Contains(t.Topic.Index));
    }

    /// <summary>
    /// "Qui a l'habitude de ce genre de transport ?" at an ambulance company: a service guessed only from plain words (no phrase, no
    /// decisive word) that many people list in their skills ("Transport bariatrique", "Transport psychiatrique") is the company's trade.
    /// </summary>
    private static bool NamedByTradeWords(WeightedTopic topic, RoutingIndex index) =>
        topic.StrongestTerm <= index.Options.OverridableServiceTerm && topic.NamedBy is { Count: > 0 } named
        && named.All(stem => index.IsTradeWord(stem, index.Options.TradeWordMinHolders));

    /// <summary>
    /// Whether the desk's own name and description share none of the request's words while someone's profile holds most of them: the
    /// tenant's words say who, not the vocabulary's guess. Not when the one who would answer is a member of the desk whose skill is the
    /// service itself in one word ("Recrutement" for "comment publier l'annonce ?"; an alias such as "MSA" of a longer skill is not):
    /// answering is the desk's work.
    /// </summary>
    private static bool ProfileHoldsWhatTheDeskNeverSays(RequestUnderstanding understanding, RoutingIndex index, Lazy<List<PersonCandidate>> people, IndexedGroup group, List<WeightedTopic> serviceTopics)
    {
        if (understanding.WrittenStems.Any(group.Stems.Contains)
            || !people.Value.Any(c => c.Blocker != Blocker.Requester && !c.BestIsRelatedField && c.WordCoverage >= index.Options.MinProfileWordCoverage))
        {
            return false;
        }

        var first = people.Value.FirstOrDefault(c => c.Blocker == Blocker.None && !c.BestIsRelatedField);
        return first is not null && !(group.MemberIndexes.Contains(first.User.Index) && first.BestFacet is { IsSkill: true, IsAlias: false } field
            && field.Stems.Length < 2 && serviceTopics.Any(t => field.Topics.Contains(t.Topic.Index)));
    }

    /// <summary>
    /// Whether, for every main service subject, all the request words that named it are held in one skill of someone who is neither the
    /// requester nor a member of the desk, and the desk's own name and description use none of them.
    /// </summary>
    private static bool SkillNamesTheService(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, RoutingTarget desk, List<WeightedTopic> serviceTopics)
    {
        var group = index.Groups.FirstOrDefault(g => g.Group.Id == desk.Id);
        var requester = index.FindUser(request.RequesterId);
        if (group is null || serviceTopics.Count == 0)
        {
            return false;
        }

        foreach (var topic in serviceTopics)
        {
            if (topic.NamedBy is not { Count: > 0 } named || named.Any(group.Stems.Contains) || !AnySkillHoldsAll(index, named, requester, group))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A skill holding all the stems, of someone neither the requester nor a member of the desk (a recruiter in the HR desk does its service).</summary>
    private static bool AnySkillHoldsAll(RoutingIndex index, IReadOnlySet<string> stems, IndexedUser? requester, IndexedGroup desk)
    {
        foreach (var facetId in index.FacetsWithStem(stems.First()))
        {
            var facet = index.Facets[facetId];
            if (facet.IsSkill && facet.UserIndex != requester?.Index && !desk.MemberIndexes.Contains(facet.UserIndex) && stems.All(facet.Stems.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether someone other than the requester holds, as their best direct evidence, a skill the request names in full (or by an
    /// acronym alias), at least <see cref="RoutingOptions.NamedExpertiseMinStrength"/>, that is not the service itself (a one-word skill in
    /// the service's topic, "Recrutement"; a skill of several words named in full, "Holiday pay accrual", is specific knowledge). Members of the
    /// desk count: the desk's Active Directory expert is still the one to ask about Active Directory.
    /// </summary>
    private static bool NamedSkillHolder(RoutingIndex index, RequestUnderstanding understanding, Lazy<List<PersonCandidate>> people, List<WeightedTopic> serviceTopics, IndexedGroup? outside = null)
    {
        var words = understanding.WrittenStems;
        return people.Value.Any(c =>
            c.Blocker != Blocker.Requester && !c.BestIsRelatedField && !(outside?.MemberIndexes.Contains(c.User.Index) ?? false) && c.BestFacet is { IsSkill: true } skill
            && c.BestStrength >= index.Options.NamedExpertiseMinStrength && skill.Stems.All(words.Contains)
            && (skill.Stems.Length >= 2 || !serviceTopics.Any(t => skill.Topics.Contains(t.Topic.Index))));
    }

    /// <summary>
    /// A profile skill the request names outright (all its words, or an acronym alias), held by someone other than the requester,
    /// that the best desk's own name and description do not name, and whose description shares none of the request's other words:
    /// nothing in the tenant's own text corroborates the service, and its words say it is expertise, whatever the vocabulary's
    /// service words ("build", "poste de travail", "accès") suggested. Null when no such skill exists or the desk names it too.
    /// </summary>
    private static ProfileFacet? NamedExpertise(RequestUnderstanding understanding, RoutingIndex index, Lazy<List<PersonCandidate>> people, List<RoutingTarget> teams, List<WeightedTopic> serviceTopics)
    {
        var words = understanding.WrittenStems;
        var desk = index.Groups.FirstOrDefault(g => g.Group.Id == teams[0].Id);
        foreach (var candidate in people.Value)
        {
            if (candidate.Blocker == Blocker.Requester || candidate.BestIsRelatedField || candidate.BestFacet is not { IsSkill: true } skill)
            {
                continue;
            }

            // A skill that is the service itself ("Recrutement" for a hiring request) is the desk's work, not separate expertise.
            if (candidate.BestStrength < index.Options.NamedExpertiseMinStrength || !skill.Stems.All(words.Contains)
                || serviceTopics.Any(t => skill.Topics.Contains(t.Topic.Index)))
            {
                continue;
            }

            // The desk corroborates the service when its own description shares the request's other words ("mot de passe", "licence").
            if (desk is null || (!skill.Stems.All(desk.Stems.Contains) && !words.Any(w => desk.Stems.Contains(w) && !skill.Stems.Contains(w))))
            {
                return skill;
            }
        }

        return null;
    }

    /// <summary>
    /// Steps 2 to 4: the best available direct expert; else, when direct experts exist but are away, their team, else none naming
    /// who is away; when nobody matches directly, a team covering the subject, then none saying what is missing. Someone matched only
    /// through a related field is never the answer: measured on the held-out companies, such a person was the right one for 3 requests
    /// of the 32 where they came first, and for 16 of them nobody was.
    /// </summary>
    /// <param name="desksMayAnswer">False when the requester asks for another person ("qui d'autre…"): no desk names or covers the request.</param>
    private static RoutingAnswer PeopleOrFallback(RoutingRequest request, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit, Lazy<List<PersonCandidate>> people, DeskWords deskWords, bool desksMayAnswer = true)
    {
        var options = index.Options;
        var candidates = people.Value;
        var direct = candidates.Where(c => !c.BestIsRelatedField).ToList();
        // "Un 2e avis sur mon moulage ?": the requester's own matching field says what the subject is; colleagues who hold it come
        // before those who share the request's passing words ("Pâques"). Not when the requester is matched only by a title or an
        // about-me and a colleague holds a skill that matches better ("review my slides on the CCNT" from a hospitality lecturer).
        var onlyRequesterKnows = false;
        if (understanding.AsksForReview && RequesterMatch(candidates) is { BestFacet: { } own } requesterMatch
            && (own.IsSkill || !direct.Any(c => c.Blocker != Blocker.Requester && c.BestFacet is { IsSkill: true } && c.Match > requesterMatch.Match)))
        {
            ProfileFacet?[] owned = [own, requesterMatch.SecondFacet];
            direct = [.. direct.OrderByDescending(c => c.Blocker == Blocker.Requester ? 0 : owned.Max(o => Math.Max(SharedField(c.BestFacet, o), SharedField(c.SecondFacet, o))))];
            // The request names the requester's own skill ("mon mix Dolby Atmos"): a colleague matched by a title, an about-me or a skill
            // sharing only the context ("trailer", "publisher") is no second opinion; one holding a field with all its words, or a skill
            // of its subject, is.
            if (own.IsSkill && own.Stems.Any(understanding.WrittenStems.Contains))
            {
                var secondOpinions = direct.Where(c => c.Blocker != Blocker.None || owned.Any(o => SecondOpinionField(c.BestFacet, o) || SecondOpinionField(c.SecondFacet, o))
                    || (c.BestFacet is { IsSkill: true } && c.Match > requesterMatch.Match && KnowsObject(c, understanding, index) > 0)).ToList();
                onlyRequesterKnows = secondOpinions.Count < direct.Count && secondOpinions.All(c => c.Blocker != Blocker.None);
                direct = secondOpinions;
            }
        }

        if (desksMayAnswer && DeskNamingTheRequest(deskWords, understanding, index, people) is { } desk)
        {
            return new RoutingAnswer(RoutingDecision.Group, [desk], understood, []);
        }

        var words = understanding.WrittenStems;
        var requester = index.FindUser(request.RequesterId);
        // "Qui connaît SimCorp Dimension ?": what is asked about is unknown to everyone but the requester; a colleague who shares the
        // request's other words ("back-office", "migration") is not someone who knows it.
        if (UnheardNames(understanding, index, requester) is { Count: > 0 } unheard
            && !direct.Any(c => c.Blocker == Blocker.None && NamesSkill(c, words)))
        {
            var requesterKnows = candidates.Any(c => c.Blocker == Blocker.Requester) && requester is not null
                && understanding.Names.Any(n => n.Tokens.Any(t => index.UserHoldsStem(requester.Index, LightStemmer.Stem(t))));
            if (requesterKnows && understanding.AsksForReview
                && SecondOpinionColleagues(request, requester, candidates, understanding, index, workload, understood, limit) is { } colleagues)
            {
                return colleagues;
            }

            return new RoutingAnswer(RoutingDecision.None, [], understood, requesterKnows
                ? [new RoutingReason(ReasonCode.OnlyYouList) { Topics = [.. unheard.Select(VocabularyLabel.Plain)] }, new RoutingReason(ReasonCode.AskSecondOpinion)]
                : [new RoutingReason(ReasonCode.NobodyMentions) { Text = string.Join(", ", unheard) }, new RoutingReason(ReasonCode.AskWhoHandles)]);
        }

        // "For lymphoedema clinic queries please contact Ben Ashby": the strongest match is away and their automatic reply names who
        // answers for them; the colleague they named, when available, before anyone the ranking would guess.
        if (NamedByAutomaticReply(direct, candidates, request, understanding, requester, index, workload, understood, limit) is { } named)
        {
            return named;
        }

        // The thing asked about ("qui maîtrise Visum") is in the profiles only of people who cannot be disturbed: someone sharing the
        // request's other words is no stand-in for them.
        var namesAway = NamesHeldOnlyByUnavailable(understanding, index, requester, candidates);
        // Unless someone available holds a word of the away holder's own field and of the request ("Amazon marketplace (FBA, listings)"
        // for the Seller Central expert in Do Not Disturb): the next qualified colleague.
        if (namesAway && direct.FirstOrDefault(c => c.Blocker is not (Blocker.None or Blocker.Requester)) is { } awayHolder && !GoneForGood(awayHolder)
            && direct.FirstOrDefault(c => c.Blocker == Blocker.None && c.WordCoverage > 0 && HoldsWordOfField(c, awayHolder, index, theirOtherField: true)) is { } awayStandIn)
        {
            direct = Ahead(awayStandIn, direct);
            namesAway = false;
        }

        // "Qui connaît le marché japonais ?" while the Japan expert has left: a key-account manager sharing "distributeur" is no stand-in.
        var notStoodInFor = namesAway ? null : NotStoodInFor(understanding, index, direct);
        // The best available person is no stand-in for an expert away for a while (back on a date, at capacity, busy now), but someone
        // further down holds a word of that expert's own field ("HL7 FHIR" for the FHIR expert back in February, while a maintenance
        // expert sharing "demande d'intervention" ranks first): the next qualified colleague, ahead of whoever shares only the context.
        // Not for an expert gone for good: the rules above already say who takes over from them.
        if (notStoodInFor is { Blocker: not Blocker.Requester } unavailable && !GoneForGood(unavailable)
            && direct.FirstOrDefault(c => c.Blocker == Blocker.None && HoldsWordOfField(c, unavailable, index)) is { } standIn)
        {
            direct = Ahead(standIn, direct);
            notStoodInFor = null;
        }
        // "Qui d'autre sait instruire les licences IV ?" and only the requester lists it: someone from a related field is no one else who knows.
        if (notStoodInFor is { Blocker: Blocker.Requester } || onlyRequesterKnows
            || (!desksMayAnswer && direct.Count > 0 && direct.All(c => c.Blocker == Blocker.Requester)))
        {
            if (understanding.AsksForReview
                && SecondOpinionColleagues(request, requester, candidates, understanding, index, workload, understood, limit) is { } colleagues)
            {
                return colleagues;
            }

            return new RoutingAnswer(RoutingDecision.None, [], understood,
                [new RoutingReason(ReasonCode.OnlyYouList) { Topics = Subject(understanding) }, new RoutingReason(ReasonCode.AskSecondOpinion)]);
        }

        // "Sur la conduite DN 300, qui connaît la protection cathodique ?": someone matched by a job title or an about-me that holds only
        // the request's context ("conduite") and none of what is asked does not know it; a declared skill stays evidence enough.
        if (understanding.ObjectStems.Count > 0)
        {
            // Whoever holds what is asked ("qui s'y connaît en philanthropie ?") comes before those who share only its context ("fondation"),
            // and whoever holds its very words ("rivetage") before those whose field is only about the same subject.
            // Not someone who holds a word of it in a field far weaker than a skill the request names in full: "any tips to repair it
            // before we export to STEP?" about a SolidWorks assembly asks the SolidWorks expert, not the export-control officer whom
            // "export" reaches.
            // Named in full as the skill is written, not through one subject of a name joining two ("fondation" of "Trusts et fondations").
            var namedSkillMatch = direct.FirstOrDefault(c => c.Blocker == Blocker.None) is { BestFacet: { IsSkill: true, IsAlias: false } namedSkill } namedHolder
                && namedSkill.Stems.All(understanding.WrittenStems.Contains) ? namedHolder.Match : 0;
            direct = [.. direct
                .Select(c => (Candidate: c, Knows: c.Match < options.ObjectHolderMinShareOfBest * namedSkillMatch ? 0 : KnowsObject(c, understanding, index)))
                .Where(k => k.Candidate.Blocker != Blocker.None || k.Candidate.BestFacet is { IsSkill: true } || k.Knows > 0)
                .OrderByDescending(k => k.Candidate.Blocker == Blocker.None ? k.Knows : 0)
                .Select(k => k.Candidate)];
        }

        // "Mémoire technique" is asked and its expert is on leave: the colleague whose own field holds all its words ("Rédaction de
        // mémoires techniques") is the next qualified colleague, ahead of whoever the request's context ranks higher.
        if (!namesAway && notStoodInFor is not { Blocker: Blocker.Requester } && HolderOfTheLeadsField(direct, understanding, index) is { } sameField)
        {
            direct = Ahead(sameField, direct);
            notStoodInFor = null;
        }

        // "Négo annuelle avec la GMS": someone matched only by a subject the vocabulary guessed ("Paie agricole MSA", MSA read as a
        // contract) holds none of the request's words; a colleague whose best field holds two of them ("Négociations annuelles grande
        // distribution") is who the request is about. Not when a decisive term or a phrase names that subject ("question RGPD"): then it
        // is no guess. Measured on 12,480 requests: +12 first targets, none lost; one word held was enough for +26 but lost 9 to
        // context words ("Planning des vendeurs" for a salesman's dismissal).
        if (direct.FirstOrDefault(c => c.Blocker == Blocker.None) is { WordCoverage: <= 0 } guessed
            && !understanding.Topics.Any(t => t.StrongestTerm > 1 && guessed.BestFacet is { } facet && facet.Topics.Contains(t.Topic.Index))
            && direct.FirstOrDefault(c => c.Blocker == Blocker.None && c.WordCoverage >= options.WordHolderOverGuessMinCoverage
                && c.BestFacet is { } held && held.Stems.Count(understanding.Stems.Contains) >= 2) is { } wordHolder)
        {
            direct = Ahead(wordHolder, direct);
        }

        var noStandIn = notStoodInFor is not null;
        // "Anyone here knows Japanese whisky? … add casks to his order": nobody holds a word of the request, and nobody's field is about
        // a subject that what is asked names (a patent question reaches the intellectual-property expert through "brevet"): those the
        // request's context reaches ("Achats de vins" through "order") do not know what is asked. Nor, when someone's knowledge is asked
        // for, does the first available person if they hold none of the request's words ("Environmental Scientist" for a carbon footprint
        // to ISO 14067), unless a skill of theirs is about what is asked (the patent question again), or they stand in for someone away who
        // holds the words in a field they share ("Froid industriel (ammoniac)" for the NH3 refrigeration expert in Do Not Disturb).
        // Nor when what is asked ("LabVIEW", "bilan carbone", "drone") is a subject the vocabulary knows but no profile writes in any
        // form, and the first available person's field shares no word with the request: they are there by the subject alone ("Essais de
        // fatigue" is research like LabVIEW through one word of two, not LabVIEW), unless that field is the subject itself under another
        // name ("Propriété intellectuelle" for a patent).
        if (!namesAway && !noStandIn && understanding.ObjectStems.Count > 0
            && direct.Count > 0 && (direct.All(c => c.WordCoverage <= 0 && KnowsObject(c, understanding, index) == 0)
                || (understanding.AsksForExpertise && direct.FirstOrDefault(c => c.Blocker == Blocker.None) is { WordCoverage: <= 0 } first
                    && (first.BestFacet is not { IsSkill: true } || KnowsObject(first, understanding, index) == 0)
                    && !direct.Any(c => c.Blocker != Blocker.None && c.WordCoverage > 0 && SharedField(c.BestFacet, first.BestFacet) > 0))
                || (understanding.AsksForExpertise && NobodyWritesTheObject(understanding, index)
                    && direct.FirstOrDefault(c => c.Blocker == Blocker.None) is { } unheardOf && KnowsObject(unheardOf, understanding, index) < 2
                    && unheardOf.BestFacet is { } guessedField && !guessedField.Stems.Any(understanding.Stems.Contains)
                    && !FieldIsTheSubject(guessedField, understanding, index))))
        {
            return new RoutingAnswer(RoutingDecision.None, [], understood, NobodyReasons(understanding, candidates, Subject(understanding)));
        }

        // "Les pipettes du labo QC ont dépassé leur date d'étalonnage": nobody's knowledge is asked for, and the first available person is
        // there by a responsibility ("Métrologie") that the desk they belong to names: the desk takes what its members are responsible for.
        // So it does for a skill of theirs the desk names ("IRM" in the imaging desk booking MRI slots), unless a review of one's own
        // work or a breakdown is what is asked: that calls for the person's judgement.
        if (desksMayAnswer && !namesAway && !noStandIn && !understanding.AsksForExpertise && !understanding.AsksForAPerson
            && direct.FirstOrDefault(c => c.Blocker == Blocker.None) is { BestFacet: { Kind: FacetKind.Responsibility or FacetKind.ProfileSkill or FacetKind.DeclaredSkill } duty } holder
            && (duty.Kind == FacetKind.Responsibility || (!understanding.AsksForReview && !understanding.ReportsAProblem))
            && index.Groups.FirstOrDefault(g => g.AcceptsRequests && g.MemberIndexes.Contains(holder.User.Index) && duty.Stems.All(g.Stems.Contains)) is { } dutyDesk)
        {
            var target = DeskTarget(dutyDesk, Math.Round(Math.Clamp(holder.Rank, 0, 1), 2), new RoutingReason(ReasonCode.TeamNamesSkill) { Name = dutyDesk.Name, Text = duty.Text });
            return new RoutingAnswer(RoutingDecision.Group, [target], understood, []);
        }

        // "Chargeuse 966 : vidange des 500 h à planifier": nobody's knowledge or person is asked for, the first available person is there
        // by a job title ("Conducteur de chargeuse") whose word a desk's own text names ("Atelier - Demandes d'intervention engins":
        // chargeuses): the desk does the work that word stands for, the person only works with it. Measured on 12,480 requests: +3 first
        // targets (4 gained, 1 lost), +7 decisions at 30% of the request; 40% gave +2, 20% ±0.
        if (desksMayAnswer && !namesAway && !noStandIn && !understanding.AsksForExpertise && !understanding.AsksForAPerson
            && direct.FirstOrDefault(c => c.Blocker == Blocker.None) is { BestFacet: { Kind: FacetKind.JobTitle } title }
            && deskWords.Scored.Where(d => d.Coverage >= options.TitleWordDeskMinCoverage && d.Shared.Any(w => title.Stems.Contains(w.Stem) && !index.PlaceStems.Contains(w.Stem)))
                .OrderByDescending(d => d.Coverage).FirstOrDefault() is { Group: not null } titleWords)
        {
            return new RoutingAnswer(RoutingDecision.Group, [DescribingDesk(titleWords)], understood, []);
        }

        if (!namesAway && !noStandIn && PersonAnswer(direct, candidates, request, workload, index, understood, limit) is { } directAnswer)
        {
            return directAnswer;
        }

        // The subject is what they were asked to know ("Visum"), not the topic the request's other words evoke.
        var away = direct.Where(c => c.Blocker is not (Blocker.None or Blocker.Requester)).ToList();
        // Else the field of the strongest one away when it is a declared skill ("everyone who knows worm tub condensers is unavailable"),
        // rather than a subject the vocabulary guessed from the request's other words ("Linux and servers" from "condensers").
        IReadOnlyList<VocabularyLabel> subject = namesAway
            ? [.. understanding.Names.Select(n => n.Written).Distinct(StringComparer.Ordinal).Select(VocabularyLabel.Plain)]
            : away.Count > 0 && !away[0].BestIsRelatedField && away[0].BestFacet is { IsSkill: true, IsAlias: false } field
                ? [VocabularyLabel.Plain(field.Text)]
                : Subject(understanding);
        if (away.Count > 0)
        {
            var awayReasons = away.Take(options.MaxPassedOverReasons).Select(c => Describe(c, request, workload, options)).ToList();
            // Their team: a group they belong to when something of theirs is broken ("the implanter keeps dropping"), or the desk of a
            // service the request names ("access to Mirakl"); not a desk that merely works in the subject's domain, for an expert who has
            // left, nor a group they belong to for work only they do ("who can finish the file?": measured +3 decisions, 2 gained and
            // 2 lost first targets). None when nobody stands in for them: what only they hold is nobody else's in their team either.
            var awayIndexes = away.Select(c => c.User.Index).ToHashSet();
            var theirTeams = noStandIn ? [] : RankGroups(index, understanding.Topics, understanding.Domains, awayIndexes, limit, allowFallbackDomains: false)
                .Where(t => index.Groups.First(g => g.Group.Id == t.Id) is var team
                    && ((team.MemberIndexes.Overlaps(awayIndexes) && understanding.ReportsAProblem)
                        || understanding.Topics.Any(u => u.Topic.Kind == TopicKind.Service && u.Weight >= options.SecondaryTopicThreshold && team.Topics.ContainsKey(u.Topic.Index))))
                .ToList();
            // Not for a knowledge question ("qqn connaît Crystal Reports ?"): what only the away experts know, their team does not know in
            // their place; the next qualified person, else none naming who is away, is the honest answer.
            if (theirTeams.Count > 0 && !understanding.AsksForExpertise)
            {
                return WithLeadingReasons(RoutingDecision.Group, theirTeams, understood,
                    [new RoutingReason(ReasonCode.ExpertsUnavailableTeamAsked) { Topics = subject }], awayReasons);
            }

            // A request that asks for no one's knowledge and for no one, whose words a desk's own text clearly holds, more than the away
            // holder's field does, is that desk's work ("voie d'eau, la pompe de cale tourne" for the boat workshop, not the away expert
            // in waterway rules); asking "qui peut le faire ?" leaves it to the people below.
            if (desksMayAnswer && !understanding.AsksForExpertise && !understanding.AsksForAPerson && ClearlyBestDesk(deskWords, index) is { } awayDesk
                && awayDesk.Score > away[0].WordCoverage)
            {
                return WithLeadingReasons(RoutingDecision.Group, [awayDesk], understood, [], awayReasons);
            }

            // "Forage analysis" is asked and its only holder is at capacity: a colleague holding her other skill under the same name
            // ("Equine nutrition") is the next qualified colleague, before none.
            if (HolderOfAwaySkill(away[0], request, understanding, requester, index, workload) is { } colleague)
            {
                var target = PersonTarget(colleague, request, workload, index);
                return new RoutingAnswer(RoutingDecision.Person, [target with { Why = [.. target.Why, .. awayReasons] }], understood, []);
            }

            return new RoutingAnswer(RoutingDecision.None, [], understood,
                [
                    new RoutingReason(ReasonCode.ExpertsUnavailableNoTeam) { Topics = subject },
                    .. awayReasons,
                    new RoutingReason(request.IsUrgent ? ReasonCode.RetryLaterOrLowerUrgency : ReasonCode.RetryWhenBack),
                ]);
        }

        var teamsForSubject = desksMayAnswer
            ? RankGroups(index, understanding.Topics, understanding.Domains, NoExperts, limit, allowFallbackDomains: HasServiceTopic(understanding), expertiseNeedsTopic: true)
            : [];
        // Nobody holds the subject itself: the desk covering it ("a cease and desist letter, where do I send it?" to the legal intake desk).
        if (teamsForSubject.Count > 0 && !understanding.AsksForExpertise)
        {
            return WithLeadingReasons(RoutingDecision.Group, teamsForSubject, understood, [new RoutingReason(ReasonCode.NobodyListsTeamCovers) { Topics = subject }], []);
        }

        var teamsByWords = desksMayAnswer
            ? GroupsSharingWords(index, understanding, limit, reportedProblem: understanding.ReportsAProblem
                && candidates.All(c => c.Blocker == Blocker.Requester))
            : [];
        if (teamsByWords.Count > 0)
        {
            return new RoutingAnswer(RoutingDecision.Group, teamsByWords, understood, []);
        }

        // "Il manque la boîte de laparo n°3": no profile holds any of the request's words and one desk alone names one of them
        // ("boîtes et plateaux d'instruments manquants"): that desk is the only door the company wrote down.
        if (desksMayAnswer && candidates.Count == 0 && !understanding.AsksForExpertise && LoneDeskNamingAWord(deskWords, index) is { } lone)
        {
            return new RoutingAnswer(RoutingDecision.Group, [lone], understood, []);
        }

        // "Un 2e avis en ophtalmo ?" and only the requester's profile matches: colleagues holding the requester's own skill.
        if (understanding.AsksForReview && candidates.Count > 0 && candidates.All(c => c.Blocker == Blocker.Requester)
            && SameSkillColleagues(request, requester, RequesterMatch(candidates), understanding, index, workload, understood, limit) is { } sameSkill)
        {
            return sameSkill;
        }

        return new RoutingAnswer(RoutingDecision.None, [], understood, NobodyReasons(understanding, candidates, subject));
    }

    /// <summary>
    /// The desk whose own text shares <see cref="RoutingOptions.AwayDeskMinWords"/> of the request's words (places aside), holds at least
    /// <see cref="RoutingOptions.AwayDeskMinCoverage"/> of them by idf, and <see cref="RoutingOptions.AwayDeskOverNextFactor"/> times any
    /// other desk's share. Null when none stands out.
    /// </summary>
    private static RoutingTarget? ClearlyBestDesk(DeskWords desks, RoutingIndex index)
    {
        var options = index.Options;
        var best = desks.Scored.Where(d => d.Shared.Count(w => !index.PlaceStems.Contains(w.Stem)) >= options.AwayDeskMinWords)
            .OrderByDescending(d => d.Coverage).FirstOrDefault();
        if (best.Group is null || best.Coverage < options.AwayDeskMinCoverage)
        {
            return null;
        }

        var second = desks.Scored.Where(d => d.Group != best.Group).Select(d => d.Coverage).DefaultIfEmpty(0).Max();
        return best.Coverage < options.AwayDeskOverNextFactor * second ? null : DescribingDesk(best);
    }

    /// <summary>
    /// The colleague named in the automatic reply of the strongest direct match, when that match is away (automatic replies on, or a
    /// disabled account whose reply still says who took over) and the colleague can be disturbed now: first, with why, then the other
    /// available matches. Null when the strongest match is available or their reply names nobody available.
    /// </summary>
    private static RoutingAnswer? NamedByAutomaticReply(List<PersonCandidate> direct, List<PersonCandidate> candidates, RoutingRequest request, RequestUnderstanding understanding, IndexedUser? requester, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit)
    {
        var lead = StrongestMatch(direct);
        if (lead is not { Blocker: Blocker.OutOfOffice or Blocker.AccountDisabled } || lead.User.Delegates.Count == 0)
        {
            return null;
        }

        var ancestors = Ancestors(requester, index, index.Options.MaxOrgDistance);
        foreach (var (delegateIndex, forStems) in lead.User.Delegates)
        {
            // Named for something the request does not mention ("Pour la collection Boussole : Bruno Lassalle" for a question on a
            // storyboard): named for another of their duties, not for this question.
            if (forStems.Count > 0 && !forStems.Any(understanding.Stems.Contains))
            {
                continue;
            }

            var named = candidates.FirstOrDefault(c => c.User.Index == delegateIndex);
            if (named is null)
            {
                named = new PersonCandidate(index.Users[delegateIndex]);
                Assess(named, request, requester, ancestors, index, workload);
            }

            if (named.Blocker != Blocker.None)
            {
                continue;
            }

            var first = PersonTarget(named, request, workload, index);
            first = first with
            {
                Why = [new RoutingReason(ReasonCode.NamedInAutomaticReply) { Name = lead.User.Name }, .. first.Why, Describe(lead, request, workload, index.Options)],
            };
            var others = direct.Where(c => c.Blocker == Blocker.None && c.User.Index != delegateIndex).Take(limit - 1).Select(c => PersonTarget(c, request, workload, index));
            return new RoutingAnswer(RoutingDecision.Person, [first, .. others], understood, []);
        }

        return null;
    }

    /// <summary>
    /// An available colleague holding one of the away expert's own declared skills under the same name ("Equine nutrition" beside
    /// "Forage analysis"), a skill few people hold, and one a word of the request names when someone's knowledge is asked for; the most
    /// proficient first. Null when nobody does.
    /// </summary>
    private static PersonCandidate? HolderOfAwaySkill(PersonCandidate away, RoutingRequest request, RequestUnderstanding understanding, IndexedUser? requester, RoutingIndex index, IWorkload workload)
    {
        if (away.BestIsRelatedField || away.BestFacet is not { IsSkill: true })
        {
            return null;
        }

        var options = index.Options;
        var ancestors = Ancestors(requester, index, options.MaxOrgDistance);
        var rare = Math.Max(options.AwaySkillMinHolders, options.AwaySkillMaxHolderShare * index.UserCount);
        PersonCandidate? best = null;
        // "Qqn s'y connaît en chouchen ?" while the only chouchen expert is away: a colleague sharing only their "Cidres et poirés", which
        // the request does not name, knows the expert's other field, not what is asked. Asked for help with a task ("un module Terraform"),
        // a colleague of the away expert's field may still do it.
        foreach (var skill in index.FacetsOf(away.User.Index)
            .Where(f => f.IsSkill && !f.IsAlias && f.Stems.Length > 0 && (!understanding.AsksForExpertise || NamedByRequest(f, understanding, options))).ToList())
        {
            var holders = index.FacetsWithStem(skill.Stems[0]).Select(id => index.Facets[id])
                .Where(f => f.IsSkill && f.UserIndex != away.User.Index && f.Stems.Length == skill.Stems.Length && skill.Stems.All(f.Stems.Contains))
                .ToList();
            if (holders.Select(f => f.UserIndex).Distinct().Count() > rare)
            {
                continue;
            }

            foreach (var facet in holders.Where(f => f.UserIndex != requester?.Index))
            {
                var colleague = AssessedColleague(facet, FacetColumns.SkillFactor(facet, options) * options.TopicSkillWeight, request, requester, ancestors, index, workload);
                if (colleague.Blocker == Blocker.None && (best is null || colleague.Rank > best.Rank))
                {
                    best = colleague;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a word of the request names the field: written ("pompe hydraulique" for "Hydraulique"), translated by the lexicon ("DGR" for
    /// "Dangerous goods"), or cut short ("méca" for "Mécanique agricole", at least <see cref="RoutingOptions.AwaySkillAbbreviationMinLetters"/>
    /// letters).
    /// </summary>
    private static bool NamedByRequest(ProfileFacet field, RequestUnderstanding understanding, RoutingOptions options) =>
        field.Stems.Any(stem => understanding.Stems.Contains(stem)
            || understanding.TranslatedWords.Values.Any(translation => translation.Contains(stem))
            || understanding.Tokens.Any(token => token.Length >= options.AwaySkillAbbreviationMinLetters && stem.Length > token.Length
                && stem.StartsWith(token, StringComparison.Ordinal)));

    /// <summary>
    /// The one desk sharing an informative word with a request no profile shares any word with; a site's name in a description says
    /// where a desk works, not what it does. Null when no desk or several do.
    /// </summary>
    private static RoutingTarget? LoneDeskNamingAWord(DeskWords desks, RoutingIndex index)
    {
        if (desks.PeopleIdf > 0)
        {
            return null;
        }

        var naming = desks.Scored.Where(d => d.Shared.Any(w => !index.PlaceStems.Contains(w.Stem))).Take(2).ToList();
        if (naming.Count != 1)
        {
            return null;
        }

        var group = naming[0].Group;
        return DeskTarget(group, Math.Round(index.Options.GroupWordOverlapScore * naming[0].Coverage, 2), new RoutingReason(ReasonCode.TeamDescribesService) { Name = group.Name });
    }

    /// <summary>
    /// A desk whose own name and description hold at least <see cref="RoutingOptions.MinDeskWordCoverage"/> of the request's informative
    /// words (two at least), and no less than anyone's profile does ("Perforce workspace" for the desk of "Perforce access and workspace
    /// issues"): the tenant wrote down that this is the desk's service, whatever the vocabulary knows. Words weigh their idf over people;
    /// a word only desks use weighs as if one person held it. Not when the request asks who knows something and someone available holds a
    /// skill it names in full. Null when no desk does.
    /// </summary>
    private static RoutingTarget? DeskNamingTheRequest(DeskWords desks, RequestUnderstanding understanding, RoutingIndex index, Lazy<List<PersonCandidate>> people, bool beforeServices = false)
    {
        var options = index.Options;
        if (desks.Total <= 0)
        {
            return null;
        }

        var mainTopics = desks.MainTopics;
        // Before the service step only a desk the vocabulary would miss is looked for; one claiming the subjects is the service step's.
        var best = desks.Scored
            .Where(d => (beforeServices ? !d.ClaimsAll || mainTopics.Count == 0 : d.ClaimsAll) && d.Shared.Count >= 2)
            .OrderByDescending(d => d.Coverage)
            .FirstOrDefault();
        if (best.Group is null || best.Coverage < options.MinDeskWordCoverage)
        {
            return null;
        }

        if (beforeServices)
        {
            // Before the vocabulary's service step, a desk must outweigh the subjects it does not claim itself: none of them named by a
            // phrase or a decisive word ("cliqué sur le lien" is phishing, whatever desk says "mot de passe"), and against a desk that
            // claims one of them, a third shared word and clearly more of the request ("imprimante" beats "bureau" and a town's name).
            var unclaimed = mainTopics.Where(t => !best.Group.Topics.ContainsKey(t.Topic.Index)).ToList();
            var claimers = desks.Scored.Where(d => d.Group != best.Group && unclaimed.Any(t => d.Group.Topics.ContainsKey(t.Topic.Index))).ToList();
            // Unless the desk's own text holds most of the request ("subcontract orders and marked-up terms" for a marked-up subcontract
            // order): then a phrase the vocabulary tied to another subject ("subcontract order" as a sales order) does not outweigh it.
            var decisive = best.Shared.Count >= 3 && best.Coverage >= options.DeskWordsDecisiveCoverage
                && claimers.All(d => best.Coverage >= options.DeskWordsOverSubjectFactor * d.Coverage);
            // "Big printer jammed and offline, need the tenancy packs for the sign-ups": a service named by its own word is reported
            // broken; what the requester needed it for is the lettings desk's business, not the question.
            // Unless the problem itself is in the desk's own words, named before the service's word, and no desk claiming that service
            // shares a word of it: the greenhouse's temperature alarm is the greenhouse desk's, whatever screen shows it.
            var brokenServices = understanding.ReportsAProblem
                ? unclaimed.Where(t => t.Topic.Kind == TopicKind.Service && t.StrongestTerm >= 1).ToList()
                : [];
            if (brokenServices.Count > 0
                && !(best.Shared.Count >= 3 && claimers.All(d => d.Shared.Count == 0)
                    && FirstPosition(understanding.Stems, best.Shared.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal))
                        < FirstPosition(understanding.Stems, brokenServices.SelectMany(t => t.NamedBy ?? Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal))))
            {
                return null;
            }

            if (!decisive && (unclaimed.Any(t => t.StrongestTerm > options.OverridableServiceTerm)
                || (claimers.Count > 0 && (best.Shared.Count < 3 || best.Coverage < options.DeskWordsOverSubjectFactor * claimers.Max(d => d.Coverage)))))
            {
                return null;
            }
        }

        // People are ranked only now, once a desk qualifies: most requests never get this far.
        var asksForExpertise = understanding.AsksForExpertise;
        var person = people.Value.Where(c => !c.BestIsRelatedField && c.Blocker != Blocker.Requester).Select(c => c.WordCoverage).DefaultIfEmpty(0).Max() * desks.PeopleIdf / desks.Total;
        // "Qui connaît les polices CJK ?", "could someone build a CD-SEM recipe?": someone's knowledge or someone is asked for, and
        // someone available holds a skill the request names in full; the desk whose text shares the context ("traductions", "lots")
        // is not who knows it. Likewise, for a knowledge question, when someone available holds in their best skill a word of what the
        // cue asks about ("qqn qui connaît l'automation" for "Automation playout Zetta"). But unless knowledge is asked for, a desk
        // whose own text holds twice what anyone's profile does, the skill's name included ("transferts de fichiers Aspera aux clients"
        // for "can someone Aspera the final stems to the client?"), is asked to do its work, whoever lists the tool. A knowledge question
        // names a skill also by a word's completed form ("spéléo" for "Spéléologie"), which the desk's "clients du camping" does not outweigh.
        var deskHoldsFarMore = !asksForExpertise && best.Coverage >= options.DeskWordsOverSubjectFactor * person;
        if ((asksForExpertise || index.Vocabulary.AsksWhoCan(understanding.Tokens)) && people.Value.Any(c => c.Blocker == Blocker.None
            && (((NamesSkill(c, understanding.WrittenStems) || (asksForExpertise && NamesSkill(c, understanding.Stems))) && !(deskHoldsFarMore && c.BestFacet!.Stems.All(best.Group.Stems.Contains))) || (asksForExpertise && c.BestFacet is { IsSkill: true } skill && !c.BestIsRelatedField
                && skill.Stems.Any(s => understanding.ObjectStems.Contains(s) && index.Idf(s) > 0)))))
        {
            return null;
        }

        if (person > best.Coverage)
        {
            return null;
        }

        return DescribingDesk(best);
    }

    /// <summary>A desk proposed because its own text describes the request, scored by the share of the request it holds.</summary>
    private static RoutingTarget DescribingDesk(DeskScore desk) =>
        DeskTarget(desk.Group, Math.Round(Math.Min(1, desk.Coverage), 2), new RoutingReason(ReasonCode.TeamDescribesRequest) { Name = desk.Group.Name });

    /// <summary>Where the first of <paramref name="words"/> stands among the request's stems; past the end when none does.</summary>
    private static int FirstPosition(IReadOnlyList<string> stems, HashSet<string> words)
    {
        for (var i = 0; i < stems.Count; i++)
        {
            if (words.Contains(stems[i]))
            {
                return i;
            }
        }

        return stems.Count;
    }

    /// <summary>
    /// The request's informative words against every desk's own name and description, scored once per request for both places that
    /// look for a desk naming the request. Words weigh their idf over people; a word only desks use weighs as if one person held it.
    /// </summary>
    private static DeskWords ScoreDeskWords(RequestUnderstanding understanding, RoutingIndex index)
    {
        var desks = index.Groups.Where(g => g.AcceptsRequests).ToList();
        var words = new List<(string Stem, double Idf)>();
        var peopleIdf = 0.0;
        foreach (var stem in understanding.Stems)
        {
            if (stem.Length < 3 || stem.All(char.IsDigit) || understanding.CorrectedStems.Contains(stem))
            {
                continue;
            }

            var idf = index.Idf(stem);
            peopleIdf += idf;
            if (idf <= 0 && desks.Any(g => g.Stems.Contains(stem)))
            {
                // A site's name in a desk's description ("Wi-Fi at Ashton Vale", "tills in Paris, London and Milano") says where the
                // desk works, not what it does: it weighs like a site's name in a profile.
                idf = index.PlaceStems.Contains(stem) ? index.SingleHolderIdf * index.Options.PlaceWordIdfFactor : index.SingleHolderIdf;
            }

            if (idf > 0)
            {
                words.Add((stem, idf));
            }
        }

        var total = words.Sum(w => w.Idf);
        // The request's main subjects must be the desk's too: a GDPR question that shares "client" and "workshop" with an office desk
        // is still a privacy question.
        var mainTopics = understanding.Topics.Where(t => t.Weight >= index.Options.SecondaryTopicThreshold).ToList();
        var scored = total <= 0
            ? []
            : desks
                .Select(g => (Group: g, Shared: words.Where(w => g.Stems.Contains(w.Stem)).ToList()))
                .Select(d => new DeskScore(d.Group, d.Shared, d.Shared.Sum(w => w.Idf) / total, mainTopics.All(t => d.Group.Topics.ContainsKey(t.Topic.Index))))
                .ToList();
        return new DeskWords(peopleIdf, total, mainTopics, scored);
    }

    /// <summary>One desk against the request: the words it shares, their share of the request, whether it claims all its main subjects.</summary>
    private readonly record struct DeskScore(IndexedGroup Group, List<(string Stem, double Idf)> Shared, double Coverage, bool ClaimsAll);

    private sealed record DeskWords(double PeopleIdf, double Total, List<WeightedTopic> MainTopics, List<DeskScore> Scored);

    /// <summary>
    /// Names the request asks someone to know ("Qlik Sense", "LabVIEW") with a word that no one but the requester has in their profile,
    /// no team describes, no colleague is named by, and the vocabulary does not know (or knows as a subject nobody holds): unknown to
    /// the company. As written.
    /// </summary>
    private static List<string> UnheardNames(RequestUnderstanding understanding, RoutingIndex index, IndexedUser? requester)
    {
        return [.. understanding.Names.Where(n => n.Tokens.Any(Unheard)).Select(n => n.Written).Distinct(StringComparer.Ordinal)];

        bool Unheard(string name)
        {
            var stem = LightStemmer.Stem(name);
            // A colleague's name ("qui connaît Sarah Blanc ?") is someone the directory knows, not an unknown thing.
            return !index.Vocabulary.LanguageNames.ContainsKey(name)
                && !index.PeopleNameWords.Contains(name)
                && !understanding.TranslatedWords.ContainsKey(name)
                && RequestUnderstanding.ModelSeries(name, index) is null
                && !understanding.Topics.Any(t => t.NamedBy is { } named && (named.Contains(stem) || named.Contains(name)) && TopicHeld(t.Topic.Index))
                && !index.Groups.Any(g => g.Stems.Contains(stem) || g.Stems.Contains(name))
                && !HeldByOthers(index, stem, requester) && !HeldByOthers(index, name, requester);
        }

        bool TopicHeld(int topic) => index.FacetsWithTopic(topic).Any(f => index.Facets[f].UserIndex != requester?.Index)
            || index.Groups.Any(g => g.AcceptsRequests && g.Topics.ContainsKey(topic));
    }

    /// <summary>
    /// Whether a name the request asks about is in the profile of someone other than the requester, yet of none of the candidates who
    /// can be disturbed now. Holders are looked up per candidate (postings are ordered by user), never listed: a common product name
    /// can be held by thousands.
    /// </summary>
    private static bool NamesHeldOnlyByUnavailable(RequestUnderstanding understanding, RoutingIndex index, IndexedUser? requester, List<PersonCandidate> candidates)
    {
        if (understanding.Names.Count == 0)
        {
            return false;
        }

        // A word the lexicon translated ("HV") is held in the directory's own words ("High-voltage systems").
        var stems = understanding.Names.SelectMany(n => n.Tokens.SelectMany(t => new[] { t, LightStemmer.Stem(t) }
                .Concat(understanding.TranslatedWords.TryGetValue(t, out var translation) ? translation : [])))
            .Distinct(StringComparer.Ordinal).ToList();
        if (!stems.Any(s => HeldByOthers(index, s, requester)))
        {
            return false;
        }

        return !candidates.Any(c => c.Blocker == Blocker.None && stems.Any(s => index.UserHoldsStem(c.User.Index, s)));
    }

    /// <summary>
    /// The clearly stronger match who cannot be disturbed (away, or the requester asking for a review of their own work) for whom the
    /// best available person is no stand-in: they hold a good share of the request's words, the available one holds none of those and
    /// shares no subject with their best field, only the request's context ("distributeur" for the away Japan-market expert, "premium"
    /// for the away war-risk insurer); or, when that expert is gone (not merely busy now), the available one holds none of the
    /// request's words at all and is not of their department, whatever subject they share, or when their fields share neither a word
    /// nor a subject with the gone expert's skill that holds a word of the request; or when that expert is gone and clearly stronger
    /// (the best available matches at most <see cref="RoutingOptions.StandInMaxMatchShare"/> of them) and the available one is neither
    /// of their department nor of a subject the request names with them, or the expert is gone for good (leave with no return date,
    /// account disabled). Holders of the same skill at a lower level remain stand-ins. Null when the best available person stands in
    /// (or nobody is available: the fallbacks handle that).
    /// </summary>
    private static PersonCandidate? NotStoodInFor(RequestUnderstanding understanding, RoutingIndex index, List<PersonCandidate> direct)
    {
        var options = index.Options;
        var best = direct.FirstOrDefault(c => c.Blocker == Blocker.None);
        if (best is null)
        {
            return null;
        }

        // The requester's own profile holds the request's context as a matter of course; it says who knows the subject only when they
        // ask for a review of their own work ("un 2e avis sur mon bilan carbone").
        var blocked = direct.Where(c => c.Blocker != Blocker.None && (understanding.AsksForReview || c.Blocker != Blocker.Requester) && c.Match > best.Match).MaxBy(c => c.Match);
        // A colleague holding one of their fields ("Moulage" like the requester's "Moulage"), or most of a skill of theirs ("Réglementation
        // FDA (GRAS, 21 CFR)" for "FDA GRAS notices & 21 CFR 184"), stands in, whatever else the request says.
        if (blocked?.BestFacet is not { } theirs
            || new[] { theirs, blocked.SecondFacet }.Any(t => SharedField(best.BestFacet, t) >= 2 || SharedField(best.SecondFacet, t) >= 2
                || MostOfField(best.BestFacet, t) || MostOfField(best.SecondFacet, t)))
        {
            return null;
        }

        // Someone who holds none of the request's words matches only through the subject the vocabulary guessed ("licences" as software
        // licences for the surtitle-software expert): as close as their match may be, no stand-in for the one who holds its words while
        // that one is gone (on leave, account disabled, at capacity). For an expert only busy right now (Do Not Disturb, off-hours for
        // an urgent request), a colleague of the same subject is what the requester needs.
        // A colleague of the away expert's own department works on the same subjects and stands in all the same (not for the requester's
        // own knowledge: their department is where they sit, not what they asked).
        var gone = blocked.Blocker is not (Blocker.DoNotDisturbUrgent or Blocker.OffHoursUrgent);
        // "URGENT, le distributeur d'Osaka attend, qui connaît le marché japonais ?" at midnight in Tokyo: the one who knows it cannot be
        // disturbed now, and whoever matches far less well shares only the context ("distributeur", "remise"). No stand-in; the answer
        // says who is busy and when to retry. The same for an expert at capacity, and for the requester's own knowledge under review.
        if (blocked.Blocker is Blocker.OffHoursUrgent or Blocker.AtCapacity or Blocker.Requester
            && best.Match < options.BusyStandInMaxMatchShare * blocked.Match)
        {
            return blocked;
        }

        // An expert who is gone, as opposed to the requester's own knowledge.
        var expertGone = gone && blocked.Blocker != Blocker.Requester;
        var sameDepartment = blocked.Blocker != Blocker.Requester && blocked.User.User.Department is { Length: > 0 } department
            && string.Equals(department, best.User.User.Department, StringComparison.OrdinalIgnoreCase);
        // "Le dossier FEAMPA… qui peut s'en charger ?" while the grants expert is on long leave: the skill or responsibility of the one
        // who is gone holds a word of the request; someone whose fields share neither a word nor a subject with that field only shares
        // the request's context ("ligne de filetage") and takes over nothing of theirs.
        if (expertGone && !sameDepartment && (theirs.IsSkill || theirs.Kind == FacetKind.Responsibility)
            && theirs.Stems.Any(s => index.Idf(s) > 0 && understanding.Stems.Contains(s) && !index.UserHoldsStem(best.User.Index, s))
            && SharedField(best.BestFacet, theirs) == 0 && SharedField(best.SecondFacet, theirs) == 0)
        {
            return blocked;
        }

        // "La déclaration des rejets atmosphériques doit partir vendredi, qui peut la faire ?" while its only expert is gone and clearly
        // stronger, and nobody available holds their field (checked above): whoever shares the rest of the request ("zinc", "Scotland")
        // takes over nothing of theirs. For an expert back on a date or at capacity, a colleague of their department, or one whose field
        // is of a subject the request names with theirs (the PLC programmer for the away PLC expert), is the next best help meanwhile;
        // for one on leave with no return date or whose account is disabled, only a holder of their own field is.
        var forGood = GoneForGood(blocked);
        if (expertGone && best.Match <= options.StandInMaxMatchShare * blocked.Match
            && (forGood || (!sameDepartment && !understanding.Topics.Any(t => t.Weight >= options.SecondaryTopicThreshold
                && HoldsTopic(blocked, t.Topic.Index) && HoldsTopic(best, t.Topic.Index)))))
        {
            return blocked;
        }

        if ((best.WordCoverage > 0 || !gone || sameDepartment) && (best.Match > options.StandInMaxMatchShare * blocked.Match
            || SharesTopic(best.BestFacet, theirs) || SharesTopic(best.SecondFacet, theirs)))
        {
            return null;
        }

        double total = 0, onlyTheirs = 0;
        foreach (var stem in understanding.Stems)
        {
            var idf = index.Idf(stem);
            if (idf <= 0)
            {
                continue;
            }

            total += idf;
            if (index.UserHoldsStem(blocked.User.Index, stem))
            {
                if (index.UserHoldsStem(best.User.Index, stem))
                {
                    return null;
                }

                onlyTheirs += idf;
            }
        }

        return total > 0 && onlyTheirs / total >= options.StandInMissingShare ? blocked : null;

        static bool SharesTopic(ProfileFacet? facet, ProfileFacet other) => facet is not null && facet.Topics.Any(other.Topics.Contains);

        static bool HoldsTopic(PersonCandidate candidate, int topic) =>
            (candidate.BestFacet?.Topics.Contains(topic) ?? false) || (candidate.SecondFacet?.Topics.Contains(topic) ?? false);
    }

    /// <summary>
    /// When the strongest direct match cannot be disturbed and the best available person holds none of their field in full, the first
    /// available colleague whose field holds every word of that field (a skill or a responsibility that shares a word with the request).
    /// Null when the best available person already holds it, or nobody does.
    /// </summary>
    private static PersonCandidate? HolderOfTheLeadsField(List<PersonCandidate> direct, RequestUnderstanding understanding, RoutingIndex index)
    {
        var lead = StrongestMatch(direct);
        if (lead is not { Blocker: not Blocker.None, BestFacet: { } field } || !(field.IsSkill || field.Kind == FacetKind.Responsibility)
            || !field.Stems.Any(understanding.Stems.Contains))
        {
            return null;
        }

        var available = direct.Where(c => c.Blocker == Blocker.None).ToList();
        if (available.Count == 0 || HoldsField(available[0]))
        {
            return null;
        }

        // What the request asks about comes first: a holder of the lead's field who knows less of it ("philanthropie") does not jump ahead.
        var firstKnows = understanding.ObjectStems.Count == 0 ? 0 : KnowsObject(available[0], understanding, index);
        return available.FirstOrDefault(c => HoldsField(c) && (understanding.ObjectStems.Count == 0 || KnowsObject(c, understanding, index) >= firstKnows));

        // Holding the lead's field: all its words, or a skill of two words or more that is a whole part of it and holds a word of the
        // request ("Transport frigorifique" of "Affrètement transport frigorifique" for "un transporteur").
        bool HoldsField(PersonCandidate candidate) =>
            index.FacetsOf(candidate.User.Index).Any(f => (f.IsSkill || f.Kind == FacetKind.Responsibility)
                && (SharedField(f, field) >= 2 || (f.IsSkill && f.Stems.Length >= 2 && SharedField(field, f) >= 2 && f.Stems.Any(understanding.Stems.Contains))));
    }

    /// <summary>The strongest direct match other than the requester, whether or not they can be disturbed; null when there is none.</summary>
    private static PersonCandidate? StrongestMatch(List<PersonCandidate> direct) => direct.Where(c => c.Blocker != Blocker.Requester).MaxBy(c => c.Match);

    /// <summary>The same people with one of them moved to the front, the others in their order.</summary>
    private static List<PersonCandidate> Ahead(PersonCandidate first, List<PersonCandidate> people) =>
        [first, .. people.Where(c => !ReferenceEquals(c, first))];

    /// <summary>On leave with no return date, or whose account is disabled: not merely away for a while.</summary>
    private static bool GoneForGood(PersonCandidate candidate) =>
        candidate.Blocker == Blocker.AccountDisabled || (candidate.Blocker == Blocker.OutOfOffice && candidate.User.Availability.AlwaysOutOfOffice);

    /// <summary>
    /// Whether one of the candidate's two best fields holds an informative word of the unavailable expert's best field, or with
    /// <paramref name="theirOtherField"/> of either of their two best fields (the best one can be the short name the request used,
    /// "Seller Central" of "Amazon Seller Central (UK/EU)").
    /// </summary>
    private static bool HoldsWordOfField(PersonCandidate candidate, PersonCandidate unavailable, RoutingIndex index, bool theirOtherField = false) =>
        !candidate.BestIsRelatedField
        && new[] { candidate.BestFacet, candidate.SecondFacet }.Any(f => f is not null
            && (theirOtherField ? new[] { unavailable.BestFacet, unavailable.SecondFacet } : [unavailable.BestFacet])
                .Any(theirs => theirs is not null && f.Stems.Any(s => index.Idf(s) > 0 && theirs.Stems.Contains(s))));

    /// <summary>
    /// Whether a skill holds most of another skill: at least two of its words and half of them ("Réglementation FDA (GRAS, 21 CFR)" of
    /// "FDA GRAS notices &amp; 21 CFR 184"): the same skill written otherwise, where <see cref="SharedField"/> asks for every word.
    /// </summary>
    private static bool MostOfField(ProfileFacet? facet, ProfileFacet? other)
    {
        if (facet is null || other is null || !other.IsSkill || !facet.IsSkill)
        {
            return false;
        }

        var shared = other.Stems.Count(facet.Stems.Contains);
        return shared >= 2 && 2 * shared >= other.Stems.Length;
    }

    /// <summary>
    /// How much a field is another: 3 when both have the same words ("Moulage" and "Moulage"), 2 when it holds all the other's words,
    /// 1 when it shares a word or a subject ("Mixage podcast" and "Mixage radio"), else 0.
    /// </summary>
    private static int SharedField(ProfileFacet? facet, ProfileFacet? other) =>
        facet is null || other is null ? 0
        : other.Stems.All(facet.Stems.Contains) && facet.Stems.All(other.Stems.Contains) ? 3
        : other.Stems.All(facet.Stems.Contains) ? 2
        : facet.Stems.Any(other.Stems.Contains) || facet.Topics.Any(other.Topics.Contains) ? 1
        : 0;

    /// <summary>
    /// How well the person knows what the knowledge cue asks about: two for each of its words they hold ("rivetage" in an about-me), or,
    /// holding none, one when one of their fields is about a subject those words name (ultrasonic weld testing, a welding subject, for
    /// "rivetage"); 0 when neither. The field is less than a word and no extra word: "Load forecasting" holds "forecasting" of "ensemble
    /// forecasting", and its subject is no second word over "Prévision d'ensemble" holding "ensemble".
    /// </summary>
    private static int KnowsObject(PersonCandidate candidate, RequestUnderstanding understanding, RoutingIndex index)
    {
        var held = understanding.ObjectStems.Count(s => index.Idf(s) > 0 && index.UserHoldsStem(candidate.User.Index, s));
        // What is asked, in the directory's own words ("hot foil stamping" held as "Marquage à chaud"): the translation is known, so
        // its holder knows the object as much as one who wrote the request's words.
        foreach (var (word, into) in understanding.TranslatedWords)
        {
            var stem = LightStemmer.Stem(word);
            if (understanding.ObjectStems.Contains(stem) && !index.UserHoldsStem(candidate.User.Index, stem)
                && into.Any(s => index.Idf(s) > 0 && (HoldsAsSkill(candidate.BestFacet, s) || HoldsAsSkill(candidate.SecondFacet, s))))
            {
                held++;
            }
        }

        var objectTopics = understanding.ObjectTopics.Select(t => t.Topic.Index);
        var field = objectTopics.Any(t => (candidate.BestFacet?.Topics.Contains(t) ?? false) || (candidate.SecondFacet?.Topics.Contains(t) ?? false));
        return (2 * held) + (field && held == 0 ? 1 : 0);
    }

    /// <summary>
    /// "Quelqu'un maîtrise LabVIEW ?" where no profile writes "LabVIEW", in any form (a cognate, a longer word it abbreviates, two words
    /// it glues, a translation): what is asked is unheard of here, whatever field its subject belongs to.
    /// </summary>
    private static bool NobodyWritesTheObject(RequestUnderstanding understanding, RoutingIndex index) =>
        understanding.ObjectStems.Count > 0
        && understanding.ObjectTopics.Count > 0
        && understanding.ObjectStems.All(s => !index.Uses(s) && index.Cognate(s) is null && index.Expansion(s) is null && index.JoinedWords(s) is null)
        && !understanding.TranslatedWords.Keys.Any(word => understanding.ObjectStems.Contains(LightStemmer.Stem(word)));

    /// <summary>
    /// Whether more than half of the field's words name a subject of what is asked, named by a full term ("Propriété intellectuelle" for
    /// "dépôt de brevet", "Kubernetes" for "k8s", "Zinc die casting" for the administrator's "zamak"): the field is that subject under
    /// another name. "Essais de fatigue" shares with "LabVIEW" only the research subject its one word "essais" names.
    /// </summary>
    private static bool FieldIsTheSubject(ProfileFacet field, RequestUnderstanding understanding, RoutingIndex index)
    {
        var objectTopics = understanding.ObjectTopics.Where(t => t.StrongestTerm >= 1).Select(t => t.Topic.Index).ToHashSet();
        var covered = new HashSet<int>();
        foreach (var match in index.Vocabulary.Matcher.Match(field.Stems))
        {
            if (match.Phrase.Target == PhraseTarget.Topic && objectTopics.Contains(match.Phrase.TargetIndex))
            {
                covered.UnionWith(match.Positions);
            }
        }

        return covered.Count * 2 > field.Stems.Length;
    }

    private static bool HoldsAsSkill(ProfileFacet? facet, string stem) => facet is { IsSkill: true } && facet.Stems.Contains(stem);

    /// <summary>
    /// "A second pair of eyes on my trim sheet: anyone else good with W&amp;B?" when only the requester lists the subject: colleagues
    /// holding the requester's very job title ("Agente de contrôle de charge" and "Agent de contrôle de charge") do the same work and
    /// are the second pair of eyes asked for, when that title shares a word with the field the requester matched by. Null when it
    /// does not, or nobody available holds it.
    /// </summary>
    private static RoutingAnswer? SameRoleColleagues(RoutingRequest request, IndexedUser? requester, PersonCandidate? requesterMatch, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit)
    {
        var title = requester?.User.JobTitle is { } written ? index.Vocabulary.ContentStems(written) : [];
        if (requester is null || title.Count == 0)
        {
            return null;
        }

        // The title as indexed: rank and role words ("Responsable", "Chargée de") are not in it, so any of its words may be the first.
        var own = title.Where(stem => index.UserHoldsStem(requester.Index, stem))
            .SelectMany(stem => index.FacetsWithStem(stem).Select(f => index.Facets[f]))
            .FirstOrDefault(f => f.UserIndex == requester.Index && f.Kind == FacetKind.JobTitle);
        // The title must share a word with the field the requester matched by ("Agente de contrôle de charge" for "Load control Dash 8"):
        // a gardener's title says nothing of who else knows topiary. Measured on 19,680 requests: +6 first targets / +5 decisions
        // (8 gained, 2 lost); dropping same-title colleagues altogether measured the same first targets and one decision fewer.
        if (own is null || requesterMatch?.BestFacet is not { } field || !field.Stems.Any(own.Stems.Contains))
        {
            return null;
        }

        // A common title ("Agent", "Technicien") is held by many in a large directory: enough of them to fill the answer are assessed.
        var budget = Math.Max(64, 16 * limit);
        var ancestors = Ancestors(requester, index, index.Options.MaxOrgDistance);
        var colleagues = new List<PersonCandidate>();
        foreach (var facet in index.FacetsWithStem(own.Stems[0]).Select(f => index.Facets[f]))
        {
            if (colleagues.Count >= budget)
            {
                break;
            }

            if (facet.Kind == FacetKind.JobTitle && facet.UserIndex != requester.Index && SharedField(facet, own) == 3)
            {
                colleagues.Add(AssessedColleague(facet, index.Options.MinPersonMatch, request, requester, ancestors, index, workload));
            }
        }

        var available = AvailableByRank(colleagues, limit);
        return available.Count == 0
            ? null
            : new RoutingAnswer(RoutingDecision.Person, [.. available.Select(c => PersonTarget(c, request, workload, index))], understood, []);
    }

    /// <summary>Whether a colleague's field can give a second opinion on the requester's: it holds all its words or most of them, or is a skill of its subject.</summary>
    private static bool SecondOpinionField(ProfileFacet? facet, ProfileFacet? own) =>
        facet is not null && own is not null && (SharedField(facet, own) >= 2 || MostOfField(facet, own) || (facet.IsSkill && own.IsSkill && facet.Topics.Any(own.Topics.Contains)));

    /// <summary>
    /// Colleagues for a second opinion on a subject only the requester lists: holders of the requester's own skill, else of their very
    /// job title. Null when nobody available holds either.
    /// </summary>
    private static RoutingAnswer? SecondOpinionColleagues(RoutingRequest request, IndexedUser? requester, List<PersonCandidate> candidates, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit)
    {
        var requesterMatch = RequesterMatch(candidates);
        return SameSkillColleagues(request, requester, requesterMatch, understanding, index, workload, understood, limit)
            ?? SameRoleColleagues(request, requester, requesterMatch, index, workload, understood, limit);
    }

    /// <summary>A colleague found through one of their fields, outside the main ranking, with <paramref name="match"/> as their match, assessed for availability.</summary>
    private static PersonCandidate AssessedColleague(ProfileFacet facet, double match, RoutingRequest request, IndexedUser? requester, Dictionary<int, int> ancestors, RoutingIndex index, IWorkload workload)
    {
        var candidate = new PersonCandidate(index.Users[facet.UserIndex]) { Match = match, BestFacet = facet, BestStrength = match };
        Assess(candidate, request, requester, ancestors, index, workload);
        return candidate;
    }

    private static PersonCandidate? RequesterMatch(List<PersonCandidate> candidates) => candidates.FirstOrDefault(c => c.Blocker == Blocker.Requester);

    /// <summary>
    /// "2e avis svp : un pèlerin refuse le leurre, qqn d'autre qui connaît bien les rapaces ?" when only the requester's profile matches:
    /// their own skill says what the subject is (the one their match came from; failing colleagues holding it, those sharing a word or a
    /// subject with the request, then those of the matched skill's subject, then their only skill), and colleagues holding that very
    /// skill ("Fauconnerie", at any level) are the second opinion asked for, the more proficient first. Null when the requester has no
    /// such skill or nobody available holds it.
    /// </summary>
    private static RoutingAnswer? SameSkillColleagues(RoutingRequest request, IndexedUser? requester, PersonCandidate? own, RequestUnderstanding understanding, RoutingIndex index, IWorkload workload, List<UnderstoodTopic> understood, int limit)
    {
        if (requester is null)
        {
            return null;
        }

        var names = (requester.User.Profile?.Skills ?? []).Select(s => s.DisplayName).Concat(requester.User.Skills ?? []).OfType<string>();
        var skills = names
            .Select(name => index.Vocabulary.ContentStems(name))
            .Where(stems => stems.Count > 0)
            .SelectMany(stems => index.FacetsWithStem(stems[0]).Select(f => index.Facets[f]))
            .Where(f => f.UserIndex == requester.Index && f.IsSkill && !f.IsAlias)
            .Distinct()
            .ToList();
        var matched = own?.BestFacet is { IsSkill: true, IsAlias: false } best ? best : null;
        List<ProfileFacet>[] tiers =
        [
            matched is null ? [] : [matched],
            [.. skills.Where(f => f.Stems.Any(understanding.Stems.Contains) || f.Topics.Any(t => understanding.Topics.Any(u => u.Topic.Index == t)))],
            matched is null ? [] : [.. skills.Where(f => f.Topics.Any(matched.Topics.Contains))],
            skills.Count == 1 ? skills : [],
        ];
        var ancestors = Ancestors(requester, index, index.Options.MaxOrgDistance);
        foreach (var subject in tiers)
        {
            var colleagues = new Dictionary<int, PersonCandidate>();
            foreach (var skill in subject)
            {
                foreach (var facet in index.FacetsWithStem(skill.Stems[0]).Select(f => index.Facets[f]))
                {
                    if (facet.IsSkill && facet.UserIndex != requester.Index && !colleagues.ContainsKey(facet.UserIndex) && SharedField(facet, skill) == 3)
                    {
                        colleagues[facet.UserIndex] = AssessedColleague(facet, FacetColumns.SkillFactor(facet, index.Options), request, requester, ancestors, index, workload);
                    }
                }
            }

            var available = AvailableByRank(colleagues.Values, limit);
            if (available.Count > 0)
            {
                return new RoutingAnswer(RoutingDecision.Person, [.. available.Select(c => PersonTarget(c, request, workload, index))], understood, []);
            }
        }

        return null;
    }

    /// <summary>
    /// The first <paramref name="limit"/> available people among candidates assessed outside the main ranking (speakers of a language,
    /// colleagues in the same role), best rank first, ties by id so answers are stable.
    /// </summary>
    private static List<PersonCandidate> AvailableByRank(IEnumerable<PersonCandidate> candidates, int limit) =>
    [
        .. candidates
            .Where(c => c.Blocker == Blocker.None)
            .OrderByDescending(c => c.Rank)
            .ThenBy(c => c.User.User.Id, StringComparer.Ordinal)
            .Take(limit),
    ];

    /// <summary>Whether someone other than the requester has the stem in their profile.</summary>
    private static bool HeldByOthers(RoutingIndex index, string stem, IndexedUser? requester) =>
        index.FacetsWithStem(stem).Any(f => index.Facets[f].UserIndex != requester?.Index);

    /// <summary>Whether the person's best direct evidence is a skill the request names in full (or by its acronym).</summary>
    private static bool NamesSkill(PersonCandidate candidate, IReadOnlyCollection<string> words) =>
        !candidate.BestIsRelatedField && candidate.BestFacet is { IsSkill: true } skill && skill.Stems.All(words.Contains);

    private static RoutingAnswer? PersonAnswer(List<PersonCandidate> pool, List<PersonCandidate> all, RoutingRequest request, IWorkload workload, RoutingIndex index, List<UnderstoodTopic> understood, int limit)
    {
        var available = pool.Where(c => c.Blocker == Blocker.None).ToList();
        if (available.Count == 0)
        {
            return null;
        }

        var targets = available.Take(limit).Select(c => PersonTarget(c, request, workload, index)).ToList();
        var passedOver = PassedOver(all, available[0], request, workload, index.Options);
        if (passedOver.Count > 0)
        {
            targets[0] = targets[0] with { Why = [.. targets[0].Why, .. passedOver] };
        }

        return new RoutingAnswer(RoutingDecision.Person, targets, understood, []);
    }

    /// <summary>Orders ranks from highest to lowest for the running top-k.</summary>
    private sealed class DescendingComparer : IComparer<double>
    {
        public static DescendingComparer Instance { get; } = new();

        public int Compare(double x, double y) => y.CompareTo(x);
    }

    /// <summary>What a request contributed to one facet: shared stems (idf-weighted) and the strongest shared topic.</summary>
    private readonly record struct FacetHit(double MatchedIdf, double TopicWeight, double DomainWeight, bool Corrected, bool Asked);

    /// <summary>How strongly a facet matches, and whether only through its domain (a related field, said so in the reasons).</summary>
    private readonly record struct FacetStrength(double Value, bool RelatedFieldOnly);
}
