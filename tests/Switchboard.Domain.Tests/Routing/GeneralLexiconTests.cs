using System.Globalization;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Text;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// The built-in general lexicon (Vocabulary/70-lexicon.json): a knowledge question in one language reaches a profile written in the
/// other ("qui connaît le recuit ?" for "Annealing"), while the same single word in a request's context stays as written; an expression
/// of several words ("hot foil stamping") is bridged wherever it stands. On a made-up
/// Franco-British heat-treatment firm.
/// </summary>
public sealed class GeneralLexiconTests
{
    /// <summary>Wednesday 10 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Wednesday10 = DateTimeOffset.Parse("2027-03-10T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    /// <summary>Made-up Trempes Calvert: most experts' fields are written in one language, the requests in the other.</summary>
    private static TestTenant Company() => new TestTenant()
        .Person("req", "Julie Mercier")
        .Person("p-anneal", "Oliver Grant", language: "en-GB", skills: ["Annealing:expert"])
        .Person("p-peen", "Fiona Reid", language: "en-GB", skills: ["Shot peening:expert"])
        .Person("p-foil", "Sylvie Morel", skills: ["Dorure à chaud:expert"])
        .Person("p-four", "Luc Perrin", skills: ["Maintenance des fours:advanced"])
        .Person("p-ship", "Claire Vidal", skills: ["Expédition des pièces:advanced"])
        .Person("p-acia", "Isabelle Cloutier", skills: ["Étiquetage ACIA:advanced"])
        .Person("p-label", "Maxime Girard", skills: ["Étiqueteuse:expert"])
        .Person("p-maroc", "Yassine Alami", skills: ["Fournisseurs Maroc:advanced"])
        .Person("p-de", "Anke Vogel", language: "de-DE", skills: ["Marché Allemagne:expert"]);

