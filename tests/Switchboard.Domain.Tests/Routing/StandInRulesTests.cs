using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// When the one who knows a subject cannot be disturbed, a colleague who shares only the request's context ("importateur", "verre")
/// is no stand-in: the answer is none, naming who is away, or telling the requester that only they list it when they asked for a
/// review of their own work. A colleague holding the same subject at a lower level still stands in. On a made-up tea importer.
/// </summary>
public sealed class StandInRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    /// <summary>A made-up tea importer, Maison Thévenot: a Korea-market expert, and colleagues who share only the requests' context.</summary>
    private static TestTenant TeaImporter(string? koreaAway = null, bool koreaEnabled = true, bool juniorKorea = false, string? koreaReply = null, string? statsAway = null)
    {
        var tenant = new TestTenant()
            .Person("boss", "Hélène Thévenot")
            .Person("req", "Marc Aubry", manager: "boss", skills: ["Bilan carbone:expert", "Carbon footprint:expert", "Réclamations clients:expert"])
            .Person("p-korea", "Jiwoo Park", manager: "boss", skills: ["Marché coréen:expert:ask"], outOfOffice: koreaAway, enabled: koreaEnabled, replyMessage: koreaReply)
            .Person("p-imp", "Claire Roussel", manager: "boss", skills: ["Relations importateurs:expert"])
            .Person("p-glass", "Yves Martel", manager: "boss", jobTitle: "Acheteur emballages", responsibilities: ["Poids des bouteilles en verre", "Glass bottle weight"])
            .Person("p-stats", "Inès Kaddour", manager: "boss", jobTitle: "Data analyst", skills: ["Analyse de données:expert"], outOfOffice: statsAway);
        return juniorKorea ? tenant.Person("p-korea2", "Min Seo", manager: "boss", skills: ["Marché coréen:general"]) : tenant;
    }

    [Theory]
    [InlineData("Un importateur de Séoul nous écrit, qui connaît le marché coréen ?", "<p>En congé maternité jusqu'en avril. Pour le marché coréen : Ines Kaddour.</p>")]
    [InlineData("qqn connait le marche coreen ? un importateur de Seoul nous relance", "I am on maternity leave until April. Please contact Inès Kaddour.")]
    public void Route_ExpertAway_TheColleagueTheirAutomaticReplyNames_StandsIn(string text, string reply)
    {
        // The analyst holds nothing of the subject: the away expert's own reply is what says she answers for her.
        var answer = Route(TeaImporter(koreaAway: "always", koreaReply: reply), text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-stats", answer.Targets[0].Id);
        Assert.Equal(ReasonCode.NamedInAutomaticReply, answer.Targets[0].Why[0].Code);
        Assert.Equal("Jiwoo Park", answer.Targets[0].Why[0].Name);
        Assert.Contains(answer.Targets[0].Why, r => r.Code == ReasonCode.PassedOverOutOfOfficeAutomatic);
    }

    [Theory]
    [InlineData("La ville sort un DCE restauration scolaire, remise des offres le 18/12. J'aurais besoin d'aide pour le mémoire technique et les critères de jugement (prix 40 / valeur technique 60). Qui peut m'aider ?")]
    [InlineData("The town has published a school catering tender, bids due on 18/12. I need help with the technical proposal and the award criteria (price 40 / quality 60). Who can help?")]
    public void Route_ExpertAway_TheColleagueHoldingTheirWholeField_StandsInBeforeTheContextsBestMatch(string text)
    {
        // The tender writer is on leave; the business developer shares the tender's context (and ranks higher on it), the colleague
        // who writes technical proposals holds every word of the writer's own skill.
        var tenant = new TestTenant()
            .Person("boss", "Hélène Thévenot")
            .Person("req", "Marc Aubry", manager: "boss", jobTitle: "Directeur régional")
            .Person("p-writer", "Guillaume Tessier", manager: "boss", skills: ["Mémoire technique:expert", "Technical proposal:expert", "Marchés publics:expert"], outOfOffice: "2027-03-08T00:00..2027-03-19T00:00")
            .Person("p-dev", "Isabelle Fontanel", manager: "boss", skills: ["Développement commercial:expert", "Business development:expert"], responsibilities: ["Réponses aux appels d'offres", "Tender responses"])
            .Person("p-second", "Lucie Perrin", manager: "boss", skills: ["Rédaction de mémoires techniques:advanced", "Writing technical proposals:advanced"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-second", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("On a changé d'enrubannage et les yearlings perdent de l'état, qqn peut revoir l'analyse de fourrage et leur nutrition ?")]
    [InlineData("Yearlings are losing condition since we switched haylage, can someone look at the forage analysis and their nutrition?")]
    public void Route_ExpertAway_AColleagueHoldingAnotherOfTheirSkillsTheRequestNames_StandsIn(string text)
    {
        // The nutritionist at capacity holds "Forage analysis" and "Equine nutrition"; the coordinator holds the second one only,
        // the groom shares nothing of her field.
        var answer = Route(StudFarm(), text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-feed", answer.Targets[0].Id);
        Assert.Contains(answer.Targets[0].Why, r => r.Code == ReasonCode.PassedOverAtCapacity);
    }

    [Fact]
    public void Route_ExpertAway_AColleagueHoldingTheirSkillTheRequestAbbreviates_StandsIn()
    {
        // "méca" begins the disabled mechanic's "Mécanique agricole", which the farm hand holds too; the hydraulics the request also
        // names are the mechanic's alone.
        var tenant = new TestTenant()
            .Person("req", "Róisín Keane", jobTitle: "Yearling Manager")
            .Person("p-meca", "Thierry Baudry", jobTitle: "Mécanicien", skills: ["Hydraulique:expert", "Mécanique agricole:expert"], enabled: false)
            .Person("p-hand", "Anthony Guillon", jobTitle: "Ouvrier agricole", skills: ["Mécanique agricole:general", "Conduite de tracteur:advanced"])
            .Person("p-groom", "Mícheál Ó Sé", jobTitle: "Yearling Groom");

        var answer = Route(tenant, "La pompe hydraulique de la pailleuse fuit, qqn qui s'y connait en méca pour regarder avant ce soir ?");

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-hand", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Les yearlings perdent de l'état, qqn s'y connaît en analyse de fourrage ?")]
    [InlineData("Anyone familiar with forage analysis? The yearlings are losing condition")]
    public void Route_ExpertAway_AColleagueHoldingOnlyTheirSkillTheKnowledgeAskedForDoesNotName_IsNoStandIn(string text)
    {
        // Only the nutritionist knows forage analysis; the coordinator shares her "Equine nutrition", which the request does not ask about.
        var answer = Route(StudFarm(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Sinéad Murphy" && r.Code == ReasonCode.PassedOverAtCapacity);
    }

    /// <summary>A made-up stud farm: the nutritionist at capacity, a feed coordinator sharing one of her skills, a groom.</summary>
    private static TestTenant StudFarm() => new TestTenant()
        .Person("req", "Róisín Keane", jobTitle: "Yearling Manager")
        .Person("p-nutri", "Sinéad Murphy", skills: ["Forage analysis:expert", "Analyse de fourrage:expert", "Equine nutrition:expert", "Nutrition équine:expert"])
        .Person("p-feed", "Paul Kenny", jobTitle: "Stud Coordinator", skills: ["Equine nutrition:general", "Nutrition équine:general", "Feed ordering:advanced"])
        .Person("p-groom", "Mícheál Ó Sé", jobTitle: "Yearling Groom")
        .Load("p-nutri", open: 5, capacity: 5);

    [Theory]
    [InlineData("Pour les salons et les dégustations : Inès Kaddour.", null)]
    [InlineData("Pour le marché coréen : Inès Kaddour.", "always")]
    public void Route_ExpertAway_AColleagueNamedForAnotherSubjectOrAwayToo_IsNoStandIn(string reply, string? statsAway)
    {
        var answer = Route(TeaImporter(koreaAway: "always", koreaReply: reply, statsAway: statsAway), "Un importateur de Séoul nous écrit, qui connaît le marché coréen ?");

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(ReasonCode.ExpertsUnavailableNoTeam, answer.Why[0].Code);
    }

    [Theory]
    [InlineData("Un importateur de Séoul nous écrit, qui connaît le marché coréen ?")]
    [InlineData("qqn connait le marche coreen ? un importateur de Seoul nous relance")]
    public void Route_OnlyExpertAway_ColleagueSharingTheContext_IsNoStandIn(string text)
    {
        var answer = Route(TeaImporter(koreaAway: "always"), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Empty(answer.Targets);
        Assert.Equal(ReasonCode.ExpertsUnavailableNoTeam, answer.Why[0].Code);
        Assert.Contains(answer.Why, r => r.Name == "Jiwoo Park" && r.Code == ReasonCode.PassedOverOutOfOfficeAutomatic);
        // What is unavailable is named by the away expert's own field, not by a subject guessed from the request's other words.
        Assert.Equal("Marché coréen", Assert.Single(answer.Why[0].Topics!).English);
    }

    [Fact]
    public void Route_OnlyExpertDisabled_ColleagueSharingTheContext_IsNoStandIn()
    {
        var answer = Route(TeaImporter(koreaEnabled: false), "Un importateur de Séoul nous écrit, qui connaît le marché coréen ?");

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Jiwoo Park" && r.Code == ReasonCode.PassedOverDisabled);
    }

    [Fact]
    public void Route_ExpertAvailable_IsProposed()
    {
        var answer = Route(TeaImporter(), "Un importateur de Séoul nous écrit, qui connaît le marché coréen ?");

        Assert.Equal("p-korea", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_ExpertAway_ColleagueHoldingTheSubjectAtALowerLevel_StandsIn()
    {
        var answer = Route(TeaImporter(koreaAway: "always", juniorKorea: true), "Un importateur de Séoul nous écrit, qui connaît le marché coréen ?");

        Assert.Equal("p-korea2", answer.Targets[0].Id);
        Assert.Contains(answer.Targets[0].Why, r => r.Name == "Jiwoo Park" && r.Code == ReasonCode.PassedOverOutOfOfficeAutomatic);
    }

    [Theory]
    [InlineData("Je cherche un 2e avis sur mon bilan carbone, surtout le poids du verre")]
    [InlineData("Besoin d'un second avis sur notre bilan carbone, le poids du verre me semble élevé")]
    [InlineData("Need a second opinion on my carbon footprint, mostly the weight of the glass")]
    [InlineData("Qui d'autre connaît le bilan carbone, surtout le poids du verre ? je serai absent en janvier")]
    [InlineData("Who else knows the carbon footprint, mostly the weight of the glass? I'm away in January")]
    [InlineData("Quelqu'un peut relire mon bilan carbone ? surtout le poids du verre")]
    [InlineData("À part moi, qui connaît le bilan carbone, surtout le poids du verre ?")]
    [InlineData("Apart from me, who knows the carbon footprint, mostly the weight of the glass?")]
    public void Route_ReviewOfTheRequestersOwnSpeciality_NobodyElseHoldsIt_IsNoneSayingOnlyThem(string text)
    {
        var answer = Route(TeaImporter(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(ReasonCode.OnlyYouList, answer.Why[0].Code);
        Assert.Equal(ReasonCode.AskSecondOpinion, answer.Why[^1].Code);
    }

    [Theory]
    [InlineData("Je cherche un deuxième avis sur la ration de la girafe gestante, qqn qui connaît la nutrition des animaux de zoo ?")]
    [InlineData("I'd like a second opinion on the pregnant giraffe's ration, anyone who knows zoo animal nutrition?")]
    public void Route_SecondOpinion_ColleagueHoldingWhatIsAskedBetterThanTheRequesterOwnField_IsAsked(string text)
    {
        // The requester formulates rations; the resident's "Zoo animal nutrition" is what is asked, more closely than her own field.
        var tenant = new TestTenant()
            .Person("req", "Isabelle Caron", skills: ["Formulation de rations:expert"])
            .Person("p-zoo", "Emma Whitfield", language: "en-GB", skills: ["Zoo animal nutrition:advanced"])
            .Person("p-vet", "Julien Besnard", skills: ["Anesthésie faune sauvage:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-zoo", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Our Amazon UK listing got suppressed this morning and the Prime badge is gone. Need someone who knows Seller Central asap")]
    [InlineData("Notre listing Amazon UK a été supprimé ce matin, plus de badge Prime. Il faut qqn qui connaît Seller Central rapidement")]
    public void Route_WhatIsNamedHeldOnlyByAnExpertInDoNotDisturb_ColleagueHoldingAWordOfTheirField_StandsIn(string text)
    {
        // "Seller Central" is only in the Do Not Disturb expert's profile; the marketplace colleague holds "Amazon" of her field and
        // "listing" of the request: the next qualified colleague for an urgent request, not none.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-seller", "Gemma Lloyd", language: "en-GB", skills: ["Amazon Seller Central (UK/EU):expert"], presence: "DoNotDisturb")
            .Person("p-market", "Ravi Sharma", language: "en-GB", skills: ["Amazon marketplace (FBA, listings):advanced"])
            .Person("p-pay", "Corinne Espitalier", skills: ["Paie (Sage Paie):expert"]);

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.High, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-market", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_OnlyExpertAway_SomeoneFromARelatedFieldOnly_IsNoStandIn_AnswersNone()
    {
        // The caver is on leave; the machine-safety expert shares only the safety domain with a rescue question. Measured on the
        // held-out companies, someone matched only through a related field was the right person for 3 requests of 32.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-cave", "Thomas Wauthier", skills: ["Spéléologie:expert"], outOfOffice: "always")
            .Person("p-safety", "Gilles Pochet", skills: ["Sécurité machines (consignation):expert"]);

        var answer = Route(tenant, "Un spéléologue est coincé dans un gouffre depuis ce matin. Qui connaît la spéléo chez nous pour expliquer comment se passent les secours ?");

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Thomas Wauthier");
    }

    [Theory]
    [InlineData("Anyone here done a carbon footprint / LCA of our salmon to ISO 14067? a retailer is asking")]
    [InlineData("Qqn a déjà fait un bilan carbone / ACV de notre saumon selon l'ISO 14067 ? un distributeur le demande")]
    public void Route_KnowledgeAsked_FirstAvailableHoldsNoneOfItsWords_AnswersNone(string text)
    {
        // An environmental scientist's title shares the subject, not the carbon footprint asked: nobody lists what is asked.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-env", "Joe Baird", language: "en-GB", jobTitle: "Environmental Scientist")
            .Person("p-feed", "Ross Sutherland", language: "en-GB", skills: ["Feeding:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Fact]
    public void Route_RequesterHoldsOnlyTheContext_WithoutAskingAReview_StillGoesToTheAvailableExpert()
    {
        // The requester handles complaints: their profile holds the request's context, not the analysis they ask for.
        var answer = Route(TeaImporter(), "Qui peut faire une analyse de données sur nos réclamations clients du trimestre ?");

        Assert.Equal("p-stats", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Beam current on the high-current implanter keeps dropping during the As implant, who knows Axcelis tools?")]
    [InlineData("Le courant de faisceau de l'implanteur chute pendant l'implant As, qui connaît les outils Axcelis ?")]
    public void Route_OnlyExpertLeft_DeskThatIsNotTheirs_IsNotAskedInstead(string text)
    {
        // The retired implant engineer belongs to no group; a desk that merely works with tools is not "their team".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-implant", "Gérard Fournier", enabled: false, skills: ["Ion implantation (Axcelis):expert"])
            .Person("p-it", "Ondine Carat", jobTitle: "Technicienne support")
            .Team("g-it", "IT Service Desk", "Passwords, accounts, laptops, tool access, software installs, machining PCs and CNC workstations.", ["Requests"], ["p-it"])
            .Team("g-mes", "MES Support - lots & tool states", "Lots on hold, tool states, recipes in the MES, equipment automation.", ["Requests"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Gérard Fournier" && r.Code == ReasonCode.PassedOverDisabled);
    }

    [Theory]
    [InlineData("Beam current on the implanter keeps dropping since this morning, the line is stopped")]
    [InlineData("Le courant de faisceau de l'implanteur chute depuis ce matin, la ligne est arrêtée")]
    public void Route_OnlyExpertAway_ProblemReported_TheirOwnTeamIsAskedInstead(string text)
    {
        // The implant engineer is on leave and belongs to the implant team: a problem with their tool goes to the team, saying why.
        var answer = Route(ImplantTeam(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-implant",
            $"{answer.Decision} {string.Join(" | ", answer.Targets.Select(t => t.Id + ": " + string.Join("; ", t.Reasons)))} {string.Join("; ", answer.Reasons)}");
        Assert.Contains(answer.Targets[0].Why, r => r.Code == ReasonCode.ExpertsUnavailableTeamAsked);
    }

    [Theory]
    [InlineData("Beam current on the implanter keeps dropping, who knows Axcelis tools?")]
    [InlineData("Qqn connaît les implanteurs Axcelis ? le courant de faisceau chute")]
    public void Route_OnlyExpertAway_KnowledgeAskedFor_IsNoneNamingWhoIsAway(string text)
    {
        // Someone's knowledge is asked for and its only holder is on leave: their team does not know it in their place; the answer says
        // who is away rather than posting the question where nobody can answer it.
        var answer = Route(ImplantTeam(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Gérard Fournier");
    }

    [Theory]
    [InlineData("Le dossier de requalification de l'implantation ionique Axcelis doit partir vendredi, qui peut le finaliser ?")]
    [InlineData("The Axcelis ion implantation requalification file must go out on Friday, who can finish it?")]
    public void Route_OnlyExpertAway_NoProblemReported_TheirTeamIsNotAskedInstead(string text)
    {
        // Nothing is broken: a team the away expert belongs to does not do their work in their place, unless its service is named.
        var answer = Route(ImplantTeam(), text);

        Assert.True(answer.Decision == RoutingDecision.None, $"{answer.Decision} {string.Join(" | ", answer.Targets.Select(t => t.Id))}");
        Assert.Contains(answer.Why, r => r.Name == "Gérard Fournier");
    }

    private static TestTenant ImplantTeam() => new TestTenant()
        .Person("req", "Paul Lemaire")
        .Person("p-implant", "Gérard Fournier", outOfOffice: "always", skills: ["Ion implantation (Axcelis):expert", "Implanteurs Axcelis:expert"])
        .Team("g-implant", "Implant module team", "On-call rota and requests for the module.", ["Requests"], ["p-implant"]);

    [Theory]
    [InlineData("Qui d'autre peut suivre nos réclamations clients (primes de fidélité, visites) pendant mon congé de paternité ?")]
    [InlineData("Who else could handle customer complaints (loyalty bonuses, visits) during my paternity leave?")]
    public void Route_WhoElse_OnlyTheRequesterLists_IsNoneNotADesk(string text)
    {
        // The requester asks who could cover for them: the payroll desk reached through "primes" and the data analyst from a related
        // field are nobody else who knows.
        var tenant = TeaImporter()
            .Team("g-pay", "RH et paie", "Bulletins de paie, primes, congés et absences.", ["General", "Demandes"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Equal(ReasonCode.OnlyYouList, answer.Why[0].Code);
    }

    [Fact]
    public void Route_WhoElse_ColleagueHoldsIt_IsThatColleagueNotTheDesk()
    {
        var tenant = TeaImporter(juniorKorea: true)
            .Team("g-export", "Export - Demandes", "Demandes export : marché coréen, japonais, documents douaniers.", ["General", "Demandes"]);

        var answer = Route(tenant, "Qui d'autre connaît le marché coréen ? Jiwoo est très prise cette semaine");

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Contains(answer.Targets[0].Id, new[] { "p-korea", "p-korea2" });
    }

    [Theory]
    [InlineData("Mes coquilles de Pâques collent au moule et fendent au démoulage. Quelqu'un pour un 2e avis ?")]
    [InlineData("My Easter shells stick to the mould and crack when unmoulding. Anyone for a second opinion?")]
    public void Route_SecondOpinion_ColleagueHoldingTheRequestersOwnField_ComesFirst(string text)
    {
        // The requester is the moulding expert; the planner shares "Pâques" (Easter), the other chocolatier holds moulding itself.
        // (A bracketed list of names, "(Pâques, Noël)", would make "Pâques" a name of the planning: not the case this test is about.)
        var tenant = new TestTenant()
            .Person("req", "Stéphanie Caron", skills: ["Moulage:expert", "Pièces saisonnières (Pâques):advanced", "Moulding:expert"])
            .Person("p-plan", "Guillaume Paquette", skills: ["Planification saisonnière Pâques et Noël:advanced:ask", "Seasonal planning (Easter):advanced"])
            .Person("p-mould", "Olivier Gauthier", skills: ["Moulage:advanced", "Moulding:advanced"]);

        var answer = Route(tenant, text);

        Assert.Equal("p-mould", answer.Targets[0].Id);
    }

    /// <summary>A made-up opera house: the show-licence expert, a surtitle-software expert and a stage engineer.</summary>
    private static TestTenant Opera(string surtitleDepartment = "Technique", string? licenceAway = "always", string licencePresence = "Available", bool licenceEnabled = true) => new TestTenant()
        .Person("boss", "Hélène Thévenot")
        .Person("req", "Marc Aubry", manager: "boss", department: "Production")
        .Person("p-lic", "Didier Fontanel", manager: "boss", department: "Administration", skills: ["Licences d'entrepreneur de spectacles:expert:ask"],
            outOfOffice: licenceAway, presence: licencePresence, enabled: licenceEnabled)
        .Person("p-sur", "Elsa Kermarrec", manager: "boss", department: surtitleDepartment, skills: ["Logiciels de surtitrage:expert:ask"]);

    [Theory]
    [InlineData("Le renouvellement de nos licences d'entrepreneur de spectacles doit partir avant vendredi, qui peut monter le dossier ?")]
    [InlineData("Our show-business licences must be renewed before Friday, who can put the file together?")]
    public void Route_OnlyExpertAway_ColleagueMatchedOnlyByTheGuessedSubject_IsNoStandIn(string text)
    {
        // "licences" also names software licences: the surtitle-software expert shares that subject, none of the request's words.
        var answer = Route(Opera(), text);

        Assert.True(answer.Decision == RoutingDecision.None, $"{answer.Decision} {string.Join(", ", answer.Targets.Select(t => t.Id))}");
        Assert.Contains(answer.Why, r => r.Name == "Didier Fontanel" && r.Code == ReasonCode.PassedOverOutOfOfficeAutomatic);
    }

    [Fact]
    public void Route_OnlyExpertAwayUntilADate_ColleagueOfTheirDepartment_StandsIn()
    {
        var answer = Route(Opera(surtitleDepartment: "Administration", licenceAway: "2027-03-08T00:00..2027-03-19T00:00"),
            "Le renouvellement de nos licences d'entrepreneur de spectacles doit partir avant vendredi, qui peut monter le dossier ?");

        Assert.Equal("p-sur", Assert.Single(answer.Targets.Take(1)).Id);
    }

    [Theory]
    [InlineData("always")]
    [InlineData("disabled")]
    public void Route_OnlyExpertGoneForGood_ColleagueOfTheirDepartment_IsNoStandIn(string gone)
    {
        // On indefinite leave or gone from the company: sitting in the same department takes over nothing of their field.
        var tenant = gone == "disabled"
            ? Opera(surtitleDepartment: "Administration", licenceAway: null, licenceEnabled: false)
            : Opera(surtitleDepartment: "Administration");

        var answer = Route(tenant, "Le renouvellement de nos licences d'entrepreneur de spectacles doit partir avant vendredi, qui peut monter le dossier ?");

        Assert.True(answer.Decision == RoutingDecision.None, $"{answer.Decision} {string.Join(", ", answer.Targets.Select(t => t.Id))}");
        Assert.Contains(answer.Why, r => r.Name == "Didier Fontanel");
    }

    [Fact]
    public void Route_ExpertOnlyInDoNotDisturbForACriticalRequest_ColleagueOfTheSubjectStandsIn()
    {
        // Busy right now is not gone: the urgent requester needs someone now, and a colleague of the subject will do.
        var answer = Router.Route(
            new RoutingRequest("req", "URGENT les licences d'entrepreneur de spectacles sont contestées au contrôle ce soir, qui peut m'aider ?", Urgency.Critical, Impact.Team, Tuesday10),
            Opera(licenceAway: null, licencePresence: "DoNotDisturb").Index(), Opera(licenceAway: null, licencePresence: "DoNotDisturb").Workload());

        Assert.Equal("p-sur", Assert.Single(answer.Targets.Take(1)).Id);
    }

    /// <summary>
    /// A made-up fish cooperative: the grants expert on long leave, a filleting-line technician, a shipping team leader who once
    /// worked in a fish-meal plant, a retired quality manager; optionally a second holder of the grants skill.
    /// </summary>
    private static TestTenant Cooperative(bool secondGrantsHolder = false)
    {
        var tenant = new TestTenant()
            .Person("boss", "Annaïg Le Goff")
            .Person("req", "Erwan Calvez", manager: "boss", department: "Production")
            .Person("p-grants", "Hélène Le Bras", manager: "boss", department: "Finance", jobTitle: "Chargée des financements publics",
                skills: ["Dossiers FEAMPA:expert:ask", "Subventions régionales:expert"], outOfOffice: "always")
            .Person("p-line", "Frédéric Cadiou", manager: "boss", department: "Maintenance", jobTitle: "Technicien lignes de filetage",
                skills: ["Machines de filetage Baader:expert:ask", "Mécanique:advanced"])
            .Person("p-ship", "Fabrice Pennec", manager: "boss", department: "Logistique", jobTitle: "Chef d'équipe expédition",
                skills: ["Préparation de commandes:advanced"],
                aboutMe: "Avant la coop, j'ai travaillé huit ans dans une usine de farine et d'huile de poisson : collecte des arêtes chez les mareyeurs, valorisation des coproduits.")
            .Person("p-label", "Yvonne Le Garrec", manager: "boss", department: "Qualité", jobTitle: "Responsable Label Rouge",
                skills: ["Label Rouge:expert:ask", "Cahiers des charges qualité:expert"], enabled: false);
        return secondGrantsHolder
            ? tenant.Person("p-grants2", "Katell Riou", manager: "boss", department: "Comptabilité", skills: ["Dossiers FEAMPA:general"])
            : tenant;
    }

    [Theory]
    [InlineData("Le dossier FEAMPA pour la nouvelle ligne de filetage est à déposer avant vendredi, qui peut s'en charger ?")]
    [InlineData("The FEAMPA file for the new filleting line is due Friday, who can take it on?")]
    public void Route_OnlyExpertGone_ColleagueSharingOnlyTheContextOfTheirSkill_IsNoStandIn(string text)
    {
        // The technician's title holds "ligne de filetage", the context; nothing of the grants expert's field.
        var tenant = Cooperative();
        var answer = Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.None, $"{answer.Decision} {string.Join(", ", answer.Targets.Select(t => t.Id))}");
        Assert.Contains(answer.Why, r => r.Name == "Hélène Le Bras" && r.Code == ReasonCode.PassedOverOutOfOfficeAutomatic);
    }

    [Fact]
    public void Route_OnlyExpertGone_HolderOfTheirSkillAtALowerLevel_StandsIn()
    {
        var answer = Route(Cooperative(secondGrantsHolder: true),
            "Le dossier FEAMPA pour la nouvelle ligne de filetage est à déposer avant vendredi, qui peut s'en charger ?");

        Assert.Equal("p-grants2", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Les présences de Trillium ne passent plus à SafeArrival depuis 8h, des parents reçoivent des appels d'absence erronés, qqn connaît Trillium ?")]
    public void Route_ExpertOffHoursForAnUrgentRequest_HolderOfTheAskedNameStandsIn(string text)
    {
        // "Trillium" is the name asked about; the available analyst holds it as "Trillium SIS", whose other word is as rare: the
        // name alone still names her skill, and she stands in for the off-hours expert.
        var tenant = new TestTenant()
            .Person("boss", "Karen Mitchell")
            .Person("req", "Luc Gagnon", manager: "boss", department: "Écoles")
            .Person("p-sis", "Brandon Kowal", manager: "boss", department: "TI", jobTitle: "SIS Analyst", skills: ["Trillium SIS:expert:ask", "SafeArrival integration:advanced"],
                zone: "Central Standard Time")
            .Person("p-sis2", "Geneviève Lalonde", manager: "boss", department: "TI", jobTitle: "Analyste SIS", skills: ["Trillium SIS:advanced"])
            .Person("p-parents", "Jessica Wong", manager: "boss", department: "Écoles", responsibilities: ["Communication avec les parents", "Appels aux parents"])
            .Person("p-att", "Ian McLeod", manager: "boss", department: "Écoles", responsibilities: ["Attendance and absence calls to parents"]);

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.High, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-sis2", $"{answer.Decision} {string.Join(", ", answer.Targets.Select(t => t.Id))} {string.Join(" / ", answer.Reasons)}");
    }

    /// <summary>
    /// A made-up bonded-warehouse operator: the only excise-returns expert (away as given) and, of other departments, either a
    /// warehouse manager sharing the request's context or a customs clerk whose field is of the same subject.
    /// </summary>
    private static TestTenant Bonded(string? away, bool enabled = true, bool customsClerk = false)
    {
        var tenant = new TestTenant()
            .Person("boss", "Nadine Leroux")
            .Person("req", "Paul Vidal", manager: "boss", department: "Ventes")
            .Person("p-exc", "Odile Marchand", manager: "boss", department: "Fiscalité", skills: ["Déclarations récapitulatives d'accises:expert:ask"],
                outOfOffice: away, enabled: enabled);
        return customsClerk
            ? tenant.Person("p-cus", "Sonia Weber", manager: "boss", department: "Transit", skills: ["Droits d'accises et DAE:advanced"])
            : tenant.Person("p-wh", "Bruno Klein", manager: "boss", department: "Logistique", skills: ["Gestion de l'entrepôt sous douane:expert"]);
    }

    private const string ExciseReturn = "La déclaration récapitulative d'accises de l'entrepôt sous douane doit partir avant vendredi, qui peut la faire ?";

    [Theory]
    [InlineData("always", true)]
    [InlineData(null, false)]
    [InlineData("2027-03-08T00:00..2027-03-19T00:00", true)]
    public void Route_OnlyExpertGone_ColleagueSharingTheContextOnly_IsNoStandIn(string? away, bool enabled)
    {
        // Whether on indefinite leave, gone from the company or away until a date: the warehouse manager shares "entrepôt sous
        // douane", not the excise returns, and takes over nothing of them.
        var answer = Route(Bonded(away, enabled), ExciseReturn);

        Assert.True(answer.Decision == RoutingDecision.None, $"{answer.Decision} {string.Join(", ", answer.Targets.Select(t => t.Id))}");
        Assert.Contains(answer.Why, r => r.Name == "Odile Marchand");
    }

    /// <summary>
    /// A made-up Breton port authority: the only expert of the yearly public-domain fee return (away as given) and an HR adviser of
    /// another department whose field shares only the region with it.
    /// </summary>
    private static TestTenant PortAuthority(string? away, bool enabled = true) => new TestTenant()
        .Person("boss", "Yann Le Goff")
        .Person("req", "Morgane Cadiou", manager: "boss", department: "Exploitation")
        .Person("p-fee", "Gaëlle Riou", manager: "boss", department: "Finances", skills: ["Déclaration annuelle des redevances domaniales Bretagne:expert:ask"],
            outOfOffice: away, enabled: enabled)
        .Person("p-hr", "Erwan Tanguy", manager: "boss", department: "Ressources humaines", skills: ["Paie:advanced"], responsibilities: ["Relations avec la Région Bretagne"]);

    [Theory]
    [InlineData("always", true)]
    [InlineData(null, false)]
    public void Route_ExpertGoneForGood_ColleagueSharingOnlyAContextWordOfTheirField_IsNoStandIn(string? away, bool enabled)
    {
        // "Bretagne" is in the request, in the expert's field and in the HR adviser's: the fee return is still nobody else's.
        var answer = Route(PortAuthority(away, enabled), "La déclaration des redevances domaniales de Bretagne est due vendredi, qui peut la terminer ?");

        Assert.True(answer.Decision == RoutingDecision.None, $"{answer.Decision} {string.Join(", ", answer.Targets.Select(t => t.Id))}");
        Assert.Contains(answer.Why, r => r.Name == "Gaëlle Riou");
    }

    [Theory]
    [InlineData("For my module on hospitality labour relations I need someone who really knows the CCNT (minimum wages, working time) to review my slides")]
    [InlineData("Pour mon module sur les relations de travail en hôtellerie, qqn qui connaît bien la CCNT peut relire mes slides ?")]
    public void Route_ReviewAsked_RequesterMatchedOnlyByTitle_ColleagueHoldingTheNamedSkill_ComesFirst(string text)
    {
        // The requester's own title ("Lecturer, Hospitality HR") says nothing of the collective agreement they ask about: colleagues
        // sharing that title are no better reviewers than the one who lists the CCNT as a skill.
        var tenant = new TestTenant()
            .Person("req", "Emily Carter", jobTitle: "Lecturer, Leadership & HR in Hospitality", language: "en-GB")
            .Person("p-peer", "Maria Santos", jobTitle: "Lecturer, Hospitality Finance", language: "en-GB")
            .Person("p-ccnt", "Philippe Grandjean", jobTitle: "Responsable juridique", skills: ["CCNT:expert:ask", "Droit du travail suisse:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal("p-ccnt", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_KnowledgeAskedInOneLanguage_AboutMeInTheOther_IsTheOneWhoKnows()
    {
        // "Mixologie" is asked, "mixology" is what the bar manager's about-me says; the data-protection expert only shares a
        // subject the vocabulary guessed from "signature".
        var tenant = new TestTenant()
            .Person("req", "Claire Favre")
            .Person("p-bar", "Tomás Herrera", jobTitle: "Bar Manager", aboutMe: "I run the bar and teach the mixology and cocktail modules.", language: "en-GB")
            .Person("p-law", "Delphine Burnier", jobTitle: "Juriste", skills: ["Protection des données (nLPD):expert:ask", "Contrats:advanced"]);

        var answer = Route(tenant, "Pour l'apéro du gala on voudrait une carte de cocktails signature, quelqu'un s'y connaît en mixologie ici ?");

        Assert.Equal("p-bar", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Hi all - a customer's QA team in Ohio asks whether our sodium alginate is covered by the GRAS affirmation (21 CFR 184.1724) for use in salad dressings. Who can confirm?")]
    [InlineData("Un client américain demande si notre alginate est couvert par l'affirmation GRAS (21 CFR 184.1724), qui peut confirmer ?")]
    public void Route_ExpertOnLeave_AColleagueHoldingMostOfTheirSkill_StandsIn(string text)
    {
        // "FDA GRAS notices & 21 CFR 184" is on parental leave; "Réglementation FDA (GRAS, 21 CFR)" holds most of that skill's words,
        // not all of them, and is the colleague who answers meanwhile.
        var tenant = new TestTenant()
            .Person("req", "Sarah Whitfield", language: "en-GB")
            .Person("p-fda", "Emily Carter", skills: ["FDA GRAS notices & 21 CFR 184:expert:ask"], outOfOffice: "always", language: "en-GB")
            .Person("p-reg", "Nolwenn Guillou", skills: ["Réglementation FDA (GRAS, 21 CFR):general"])
            .Person("p-sales", "Ryan Mitchell", jobTitle: "Key account manager USA", skills: ["Customer QA questionnaires:advanced"], language: "en-US");

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-reg", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("J'aimerais un deuxième avis sur la conformité Ph. Eur. des taux de facteur VIII de nos derniers lots de plasma pour fractionnement")]
    [InlineData("qqn pour un 2e avis sur mes lots de plasma pour fractionnement ? je doute de la conformité Ph. Eur.")]
    public void Route_SecondOpinion_AColleagueHoldingMostOfTheRequestersSkill_IsAsked(string text)
    {
        // The requester lists "Qualité du plasma pour fractionnement (Ph. Eur.)"; a colleague lists the same without the pharmacopoeia.
        var tenant = new TestTenant()
            .Person("req", "Christophe Hubert", skills: ["Qualité du plasma pour fractionnement (Ph. Eur.):expert"])
            .Person("p-plasma", "Amandine Dupuis", skills: ["Qualité du plasma pour fractionnement:advanced"])
            .Person("p-coll", "Sophie Lambert", jobTitle: "Directrice des opérations de collecte");

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-plasma", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_ExpertOnLeave_AColleagueHoldingPartOfTheirSkillAsTheirOwn_StandsIn()
    {
        const string text = "J'ai besoin d'un camion frigo en plus pour livrer la plateforme de Vannes jeudi, qui peut me trouver un transporteur ?";
        // The chartering manager ("Affrètement transport frigorifique") is on leave; the maintenance technician is matched by the
        // town's name (Vannes) and the platform; the colleague listing "Transport frigorifique" holds a whole part of the away
        // manager's skill.
        var tenant = new TestTenant()
            .Person("req", "Loïc Le Bihan", jobTitle: "Commercial GMS")
            .Person("p-charter", "Gérard Le Gall", jobTitle: "Responsable transport et plateforme", skills: ["Affrètement transport frigorifique:expert"], responsibilities: ["Trouver un transporteur pour les livraisons"], outOfOffice: "always")
            .Person("p-pump", "Jérôme Kerdraon", jobTitle: "Technicien de maintenance", responsibilities: ["Vannes et camions de la plateforme"])
            .Person("p-narrow", "Annaïg Pennec", skills: ["Affrètement:advanced", "Transport frigorifique:advanced"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-narrow", answer.Targets[0].Id);
    }

    /// <summary>
    /// A made-up accordion maker: the only Japan-market expert works from Tokyo (18:00 there at 10:00 in Paris), and colleagues who share
    /// the requests' context: the distribution-contracts manager and the export sales assistant.
    /// </summary>
    private static TestTenant AccordionMaker(int japanOpen = 0) => new TestTenant()
        .Person("req", "Julien Mazière")
        .Person("p-japan", "Aiko Tanaka", language: "ja-JP", skills: ["Marché japonais (distributeurs, usages commerciaux):expert:ask"], zone: "Tokyo Standard Time", hours: "09:00-17:00")
        .Person("p-contracts", "Camille Dufaure", skills: ["Propriété intellectuelle (marques, dessins et modèles):expert:ask", "Contrats de distribution:advanced"])
        .Person("p-export", "Lucas Vidal", jobTitle: "Assistant export", skills: ["Salons professionnels:advanced"])
        .Load("p-japan", japanOpen, 4);

    [Theory]
    [InlineData("URGENT le distributeur d'Osaka attend une réponse ce soir sur les conditions de remise, qui connaît le marché japonais ?")]
    [InlineData("URGENT our Osaka distributor needs an answer tonight on the discount terms, who knows the Japanese market?")]
    public void Route_OnlyExpertOffHoursForAnUrgentRequest_ColleagueSharingTheContext_IsNoStandIn(string text)
    {
        // The contracts manager shares "distributeur" and a sales subject, far less than what the Tokyo expert holds: nobody stands in,
        // and the answer says who is off-hours.
        var tenant = AccordionMaker();

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.High, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Aiko Tanaka" && r.Code == ReasonCode.PassedOverOutsideHoursUrgent);
    }

    [Fact]
    public void Route_OnlyExpertAtCapacity_ColleagueSharingTheContext_IsNoStandIn()
    {
        var tenant = AccordionMaker(japanOpen: 4);

        var answer = Route(tenant, "Le distributeur d'Osaka demande une remise sur les accordéons de concert, qui connaît le marché japonais ?");

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Why, r => r.Name == "Aiko Tanaka" && r.Code == ReasonCode.PassedOverAtCapacity);
    }

    [Fact]
    public void Route_OnlyExpertOffHoursForANormalRequest_StaysFirst()
    {
        // Off-hours lowers the rank of a normal request and never excludes: the expert answers tomorrow morning.
        var answer = Route(AccordionMaker(), "Le distributeur d'Osaka demande une remise sur les accordéons de concert, qui connaît le marché japonais ?");

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-japan", answer.Targets[0].Id);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text) =>
        Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());
}
