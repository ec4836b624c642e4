using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// Two failure modes seen on fresh tenants, as rules on made-up companies: a person is proposed only with real evidence (an
/// informative request word or a specific topic in their own fields), and a tenant skill named in full beats a topic-only match on
/// one of its generic words even when stop words sit inside the skill's name or its first holder is unavailable.
/// </summary>
public sealed class EvidenceRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    /// <summary>A made-up cooperative, Vergers du Lomont: people whose skills have nothing to do with the requests below.</summary>
    private static TestTenant Unrelated() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-stock", "Yannick Brel", manager: "boss", jobTitle: "Contrôleur de stocks", department: "Logistique", skills: ["Cycle counting:expert:ask", "Inventaire tournant:advanced"])
        .Person("p-lead", "Ondine Carat", manager: "boss", jobTitle: "Team lead", skills: ["People management:expert", "Management d'équipe:advanced"])
        .Person("p-a11y", "Hugo Vasseur", manager: "boss", jobTitle: "Web developer", skills: ["Web accessibility:expert:ask", "WCAG:advanced"])
        .Person("p-mandat", "Inès Dubreuil", manager: "boss", jobTitle: "Gestionnaire", skills: ["Gestion de mandats:expert:ask"]);

    /// <summary>
    /// A made-up print works: three press operators list make-ready on the offset presses ("Calage offset"), two of them away; two
    /// others list another offset skill; the rest of the staff list other trades.
    /// </summary>
    private static TestTenant PrintWorks()
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss", jobTitle: "Chef d'équipe impression", aboutMe: "Je suis sur la Heidelberg XL 106 depuis 2015.")
            .Person("p-calage", "Didier Lambert", manager: "boss", jobTitle: "Conducteur", skills: ["Calage offset:advanced"])
            .Person("p-calage2", "Quentin Masson", manager: "boss", jobTitle: "Conducteur", skills: ["Calage offset:expert"], outOfOffice: "always")
            .Person("p-calage3", "Sébastien Roux", manager: "boss", jobTitle: "Conducteur", skills: ["Calage offset:advanced"], outOfOffice: "always")
            .Person("p-paper", "Franck Gauthier", manager: "boss", jobTitle: "Acheteur", skills: ["Papiers couchés et offset:expert:ask"])
            .Person("p-press", "Marc Roux", manager: "boss", jobTitle: "Conducteur", skills: ["Impression offset:expert"]);
        string[] trades = ["Massicot", "Plaques CTP", "Contrôle qualité", "Reliure", "Dorure à chaud", "Pelliculage", "Routage", "Devis", "PAO", "Colorimétrie"];
        for (var i = 0; i < trades.Length; i++)
        {
            tenant.Person($"p-{i}", $"Agent {i}", manager: "boss", jobTitle: "Opérateur", skills: [$"{trades[i]}:advanced"]);
        }

        return tenant;
    }

    [Theory]
    [InlineData("la Heidelberg, groupe 3, le calage ne tient pas, gâche énorme. besoin d'aide calage svp")]
    [InlineData("the Heidelberg, unit 3: the calage won't hold, huge waste. need help with calage please")]
    public void Route_RareWordOfATwoWordSkill_InALongRequest_IsAMatch(string text)
    {
        // "Calage" is the skill's rare word, "offset" its other word, a little less rare: the operator who lists it and is at work is
        // the match, though the press the request names ("Heidelberg") is only in the requester's own profile.
        var answer = Route(PrintWorks(), text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-calage", Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut relire un accord de confidentialité (NDA) avec un fournisseur ?")]
    [InlineData("Who can review an NDA with a supplier?")]
    [InlineData("Quelqu'un parle portugais ?")]
    [InlineData("Anyone speak Portuguese?")]
    [InlineData("J'ai besoin de mon relevé fiscal T4")]
    [InlineData("I need my T4 tax slip")]
    public void Route_NoInformativeEvidence_ProposesNobodyUnrelated(string text)
    {
        var answer = Route(Unrelated(), text);

        Assert.True(answer.Decision != RoutingDecision.Person, Describe(answer));
    }

    [Theory]
    [InlineData("Quelqu'un qui connaît SAP ABAP pour ce mandat ?")]
    [InlineData("Someone who knows SAP ABAP for this mandat?")]
    public void Route_SubjectNobodyHolds_NoOneSharingOnlyAnotherWord(string text)
    {
        // The request is about SAP ABAP, which nobody holds; "mandat" alone is not evidence of it. (A field in the subject's own
        // domain may still stand in as a related field: see ROUTING.md, section 3.)
        var answer = Route(Unrelated(), text);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-mandat");
    }

    [Theory]
    [InlineData("Qui peut faire l'inventaire tournant de l'entrepôt B ?", "p-stock")]
    [InlineData("Need help with WCAG checks on the new site", "p-a11y")]
    [InlineData("Question sur la gestion de mandats clients", "p-mandat")]
    public void Route_RealEvidence_StillProposesTheHolder(string text, string expected)
    {
        var answer = Route(Unrelated(), text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == expected, Describe(answer));
    }

    // ---- A multi-word skill named in full before a topic-only match on one of its words -------------

    [Theory]
    [InlineData("Qui peut m'aider sur le plan de fumure des parcelles nord ?")]
    [InlineData("Who can help with the plan de fumure for the north fields?")]
    [InlineData("Plan de fumure 2027 : qui peut valider ?")]
    [InlineData("Need our plan de fumure checked")]
    [InlineData("besoin d'aide pour les plans de fumure")]
    [InlineData("plan fumure parcelle 12, qui s'en occupe ?")]
    [InlineData("Quel est le plan pour la fumure cette année ?")]
    [InlineData("Who owns the fumure plan for 2027?")]
    public void Route_SkillWithStopWordsNamedInFull_BeatsTopicOnlyMatch(string text)
    {
        var tenant = Farm();

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-fumure", Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut m'aider sur le plan de fumure des parcelles nord ?")]
    [InlineData("Who can help with the plan de fumure for the north fields?")]
    [InlineData("Plan de fumure 2027 : qui peut valider ?")]
    [InlineData("Need our plan de fumure checked")]
    [InlineData("besoin d'aide pour les plans de fumure")]
    public void Route_FirstHolderAtCapacity_NextHolderBeforeTopicOnlyMatch(string text)
    {
        var tenant = Farm()
            .Person("p-fumure2", "Léa Rouvier", manager: "boss", skills: ["Plan de fumure:elementary"])
            .Load("p-fumure", open: 5, capacity: 5);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-fumure2", Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut m'aider sur le plan de fumure des parcelles nord ?")]
    [InlineData("Who can help with the plan de fumure for the north fields?")]
    public void Route_OnlyHolderAtCapacity_NoStandInMatchedByAGenericWord(string text)
    {
        var tenant = Farm().Load("p-fumure", open: 5, capacity: 5);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision != RoutingDecision.Person || answer.Targets[0].Id != "p-sop", Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut m'aider sur le plan de fumure des parcelles nord ?")]
    [InlineData("Who can help with the plan de fumure for the north fields?")]
    public void Route_DeclaredSkillNamedInFull_BeatsTopicOnlyMatch(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-fumure", "Yannick Brel", manager: "boss", jobTitle: "Agronome", declaredSkills: ["Plan de fumure", "Analyse de sol"])
            .Person("p-sop", "Ondine Carat", manager: "boss", jobTitle: "S&OP manager", skills: ["S&OP:expert:ask", "Planification:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-fumure", Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut m'aider sur le plan de fumure des parcelles nord ?")]
    [InlineData("Who can help with the plan de fumure for the north fields?")]
    public void Route_OnlyHolderOutOfOffice_NoStandInMatchedByAGenericWord(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-fumure", "Yannick Brel", manager: "boss", skills: ["Plan de fumure:general"], outOfOffice: "always")
            .Person("p-sop", "Ondine Carat", manager: "boss", skills: ["S&OP:expert:ask", "Planification:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision != RoutingDecision.Person || answer.Targets[0].Id != "p-sop", Describe(answer));
    }

    /// <summary>A made-up farm estate, Domaine des Trois Chênes.</summary>
    private static TestTenant Farm() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-fumure", "Yannick Brel", manager: "boss", skills: ["Plan de fumure:general"])
        .Person("p-sop", "Ondine Carat", manager: "boss", skills: ["S&OP planning:expert:ask", "Demand planning:expert", "Plan directeur:advanced"]);

    /// <summary>
    /// A made-up software publisher, Logiciels Argentière: a payroll specialist and the application-security manager whose
    /// responsibilities name the bug bounty programme.
    /// </summary>
    private static TestTenant Publisher() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-pay", "Linda Martel", manager: "boss", jobTitle: "Spécialiste paie et avantages sociaux", skills: ["Paie canadienne:expert"])
        .Person("p-appsec", "Nicolas Fortin", manager: "boss", jobTitle: "Gestionnaire AppSec", skills: ["Secure code review:expert"],
            responsibilities: ["Programme de bug bounty et divulgation coordonnée des vulnérabilités", "Modélisation des menaces"]);

    [Fact]
    public void Route_SubjectGuessedOnlyFromAGenericWord_StaysWeakAgainstTheRequestsOwnWords()
    {
        // "prime" alone points weakly at pay: that guess is the request's only subject, yet no reason to make it a full one over the
        // colleague whose responsibilities hold its rarest words.
        var answer = Route(Publisher(), "Un chercheur externe nous a écrit sur security@ : XSS dans le portail client, il demande une prime. Qui gère le bug bounty / la divulgation coordonnée ?");

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-appsec", Describe(answer));
    }

    private static string Describe(RoutingAnswer answer) =>
        $"{answer.Decision}: {string.Join(" | ", answer.Targets.Select(t => $"{t.Id} ({string.Join("; ", t.Reasons)})"))}; topics {string.Join(", ", answer.Topics.Select(t => $"{t.Id} {t.Weight}"))}; {string.Join("; ", answer.Reasons)}";

    [Theory]
    [InlineData("Bonjour, je prépare la négo annuelle avec Coop pour 2027, quelqu'un aurait un retour d'expérience des négociations avec la GMS (CGV, plan d'affaires) ? Merci")]
    [InlineData("Pour la négo annuelle 2027 avec Coop, qqn a l'habitude des négociations avec la GMS (CGV) ?")]
    public void Route_ColleagueHoldingTheRequestsWords_GoesBeforeOneMatchedOnlyByAGuessedSubject(string text)
    {
        // "MSA" in the payroll clerk's skill reads as a master services agreement, a contract subject like "CGV"; she holds none of the
        // request's words, the key account managers hold "négociations annuelles".
        var tenant = new TestTenant()
            .Person("req", "Léa Favre", jobTitle: "Responsable export")
            .Person("p-msa", "Virginie Hervé", jobTitle: "Gestionnaire paie", skills: ["Paie agricole MSA:expert"])
            .Person("p-neg", "Gaëlle Morvan", jobTitle: "Key account manager", skills: ["Négociations annuelles grande distribution:advanced"])
            .Person("p-salt", "Rémi Sabatier", jobTitle: "Technicien criblage", skills: ["Criblage du sel:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-neg", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_SubjectNamedByADecisiveTerm_ItsHolderStaysFirst_OverTheContextsWords()
    {
        // "RGPD" names data protection outright: the lawyer holds it under another name; the croupier and the loyalty manager only
        // share the request's context ("casino", "inscrits", "fidélité").
        var tenant = new TestTenant()
            .Person("req", "Marc Aubry", jobTitle: "Chef de rang")
            .Person("p-dpo", "Claire Perrier", jobTitle: "Juriste", skills: ["Protection des données personnelles:expert"])
            .Person("p-loyal", "Sandrine Clerc", jobTitle: "Responsable marketing", skills: ["Programme de fidélité joueurs:expert"])
            .Person("p-tables", "Luc Favre", jobTitle: "Croupier", responsibilities: ["Tables du casino et inscriptions aux tournois"]);

        var answer = Route(tenant, "question RGPD : on peut envoyer la newsletter du restaurant à tous les inscrits de la carte fidélité du casino ou il faut un consentement à part ?");

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-dpo", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Customer sent a SolidWorks assembly with broken external references. Any tips to repair it before we export to STEP?")]
    [InlineData("Le client a envoyé un assemblage SolidWorks avec des références externes cassées, des astuces pour le réparer avant l'export en STEP ?")]
    public void Route_AWordOfTheQuestionHeldInAFarWeakerField_DoesNotOutrankTheSubjectsExpert(string text)
    {
        // "Export" is a word of what is asked, and the export-control officer holds it; the SolidWorks expert holds the subject the
        // request is about, a far stronger match.
        var tenant = new TestTenant()
            .Person("req", "Aaron Lim", jobTitle: "Technicien impression 3D", language: "en-GB")
            .Person("p-cad", "Chris Walker", jobTitle: "Ingénieur CAO", skills: ["SolidWorks:expert"])
            .Person("p-export", "Maëlle Durand", jobTitle: "Juriste", skills: ["Export control (biens à double usage):expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-cad", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Bonjour, couronne anterieure A3.5, la strat ressort trop grise apres la 2e cuisson. qqn dispo pour m'aider sur la stratification ?")]
    [InlineData("l'imprimante A3 du 1er étage imprime des bandes grises, qqn peut m'aider sur la stratification des teintes ?")]
    public void Route_APaperSizeOrAShadeCalledA3_IsNoLeanReport(string text)
    {
        // "A3" is a tooth shade or a paper size far more often than the lean problem-solving report: the ceramist holding the
        // request's own word answers, not the lean manager.
        var tenant = new TestTenant()
            .Person("req", "Léa Dubois", jobTitle: "Prothésiste")
            .Person("p-lean", "Sandrine Lefebvre", jobTitle: "Responsable production", skills: ["Lean management:advanced"])
            .Person("p-strat", "Julien Carpentier", jobTitle: "Céramiste", skills: ["Stratification céramique:advanced"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-strat", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Hi all, a Danish retailer wants a weekly kiwi programme from January. Who knows the Northern European markets best?", "p-north")]
    [InlineData("Le PGHM de Briançon propose un exercice de secours commun en juillet, qui est notre interlocuteur avec eux ?", "p-pghm")]
    [InlineData("Depuis la refonte du site on ne ranke plus sur 'salle escalade lyon', any SEO guru in the house ?", "p-seo")]
    public void Route_ARegionInTheOtherLanguage_OrWhoOurContactIs_ReachesItsHolder(string text, string first)
    {
        // A world region is written in either language ("Northern European" for "Europe du Nord"); "interlocuteur" is who is asked
        // for, not a subject nobody lists; a "guru" is someone whose knowledge is asked for.
        var tenant = new TestTenant()
            .Person("req", "Léa Dubois", jobTitle: "Commerciale")
            .Person("p-north", "Hannah Becker", jobTitle: "Export sales", language: "en-GB", skills: ["Marchés d'Europe du Nord:expert"])
            .Person("p-pghm", "Damien Rostan", jobTitle: "Guide", responsibilities: ["Relations avec le PGHM et le secours en montagne"])
            .Person("p-seo", "Alexandre Dupuis", jobTitle: "Chargé de communication", skills: ["Référencement naturel (SEO):expert"])
            .Team("g-sec", "Sûreté et contrôle d'accès", "Badges, accès aux salles et au site, vidéosurveillance.", ["General", "Demandes badges"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal(first, answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("The misting bars on the primary crusher are not keeping the dust down since the frost, who knows dust suppression systems well?", "p-dust")]
    [InlineData("Quick one on wood species: for a lighter garden clog would birch or poplar work instead of beech? Who knows the timber side?", "p-wood")]
    [InlineData("A rider says her new saddle hurts the horse's back after an hour. Who knows saddle fitting well?", "p-saddle")]
    public void Route_AWordOfTheQuestionInTheOtherLanguage_ReachesTheSkillWrittenInIt(string text, string first)
    {
        // The general word lexicon bridges what is asked ("dust", "wood") to the French skill ("poussières", "bois").
        var tenant = new TestTenant()
            .Person("req", "Oliver Grant", jobTitle: "Sales", language: "en-GB")
            .Person("p-crane", "Bruno Hauchecorne", jobTitle: "Technicien grues", skills: ["Maintenance grues mobiles:expert", "Limiteur de charge (LMI):advanced"])
            .Person("p-dust", "Céline Marchal", jobTitle: "Ingénieure procédés", skills: ["Abattage des poussières:expert"])
            .Person("p-wood", "Gérard Mougenot", jobTitle: "Sabotier", skills: ["Essences de bois:expert"])
            .Person("p-saddle", "Nadia Ferhat", jobTitle: "Sellière", skills: ["Ajustement des selles:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal(first, answer.Targets[0].Id);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text, Urgency urgency = Urgency.Normal, string requester = "req") =>
        Router.Route(new RoutingRequest(requester, text, urgency, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());
}