    [Theory]
    [InlineData("Qui connaît bien le recuit ? On voudrait adoucir des pièces trop dures", "p-anneal")]
    [InlineData("Les ressorts du client cassent trop tôt, quelqu'un connaît le grenaillage ?", "p-peen")]
    [InlineData("Who understands foil stamping? the gold initials on our cases smudge", "p-foil")]
    [InlineData("Quelqu'un ici connaît le recuit ? nos ressorts sortent trop durs", "p-anneal")]
    [InlineData("Les ressorts du client cassent trop tôt. C'est qui notre pro du grenaillage ?", "p-peen")]
    [InlineData("A buyer asks if we can keep 'raw' on the label of our cases. Who knows the CFIA labelling rules?", "p-acia")]
    [InlineData("Who knows the Moroccan suppliers? we need a second source of cases", "p-maroc")]
    [InlineData("Un grossiste de Hambourg veut un appel. Qui connaît le marché allemand ?", "p-de")]
    public void Route_KnowledgeQuestion_ReachesTheProfileInTheOtherLanguageThroughTheLexicon(string text, string expected)
    {
        var answer = Route(text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal(expected, answer.Targets[0].Id);
    }

    [Fact]
    public void Analyze_WordAskedAbout_AddsTheDirectorysForm()
    {
        var understanding = RequestUnderstanding.Analyze("qui connaît le recuit ?", Index());

        Assert.Contains(LightStemmer.Stem("annealing"), understanding.Stems);
    }

    [Fact]
    public void Analyze_SameWordInTheContext_IsNotTranslated()
    {
        // Not asked about: "le four de recuit" is where the breakdown is, and the lexicon's words often name such context.
        var understanding = RequestUnderstanding.Analyze("le four de recuit ne chauffe plus, qui peut passer ?", Index());

        Assert.DoesNotContain(LightStemmer.Stem("annealing"), understanding.Stems);
    }

    [Fact]
    public void Analyze_ExpressionOfSeveralWordsInTheContext_AddsTheDirectorysForm()
    {
        // A phrase of several words names its subject as surely in the context as after "who knows": "hot foil stamping" is "dorure à chaud".
        var understanding = RequestUnderstanding.Analyze("the gold initials smudge since we changed the hot foil stamping press", Index());

        Assert.Contains(LightStemmer.Stem("dorure"), understanding.Stems);
    }

    [Fact]
    public void Route_ExpressionOfSeveralWordsWithoutAKnowledgeCue_ReachesTheProfileInTheOtherLanguage()
    {
        var answer = Route("The gold initials on our cases smudge after hot foil stamping, can someone have a look before Friday's delivery?");

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-foil", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_WhatIsAskedHeldInTheOtherLanguage_ComesBeforeAFieldOfTheSameSubject()
    {
        // "Hot foil stamping" is a manufacturing process, and so is the director's "Industrialisation": sharing the subject's field is
        // less than holding what is asked, even written as "Marquage à chaud".
        var tenant = new TestTenant()
            .Person("req", "Julie Mercier", language: "en-GB")
            .Person("p-indus", "Isabelle Roche", skills: ["Industrialisation maroquinerie:expert"])
            .Person("p-gild", "Sylvain Perrot", skills: ["Marquage à chaud:expert"]);

        var answer = Route(tenant, "A client would like her initials embossed in gold on the tote before Christmas, who knows hot foil stamping?");

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-gild", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Who knows how we prevent white rust on stacked galvanised gratings?", "p-rust")]
    [InlineData("Quelqu'un sait calculer le carbone intrinsèque de la structure bois ?", "p-carbon")]
    [InlineData("Qui connaît les DVA ? des clients veulent s'entraîner", "p-beacon")]
    [InlineData("Qqn connaît bien la VNI ? patient ventilé la nuit, le masque fuit", "p-niv")]
    [InlineData("Qui connaît les règles FMCSA pour nos chauffeurs qui livrent aux États-Unis ?", "p-fmcsa")]
    [InlineData("Our royal python hasn't eaten for 3 weeks. Anyone with real experience in herpetology?", "p-reptile")]
    [InlineData("A customer asks how long our rose floral water keeps once opened. Who knows about hydrosols?", "p-hydrolat")]
    [InlineData("A dealer reports a gimbal ring that binds at 20 degrees of heel on a binnacle compass. Who knows the gimbals best?", "p-gimbal")]
    public void Route_TermsOfTheTradeAcronymAndJobLexicons_ReachTheProfileInTheOtherWords(string text, string expected)
    {
        // Vocabulary/71-lexicon-trades.json: trade terms the general lexicon lacked; 72-lexicon-acronyms.json: acronyms with their
        // full names in both languages ("VNI" is non-invasive ventilation); 73-lexicon-jobs.json: a trade's task as a requester and
        // a profile name it ("herpetology" and "Médecine des reptiles"); all bridged like the general lexicon.
        var tenant = new TestTenant()
            .Person("req", "Julie Mercier")
            .Person("p-rust", "Anne Dupont", skills: ["Rouille blanche:expert"])
            .Person("p-carbon", "Hannah Okafor", language: "en-GB", skills: ["Embodied carbon:expert"])
            .Person("p-beacon", "Lucie Chardon", language: "en-GB", skills: ["Avalanche transceivers:expert"])
            .Person("p-struct", "Marc Leroy", skills: ["Structural engineering:expert", "Galvanisation:advanced"])
            .Person("p-niv", "Fiona Reid", language: "en-GB", skills: ["Non-invasive ventilation:expert"])
            .Person("p-fmcsa", "Jason Miller", language: "en-US", skills: ["Federal Motor Carrier Safety Administration compliance:expert"])
            .Person("p-mask", "Paul Girard", skills: ["Masques et EPI:expert", "Patient transport:advanced"])
            .Person("p-reptile", "Amandine Roux", skills: ["Médecine des reptiles:expert"])
            .Person("p-hydrolat", "Rémi Faure", skills: ["Hydrolat:expert", "Distillation:expert"])
            .Person("p-gimbal", "Goulven Pellé", skills: ["Cardans et suspensions:expert"])
            .Person("p-compass", "Aziliz Le Corre", skills: ["Compensation des compas:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal(expected, answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Hello, the switchboard records every customer call. How long can we legally keep the recordings under GDPR?")]
    [InlineData("Marketing wants to keep the lift-camera clips for 12 months, is that OK under GDPR? Who should I ask?")]
    public void Route_AcronymInCapitalsWithoutAKnowledgeCue_ReachesTheProfileInTheOtherLanguage(string text)
    {
        // "GDPR" is the subject wherever it stands: the data-protection officer lists "RGPD", while the switchboard technician and the
        // marketing manager share only the request's context.
        var answer = Route(PrivacyTenant(), text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-dpo", answer.Targets[0].Id);
    }

    [Fact]
    public void Analyze_AcronymInCapitals_AddsTheDirectorysForm()
    {
        var understanding = RequestUnderstanding.Analyze("How long can we keep the recordings under GDPR?", PrivacyTenant().Index());

        Assert.Contains(LightStemmer.Stem("rgpd"), understanding.Stems);
    }

    [Theory]
    [InlineData("How long can we keep the recordings under gdpr?")]
    [InlineData("On veut garder les adresses IP des joueurs pendant 3 ans, c'est ok ?")]
    public void Analyze_AcronymInLowerCaseOrOfTwoLetters_IsNotTranslatedInTheContext(string text)
    {
        // Written in small letters it may be any word; of two letters it is too often several things ("IP": an address or intellectual
        // property).
        var understanding = RequestUnderstanding.Analyze(text, PrivacyTenant().Index());

        Assert.DoesNotContain(LightStemmer.Stem("rgpd"), understanding.Stems);
        Assert.DoesNotContain(LightStemmer.Stem("intellectuelle"), understanding.Stems);
    }

    [Fact]
    public void Analyze_AcronymInCapitalsWhoseOtherFormADeskWrites_IsNotTranslatedInTheContext()
    {
        // "CLM" is a time trial here; the lexicon's "gestion des contrats" is the legal desk's own words, not what the rider asks about.
        var tenant = new TestTenant()
            .Person("req", "Julie Mercier")
            .Person("p-aero", "Hannah Whitfield", language: "en-GB", skills: ["Aérodynamique (soufflerie):expert"])
            .Person("p-law", "Marc Roux", skills: ["Droit des contrats:expert"])
            .Team("g-legal", "Juridique - revue de contrats", "Gestion des contrats : revue des contrats de sponsoring et des conventions.", ["Demandes"]);

        var understanding = RequestUnderstanding.Analyze("On hésite entre deux casques CLM pour Tirreno, qqn peut comparer leur CdA en soufflerie ?", tenant.Index());

        Assert.DoesNotContain(LightStemmer.Stem("gestion"), understanding.Stems);
    }

    /// <summary>Made-up: a data-protection officer whose field is written in French, and colleagues who share requests' context.</summary>
    private static TestTenant PrivacyTenant() => new TestTenant()
        .Person("req", "Julie Mercier", language: "en-GB")
        .Person("p-dpo", "Nadia Benali", skills: ["RGPD (protection des données):expert"])
        .Person("p-ipr", "Hugo Marchand", skills: ["Propriété intellectuelle:expert"])
        .Person("p-phone", "Marc Roux", skills: ["Téléphonie IP (standard et enregistrement des appels):expert"])
        .Person("p-mkt", "Léa Garnier", skills: ["Marketing digital (clips, réseaux sociaux):expert"]);

    private static RoutingIndex Index() => Company().Index();

    private static RoutingAnswer Route(string text) => Route(Company(), text);

    private static RoutingAnswer Route(TestTenant tenant, string text) =>
        Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Wednesday10), tenant.Index(), tenant.Workload());
}
