using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// "Qui connaît SimCorp Dimension ?", "Anyone know Qlik Sense?": when a request asks who knows a named thing, only people whose profile
/// names it may be proposed, never a colleague who shares the request's other words; when nobody does, or only the requester, or only
/// people who cannot be disturbed, the answer says so. On a made-up asset manager.
/// </summary>
public sealed class AskedNamesRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    /// <summary>A made-up asset manager, Gestion Hauterive: people who share the requests' other words but not what they ask about.</summary>
    private static TestTenant AssetManager(string? plannerAway = null) => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss", skills: ["Murex:advanced"])
        .Person("p-bo", "Thomas Meier", manager: "boss", jobTitle: "Responsable back-office", responsibilities: ["Migration du back-office titres"])
        .Person("p-reg", "Sébastien Roux", manager: "boss", jobTitle: "Head of Regulatory Affairs", skills: ["Regulatory reporting:expert"])
        .Person("p-bi", "Amélie Gilson", manager: "boss", skills: ["Power BI:expert:ask"])
        .Person("p-visum", "Karim Benali", manager: "boss", skills: ["Visum:expert"], outOfOffice: plannerAway)
        .Person("p-net", "Thomas Girard", manager: "boss", jobTitle: "Ingénieur réseaux", skills: ["Restructuration du réseau de distribution:advanced"])
        .Person("p-plc", "Lucas Faure", manager: "boss", skills: ["Automates Schneider:expert"], outOfOffice: "always")
        .Person("p-auto", "Nina Perrot", manager: "boss", skills: ["Programmation des automates:advanced"]);

    [Theory]
    [InlineData("Quelqu'un connaît SimCorp Dimension ? on évalue une migration du back-office titres", "SimCorp Dimension")]
    [InlineData("Anyone know SimCorp Dimension? we are assessing a migration of the securities back-office", "SimCorp Dimension")]
    [InlineData("Quelqu'un a deja code en Rust ? on evalue un outil de reporting reglementaire ecrit en Rust", "Rust")]
    [InlineData("Chi conosce SimCorp Dimension? valutiamo una migrazione del back-office titoli", "SimCorp Dimension")]
    [InlineData("Wer kennt sich mit SimCorp Dimension aus? Wir prüfen eine Migration des Back-Office", "SimCorp Dimension")]
    public void Route_NamedThingNobodyMentions_IsNoneNamingIt(string text, string named)
    {
        var answer = Route(AssetManager(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Empty(answer.Targets);
        Assert.Equal(new RoutingReason(ReasonCode.NobodyMentions) { Text = named }, answer.Why[0]);
        Assert.Equal($"nobody in the directory mentions {named}", EnglishReasons.Render(answer.Why[0]));
    }

    [Theory]
    [InlineData("quelqu'un sait coder en Rust ? on évalue un outil de reporting réglementaire", "Rust")]
    [InlineData("Anyone here with experience of the Jones Act? a client asks about a feeder service", "Jones Act")]
    [InlineData("Quelqu'un pratique l'acupuncture ? un client de la gestion privée la demande", "acupuncture")]
    [InlineData("Anyone familiar with xeriscaping? the back-office garden needs a plan", "xeriscaping")]
    [InlineData("Does anyone hold a Jones Act waiver? a client asks about a feeder service", "Jones Act")]
    [InlineData("Anyone here able to do xeriscaping? the back-office garden needs a plan", "xeriscaping")]
    [InlineData("Does anyone here do xeriscaping? the back-office garden needs a plan", "xeriscaping")]
    [InlineData("Has anyone dealt with xeriscaping before? the back-office garden needs a plan", "xeriscaping")]
    [InlineData("Quelqu'un a déjà eu affaire à l'acupuncture ? un client de la gestion privée la demande", "acupuncture")]
    public void Route_ThingAskedAboutNobodyMentions_IsNoneNamingIt(string text, string named)
    {
        // Other asking forms, and plain words nobody in the company or the vocabulary knows, as well as names.
        var answer = Route(AssetManager(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(new RoutingReason(ReasonCode.NobodyMentions) { Text = named }, answer.Why[0]);
    }

    [Theory]
    [InlineData("Quelqu'un maîtrise parfaitement la migration du back-office titres ?")]
    [InlineData("Quelqu'un maîtrise suffisamment la migration du back-office titres ?")]
    [InlineData("Anyone really familiar with the securities back-office migration?")]
    [InlineData("Who knows thoroughly the securities back-office migration?")]
    [InlineData("Qui connaît bien le sujet ? la migration du back-office titres bloque")]
    [InlineData("Qui s'y connaît pour diagnostiquer la migration du back-office titres ?")]
    [InlineData("Who's our specialist for the securities back-office migration?")]
    [InlineData("Qui connaît la migration du back-office titres ? c'est assez urgent")]
    [InlineData("Qui connaît le mieux la migration du back-office titres ?")]
    [InlineData("Besoin d'un expert pour reprendre la migration du back-office titres")]
    public void Route_WordsQualifyingTheQuestion_AreNotAnUnknownThing(string text)
    {
        // "parfaitement", "suffisamment", "thoroughly", "le sujet", "pour diagnostiquer", "our specialist", "assez urgent", "le mieux",
        // "pour reprendre": how or what is asked in general, not something nobody has heard of.
        var answer = Route(AssetManager(), text);

        Assert.Equal("p-bo", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Quelqu'un a des compétences Murex ? je dois refaire un rapport de positions")]
    [InlineData("Anyone with experience with Murex? I need to rebuild a positions report")]
    public void Route_NamedThingOnlyTheRequesterLists_IsNoneSayingOnlyThem(string text)
    {
        var answer = Route(AssetManager(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(ReasonCode.OnlyYouList, answer.Why[0].Code);
        Assert.Equal("Murex", Assert.Single(answer.Why[0].Topics!).English);
    }

    [Theory]
    [InlineData("Quelqu'un connaît Power BI ? je dois refaire un tableau de bord réglementaire")]
    [InlineData("Anyone know Power BI? I have to rebuild a regulatory dashboard")]
    public void Route_NamedThingSomeoneLists_ProposesThem(string text)
    {
        var answer = Route(AssetManager(), text);

        Assert.Equal("p-bi", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Besoin de qqn qui maîtrise Visum pour tester un scénario de restructuration du réseau")]
    [InlineData("Need someone who knows Visum to test a network restructuring scenario")]
    public void Route_NamedThingOnlyAnAwayColleagueLists_IsNotAColleagueSharingOtherWords(string text)
    {
        var answer = Route(AssetManager(plannerAway: "always"), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(ReasonCode.ExpertsUnavailableNoTeam, answer.Why[0].Code);
        Assert.Equal("Visum", Assert.Single(answer.Why[0].Topics!).English);
        Assert.Contains(answer.Why, r => r.Name == "Karim Benali");
    }

    [Fact]
    public void Route_NamedThingItsHolderAvailable_ProposesThem()
    {
        var answer = Route(AssetManager(), "Besoin de qqn qui maîtrise Visum pour tester un scénario de restructuration du réseau");

        Assert.Equal("p-visum", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Qui connait bien la programmation des automates Schneider ? Lucas est absent")]
    [InlineData("Who knows the programming of Schneider automates? Lucas is away")]
    public void Route_NameInsideTheSubjectNotItsStart_StillProposesTheSubjectsHolder(string text)
    {
        // What is asked is "la programmation des automates"; the brand qualifies it, and its only holder being away does not stop
        // the colleague who programs automates.
        var answer = Route(AssetManager(), text);

        Assert.Equal("p-auto", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_ColleaguesNameAskedAbout_IsNotAnUnknownThing()
    {
        // Karim Benali is in the directory: asking who knows him is not asking about something nobody has heard of.
        var answer = Route(AssetManager(), "Quelqu'un connaît Benali ? je dois reprendre son scénario de restructuration du réseau");

        Assert.DoesNotContain(answer.Why, r => r.Code == ReasonCode.NobodyMentions);
    }

    [Fact]
    public void Route_ShoutedQuestion_DoesNotTakeEveryWordForAName()
    {
        // In capitals every word looks like a name; "DUPONT" in a shouted question is context, as "Dupont" would be in a plain one.
        var answer = Route(AssetManager(), "QUI CONNAIT LE BACK-OFFICE DUPONT ? LA MIGRATION DES TITRES BLOQUE");

        Assert.Equal("p-bo", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Migration du back-office titres: le fichier de Querétaro arrive en retard sur SimCorp, qui peut regarder ?")]
    [InlineData("I don't know what Dupont expects from the back-office migration, can someone help?")]
    [InlineData("We used Murex before the back-office migration, who can help with the mapping?")]
    [InlineData("L'expert Dupont a validé la migration du back-office titres, qui peut vérifier ?")]
    [InlineData("Il connaît Dupont depuis longtemps, qui peut reprendre la migration du back-office titres ?")]
    [InlineData("Un client qui travaille au Luxembourg attend la migration du back-office titres, qui peut la suivre ?")]
    [InlineData("Notre cliente de Genève, en pleine forme, attend la migration du back-office titres, qui peut la suivre ?")]
    public void Route_NamesOutsideAKnowledgeQuestion_DoNotMakeItNone(string text)
    {
        // Place, client and product names in a request that asks nobody to know them are context, not the subject.
        var answer = Route(AssetManager(), text);

        Assert.Equal("p-bo", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Pour le défilé il me faut un plumassier, quelqu'un a travaillé la plume ?")]
    [InlineData("Qqn a le brevet de télépilote ? On voudrait filmer la fête au drone")]
    [InlineData("Anyone trained to run hyperbaric oxygen sessions? An agent is pushing for it")]
    public void Route_TrainingOrCertificateNobodyHolds_IsNone(string text)
    {
        // "a travaillé", "a le brevet de", "trained to run" ask for a knowledge nobody lists: the leatherworker who has "travaillé" the
        // crocodile, the events agent sharing "fête" and the steward trainer are no answer.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-leather", "Denise Marchal", aboutMe: "Vingt ans de métier : j'ai beaucoup travaillé le crocodile et l'alligator.")
            .Person("p-fete", "Jacky Pons", jobTitle: "Agent logistique fêtes et cérémonies")
            .Person("p-steward", "Shaun Riley", skills: ["Steward training:advanced"]);

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.Low, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Fact]
    public void Route_RealWordOneLetterFromAVocabularyWord_IsNotCorrectedIntoIt()
    {
        // "casher" is not a typo of "casier" (a locker, a facilities word): a kosher certification nobody holds is none.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-cert", "Nathalie Bouchard", skills: ["Audits de certification:expert"])
            .Team("g-fac", "Services généraux", "Badges, clés, casiers et accès aux bâtiments.", ["General", "Demandes"]);

        var answer = Router.Route(new RoutingRequest("req", "Un client veut des chocolats casher, qui s'y connaît en casher ?", Urgency.Low, Impact.Team, Tuesday10),
            tenant.Index(), tenant.Workload());

        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Theory]
    [InlineData("The lift coefficients drift during long runs on S1. Could someone who knows the 6-component balance explain the thermal compensation?")]
    [InlineData("Les coefficients de portance dérivent sur les longs essais, qqn qui connaît la 6-component balance pourrait m'expliquer la compensation thermique ?")]
    public void Route_ANumberJoinedToAWord_IsACountNotAName(string text)
    {
        // "6-component" says how many components the balance measures; the balance technician at capacity leaves his colleague who
        // holds the same skill, not "nobody mentions 6-component".
        var tenant = new TestTenant()
            .Person("req", "Emma Clarke", language: "en-GB")
            .Person("p-bal1", "Christophe Lafforgue", jobTitle: "Technicien balances", skills: ["Balance aérodynamique 6 composantes:expert"])
            .Person("p-bal2", "Thibault Lacombe", skills: ["Balance aérodynamique 6 composantes:general"])
            .Person("p-cfd", "Mélanie Gaillard", skills: ["Simulation numérique des écoulements:expert"])
            .Load("p-bal1", open: 3, capacity: 3);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-bal2", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Des conseils pour rassurer les jeunes qui ont peur de l'aiguille ? On a une collecte à l'université jeudi avec bcp de primo-donneurs")]
    [InlineData("qqn a des astuces pour apaiser les primo-donneurs anxieux ? grosse collecte jeudi")]
    public void Route_AVerbAfterPour_IsWhatIsToBeDone_NotANameAskedAbout(string text)
    {
        // "Pour rassurer": the infinitive says what the advice is for; the nurse who welcomes anxious first-time donors is who knows.
        var tenant = new TestTenant()
            .Person("req", "Aurore Piette", jobTitle: "Infirmière de collecte")
            .Person("p-anx", "Chantal Gilson", jobTitle: "Infirmière référente accueil", skills: ["Accueil des primo-donneurs et gestion de l'anxiété:expert:ask"], presence: "DoNotDisturb")
            .Person("p-plan", "Nicolas Jadot", jobTitle: "Planificateur des collectes mobiles")
            .Person("p-nurse", "Samira Bouzid", jobTitle: "Infirmière de collecte");

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-anx", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Des clients du camping me demandent si une sortie spéléo est faisable avec des enfants de 8 et 10 ans, et quel niveau il faut. Qqn qui s'y connaît ?")]
    [InlineData("Hi! clients du camping are asking if a spéléo outing is OK for kids of 8 and 10, anyone who knows about it?")]
    public void Route_KnowledgeQuestion_ASkillNamedByItsShortForm_OutweighsADeskSharingTheContext(string text)
    {
        // "Spéléo" is "spéléologie" cut short: the caving guide holds the skill the question names, the till and Wi-Fi desk only shares
        // "clients" and "camping".
        var tenant = new TestTenant()
            .Person("req", "Manon Chastagner", jobTitle: "Animatrice")
            .Person("p-cave", "Olivier Méjean", jobTitle: "Guide", skills: ["Spéléologie - encadrement en grotte:expert:ask"], presence: "DoNotDisturb")
            .Person("p-canoe", "Hugo Bonnefoy", jobTitle: "Moniteur canoë", skills: ["Canoë-kayak:expert"])
            .Team("g-it", "Support informatique & caisses", "PC et comptes, caisses et terminaux de paiement des bases, wifi des bases et wifi clients des campings.", ["Général", "Demandes"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-cave", answer.Targets[0].Id);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text) =>
        Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());
}
