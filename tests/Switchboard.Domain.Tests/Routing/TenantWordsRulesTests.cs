using System.Globalization;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Text;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// The tenant's own words, on made-up companies: a profile that uses the request's rare words goes before one matched only through a
/// topic the vocabulary guessed, a word cut short ("phyto" for "phytosanitaires") finds the profile word it abbreviates, and a desk
/// whose own description says what the request asks takes it before a service the vocabulary guessed from one word; a standard's
/// number alone ("per 11137") names the skill that carries it.
/// </summary>
public sealed class TenantWordsRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    /// <summary>A made-up seed company, Semences du Val d'Oust.</summary>
    private static TestTenant Seeds() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-fumure", "Yannick Brel", manager: "boss", department: "Agronomie", skills: ["Plan de fumure:general", "Couverts végétaux:advanced"])
        .Person("p-sop", "Ondine Carat", manager: "boss", jobTitle: "Directrice Supply Chain", department: "Supply chain", skills: ["S&OP:expert"])
        .Person("p-phyto", "Hugo Vasseur", manager: "boss", department: "Agronomie", skills: ["Phytosanitaires:general", "Désherbage mécanique:advanced"])
        .Person("p-inter", "Léa Renard", manager: "boss", department: "Filières", responsibilities: ["Relations interprofessionnelles"]);

    [Theory]
    [InlineData("un client demande de l'aide pour son plan de fumure et la dose d'azote sur maïs, qui peut le rappeler ?")]
    [InlineData("a customer needs help with his plan de fumure and the nitrogen dose, who can call him back?")]
    public void Route_ProfileUsesTheRequestsRareWords_GoesBeforeATopicGuessedFromACommonWord(string text)
    {
        var answer = Router.Route(Request(text), Seeds().Index(), Seeds().Workload());

        Assert.Equal("p-fumure", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Hi all, hope you're well! quick one from the night shift: the OD keeps drifting on line 3 since the resin lot change, anyone with experience in extrusion?", false)]
    [InlineData("Bonjour à tous, petite question de l'équipe de nuit : le diamètre dérive sur la ligne 3 depuis le changement de lot de résine, quelqu'un connaît l'extrusion ?", false)]
    [InlineData("Hi all, hope you're well! quick one from the night shift: the OD keeps drifting on line 3 since the resin lot change, extrusion issue?", false)]
    [InlineData("Hi all, hope you're well! quick one from the night shift: the OD keeps drifting on line 3 since the resin lot change, extrusion issue?", true)]
    public void Route_OneRareWordInALongMessage_StillNamesItsHolder(string text, bool withoutBonus)
    {
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-mould", "Orla Moran", jobTitle: "Senior Process Engineer", skills: ["Injection moulding:expert:ask", "Scientific moulding:expert"])
            .Person("p-extr", "Andrés Mora", jobTitle: "Process Engineer", skills: ["Catheter extrusion:expert"]);
        // Without the bonus (nor the word holder put before a guessed subject), and with the moulding expert's second moulding skill
        // counted as evidence in full, the guessed topic wins.
        var options = withoutBonus ? new RoutingOptions { RequestWordsBonus = 0, TopicOnlySecondaryShare = 1, WordHolderOverGuessMinCoverage = 2 } : new RoutingOptions();

        var answer = Router.Route(Request(text), tenant.Index(options), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && (answer.Targets[0].Id == "p-extr") != withoutBonus, Describe(answer));
    }

    [Fact]
    public void Route_WithoutTheRequestWordsBonus_TheGuessedTopicsExpertWins()
    {
        // What the bonus corrects: the supply-chain expert matched through "plan" plus her job title passed the holder of the named skill
        // (while fields matched only through a guessed topic still counted in full as second evidence).
        var tenant = Seeds();
        var text = "un client demande de l'aide pour son plan de fumure et la dose d'azote sur maïs, qui peut le rappeler ?";

        var answer = Router.Route(Request(text), tenant.Index(new RoutingOptions { RequestWordsBonus = 0, TopicOnlySecondaryShare = 1 }), tenant.Workload());

        Assert.Equal("p-sop", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("qqn s'y connait en phyto ? stockage des bidons chez un client", "p-phyto")]
    public void Route_WordCutShort_FindsTheProfileWordItAbbreviates(string text, string expected)
    {
        var tenant = Seeds();
        var withoutExpansion = Router.Route(Request(text), tenant.Index(new RoutingOptions { MinTruncationLength = 99 }), tenant.Workload());

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.Equal(expected, answer.Targets[0].Id);
        Assert.True(withoutExpansion.Targets.Count == 0 || withoutExpansion.Targets[0].Id != expected, string.Join(" | ", withoutExpansion.Targets.Select(t => $"{t.Id} {t.Score} {string.Join("; ", t.Reasons)}")));
    }

    [Theory]
    [InlineData("do we need a new dose audit per 11137 if we add a 12-pack tray?")]
    [InlineData("faut-il refaire un audit de dose selon la 11137 pour le nouveau plateau ?")]
    public void Route_StandardNumberAlone_NamesTheSkillThatCarriesIt(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-config", "Ruth Hogan", responsibilities: ["Tray configuration and packaging workflows"])
            .Person("p-gamma", "Gráinne Doyle", skills: ["Radiation sterilisation (ISO 11137):general"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-gamma", Describe(answer));
    }

    [Theory]
    [InlineData("First shipment from the Alajuela plant to the US DC - does it stay under the zona franca regime?")]
    [InlineData("Premier envoi depuis l'usine d'Alajuela vers les US : est-ce qu'on reste sous le régime zona franca ?")]
    public void Route_WordsInBracketsOfASkill_NameTheSkill(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-ship", "Ruth Hogan", skills: ["Export shipping documentation:expert"])
            .Person("p-zf", "Carlos Méndez", skills: ["Free trade zone regime (Zona Franca):advanced"])
            .Team("g-log", "Logistics desk", "Shipping, transport bookings and couriers.", ["Requests"]);
        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-zf", Describe(answer));
    }

    [Theory]
    [InlineData("Qui s'occupe des inscriptions au tournoi de foot inter-entreprises ?")]
    [InlineData("Who handles sign-ups for the inter-company football tournament?")]
    public void Route_PartOfAHyphenatedWord_IsNotAnAbbreviation(string text)
    {
        var answer = Router.Route(Request(text), Seeds().Index(), Seeds().Workload());

        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-inter");
    }

    [Fact]
    public void Route_ShortWord_IsNeverReadAsTheBeginningOfALongerOne()
    {
        // "entrée" (a DNS entry) begins "entreprise": four letters start too many unrelated words to be read as an abbreviation.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-archi", "Daniel Roy", skills: ["Architecture d'entreprise:expert"]);

        var answer = Router.Route(Request("Besoin d'une entrée DNS pour le serveur de recette"), tenant.Index(), tenant.Workload());

        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-archi");
    }

    /// <summary>A made-up medical-device plant, Vireo Devices: an IT desk, a tool crib and a planning office.</summary>
    private static TestTenant Plant() => new TestTenant()
        .Person("req", "Paul Lemaire")
        .Person("p-it", "Sam Ortiz", jobTitle: "Service desk analyst")
        .Team("g-it", "IT Help Desk", "First line IT support: accounts and passwords, laptops and workstations, printers, VPN, software installs.", ["Requests"], ["p-it"])
        .Team("g-crib", "Tool Crib", "Issue and return of hand tools, torque wrenches and crimping pliers, tool loans to the lines. Prêt d'outillage : clés dynamométriques, pinces à sertir.", ["Requests"])
        .Team("g-planning", "Bureau planning Tours", "Échanges de services et feuilles de service des équipes du bureau de Tours.", ["Demandes"]);

    [Theory]
    [InlineData("Can you issue a torque wrench loan for line 2 today? ours is stuck at the workstation")]
    [InlineData("Besoin d'un prêt de clé dynamométrique pour la ligne 2, la nôtre est coincée derrière le PC")]
    public void Route_DeskDescribesTheRequestInItsOwnWords_TakesItBeforeAServiceGuessedFromOneWord(string text)
    {
        var answer = Router.Route(Request(text), Plant().Index(), Plant().Workload());

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.True(answer.Targets[0].Id == "g-crib", Describe(answer));
    }

    [Fact]
    public void Route_WithoutTheDeskWordsRule_TheServiceGuessedFromOneWordWins()
    {
        // What the rule corrects: "workstation" alone made it a laptop request for the IT desk.
        var tenant = Plant();

        var answer = Router.Route(Request("Can you issue a torque wrench loan for line 2 today? ours is stuck at the workstation"),
            tenant.Index(new RoutingOptions { DeskWordsOverSubjectFactor = double.MaxValue }), tenant.Workload());

        Assert.Equal("g-it", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("l'imprimante du bureau de Tours imprime des pages blanches")]
    [InlineData("the printer in the Tours bureau prints blank pages")]
    public void Route_DeskSharingOnlyGenericWords_NeverPassesTheDeskNamingTheSubject(string text)
    {
        var answer = Router.Route(Request(text), Plant().Index(), Plant().Workload());

        Assert.True(answer.Targets[0].Id == "g-it", Describe(answer));
    }

    /// <summary>A made-up clinic, Clinique des Tilleuls: a sterile-supply desk and a pharmacy desk; no profile speaks of instruments.</summary>
    private static TestTenant Clinic() => new TestTenant()
        .Person("req", "Paul Lemaire", jobTitle: "Infirmier bloc")
        .Person("p-wound", "Aurore Dubois", skills: ["Soins de plaies:expert"])
        .Team("g-steril", "Stérilisation centrale", "Boîtes et plateaux d'instruments incomplets ou mal nettoyés, stérilisation urgente, prêt de matériel.", ["Demandes"])
        .Team("g-pharma", "Pharmacie", "Commandes de médicaments pour les unités, piluliers, ruptures de stock, retours.", ["Demandes"]);

    [Theory]
    [InlineData("Il manque la boîte de laparo n°3 pour la salle 4 à 13h, elle est où ??", "g-steril")]
    [InlineData("Plateau d'ortho revenu avec des traces sur les pinces, on le renvoie ?", "g-steril")]
    [InlineData("plus d'héparine pour la nuit, on a une rupture ?", "g-pharma")]
    public void Route_NoProfileSharesAWordAndOneDeskNamesOne_GoesToThatDesk(string text, string desk)
    {
        var answer = Router.Route(Request(text), Clinic().Index(), Clinic().Workload());

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == desk, Describe(answer));
    }

    [Theory]
    [InlineData("qui s'y connaît en boîtes de laparo ?")]
    [InlineData("il manque un plateau et les piluliers, c'est où ?")]
    public void Route_KnowledgeAskedOrTwoDesksNamingAWord_StaysNone(string text)
    {
        // Knowledge asked is nobody's here; two desks each naming one word ("plateaux", "piluliers") leave no single door.
        var answer = Router.Route(Request(text), Clinic().Index(), Clinic().Workload());

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    /// <summary>A made-up engineering studio: an IT desk doing phones and printers, a structural engineer and a network engineer.</summary>
    private static TestTenant Studio() => new TestTenant()
        .Person("req", "Paul Lemaire")
        .Person("p-struct", "Megan Price", jobTitle: "Senior Structural Engineer", skills: ["Structural engineering:advanced", "Temporary works:advanced"])
        .Person("p-net", "Stéphane Jaquier", skills: ["Réseaux:advanced"])
        .Person("p-it", "Sam Ortiz", jobTitle: "Service desk analyst")
        .Person("p-pos", "Sylvain Rappaz", jobTitle: "Ingénieur systèmes hôteliers", skills: ["Oracle Simphony POS:expert"])
        .Team("g-it", "IT Service Desk", "Laptops, passwords, printers and label printers, mobile phones, Simphony. Imprimantes, téléphones.", ["Requests"], ["p-it"]);

    [Theory]
    [InlineData("URGENT cracking at the transfer beam after the props were struck - need a structural engineer on the phone NOW")]
    [InlineData("fissure sur la poutre de transfert, il faut qqn en structure au tel tout de suite")]
    public void Route_HowTheRequesterWantsToBeReached_IsNoPhoneRequest(string text)
    {
        var answer = Router.Route(Request(text), Studio().Index(), Studio().Workload());

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-struct", Describe(answer));
    }

    [Theory]
    [InlineData("my phone won't turn on since this morning")]
    [InlineData("mon téléphone ne s'allume plus")]
    public void Route_ThePhoneItselfBroken_StillGoesToItsDesk(string text)
    {
        var answer = Router.Route(Request(text), Studio().Index(), Studio().Workload());

        Assert.True(answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("L'imprimante d'étiquettes du magasin n'imprime plus, elle est en erreur réseau")]
    [InlineData("the label printer shows a network error message")]
    [InlineData("la caisse du restaurant ne démarre plus depuis ce matin, écran noir, le POS ne répond pas")]
    public void Route_BrokenServiceWhoseSymptomNamesASkill_GoesToTheDesk(string text)
    {
        // "Réseaux" is a symptom of the broken printer, not a question for the network engineer; a till that no longer starts is the
        // desk's, not a question for whoever holds the till software as a skill.
        var answer = Router.Route(Request(text), Studio().Index(), Studio().Workload());

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    /// <summary>A made-up care home group: a works desk and an HR desk that speak of none of the care words; a wound-care nurse.</summary>
    private static TestTenant CareHome() => new TestTenant()
        .Person("req", "Paul Lemaire", jobTitle: "Infirmier")
        .Person("p-wound", "Aurore Dubois", jobTitle: "Infirmière", aboutMe: "Référente plaies chroniques et pansements VAC (negative pressure wound dressings).")
        .Person("p-gw", "Réjean Roy", skills: ["Suivi des eaux souterraines:expert"], enabled: false)
        .Team("g-works", "Services techniques", "Chauffage, ventilation, plomberie, électricité, portes et ascenseurs, mobilier.", ["Demandes"])
        .Team("g-hr", "RH et paie", "Paye et talons de paie, vacances et congés, régime de retraite, attestations d'emploi.", ["Demandes RH"]);

    [Theory]
    [InlineData("le pansement VAC fuit tout le temps, il faudrait qqn pour revoir la plaie")]
    [InlineData("le pansement VAC se décolle et fuit, il faudrait quelqu'un pour la plaie")]
    public void Route_ServiceGuessedFromAWordTheDeskNeverUses_GoesToWhoseProfileHoldsTheRequest(string text)
    {
        // "fuit"/"leaking" made it a building repair; the works desk's text shares none of the request's words, the nurse's about-me
        // holds most of them (no skill is named in full).
        var answer = Router.Route(Request(text), CareHome().Index(), CareHome().Workload());

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-wound", Describe(answer));
    }

    [Theory]
    [InlineData("la toilette près de la salle de soins fuit encore, ça fait une flaque")]
    [InlineData("the tap in the treatment room keeps leaking")]
    public void Route_LeakReportedWithNobodyAsked_StaysTheDesks(string text)
    {
        var answer = Router.Route(Request(text), CareHome().Index(), CareHome().Workload());

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-works", Describe(answer));
    }

    [Theory]
    [InlineData("Qui s'occupe du suivi des eaux souterraines depuis que Réjean a pris sa retraite ?")]
    [InlineData("Who looks after the groundwater monitoring now that Réjean has retired?")]
    public void Route_SomeoneElsesRetirement_IsNoPensionRequest(string text)
    {
        // The only holder has left (account disabled): nobody, not the HR desk because of "retraite".
        var answer = Router.Route(Request(text), CareHome().Index(), CareHome().Workload());

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Client at the Trafford Park warehouse asks for a dog patrol over Christmas. Who do I speak to about handler availability?")]
    [InlineData("The Riverside retail park client wants a dog patrol on over Christmas, who should I talk to about the handlers?")]
    public void Route_APlaceCalledAPark_IsNoParkingRequest(string text)
    {
        // A park in a site's name is a place; the facilities desk handles parking spaces, not dog patrols.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-k9", "Stuart Mackie", jobTitle: "Dog Section Lead", aboutMe: "I run the dog patrols and the handler rotas.")
            .Team("g-fac", "Facilities & Fleet", "Meeting rooms, desks, parking spaces, pool cars.", ["Facilities requests"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-k9", Describe(answer));
    }

    [Theory]
    [InlineData("c'est quoi la procédure de lockout / cadenassage sur la remplisseuse 3 ? le nouveau n'a pas eu sa formation")]
    [InlineData("What's the lockout / LOTO procedure on filler 3? The new guy hasn't had his training yet")]
    public void Route_LockoutOfAMachine_IsNoLockedAccount(string text)
    {
        // A machine's lockout is the safety procedure (cadenassage, LOTO); "lockout" alone weighs half for the IT desk, an account
        // locked out is named by "account lockout", "compte bloqué" or "locked out".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-loto", "Richard Bolduc", jobTitle: "Conseiller SST", skills: ["Cadenassage (LOTO):expert:ask"])
            .Team("g-it", "Soutien TI / IT Support", "Mots de passe, comptes, accès, postes de travail. Passwords, accounts, access.", ["Demandes TI"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-it");
    }

    [Theory]
    [InlineData("Une marque voudrait un cadran guilloché à la main. Quelqu'un chez nous sait faire du guillochage main ?")]
    [InlineData("Une marque voudrait un cadran guilloché à la main. Quelqu'un ici maîtrise le guillochage main ?")]
    public void Route_KnowHowAskedWithAPlaceBetween_IsAKnowledgeQuestion(string text)
    {
        // "sait faire", "ici maîtrise": what is asked is guilloché work, which nobody lists; the account manager sharing "marque" only
        // shares the request's context.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-kam", "Nicolas Schaller", jobTitle: "Key Account Manager marques")
            .Person("p-plating", "Jean-Daniel Robert", skills: ["Galvanoplastie:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-kam");
    }

    [Theory]
    [InlineData("Anyone knows bien la Grove GMK5250L? Je veux la séquence de télescopage optimale pour 52 m de flèche")]
    [InlineData("Qui connaît la GMK4100L ? le client veut la charge admissible à 30 m")]
    public void Route_ModelNumberOfASeriesTheDirectoryNames_FindsTheSeriesHolder(string text)
    {
        // "GMK5250L" is a model of the Grove GMK series: nobody lists the model, the crane technician lists the series.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-grove", "Stéphane Bergeron", skills: ["Grove GMK:advanced"])
            .Person("p-ltm", "Normand Beaulieu", skills: ["Liebherr LTM:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-grove", Describe(answer));
    }

    [Theory]
    [InlineData("Anyone know about locks? my locker key's snapped in the lock in the Printworks changing room")]
    [InlineData("Quelqu'un s'y connaît en serrures ? ma clé de casier a cassé dans la serrure du vestiaire de l'atelier")]
    public void Route_WhatAKnowledgeQuestionAsks_EndsWithItsQuestionMark(string text)
    {
        // What is asked is "locks"; the key of the next sentence is no subject the account manager's "Key account management" knows.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-kam", "Sarah Butterworth", skills: ["Key account management:expert"])
            .Team("g-fac", "Facilities & Estates", "Lockers and keys, changing rooms, heating, lighting. Casiers et clés, vestiaires.", ["Facilities requests"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "g-fac", Describe(answer));
    }

    [Theory]
    [InlineData("Need someone who knows the HV/hybrid system NOW, the rig is stopped")]
    [InlineData("Il faut qqn qui connaît le système HV/hybride MAINTENANT, le banc est arrêté")]
    public void Route_NameTheLexiconTranslates_IsHeldInTheDirectorysWords(string text)
    {
        // "HV" is "high-voltage": the high-voltage engineer knows it, so the hybrid expert in Do Not Disturb (excluded at high urgency)
        // is not the only one who does.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-hybrid", "Felix Wagner", skills: ["Hybrid ERS / high-voltage battery:expert:ask"], presence: "DoNotDisturb")
            .Person("p-hv", "Karen Booth", skills: ["High-voltage systems:advanced"]);

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.High, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-hv", Describe(answer));
    }

    [Theory]
    [InlineData("Vous savez si la piscine de Thiers est ouverte pendant les vacances de Noël ?")]
    [InlineData("Is the swimming pool in town open during the school holidays?")]
    public void Route_TheHolidaysAsATime_AreNoLeaveRequest(string text)
    {
        // "Pendant les vacances de Noël" says when, not a leave request: a question about the town's pool has no target here.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Team("g-hr", "RH - Paie & Administration", "Congés et vacances, absences, paie, contrats. Leave and holidays, payslips.", ["General"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Le client veut le plan de levage révisé pour la 750 t. Geneviève est en vacances, qui peut le faire ?")]
    [InlineData("The client wants the revised lift plan for the 750 t. Genevieve is on holiday, who can do it?")]
    public void Route_SomeoneElsesHoliday_IsNoLeaveRequest(string text)
    {
        // The colleague's holiday says why another is asked: the lift planner, not the HR desk because of "vacances".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-plan", "Samuel Côté", skills: ["Plans de levage:advanced", "Lift planning:advanced"])
            .Team("g-hr", "RH et paie / HR & Payroll", "Congés et vacances, absences, paie, contrats. Leave and holidays, payslips, contracts.", ["General"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-plan", Describe(answer));
    }

    [Theory]
    [InlineData("ZETTA FIGÉ EN DIRECT, la pub passe pas et le jingle tourne en boucle, besoin de qqn qui connait l'automation maintenant")]
    [InlineData("ZETTA FROZEN ON AIR, the ad does not play, need someone who knows the automation now")]
    public void Route_KnowledgeAskedAndHeldInASkill_IsNotTheDeskSharingTheToolsName(string text)
    {
        // The IT desk lists access to Zetta (and "mots de passe"); the playout technicians hold the automation itself.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-lead", "Nicolas Goffin", skills: ["Automation playout Zetta:expert"], presence: "DoNotDisturb")
            .Person("p-tech", "Elodie Warnier", skills: ["Automation playout Zetta:advanced"])
            .Team("g-it", "Helpdesk IT", "Mots de passe, comptes bloqués, accès aux outils (Zetta, SharePoint), VPN, PC, imprimantes. Passwords, access to tools (Zetta).", ["Demandes"]);

        var answer = Router.Route(new RoutingRequest("req", text, Urgency.Critical, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-tech", Describe(answer));
    }

    [Theory]
    [InlineData("Could someone build a CD-SEM recipe for the new contact layer? we need it for Friday's lots")]
    [InlineData("qqn peut créer une recette CD-SEM pour la couche contact ? il nous la faut pour les lots de vendredi")]
    public void Route_SomeoneAskedForAndASkillNamedInFull_IsNotTheDeskSharingTheContext(string text)
    {
        // The MES desk's text shares "recipe" and "lots"; the metrology engineer holds CD-SEM, named in full.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-cdsem", "Oliver Hughes", jobTitle: "Metrology Engineer", skills: ["CD-SEM:advanced"])
            .Team("g-mes", "MES Support - lots & tool states", "Lots on hold or stuck in the MES, wrong tool states, recipe download errors. Lots bloqués, recettes.", ["Requests"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-cdsem", Describe(answer));
    }

    [Theory]
    [InlineData("Je voudrais un tableau de bord powerbi des ventes par client, qqn pour m'aider sur les mesures ?", "p-power")]
    [InlineData("Notre popcorn passe en D au nutriscore, qqn peut simuler ce qu'il faut changer dans la recette pour passer en C ?", "p-nutri")]
    public void Route_TwoProfileWordsWrittenAsOne_NameTheirHolder(string text, string expected)
    {
        // "powerbi" is the profile's "Power BI" and "nutriscore" its "Nutri-Score", glued: the crop-protection expert's "(PBI)" and the
        // recipe expert's "recette" are weaker evidence than the very words of the skill asked about.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-pbi", "Anaïs Morel", department: "Protection des cultures", skills: ["Protection biologique intégrée (PBI):expert"])
            .Person("p-power", "Aurélie Fontaine", department: "Informatique", skills: ["Power BI:advanced"])
            .Person("p-recipe", "Thibault Gaborit", department: "Production", jobTitle: "Chef de ligne popcorn", skills: ["Formulation des recettes:expert"])
            .Person("p-nutri", "Justine Charrier", department: "Qualité", skills: ["Nutri-Score:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == expected, Describe(answer));
    }

    private static string Describe(RoutingAnswer answer) =>
        $"{answer.Decision}: {string.Join(" | ", answer.Targets.Select(t => $"{t.Id} ({string.Join("; ", t.Reasons)})"))}; topics {string.Join(", ", answer.Topics.Select(t => $"{t.Id} {t.Weight}"))}; {string.Join("; ", answer.Reasons)}";

    [Theory]
    [InlineData("HfO2 ALD thickness drifting +3% on chamber B since the precursor change, who can look at it?")]
    [InlineData("Dérive d'épaisseur en ALD sur la chambre B, qqn peut regarder ?")]
    public void Route_InitialsOfASkillName_NameTheSkill(string text)
    {
        // Colleagues write "ALD" for the profile's "Atomic layer deposition"; the etch engineer shares only "chamber".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-ald", "Chloé Bonnet", skills: ["Atomic layer deposition:general"])
            .Person("p-etch", "Marc Huber", skills: ["Plasma etch chamber matching:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.Equal("p-ald", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Combien de points GBE aurait un ailier de Ligue 2 avec 10 sélections en U21 ?", "p-gbe")]
    [InlineData("How many GBE points would a Ligue 2 winger with 10 U21 caps get?", "p-gbe")]
    public void Route_InitialsOfANameAfterASpacedDash_NameTheSkill(string text, string expected)
    {
        // "Governing Body Endorsement" is the second name of the visa skill, after a spaced dash: GBE; the scout shares only "Ligue 2".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-gbe", "Amélie Roussel", skills: ["Visas sportifs - Governing Body Endorsement:expert"])
            .Person("p-scout", "Julien Carpentier", skills: ["Scouting Ligue 2 / National:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Un client corporate demande le niveau LWG de nos tanneries, qui peut répondre ?")]
    [InlineData("A corporate client asks for our tanneries' LWG rating, who can answer?")]
    public void Route_InitialsOfOneOfASkillsNames_NameTheSkill(string text)
    {
        // "Traçabilité des cuirs / Leather Working Group": colleagues write LWG for the second name; the tanner shares only "tanneries".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-lwg", "Emma Girard", skills: ["Traçabilité des cuirs / Leather Working Group:general"])
            .Person("p-tan", "Marc Huber", skills: ["Relations tanneries:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.Equal("p-lwg", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Qui peut prendre en charge ce dossier client ?")]
    [InlineData("Qui est responsable de ce truc ?")]
    public void Route_RoleWordsOfJobTitles_AreNoSubject(string text)
    {
        // "Chargé de réglementation", "Responsable atelier": the rank or role in a title is no field; a request naming nothing else
        // reaches nobody through it.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-reg", "Bruno Tessier", jobTitle: "Chargé de réglementation")
            .Person("p-atelier", "Patrick Noël", jobTitle: "Responsable atelier engins");

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Fact]
    public void Route_FieldOfAJobTitle_StillNamesThePerson()
    {
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-reg", "Bruno Tessier", jobTitle: "Chargé de réglementation environnementale")
            .Person("p-atelier", "Patrick Noël", jobTitle: "Responsable atelier engins");

        var answer = Router.Route(Request("Une question de réglementation environnementale sur la carrière, qui peut m'aider ?"), tenant.Index(), tenant.Workload());

        Assert.Equal("p-reg", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Avec la M57 on doit amortir au prorata temporis les biens achetés en cours d'année ? Je débute sur la M57, qqn peut m'expliquer ?")]
    [InlineData("New to M57: do we depreciate pro rata for assets bought during the year? Can someone explain?")]
    public void Route_CodeInASkillName_NamesTheSkill(string text)
    {
        // "M57" is the accounting framework the skill is about; the buyer shares only the purchase ("achetés").
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-m57", "Christelle Noguier", skills: ["Nomenclature M57:expert"])
            .Person("p-buy", "Delphine Mas", jobTitle: "Acheteuse", skills: ["Achats publics:advancedProfessional"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.Equal("p-m57", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_WorkPatternInAJobTitle_IsNoSubject()
    {
        // "(temps partiel)" says how someone works, not what they know: "combien de temps" does not reach them.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-fun", "Martine Carrière", jobTitle: "Agent des affaires funéraires (temps partiel)")
            .Person("p-elec", "Patricia Gras", jobTitle: "Responsable des élections (temps partiel)");

        var answer = Router.Route(Request("Et on a combien de temps pour répondre ?"), tenant.Index(), tenant.Workload());

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Fact]
    public void Route_InitialsSpellingAKnownTerm_AreNoAlias()
    {
        // "Safety assessment process" spells SAP, which the vocabulary knows as the ERP: an access request to SAP is not for them.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-safety", "Nadia Bouchard", skills: ["Safety assessment process:expert"])
            .Team("g-it", "IT Service Desk", "Passwords, access requests, laptops and software.", ["General", "Requests"], []);

        var answer = Router.Route(Request("Je n'ai pas accès à SAP depuis ce matin"), tenant.Index(), tenant.Workload());

        Assert.Equal("g-it", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("La Wintersteiger de Sixt fait des carres irrégulières depuis la mise à jour, qui sait régler la meule ?")]
    [InlineData("The Wintersteiger in Sixt leaves uneven edges since the update, who can set the grinding wheel?")]
    public void Route_SiteNamedInTheRequest_IsContextNotTheSubject(string text)
    {
        // "Sixt" is where the machine is (an office location of the directory): the sector chief whose title names the site is not
        // the machine's technician.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire", office: "Morillon - Base des Esserts")
            .Person("p-chief", "Julien Deffayet", office: "Sixt-Fer-à-Cheval - Salvagny", jobTitle: "Chef de secteur pistes Sixt",
                skills: ["Sécurité des pistes:advanced"], responsibilities: ["Secteur Sixt"])
            .Person("p-tech", "Jérémy Maffioli", office: "Samoëns - Siège", jobTitle: "Technicien atelier ski", skills: ["Machine Wintersteiger:advanced:ask", "Fartage:advanced"])
            .Person("p-shop", "Damien Perroud", office: "Samoëns - Siège", skills: ["Gestion de magasin de location:expert"], responsibilities: ["Magasins Samoëns, Morillon, Sixt"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.Equal("p-tech", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Y a des charançons dans la cellule 3 à Échallens. On fait quoi, qui peut venir voir ?")]
    [InlineData("There are weevils in bin 3 at Echallens, who can come and have a look?")]
    public void Route_OnlyTheSiteNamedInTheRequest_MakesNobodyItsExpert(string text)
    {
        // "Échallens" is where the pests are: the site manager whose title names it is no evidence on its own, so nobody is proposed.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire", office: "Moudon - Siège")
            .Person("p-site", "Yves Bettex", office: "Échallens - Centre collecteur", jobTitle: "Chef du centre collecteur d'Échallens")
            .Person("p-other", "Lise Favre", office: "Moudon - Siège", skills: ["Comptabilité:expert"]);

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-site");
    }

    [Theory]
    [InlineData("Qui s'occupe des rapports FAI AS9102 à Mississauga ?", "p-east")]
    [InlineData("Qui s'occupe des rapports FAI AS9102 à Laval ?", "p-west")]
    public void Route_SiteNamedInTheRequest_SeparatesPeopleTheSubjectAlreadyFound(string text, string expected)
    {
        // The site adds to people who hold the subject (both hold "FAI AS9102"); it does not make the site's other people candidates.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire", office: "Montréal - Siège")
            .Person("p-west", "Julie Caron", office: "Laval - Usine", responsibilities: ["Rapports FAI AS9102 Laval"])
            .Person("p-east", "Mark Patel", office: "Mississauga - Plant", responsibilities: ["Rapports FAI AS9102 Mississauga"])
            .Person("p-site", "Dan Young", office: "Mississauga - Plant", jobTitle: "Mississauga plant manager");

        var answer = Router.Route(Request(text), tenant.Index(), tenant.Workload());

        Assert.Equal(expected, answer.Targets[0].Id);
        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-site");
    }

    [Fact]
    public void Index_SiteNameOfAnOfficeLocation_WeighsLessThanAWordAsRare()
    {
        // "Sixt" and "Wintersteiger" are each held by one person; only "Sixt" names a site of the company.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire", office: "Sixt - Atelier")
            .Person("p-chief", "Julien Deffayet", office: "Sixt", responsibilities: ["Secteur Sixt"])
            .Person("p-tech", "Jérémy Maffioli", office: "Samoëns", skills: ["Machine Wintersteiger:advanced"]);
        var options = new RoutingOptions();

        var index = tenant.Index(options);

        Assert.Equal(index.Idf(LightStemmer.Stem("wintersteiger")) * options.PlaceWordIdfFactor, index.Idf(LightStemmer.Stem("sixt")), 9);
        Assert.True(index.Idf(LightStemmer.Stem("wintersteiger")) > 0);
    }

    [Theory]
    [InlineData("Treuillage (hoist operations)", "treuillage")]
    [InlineData("Rope access (IRATA level 2)", "rope access")]
    [InlineData("IFRS 9 / loan loss provisioning", "loan loss provisioning")]
    [InlineData("Droit des sociétés / Corporate law", "droit des sociétés")]
    [InlineData("Juno - tariff configuration", "tariff configuration")]
    public void Index_SkillWithAnotherName_IsAlsoNamedByEachNameAlone(string skill, string name)
    {
        // The name outside the brackets and each side of " / " or " - " name the skill in full, as the bracketed name already did.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-skill", "Chloé Dufour", skills: [skill + ":advanced"]);
        var index = tenant.Index();
        var stems = IndexedStems(index, name);

        Assert.Contains(index.Facets, f => f.IsAlias && f.Text == skill && f.Stems.SequenceEqual(stems));
    }

    [Theory]
    [InlineData("Marquage CE (géotextiles)", "marquage CE")]
    [InlineData("Poinçonnage officiel, contrôle des métaux précieux", "poinçonnage officiel")]
    public void Index_ResponsibilityWithSeveralNames_IsNamedByEach(string responsibility, string name)
    {
        // Responsibilities are written like skills: a list or a bracketed detail names each part.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-resp", "Chloé Dufour", responsibilities: [responsibility]);
        var index = tenant.Index();
        var stems = IndexedStems(index, name);

        Assert.Contains(index.Facets, f => f.IsAlias && f.Kind == FacetKind.Responsibility && f.Stems.SequenceEqual(stems));
    }

    /// <summary>A name's words as the index stores them: stop words left out, each stemmed.</summary>
    private static string[] IndexedStems(RoutingIndex index, string name) =>
        [.. TextNormalizer.Tokenize(name).Where(t => !index.Vocabulary.StopWords.Contains(t)).Select(LightStemmer.Stem)];

    private static RoutingRequest Request(string text) => new("req", text, Urgency.Normal, Impact.Individual, Tuesday10);
}
