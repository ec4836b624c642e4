using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// The general failure modes found on tenants the engine had never seen, each as a rule with French and English cases on made-up
/// companies and skills: match strength before proficiency, acronyms named in a skill, personal requests.
/// </summary>
public sealed class GeneralisationRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    // ---- Match strength before proficiency ----------------------------------------------------------

    public static TheoryData<string> TerraformQuestions => new()
    {
        "Besoin d'aide sur Terraform pour nos modules réseau",
        "Need help with Terraform for our network modules",
    };

    [Theory]
    [MemberData(nameof(TerraformQuestions))]
    public void Route_NamedSkillAtLowerLevel_BeatsExpertWhoOnlySharesTheTopic(string text)
    {
        // Both skills are in the vocabulary's cloud topic; only one is the skill the request names.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-named", "Yannick Brel", manager: "boss", skills: ["Terraform:general"])
            .Person("b-topic", "Ondine Carat", manager: "boss", skills: ["Google Cloud:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("a-named", answer.Targets[0].Id);
    }

    [Theory]
    [MemberData(nameof(TerraformQuestions))]
    public void Route_TieBreakersCannotLiftTopicHolderOverNamedSkill(string text)
    {
        // The topic holder speaks the requester's language and sits next to them; the named-skill holder does neither.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss", language: "fr-FR")
            .Person("other-boss", "Hugo Vasseur", language: "en-GB")
            .Person("a-named", "Yannick Brel", manager: "other-boss", language: "en-GB", skills: ["Terraform:general"])
            .Person("b-topic", "Ondine Carat", manager: "boss", language: "fr-FR", skills: ["Google Cloud:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.Equal("a-named", answer.Targets[0].Id);
    }

    [Theory]
    [MemberData(nameof(TerraformQuestions))]
    public void Route_AmongHoldersOfTheNamedSkill_ProficiencyStillOrders(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-general", "Yannick Brel", manager: "boss", skills: ["Terraform:general"])
            .Person("b-expert", "Ondine Carat", manager: "boss", skills: ["Terraform:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal("b-expert", answer.Targets[0].Id);
    }


    [Theory]
    [InlineData("Qui peut préparer l'audit QXF du mois prochain ?")]
    [InlineData("Who can prepare next month's QXF audit?")]
    public void Route_AcronymOfAskillNamedAlone_BeatsBroaderExperts(string text)
    {
        // "QXF" stands alone in one person's skill; the others hold broader quality skills at expert level.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-qxf", "Yannick Brel", manager: "boss", skills: ["QXF Food:general"])
            .Person("b-audit", "Ondine Carat", manager: "boss", skills: ["Audit qualité:expert:ask", "Norme ISO 9001:expert"])
            .Person("c-audit", "Hugo Vasseur", manager: "boss", skills: ["Quality audit:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "a-qxf", Describe(answer));
    }

    [Theory]
    [InlineData("Question sur IFRS 9 : dépréciation des créances")]
    [InlineData("Question on IFRS 9: impairment of receivables")]
    public void Route_AcronymBesideANumber_DoesNotNameTheNumberedSibling(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-17", "Yannick Brel", manager: "boss", skills: ["IFRS 17:expert:ask"])
            .Person("b-9", "Ondine Carat", manager: "boss", skills: ["IFRS 9:general"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "b-9", Describe(answer));
    }

    // ---- Away holders of the named skill -------------------------------------------------------------

    [Theory]
    [InlineData("URGENT besoin de quelqu'un pour des tests utilisateurs demain matin")]
    [InlineData("URGENT need someone for user testing sessions tomorrow morning")]
    public void Route_NamedSkillHolderAway_NoRelatedFieldStandIn(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-ux", "Yannick Brel", manager: "boss", skills: ["Tests utilisateurs:advanced", "User testing:advanced"], presence: "DoNotDisturb")
            .Person("b-agile", "Ondine Carat", manager: "boss", skills: ["Scrum:expert:ask", "Gestion de projet agile:advanced"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
        Assert.Contains(answer.Reasons, r => r.Contains("Yannick Brel", StringComparison.Ordinal));
    }

    // ---- Acronyms are not other words ---------------------------------------------------------------

    [Theory]
    [InlineData("Pré-évaluation BREEAM pour le projet de Leeds", "a-breeam")]
    [InlineData("BREEAM pre-assessment for the Leeds scheme", "a-breeam")]
    [InlineData("Crédits LEED pour le laboratoire, qui peut conseiller ?", "b-leed")]
    [InlineData("LEED credits for the lab building, who can advise?", "b-leed")]
    [InlineData("leed credits for the lab, anyone?", "b-leed")]
    public void Route_WordThatStemsToAnAcronym_IsNotTheAcronym(string text, string expected)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-breeam", "Yannick Brel", manager: "boss", skills: ["BREEAM:general"])
            .Person("b-leed", "Ondine Carat", manager: "boss", skills: ["LEED:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("IFS", "ifs")]
    [InlineData("SSO", "sso")]
    [InlineData("HLSL", "hlsl")]
    [InlineData("LEED", "leed")]
    [InlineData("K8S", "k8s")]
    public void Stem_ShortAcronyms_AreKeptWhole(string acronym, string expected)
    {
        var token = Assert.Single(Switchboard.Domain.Routing.Text.TextNormalizer.Tokenize(acronym));

        Assert.Equal(expected, Switchboard.Domain.Routing.Text.LightStemmer.Stem(token));
        Assert.DoesNotContain(token, TestTenant.Vocabulary.StopWords);
    }

    // ---- Service against expertise, and the most specific desk ---------------------------------------

    [Theory]
    [InlineData("J'ai reçu un mail qui demandait mon mot de passe, j'ai cliqué sur le lien et je l'ai saisi", "g-sec")]
    [InlineData("Got an email asking for my password, I clicked the link and typed it in", "g-sec")]
    [InlineData("Mon ordinateur portable a été volé dans le train avec des documents clients", "g-sec")]
    [InlineData("My laptop was stolen on the train with client documents on it", "g-sec")]
    [InlineData("J'ai oublié mon mot de passe, mon compte est bloqué", "g-it")]
    [InlineData("I forgot my password and my account is locked", "g-it")]
    public void Route_CredentialTheftReport_GoesToSecurityDeskDespitePasswordWord(string text, string expected)
    {
        var answer = Route(Desks(), text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Comment obtenir un accès à Quillbase en production ? il me faut un rôle en lecture")]
    [InlineData("How do I get access to the Quillbase production warehouse? need a read role")]
    [InlineData("Besoin d'un accès Quillbase via SSO, erreur AADSTS50105 à la connexion")]
    [InlineData("Need access to Quillbase through SSO, error AADSTS50105 when signing in")]
    public void Route_AccessRequestNamingATool_GoesToTheDeskNotTheToolExpert(string text)
    {
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("Comment est calculée l'indemnité de congés payés sur mon bulletin de paie ?", "p-cp")]
    [InlineData("How is the holiday pay accrual calculated on my payslip?", "p-hp")]
    [InlineData("Sur cette facture à un client suisse, on facture la TVA ou pas ?", "p-vat")]
    [InlineData("Do we charge VAT on this invoice to a Swiss client?", "p-vat")]
    public void Route_HowSomethingIsComputedOrDecided_IsExpertiseForTheSkillHolder(string text, string expected)
    {
        var tenant = Desks()
            .Person("p-cp", "Lina Gorse", manager: "boss", skills: ["Indemnité de congés payés:expert"])
            .Person("p-hp", "Rory Tate", manager: "boss", language: "en-GB", skills: ["Holiday pay accrual:expert"])
            .Person("p-vat", "Mina Okoro", manager: "boss", skills: ["TVA:advanced"], declaredSkills: ["VAT"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Mon bulletin de paie de mars est faux, il manque les heures supplémentaires")]
    [InlineData("My March payslip is wrong, the overtime is missing")]
    public void Route_PayslipError_StaysWithThePayrollDesk(string text)
    {
        var tenant = Desks().Person("p-cp", "Lina Gorse", manager: "boss", skills: ["Indemnité de congés payés:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("Qui connaît bien Quillbase ? ma requête est très lente")]
    [InlineData("Who knows Quillbase well? my query is very slow")]
    public void Route_QuestionAboutTheTool_StillGoesToTheToolExpert(string text)
    {
        var answer = Route(Desks(), text);

        Assert.Equal("p-tool", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Question paie : quelqu'un peut m'expliquer comment le crédit d'impôt recherche traite les salaires des ingénieurs ?")]
    [InlineData("Payroll question: can someone explain how the research tax credit treats the salaries of engineers?")]
    [InlineData("Question paie : faut-il intégrer les salaires des ingénieurs dans le crédit d'impôt recherche ?")]
    [InlineData("Payroll question: is it possible to count the salaries of engineers in the research tax credit?")]
    public void Route_QuestionAskingForExplanation_GoesToTheSkillHolderNotTheDeskItsWordsEvoke(string text)
    {
        var tenant = Desks().Person("p-cir", "Louise Healy", skills: ["Crédit d'impôt recherche (CIR):expert", "Research tax credit:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-cir", Describe(answer));
    }

    [Fact]
    public void Route_PaieAsTheVerbPay_IsNotAPayrollRequest()
    {
        // "on paie" is "one pays": the card payment question is for the person who knows contactless payment, not the payroll desk.
        var tenant = Desks().Person("p-emv", "Maxime Chevalier", skills: ["Open payment (carte bancaire sans contact):expert"]);

        var answer = Route(tenant, "Qui connaît l'open payment ? comment on paie en carte bancaire sans contact sur le valideur ?");

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-emv", Describe(answer));
    }

    [Fact]
    public void Route_PaieAsPayroll_StillReachesThePayrollDesk()
    {
        var answer = Route(Desks(), "Erreur sur ma paie de novembre, il manque mes heures de nuit");

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    // ---- Personal, non-work requests ----------------------------------------------------------------

    [Theory]
    [InlineData("Quelqu'un connaît un bon garagiste pour ma voiture perso ?")]
    [InlineData("Does anyone know a good mechanic for my own car?")]
    [InlineData("Je cherche une entreprise de déménagement pour mon déménagement le mois prochain")]
    [InlineData("Looking for a removal company for my house move next month")]
    [InlineData("Vous connaissez un photographe pour mon mariage ?")]
    [InlineData("Can anyone recommend a wedding photographer?")]
    [InlineData("Vous connaissez une nounou sur Nantes pour la rentrée ?")]
    [InlineData("Anyone know a good solicitor? we're buying a house in the spring")]
    [InlineData("can anyone recommend a good physio near the office?")]
    [InlineData("Mon propriétaire refuse de me rendre ma garantie locative, vous connaissez quelqu'un ?")]
    [InlineData("My landlord is keeping my deposit, does anyone know what I can do?")]
    [InlineData("qqn connait un bon plombier pour chez moi, fuite sous l'evier")]
    [InlineData("Selling my old set of golf irons and a trolley, anyone interested?")]
    [InlineData("Je vends mon canapé d'angle, si ça intéresse quelqu'un du bureau")]
    [InlineData("Quelqu'un a une bonne recette de cuisine pour le pot de vendredi ?")]
    [InlineData("Anyone have a good recipe for the Friday drinks?")]
    [InlineData("Quelqu'un a une recette de galette des rois sans gluten pour le pot de vendredi ?")]
    [InlineData("anyone driving to Galway Friday evening who could give me a lift?")]
    [InlineData("Qqn aurait un poste à souder à prêter ce week-end pour ma remorque ?")]
    [InlineData("Qui vient à la soirée jeux de société vendredi ?")]
    [InlineData("Qqn aurait un télescope à me prêter ce week-end pour Jupiter ?")]
    [InlineData("Anyone got a roof box I could borrow over Christmas?")]
    [InlineData("Qqn aurait des cartons de déménagement à donner ? je déménage samedi")]
    [InlineData("Je pars en mission 6 mois en avril, qqn cherche à sous-louer un 2 pièces ?")]
    [InlineData("Can anyone recommend a dentist near the Leeds office? mine has retired")]
    [InlineData("Qqn aurait une bonne adresse de resto pour un anniversaire samedi, on sera 10 ?")]
    [InlineData("Quelqu'un a une chambre à louer à Lyon à partir de février ?")]
    [InlineData("Qui est chaud pour le semi-marathon de Nantes en avril ? on monte une équipe")]
    [InlineData("anyone going to the Munster game on Saturday? looking for 2 tickets")]
    [InlineData("qqn s'y connaît pour ma déclaration d'impôts ? j'ai loué un meublé cette année")]
    [InlineData("Vous connaissez un chauffagiste pour ma chaudière ? elle fait un bruit bizarre")]
    [InlineData("qqn aurait une poussette double à donner ou vendre ?")]
    [InlineData("Qqn connaît un bon garage pour faire poser des pneus d'hiver sur mon char perso ?")]
    [InlineData("Who's got the best recipe for mince pies? it's for the Christmas party")]
    [InlineData("Quelqu'un connaît un bon club de judo à Lyon ? c'est pour mes enfants")]
    [InlineData("anyone know a good sushi place near the office for a team lunch friday? 8 ppl")]
    [InlineData("hey who organise the xmas party this year? can we bring partner?")]
    [InlineData("Quelqu'un sait où acheter un sapin de Noël pas cher ce week-end ?")]
    [InlineData("Anyone driving to the game Saturday? Looking for a ride lol")]
    [InlineData("anyone know a good place to get a christmas tree delivered in town?")]
    [InlineData("Random one: can anyone recommend a good paediatrician near the office who speaks English?")]
    [InlineData("Any recommendation for a good daycare near the office? We're moving in January")]
    [InlineData("Does anyone know a good English-speaking dentist near Lyon?")]
    [InlineData("qqn a des billets de trop pour le match samedi ? je cherche 2 places")]
    [InlineData("Qqn sait quelle pharmacie est de garde ce dimanche ? c'est pour ma mère")]
    [InlineData("Anyone know a good mechanic for my personal quad? the engine makes a weird noise")]
    [InlineData("What's the book club reading in January? I missed the last meeting")]
    [InlineData("Who's organising the Christmas party this year? want to know if partners are invited")]
    [InlineData("Quelqu'un connaît un bon traiteur pour le drink de Noël de ma belle-famille à Wavre ?")]
    [InlineData("Can anyone recommend a decent dentist in Sunderland taking NHS patients?")]
    [InlineData("Qqn connait un bon garage pour ma clio a Guipavas ? le controle technique est a refaire")]
    [InlineData("Quelqu'un veut acheter mes pneus d'hiver 17 po? presque neufs, bon prix")]
    [InlineData("Qqn connaît un bon déneigeur pour mon entrée de cour dans le rang 3 ?")]
    [InlineData("lads anyone have 2 tickets going for the Offaly match in Croke Park?")]
    [InlineData("Can anyone recommend a solicitor for buying my first house in Tullamore?")]
    [InlineData("Quelqu'un veut racheter ma vieille Clio ? 2012, 140 000 km, bon état. MP !")]
    [InlineData("qqn sait si le Leclerc est ouvert le dimanche 20 ? pour les courses de noel lol")]
    [InlineData("anyone know a good curry place near the office that can take 25 for the Christmas do?")]
    [InlineData("What's the best fixed mortgage rate at the moment? I'm remortgaging in January")]
    [InlineData("A regular patient asks if we can recommend a good lawyer for her divorce. Do we have someone for that?")]
    [InlineData("Can anyone recommend a good Thai restaurant near Kentish Town? It's my partner's birthday on Saturday.")]
    [InlineData("Does anyone know a good vet in Ennis? My dog is sick since yesterday and mine is closed")]
    [InlineData("Vous connaissez un bon resto pour une fondue pour 10, pas trop cher vers Fribourg ? C'est pour la sortie des stagiaires")]
    [InlineData("Qqn a une place dans sa voiture pour le match du CO dimanche ? je participe à l'essence")]
    [InlineData("bit personal but my landlord gave me notice to leave in 28 days, is that even legal? anyone know about RTB rules")]
    [InlineData("Une cliente me demande si on connaît un bon avocat pour son divorce, on a quelqu'un ?")]
    [InlineData("Can anyone recommend a mortgage broker? First time buyer, bit lost")]
    [InlineData("Anyone got a pram or a travel cot going spare? Baby due in April!")]
    [InlineData("Selling 2 tickets for Wednesday v Leeds on Saturday, face value, anyone?")]
    [InlineData("Qqn veut acheter 4 pneus d'hiver 225/65R17 sur jantes ? 400 $")]
    public void Route_PersonalRequest_IsNone(string text)
    {
        var answer = Route(Desks(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Reasons, r => r.Contains("personal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("how do i claim back mileage for driving to the Leeds site? had to use my own car as the van was in for service")]
    [InlineData("Comment je me fais rembourser les indemnités kilométriques ? j'ai pris ma voiture perso pour aller chez le client")]
    public void Route_ExpenseClaimForOnesOwnCar_IsWork(string text)
    {
        // "My own car" makes a mechanic personal; a mileage claim for it is the finance desk's service.
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("Qqn s'y connaît pour ma déclaration d'impôts perso, frais réels ou pas ?")]
    [InlineData("Any tips for my tax return? not sure whether I can claim my own car")]
    public void Route_PersonalTaxReturnNamingExpenses_StaysPersonal(string text)
    {
        // "Frais" alone is half an expense claim: one's own tax return stays one's own business.
        var answer = Route(Desks(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Theory]
    [InlineData("Qqn sait restaurer une montre de poche à répétition minutes du XIXe ?", "p-watch")]
    [InlineData("Le visage du défunt est très abîmé et la famille veut exposer à cercueil ouvert, qui peut faire la restauration ?", "p-thanato")]
    [InlineData("Who can restore a 19th-century pocket watch with a minute repeater?", "p-watch")]
    public void Route_RestoringSomethingNamedOutsideIt_IsNoFileRestore(string text, string expected)
    {
        // "Restaurer" alone restores a watch, a painting or a face as often as a file: only a restore of files or a backup is IT's.
        var tenant = Desks()
            .Team("g-backup", "Sauvegardes", "Sauvegardes, restauration de fichiers supprimés, backups and file restores", ["Demandes"])
            .Person("p-watch", "Hugo Berset", skills: ["Restauration de montres anciennes:expert", "Antique watch restoration:expert"])
            .Person("p-thanato", "Kim Nguyen", skills: ["Thanatopraxie:expert", "Restauration faciale:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal(expected, answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Un jeune homme après un accident de moto, le visage est abîmé. Quelqu'un de compétent en reconstruction du visage cette semaine ?")]
    [InlineData("Young man after a motorbike accident, his face is badly damaged. Anyone competent in facial reconstruction this week?")]
    public void Route_CompetentInASubjectTheLexiconTranslates_IsAKnowledgeQuestionForItsHolder(string text)
    {
        // "Compétent en" asks for someone's knowledge, and facial reconstruction is the restorer's "Restauration faciale", not an accident report.
        var tenant = Desks()
            .Team("g-hse", "Prévention & Sécurité", "Accidents du travail, premiers secours, signalements", ["Signalements"])
            .Person("p-thanato", "Hélène Kreutz", skills: ["Restauration faciale:advanced"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-thanato", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("A customer says the nut-free truffles contained hazelnut, her son had a reaction", "sw.kubernetes")]
    [InlineData("Le conteneur doit partir de Taichung samedi, qui fait l'inspection avant ?", "sw.kubernetes")]
    [InlineData("Blind tasting of the new origin next week, who could organise the panel?", "fac.building")]
    [InlineData("Please book lice counts for pens 1-6 this week before the wrasse go in", "fac.supplies")]
    [InlineData("Je voudrais booker un Omniscan et deux probes pour le 14 à Cruas", "hr.admin")]
    [InlineData("Shimano annonce 6 mois de délai, il faut négocier une alternative fournisseur", "hr.admin")]
    [InlineData("Le Cerenia est en rupture chez le distributeur, can you order an alternative?", "hr.admin")]
    public void Route_WordOfAnotherTradeSharingATermsStem_IsNotThatSubject(string text, string topic)
    {
        // "Contained" and "conteneur" are no Kubernetes, a blind tasting no window blind, salmon pens no stationery, probes no
        // probation, and "alternative" no typo of "alternant".
        var answer = Route(Desks(), text);

        Assert.DoesNotContain(answer.Topics, t => t.Id == topic);
    }

    [Theory]
    [InlineData("Élève en fauteuil roulant inscrite lundi, il faut un transport adapté pour la sortie", "fac.moves")]
    [InlineData("Une cliente a une batterie de VAE cargo qui ne charge plus, le revendeur demande un échange sous garantie", "hr.training")]
    public void Route_WordOfTwoTrades_IsOnlyHalfASubject(string text, string topic)
    {
        // A "fauteuil" is a wheelchair as often as an armchair to move, and VAE an electric bike as often as the validation of prior
        // learning: alone, neither names an office move or an HR training request.
        var answer = Route(Desks(), text);

        Assert.DoesNotContain(answer.Topics, t => t.Id == topic && t.Weight >= 1);
    }

    [Theory]
    [InlineData("qqn aurait un bon plan garagiste pas cher vers Eu ? ma voiture fait un bruit bizarre")]
    [InlineData("anyone know a decent garage? my car is making a weird noise")]
    [InlineData("Quelqu'un fait du covoit depuis Landerneau pour les prises de poste à 5h ? ma voiture est au garage")]
    [InlineData("Does anyone know a good dog sitter over Christmas? Mine has let me down.")]
    [InlineData("Je revends 2 places pour le festival de jazz, si ça intéresse qqn, prix coûtant.")]
    [InlineData("Anyone want to train for the half marathon? Looking for running buddies for Sunday long runs.")]
    [InlineData("Qqn s'y connaît en fiscalité franco-britannique ? Je dois déclarer mes revenus anglais")]
    [InlineData("Vous connaissez un électricien fiable pour refaire l'électricité de ma maison ?")]
    [InlineData("Does anyone know a reliable plumber? The shower in my house leaks")]
    public void Route_PersonalErrandOrSale_AnswersNone(string text)
    {
        var answer = Route(Desks(), text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Reasons, r => r.Contains("personal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Qqn peut me prêter un multimètre pour l'intervention de demain sur le tableau électrique ?")]
    [InlineData("Can someone lend me a torque wrench for the gearbox job tomorrow?")]
    public void Route_WorkLoan_IsNotPersonal(string text)
    {
        var answer = Route(Desks(), text);

        Assert.DoesNotContain(answer.Reasons, r => r.Contains("personal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mail d'un fournisseur : nouveau numéro de compte IBAN pour les factures, ils demandent de confirmer via un lien. Normal ?")]
    [InlineData("A supplier emailed new bank details for their invoices and wants us to confirm via a link, is that ok?")]
    [InlineData("Un nouvel annonceur envoie un PDF et le lien demande mes identifiants Microsoft")]
    [InlineData("J'ai perdu mon tel pro à la gare, mes mails sont dessus")]
    [InlineData("I lost my work phone on the train, my mailbox is on it")]
    [InlineData("Mail soi-disant de la direction avec un lien pour ressaisir mon identifiant et mon mot de passe")]
    [InlineData("mon écran affiche 'vos fichiers sont chiffrés, payez 0,5 BTC', je fais quoi ??")]
    [InlineData("J'ai oublié mon laptop pro dans le train hier soir")]
    [InlineData("J'ai perdu une clé USB avec la liste des stagiaires (noms, adresses)")]
    [InlineData("I accidentally sent a customer's statement to another customer, what do I do?")]
    [InlineData("J'ai envoyé par erreur le bulletin d'un salarié à un autre salarié")]
    [InlineData("Email from our 'parent company treasury' asking us to update our bank details through their portal before payday")]
    [InlineData("Mail du 'président' depuis une adresse perso : virement urgent et confidentiel à faire aujourd'hui, n'en parle à personne")]
    [InlineData("Mail d'une marketplace : il faut reconfirmer nos identifiants vendeur via un lien avant demain")]
    [InlineData("left my yubikey in a taxi last night")]
    [InlineData("Je me suis fait voler mon laptop dans le métro hier soir")]
    [InlineData("J'ai laissé mon portable pro dans le train hier, personne l'a retrouvé")]
    public void Route_FraudOrLostDeviceWithoutItsUsualWords_GoesToSecurity(string text)
    {
        // A bank-detail change to confirm through a link, a link asking for credentials, a lost phone with mail on it: incidents for
        // the security desk, whatever "compte", "identifiants" or "mails" suggest to the IT desk.
        var answer = Route(Desks(), text);

        Assert.Equal("g-sec", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("NDA from a prospect to sign before tomorrow's RFP Q&A session, who reviews it?")]
    [InlineData("NDA d'un prospect à signer avant la réunion RFP de demain, qui le relit ?")]
    public void Route_ServiceNamedByADecisiveWord_GoesToItsDeskWhateverTheContextEvokes(string text)
    {
        // "prospect" and "RFP" evoke sales and sourcing expertise; the NDA to review is the contracts desk's service.
        var tenant = Desks()
            .Person("p-crm", "Marie Dubuisson", manager: "boss", skills: ["Prospection commerciale:expert:ask", "Salesforce:advanced"])
            .Person("p-rfp", "Didier Collignon", manager: "boss", skills: ["Réponse aux RFP:expert", "Sourcing:advanced"])
            .Team("g-legal", "Legal - Contrats clients", "Relecture des contrats clients, contrats-cadres, SOW, NDA, clauses de responsabilité", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-legal", Describe(answer));
    }

    [Theory]
    [InlineData("van YG21 KHT has the AdBlue warning on, I'm out on jobs all day tmrw")]
    [InlineData("Voyant moteur allumé sur la camionnette de service 12, je roule encore avec ?")]
    [InlineData("la camionnette GH-482 a un pneu crevé au dépôt et en plus la carte carbu est refusée à la station, je fais comment ?")]
    public void Route_VehicleDefect_GoesToTheFleetDesk(string text)
    {
        var tenant = Desks()
            .Team("g-fleet", "Facilities & Fleet", "Vans and pool cars, fuel cards, vehicle defects and MOTs, parking", ["Requests"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fleet", Describe(answer));
    }

    [Theory]
    [InlineData("Big printer on 2nd floor jammed and now offline, need the tenancy packs for 10am sign-ups")]
    [InlineData("Bourrage sur la grosse imprimante du 2e, elle est hors ligne, il me la faut pour les signatures des dossiers de 10h")]
    public void Route_ServiceReportedBroken_GoesToItsDeskNotTheDeskOfWhatItWasNeededFor(string text)
    {
        var tenant = Desks()
            .Team("g-let", "Lettings & Voids", "Keys, void inspections, viewings, sign-ups and tenancy packs for new lets. Signatures des baux, dossiers de bail.", ["Requests"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("Alarme de température dans la serre tropicale, l'écran affiche 14°C ! les visiteurs ont froid et les plantes aussi")]
    [InlineData("Temperature alarm in the tropical greenhouse, the screen shows 14°C! visitors and plants are freezing")]
    public void Route_ProblemTheDesksOwnWordsDescribe_GoesToThatDeskNotToTheServiceOfAPassingWord(string text)
    {
        // The screen only shows the problem: the greenhouse desk's own text holds three of its words, the IT desk none.
        var tenant = Desks()
            .Team("g-glass", "Serres - Alertes climat", "Alarmes de température et d'humidité des serres, arrosage, brumisation. Greenhouse temperature alarms.", ["Alertes"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-glass", Describe(answer));
    }

    [Theory]
    [InlineData("Pour le plan de formation : qui pourrait former les 2 nouveaux monteurs au montage Goodyear avant le démarrage de la ligne ?", "p-welt")]
    [InlineData("For the training plan, who could train our two new fitters in Goodyear welting before the line starts?", "p-welt")]
    [InlineData("Un traiteur de Lausanne veut commander en direct chez nous, comment ça se passe pour l'importation en Suisse ?", "p-swiss")]
    public void Route_ServiceNoDeskNamesAndSomeoneHoldsTheRequestsWords_GoesToThePerson(string text, string expected)
    {
        // "formation" and "traiteur" make the vocabulary guess a service (training, catering) that no desk's own text names: the HR and
        // facilities desks are found only by their domain, while the welting and Swiss import experts hold the request's own words.
        var tenant = Desks()
            .Person("p-welt", "Didier Trépointe", manager: "boss", skills: ["Montage Goodyear:expert", "Goodyear welting:expert"])
            .Person("p-swiss", "Valérie Douane", manager: "boss", skills: ["Importation en Suisse:advancedProfessional"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Je voudrais m'inscrire à la formation Excel de mars, c'est à qui que je demande ?")]
    public void Route_ServiceADeskNamesWhoeverHoldsItsObject_StaysWithTheDesk(string text)
    {
        // The training desk names "formations" in its own text: enrolling is its service, whoever knows Excel.
        var tenant = Desks()
            .Person("p-excel", "Bruno Tableur", manager: "boss", skills: ["Excel:expert"])
            .Team("g-train", "Formation", "Inscriptions aux formations, plan de formation, CPF", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-train", Describe(answer));
    }

    [Theory]
    [InlineData("Le 1131 au ponton de St-Jean a une voie d'eau, la pompe de cale tourne sans arrêt et il s'enfonce par l'arrière !! besoin d'un mécano tout de suite")]
    public void Route_ProblemADeskClearlyNamesAndOnlyAnAwayHolderShares_GoesToTheDesk(string text)
    {
        // The waterway-rules expert shares one word ("voie") and is away; the boat workshop's own text holds the leak ("voie d'eau"), each
        // other desk one word of the context ("ponton", "arrêt", "tourne").
        var tenant = Desks()
            .Person("p-rules", "Benoît Rules", skills: ["Règlement des voies hydrauliques:expert"], outOfOffice: "always")
            .Team("g-boat", "Atelier flotte - interventions bateaux", "Réparations des bateaux de location : moteurs, coques, voie d'eau, panne moteur.", ["Interventions"])
            .Team("g-base", "Bases et pontons", "Bâtiments des bases, pontons et quais", ["Demandes"])
            .Team("g-abs", "Absences", "Arrêts maladie, accidents du travail", ["Demandes"])
            .Team("g-plan", "Planning", "Planning des tournées de ménage et des équipes", ["Demandes"]);

        var answer = Route(tenant, text, Urgency.Critical);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-boat", Describe(answer));
    }

    [Theory]
    [InlineData("Hi team, the VPN keeps dropping every 10 min or so when I work from home, GlobalProtect says 'gateway unreachable'. Anyone?")]
    [InlineData("Le VPN plante toutes les 10 min en télétravail, GlobalProtect dit 'gateway unreachable'. Quelqu'un a une idée ?")]
    public void Route_ItServiceReportedBrokenWithAPlainQuestion_GoesToTheDeskNotToWhoHoldsAContextWord(string text)
    {
        // The IoT engineer's about-me shares "gateways": a word of the context, not what is broken.
        var tenant = Desks()
            .Person("p-iot", "Erik Fischer", jobTitle: "IoT Network Engineer", manager: "boss", skills: ["LoRaWAN:expert"],
                aboutMe: "I run our LoRa network (gateways on the roofs) and the station occupancy sensors.");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("Les Maraîchers de l'Authion n'ont pas reçu leur commande prévue mardi, vous pouvez me donner le tracking de l'expédition ?")]
    [InlineData("Les Maraîchers de l'Authion n'ont rien reçu mardi, tu peux me donner le tracking de l'expédition ?")]
    public void Route_AskingTheDeskToDoSomething_IsItsServiceNotAQuestionForWhoHoldsAWord(string text)
    {
        // "Vous pouvez…", "tu peux…": the requester asks the desk to act, whoever holds a word of the customer's name.
        var tenant = Desks()
            .Person("p-veg", "Émilie Rousseau", jobTitle: "Cheffe de produit", manager: "boss", skills: ["Marché maraîcher:expert"])
            .Team("g-ship", "Logistics & kit loans", "Parcel tracking and carriers; loans of headsets, microphones and laptops.", ["Requests"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id is "g-ship" or "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("c quoi les délais réalistes pour une demande d'autorisation ministérielle pour des travaux en milieu humide?")]
    [InlineData("How long does a ministerial authorisation for works in a wetland take these days?")]
    public void Route_AuthorisationByAnAuthority_IsNoAccessRequest(string text)
    {
        // A permit from a ministry is the environmental specialist's field, known from her responsibilities; "autorisation" alone is no
        // access to an application.
        var tenant = Desks()
            .Person("p-env", "Isabelle Dionne", jobTitle: "Biologiste", manager: "boss",
                responsibilities: ["Demandes d'autorisation ministérielle (LQE, art. 22)", "Inventaires de milieux humides", "Ministerial authorisations, wetlands"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-env", Describe(answer));
    }

    [Theory]
    [InlineData("Bonjour, mon compte de dépenses du voyage à Harrisburg est encore en attente (1 240 $US), la compta peut vérifier ?")]
    [InlineData("Où j'envoie mon rapport de dépenses pour le salon de Toronto ?")]
    public void Route_QuebecExpenseReport_IsAnExpenseClaim(string text)
    {
        // "Compte de dépenses" is Québec's "note de frais": no account, no report to build.
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("Qui est le spécialiste Quillbase ? Mon compte Quillbase est verrouillé depuis ce matin, je ne peux plus sortir les exports")]
    [InlineData("Who's the Quillbase expert? my Quillbase password is locked since this morning and I can't run the exports")]
    public void Route_ToolExpertAskedForALockedAccount_IsTheDesks(string text)
    {
        // Whoever knows the tool, a locked account is unlocked by the desk.
        var answer = Route(Desks(), text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("where do I get a copy of my P60 for 2025? bank needs it for the mortgage")]
    [InlineData("where do I send my P60 request? the bank needs a copy for 2025 for the mortgage")]
    public void Route_HowOrWhereToGetAService_GoesToTheDeskNotToWhoKnowsItsContext(string text)
    {
        // "Where do I get…", "where do I send…": a step of the desk's service is asked for; the mortgage it is for is context.
        var tenant = Desks()
            .Person("p-mort", "Ruth Adair", jobTitle: "Lending officer", manager: "boss", skills: ["Mortgage lending:expert", "Bank relations:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("Hi, where can I get a copy of my T4 and RL-1 for 2025? The bank needs them for my mortgage renewal.")]
    [InlineData("Où je trouve mon RL-1 de 2025 ? la banque le demande pour renouveler mon hypothèque")]
    public void Route_QuebecTaxSlip_IsPayrollsNotTheBanksDesk(string text)
    {
        // The Relevé 1 is Québec's T4: the payroll desk issues it, whatever the bank it is for.
        var tenant = Desks()
            .Team("g-fin", "Finances", "Comptes fournisseurs, trésorerie, relations bancaires, banque et paiements / treasury and banking", ["Demandes finances"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Fact]
    public void Route_TraitéIsNotATraiteur_TheQuestionStaysWithTheContributionsExpert()
    {
        var tenant = Desks()
            .Person("p-urssaf", "Gérard Poitevin", jobTitle: "Chargé des droits d'auteur", manager: "boss", skills: ["Cotisations artistes-auteurs (URSSAF):expert:ask"])
            .Team("g-cant", "Restauration", "Cantine, traiteur et plateaux-repas pour les réunions", ["Demandes"]);

        var answer = Route(tenant, "Une autrice belge me demande comment sont traités ses droits côté cotisations URSSAF et si elle doit cotiser en France. Qui peut lui répondre ?");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-urssaf", Describe(answer));
    }

    [Theory]
    [InlineData("Camion bloqué à Calais, le certificat sanitaire export (EHC) des croissants est refusé par la douane UK !! qqn peut regarder tout de suite ?", "p-ehc")]
    [InlineData("Le chariot élévateur n°3 de l'entrepôt ne démarre plus, code E4 sur le chargeur. On a 2 camions à charger", "g-maint")]
    public void Route_TrucksAsContext_DoNotMakeAShippingRequest(string text, string expected)
    {
        // The truck is where the problem shows, not a shipment to book: the certificate is the export expert's, the forklift the
        // maintenance desk's.
        var tenant = Desks()
            .Person("p-ehc", "Hugo Delcourt", jobTitle: "Responsable export", manager: "boss", skills: ["EHC (Export Health Certificate):advanced", "Douane export:advanced"])
            .Team("g-ship", "Dispatch & Livraisons", "Tournées et livraisons du jour, enlèvements, transporteurs, suivi des colis", ["Livraisons du jour"])
            .Team("g-maint", "Maintenance industrielle", "Pannes des lignes et des machines, chariots élévateurs, convoyeurs", ["Pannes"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Patient with COPD at home getting really panicky with breathlessness - any tips? who runs the breathlessness sessions?")]
    [InlineData("Patient BPCO à domicile très angoissé par son essoufflement, des astuces ? qui anime les séances sur l'essoufflement ?")]
    public void Route_AskingForTips_IsAQuestionForWhoKnowsNotTheDeskSharingTheTradesWords(string text)
    {
        // The equipment store's text shares "patient" and "home": the trade's words, not what is asked.
        var tenant = Desks()
            .Person("p-breath", "Ben Ashby", jobTitle: "Physiotherapist", manager: "boss", skills: ["Breathlessness management:expert:ask", "Gestion de l'essoufflement:expert"])
            .Team("g-store", "Clinical Supplies & Equipment Store", "Loan of beds, hoists and commodes to patients at home, delivery and collection. Prêt de lits aux patients à domicile.", ["Equipment orders"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-breath", Describe(answer));
    }

    [Theory]
    [InlineData("Braquage de notre véhicule sur la route il y a 30 min, chauffeur sain et sauf mais véhicule et téléphones pris")]
    [InlineData("Armed robbery of our car on the road 30 min ago, driver safe but car and phones taken")]
    public void Route_HoldUpWithPhonesTaken_GoesToThePhysicalSecurityDesk(string text)
    {
        // The phones are what was taken, not the subject: a hold-up is the safety and security desk's incident.
        var tenant = Desks()
            .Team("g-safety", "Safety & Security - Incidents", "Incidents touchant le personnel ou les biens : agressions, braquages, menaces. Movement requests.", ["Incidents"]);

        var answer = Route(tenant, text, Urgency.Critical);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-safety", Describe(answer));
    }

    [Theory]
    [InlineData("Vol dans la caisse confiserie hier soir, il manque 300€, on a les images de vidéoprotection")]
    [InlineData("Someone keeps propping open the staff door and the back gate was found open twice at night this week. Can we check the CCTV?")]
    public void Route_TheftOrDoorsLeftOpen_GoToTheSecurityDeskNotTheCameraExpert(string text)
    {
        var tenant = Desks()
            .Person("p-cctv", "Guillaume Thomas", jobTitle: "Technicien", manager: "boss", skills: ["Vidéoprotection:advancedProfessional", "Vidéosurveillance:advancedProfessional"])
            .Team("g-safety", "Sûreté & Sécurité", "Incidents de sûreté sur nos sites : vols, intrusions, agressions, dégradations.", ["Incidents"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-safety", Describe(answer));
    }

    [Theory]
    [InlineData("une polisseuse s'est entaillé le doigt avec la lime, ça saigne beaucoup", "g-hse")]
    [InlineData("A sorter cut her finger on the belt and it's bleeding a lot", "g-hse")]
    [InlineData("Une trieuse s'est piquée sur une seringue dans le convoyeur", "g-hse")]
    [InlineData("un visiteur a fait un malaise dans le hall, les pompiers sont venus, je déclare ça où ?", "g-hse")]
    [InlineData("Wo finde ich das Sicherheitsdatenblatt für das neue Entfettungsmittel?", "g-hse")]
    [InlineData("Got a text 'from the boss' asking me to buy gift vouchers urgently and send the codes, is this real??", "g-sec")]
    [InlineData("where do I get a copy of my P60 for 2025?", "g-pay")]
    [InlineData("ma paye de la semaine passée a pas le temps double du dimanche", "g-pay")]
    [InlineData("Mon talon de paie montre pas mes heures de nuit", "g-pay")]
    [InlineData("Op mijn loonbrief van maart ontbreekt de nachtpremie", "g-pay")]
    [InlineData("je voudrais poser 2 semaines en août, je fais comment ?", "g-hr")]
    [InlineData("la caisse du restaurant ne démarre plus depuis ce matin, écran noir", "g-it")]
    [InlineData("No internet in the site cabin since yesterday, the 4G router is dead", "g-it")]
    [InlineData("La porte de quai n°7 reste bloquée ouverte, il fait un froid de canard dans l'entrepôt", "g-fac")]
    public void Route_EverydayWordsOfAServiceWithoutItsUsualName_GoToItsDesk(string text, string desk)
    {
        var tenant = Desks()
            .Person("p-fin", "Lina Gorse", manager: "boss", skills: ["Fiscalité:expert", "Banque et trésorerie:expert"])
            .Team("g-hse", "Santé et sécurité au travail", "Accidents du travail et blessures, fiches de données de sécurité, EPI", ["Déclarations"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == desk, Describe(answer));
    }

    [Theory]
    [InlineData("mdp LIMS bloqué apres 3 essais")]
    [InlineData("tablette du LIMS bloquée, j'ai oublié le code PIN")]
    [InlineData("LIMS password locked after 3 tries")]
    [InlineData("6 Chromebooks in the cart in room 114 won't charge")]
    [InlineData("Les chromebooks de la salle 12 ne charge plus")]
    public void Route_LockedPasswordOrDeviceFault_GoesToTheItDeskNotTheToolsExperts(string text)
    {
        // A locked password is the IT desk's ticket whatever application it opens; a device that will not charge is a fault.
        var tenant = Desks()
            .Person("p-lims", "Aurélie Savioz", manager: "boss", skills: ["LIMS:expert", "Essais de stabilité:expert"])
            .Person("p-chrome", "Raj Malhotra", manager: "boss", skills: ["Chromebook management:expert"])
            .Team("g-it2", "Service desk", "Chromebooks et portables, mots de passe et comptes, imprimantes", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id is "g-it" or "g-it2", Describe(answer));
    }

    [Theory]
    [InlineData("J'ai changé de banque, comment donner mon nouveau RIB pour la paie ?")]
    [InlineData("I changed banks, how do I give my new bank details for my salary?")]
    public void Route_OwnBankDetailsForPay_StayWithPayroll(string text)
    {
        // An employee's own bank change is payroll's business, not a fraud report.
        var answer = Route(Desks(), text);

        Assert.Equal("g-pay", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Received a cease and desist letter from a developer's lawyer about my article, where do I send it?")]
    [InlineData("On a reçu une assignation au tribunal d'un promoteur pour mon article, je l'envoie où ?")]
    public void Route_SubjectOnlyRelatedPeopleKnow_WithADeskCoveringIt_GoesToTheDesk(string text)
    {
        // Lawyers of other fields (privacy, employment) are related to a litigation letter; the legal intake desk covers it.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-gdpr", "Karim Benali", jobTitle: "Délégué à la protection des données", department: "Juridique", skills: ["RGPD:advanced:ask", "Gestion du consentement:advanced"])
            .Person("p-media", "Anne Piette", jobTitle: "Directrice juridique", department: "Juridique", skills: ["Droit des médias:expert"], responsibilities: ["Service juridique"])
            .Person("p-press", "Bruno Masson", jobTitle: "Juriste", department: "Juridique", skills: ["Droit de la presse:advanced", "Contrats pigistes:advanced"])
            .Team("g-legal", "Juridique - Réception des courriers et demandes", "Enregistrement des droits de réponse reçus, mises en demeure, citations et courriers d'avocats; relecture des contrats standards.", ["Demandes"])
            .Team("g-it", "Helpdesk IT", "Mots de passe, comptes bloqués, MFA, accès aux outils, VPN, PC, smartphones, imprimantes.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-legal", Describe(answer));
    }

    [Theory]
    [InlineData("Je pense que la vidéo vient d'Espagne, qui peut vérifier ?")]
    [InlineData("Tu penses qu'on peut publier la photo ?")]
    public void Route_VerbPenser_IsNotAPension(string text)
    {
        // "je pense" shares its stem with "pension": a turn of phrase, not a benefits question for HR.
        var answer = Route(Desks(), text);

        Assert.DoesNotContain(answer.Topics, t => t.Id == "hr.benefits");
    }

    [Theory]
    [InlineData("Qui d'autre peut faire le tirage des alpagas ? Je suis en congés à Noël")]
    [InlineData("Qui d'autre peut animer les soirées jeux de rôle pendant mes congés ?")]
    [InlineData("Who else can run the role-playing evenings while I'm on leave?")]
    [InlineData("Qui peut me remplacer pour les soirées jeux de rôle pendant mes congés ?")]
    [InlineData("Qui peut faire le tirage des alpagas pendant mes vacances ?")]
    [InlineData("Who can run the role-playing evenings while I'm on leave?")]
    [InlineData("Qui peut animer les soirées jeux de rôle quand je serai en vacances ?")]
    [InlineData("Who can run the role-playing evenings while I'm on holiday?")]
    public void Route_WhoCoversWhileTheRequesterIsAway_IsNotALeaveRequest(string text)
    {
        // "pendant mes congés" says when, not what: the question is who else does the requester's job, not a leave request.
        var answer = Route(Desks(), text);

        Assert.False(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hr", Describe(answer));
    }

    [Theory]
    [InlineData("Je pars en formation Doppelmayr mercredi-jeudi. Qui peut surveiller le nouveau programme S7 en mon absence ?")]
    [InlineData("I'm on a training course Wednesday and Thursday, who can keep an eye on the new S7 program while I'm away?")]
    public void Route_WhoCoversWhileTheRequesterIsOnACourse_IsNotATrainingRequest(string text)
    {
        // "Je pars en formation" says why the requester is away, like "pendant mes congés": the training desk is not asked.
        var tenant = Desks()
            .Team("g-train", "Formation", "Formations, inscriptions aux stages et aux cours, plan de formation", ["Demandes"])
            .Person("p-s7", "Thomas Bender", manager: "boss", skills: ["Automates Siemens S7:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-s7", Describe(answer));
    }

    [Theory]
    [InlineData("Je voudrais poser mes congés à Noël, comment faire ?")]
    [InlineData("I'm on leave next week, how do I record it?")]
    public void Route_LeaveRequest_StaysWithHr(string text)
    {
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hr", Describe(answer));
    }

    [Theory]
    [InlineData("Could someone build a CD-SEM recipe for the new contact layer?")]
    [InlineData("Il faut une recette de production pour le nouveau lot de crème")]
    [InlineData("Need a recipe for the new etch step before Friday's lots")]
    public void Route_RecipeOfAProcess_IsWork(string text)
    {
        // A process recipe (a fab tool's, a production batch's) is work, whatever a cooking recipe is.
        var answer = Route(Desks(), text);

        Assert.DoesNotContain(answer.Reasons, r => r.Contains("personal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Combien de jours de congé pour mon mariage en juin ?")]
    [InlineData("How many days of leave do I get for my wedding in June?")]
    public void Route_LifeEventHandledByHr_IsStillWork(string text)
    {
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hr", Describe(answer));
    }

    [Theory]
    [InlineData("La climatisation de la salle de réunion est en panne")]
    [InlineData("The air conditioning in the meeting room is broken")]
    [InlineData("J'ai perdu mon badge pour le parking de ma voiture")]
    [InlineData("I lost my car park badge")]
    [InlineData("Can I use my work laptop for personal use at home? the printer is broken")]
    [InlineData("Pouvez-vous me donner un accès à l'imprimante du 2e ?")]
    public void Route_WorkRequestWithAPersonalWord_IsNotPersonal(string text)
    {
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group, Describe(answer));
    }

    [Theory]
    [InlineData("Quelqu'un parle japonais ? un client nous a écrit")]
    [InlineData("Does anyone speak Japanese? a customer wrote to us")]
    [InlineData("Qui connaît Zorbital Ledger ? on doit l'évaluer")]
    [InlineData("Does anyone know Zorbital Ledger? we have to evaluate it")]
    public void Route_SkillNobodyLists_IsNone(string text)
    {
        var tenant = Desks().Person("p-es", "Lina Gorse", manager: "boss", skills: ["Espagnol:expert", "Comptabilité fournisseurs:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Il me faut une nouvelle entrée DNS pour l'appli de commande", "g-cloud")]
    [InlineData("Need a new DNS entry for the ordering app", "g-cloud")]
    [InlineData("Mon bulletin de paie de mars est faux", "g-pay")]
    [InlineData("My March payslip is wrong", "g-pay")]
    public void Route_AmongDesks_TheMostSpecificDescriptionWins(string text, string expected)
    {
        var tenant = Desks()
            .Team("g-cloud", "Plateforme cloud", "Abonnements et groupes de ressources cloud, DNS, environnements", ["Demandes"])
            .Team("g-members", "Service adhérents", "Questions des adhérents: cotisations, paiements, remboursements", ["General"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Question sur notre plan de reprise informatique après l'incendie de l'entrepôt")]
    [InlineData("Question about our plan de reprise informatique after the warehouse fire")]
    public void Route_TenantSkillPhrase_ConsumesItsGenericWords(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-pri", "Yannick Brel", manager: "boss", skills: ["Plan de reprise informatique:general"])
            .Person("p-plan", "Ondine Carat", manager: "boss", skills: ["Planification de la production:expert:ask", "S&OP:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == "p-pri", Describe(answer));
        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-plan");
    }

    [Theory]
    [InlineData("Qqn s'y connaît en tonnellerie ? faut arrêter les chauffes pour la commande de fûts 2027")]
    [InlineData("Quelqu'un qui connaît bien la tonnellerie ? on passe la commande de fûts lundi")]
    [InlineData("Anyone familiar with cooperage? we place the barrel order on Monday")]
    public void Route_KnowledgeAskedAndSkillNamed_PersonBeforeTheOrderDesk(string text)
    {
        // "Qqn s'y connaît en…", "anyone familiar with…" ask for someone's knowledge as much as "qui connaît": the cooper, not the
        // order desk the word "commande" points at.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-coop", "Luc Bernin", manager: "boss", skills: ["Tonnellerie:expert", "Cooperage:expert"])
            .Team("g-orders", "ADV - Commandes", "Commandes clients et fournisseurs, bons de commande, purchase orders", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-coop", Describe(answer));
    }

    [Theory]
    [InlineData("The printer in the export office keeps jamming and now shows error 50.4. Can someone take a look?", "g-it")]
    [InlineData("Hello, l'imprimante A3 du bureau export is offline depuis ce matin, can someone have a look ?", "g-it")]
    [InlineData("Qqn sait comment on se reconnecte au VPN depuis le PC de l'export ? il me demande un code que je reçois pas", "g-it")]
    [InlineData("je voudrais ajouter mon fils à la mutuelle, il a eu 18 ans et il est étudiant. je remplis quoi ?", "g-hr")]
    [InlineData("L'imprimante étiquettes Zebra de l'export sort des étiquettes blanches depuis le changement de rouleau", "g-it")]
    [InlineData("Bonjour, mon salaire de septembre est toujours pas arrivé sur mon compte, c'est normal ?", "g-hr")]
    public void Route_AProblemOrAServiceBesideContextWords_GoesToTheDesk(string text, string desk)
    {
        // "Keeps jamming", "is offline", "un code que je reçois pas" report something broken; a person's age ("18 ans") is no word of
        // the old salter's "depuis 30 ans". The export manager sharing "export" is no printer or VPN expert.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-export", "Olivier Dupuis", jobTitle: "Chargé export", department: "Export", skills: ["Incoterms:expert:ask"], responsibilities: ["Ventes France et export"])
            .Person("p-salt", "Jordi Sagols", department: "Production", aboutMe: "Saleur depuis 30 ans, les anchois mûrissent 3 à 6 mois.")
            .Person("p-acc", "Hervé Grappe", department: "Finance", jobTitle: "Comptable", skills: ["Comptabilité générale:expert"])
            .Team("g-it", "Support Informatique", "Comptes et mots de passe, MFA, accès VPN, postes de travail, imprimantes, téléphonie.", ["Demandes"])
            .Team("g-hr", "RH & Paie", "Bulletins de salaire, congés et absences, attestations employeur, mutuelle, arrêts maladie.", ["Demandes RH"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == desk, Describe(answer));
    }

    [Theory]
    [InlineData("mon badge marche plus sur la porte du quai depuis ce matin, je dois faire le tour a chaque fois")]
    [InlineData("mon badge marche plus pour la porte côté quai, bip rouge")]
    [InlineData("j'ai perdu mon badge hier soir sur le parking du port, faut le désactiver et m'en refaire un")]
    public void Route_ABadgeNamedBrokenOrLost_GoesToTheBadgeDesk(string text)
    {
        // The badge is what does not work or is lost, not the dock door it fails on (general services repair dock doors) nor a
        // lost device for IT security.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Team("g-fac", "Services Généraux", "Bâtiments : portes de quai, fuites, chauffage, éclairage, vestiaires, parking.", ["Demandes"])
            .Team("g-badge", "Sûreté & Badges", "Badges d'accès, barrières, alarmes intrusion, vidéosurveillance.", ["Demandes"])
            .Team("g-it", "Assistance Informatique", "Comptes, mots de passe, PC, imprimantes. Incidents de sécurité : phishing, perte ou vol de téléphone ou de PC.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-badge", Describe(answer));
    }

    [Theory]
    [InlineData("How do I get reimbursed for the hotel and taxis from the Belfast trade show? I can't find the expense form.", "g-acc")]
    [InlineData("comment je me fais rembourser les peages et l'hotel du salon de Lyon ? j'ai les tickets", "g-acc")]
    [InlineData("Une camionnette sans logo est garée depuis 2 jours devant le portail du dépôt, et le cadenas a été forcé. Je préviens qui ?", "g-sec")]
    [InlineData("Alarme déclenchée cette nuit, la porte du stock de lingots est fracturée, il manque des caisses !!", "g-sec")]
    [InlineData("Des jeunes sont entrés cette nuit dans la cour, ils ont tagué les silos et forcé le cadenas du local à sel", "g-sec")]
    [InlineData("la barrière du dépôt a été forcée cette nuit et on nous a siphonné du gasoil dans la chargeuse", "g-sec")]
    [InlineData("Someone stole two rope bags from our locker at the depot loading bay last night", "g-sec")]
    public void Route_AnExpenseClaimOrABreakIn_GoesToItsDesk(string text, string desk)
    {
        // Getting one's own travel costs back is an expense claim, whatever trade show they were for; a forced padlock or door is a
        // break-in for security, not a logo for marketing nor a door for general services.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-fairs", "Pauline Thévenet", department: "Marketing", skills: ["Salons professionnels:expert", "Logo et charte graphique:expert"])
            .Person("p-line", "Nathalie Rouchon", department: "Production", responsibilities: ["Portail et dépôt de la ligne 2"])
            .Team("g-acc", "Comptabilité", "Notes de frais, factures fournisseurs, paiements.", ["Demandes"])
            .Team("g-fac", "Services Généraux", "Bâtiments : portes, fuites, chauffage, éclairage, vestiaires.", ["Demandes"])
            .Team("g-sec", "Sûreté & Contrôle d'accès", "Badges, alarmes intrusion, vidéosurveillance, accès au site.", ["Demandes"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == desk, Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut commander 2 bobines de fil inox 0,15 mm pour les goupillons ? on sera a court mardi", "g-buy")]
    [InlineData("Qui peut commander 20 livrets de feuilles d'or ? on est a sec pour la commande musee", "g-buy")]
    [InlineData("Qui peut me commander des muselets pour les magnums ? je sais pas s'il faut un muselet renforcé pour la pression d'un magnum", "p-closure")]
    [InlineData("qui peut commander un nouveau muselet ? faut savoir si on part sur du renforcé ou pas", "p-closure")]
    [InlineData("qui peut me commander des muselets ? enfin faut d'abord que qqn me dise lequel : renforcé ou standard pour un magnum", "p-closure")]
    [InlineData("qui peut me commander la bonne chaux pour l'intonaco de la chapelle ? je sais pas s'il faut de la NHL 2 ou de la chaux aérienne en pâte, besoin d'un conseil avant", "p-lime")]
    public void Route_WhoCanOrder_IsPurchasingUnlessWhatToOrderIsInDoubt(string text, string expected)
    {
        // The order desk's colleagues who follow customer orders ("Gestion des commandes") hold the word "commander", not the service
        // of buying; a doubt about what to order ("je sais pas s'il faut", "faut savoir si", "qqn me dise lequel") asks for the expert's
        // knowledge, and "la bonne chaux" is no "bon de commande".
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-adv", "Laetitia Caudron", department: "ADV", skills: ["Gestion des commandes:expert"])
            .Person("p-gold", "Clémence Aubry", department: "Dorure", skills: ["Feuilles d'or et dorure à la détrempe:expert"])
            .Person("p-closure", "Élise Carpentier", department: "Qualité", skills: ["Muselets et bouchages:expert"])
            .Person("p-lime", "Oliver Hartley", department: "Restauration", language: "en-GB", skills: ["Chaux aériennes et hydrauliques (NHL):expert"])
            .Team("g-buy", "Achats - Demandes d'achat", "Demandes d'achat de consommables, fournitures, emballages ; création de fournisseurs.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("quelqu'un maîtrise LabVIEW ? j'ai récupéré un vieux VI de pilotage à reprendre", null)]
    [InlineData("qqn sait programmer en LabVIEW ? j'ai un vieux VI à modifier", null)]
    [InlineData("Qqn sait faire un bilan carbone scope 3 ? un client anglais nous demande l'empreinte carbone de nos fils", null)]
    [InlineData("pour la refonte, qqn maîtrise k8s ? on hésite sur l'autoscaling des pods pour les pics du dimanche soir", "p-kube")]
    [InlineData("qqn maitrise les macros excel ? je voudrais automatiser le calcul des besoins matière des OF", "p-vba")]
    public void Route_AskedAboutWhatNoProfileWrites_IsNobodyUnlessAKnownSynonymNamesIt(string text, string? expected)
    {
        // Nobody writes "LabVIEW" or "bilan carbone": the testers (research, through "essais", half of "Essais de fatigue") and the
        // safety officer (environment, through "déchets") only share a subject with them. "k8s" and "macros excel" are other names of skills the directory holds.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-tank", "Yann Tanguy", department: "R&D", skills: ["Essais de traction sur cordages et manilles:expert"])
            .Person("p-fatigue", "Yasmine Khelifi", department: "Laboratoire", skills: ["Essais de fatigue:expert"])
            .Person("p-env", "Caroline Schmitt", department: "QHSE", skills: ["Circulation des chariots et bennes à déchets du site:expert"])
            .Person("p-kube", "Mathilde Rey", department: "Informatique", skills: ["Kubernetes:expert"])
            .Person("p-vba", "Sébastien Hardy", department: "Méthodes", skills: ["VBA:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(expected is null
            ? answer.Decision == RoutingDecision.None
            : answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Who could make a 3D render of the Dragons box for the distributor catalogue? We only have the flat artwork.", "p-render")]
    [InlineData("Hi, we had a yeast and mould count above spec on the strawberry samples. Who in the lab could rerun the counts?", "p-micro")]
    public void Route_ASkillNamedInTheOtherLanguageOrAbbreviated_FindsItsHolder(string text, string expected)
    {
        // "3D render" is the profile's "Rendus 3D" and "yeast and mould" its "Levures et moisissures"; the colleagues sharing "box" or
        // "samples" are not who is asked for.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Person("p-box", "Jonas Becker", department: "Studio", skills: ["Packaging et boîtes de jeux:expert"])
            .Person("p-render", "Aline Chevreau", department: "Studio", skills: ["Rendus 3D (Blender):advanced"])
            .Person("p-lab", "Thierry Muller", department: "Laboratoire", skills: ["Prélèvement des échantillons:expert"])
            .Person("p-micro", "Nathalie Gross", department: "Laboratoire", skills: ["Levures et moisissures:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Targets.Count > 0 && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Le photocopieur du 2e étage est encore bloqué")]
    [InlineData("The photocopier on the 2nd floor is jammed again")]
    public void Route_DesksMentioningASubject_TheOneNamedForItWins(string text)
    {
        // Both desks list printers; only one is named for them: general services mention the lobby printers among their chores.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Team("g-fac", "Services généraux", "Bâtiment, badges, imprimantes du hall", ["Demandes"])
            .Team("g-print", "Unité impression", "Copieurs et traceurs du siège", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-print", Describe(answer));
    }

    [Theory]
    [InlineData("J'ai reçu un DocuSign soi-disant de la direction qui demande de me reconnecter avec mon mot de passe, c'est normal ?")]
    [InlineData("Left my work laptop in a taxi last night, it has the client lists on it")]
    public void Route_TwoDesksNamingSecurityIncidents_TheOneDescribingTheIncidentsOwnWordsWins(string text)
    {
        // Both desks take "security incidents"; one is named for them but means people and premises (hold-ups, threats), the
        // other lists suspicious mails and lost computers, the words a phishing or lost-laptop report is made of.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Team("g-safety", "Safety & Security - Incidents et mouvements", "Incidents de sécurité touchant le personnel ou les biens (agressions, braquages, menaces), autorisations de déplacement", ["Incidents"])
            .Team("g-cyber", "Cyber & données - Signaler un incident", "Mails suspects, faux liens de connexion, pièces jointes douteuses, perte ou vol d'un ordinateur ou d'un téléphone", ["Signalements"])
            .Team("g-it", "IT - Service desk", "Comptes et mots de passe, ordinateurs portables, imprimantes, VPN", ["Demandes"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-cyber", Describe(answer));
    }

    [Theory]
    [InlineData("Certificate of origin needed for the Dubai retailer order please", "g-ship")]
    [InlineData("Besoin d'un certificat d'origine pour la commande de Dubaï svp", "g-ship")]
    public void Route_ThingAskedAndADeskNamesIt_GoesToTheDesk(string text, string desk)
    {
        // A document is asked for, nobody's knowledge: the desk whose description lists it delivers it, not the customs specialist
        // or the certification technician whose titles share a word.
        var tenant = Shipping();

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == desk, Describe(answer));
    }

    [Theory]
    [InlineData("Qui connaît les règles des certificats d'origine pour Dubaï ?")]
    [InlineData("Need advice on certificate of origin rules for Dubai")]
    [InlineData("Can someone explain the certificate of origin rules for Dubai?")]
    public void Route_KnowledgeAskedAboutWhatADeskDelivers_StillGoesToThePerson(string text)
    {
        // The same subject asked as a question of knowledge is the specialist's.
        var tenant = Shipping();

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-customs", Describe(answer));
    }

    /// <summary>A made-up watch maker: a shipping and customs desk, a customs specialist and a certification technician.</summary>
    private static TestTenant Shipping() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-customs", "Patrick Noir", manager: "boss", jobTitle: "Spécialiste douane et export", skills: ["Certificats d'origine:expert", "Tarif douanier:advancedProfessional"])
        .Person("p-cert", "Raphaël Beu", manager: "boss", jobTitle: "Technicien certification")
        .Team("g-ship", "Expédition et douane", "Envois aux clients et filiales, certificats d'origine, documents d'exportation", ["Demandes"]);

    [Theory]
    [InlineData("Question radioprotection : une patiente enceinte doit passer un scanner, quelles précautions ?")]
    [InlineData("Radiation protection question: a pregnant patient needs a CT scanner exam, what precautions?")]
    public void Route_KnowledgeQuestionAndAPlainServiceWord_GoesToWhoKnows(string text)
    {
        // "scanner" is a word of the IT desk's printers; the question is the radiation protection officer's.
        var tenant = Clinic();

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-rp", Describe(answer));
    }

    [Fact]
    public void Route_KnowledgeQuestionOnlyTheDesksOwnPeopleMatch_StaysWithTheDesk()
    {
        // Explaining a bonus is the payroll desk's service: its payroll officer is the one who matches, inside the desk.
        var tenant = Clinic();

        var answer = Route(tenant, "Qui peut m'expliquer le calcul de la prime de nuit ?");

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hr", Describe(answer));
    }

    /// <summary>A made-up clinic: an IT desk listing scanners, an HR and payroll desk with its payroll officer, a radiation protection officer.</summary>
    private static TestTenant Clinic() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-rp", "Inès Carbo", manager: "boss", skills: ["Radioprotection des patients:expert", "Radiation protection:expert"])
        .Person("p-pay", "Yves Talon", manager: "boss", jobTitle: "Gestionnaire de paie", skills: ["Paie:expert"])
        .Team("g-it", "Support informatique", "Postes de travail, imprimantes et scanners, téléphones", ["Demandes"])
        .Team("g-hr", "RH et paie", "Bulletins de paie, primes, congés", ["Demandes"], ["p-pay"]);

    [Theory]
    [InlineData("La tempéreuse n°2 affiche erreur E07 et chauffe plus")]
    [InlineData("Tempering machine 2 alarm keeps coming on since this morning")]
    [InlineData("Temperiermaschine 2: Störung, nichts dreht mehr")]
    public void Route_BreakdownReported_GoesToTheRepairDeskNotTheMachinesExpert(string text)
    {
        // A fault is reported, nobody's knowledge is asked for: the maintenance desk repairs it, whoever knows tempering best.
        var answer = Route(Workshop(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-maint", Describe(answer));
    }

    [Theory]
    [InlineData("Le compteur particulaire affiche ISO 9 en salle blanche depuis ce matin, flux laminaire en défaut ?")]
    [InlineData("The cleanroom particle counter shows ISO 9 since this morning, laminar flow fault?")]
    public void Route_BreakdownOfWhatADeskNamesItself_GoesToThatDesk(string text)
    {
        // The maintenance desk repairs machines in general; the cleanroom desk lists particle counters and laminar flows as its own.
        var tenant = Workshop()
            .Team("g-clean", "Salle blanche - Accès et consommables", "Accès à la salle blanche, blouses et gants, compteurs particulaires et flux laminaires. Cleanroom access, particle counters, laminar flow units.", ["Demandes"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-clean", Describe(answer));
    }

    [Theory]
    [InlineData("La tempéreuse n°2 affiche erreur E07, qqn qui connaît bien le tempérage pour regarder avec moi ?")]
    [InlineData("Tempering machine 2 alarm keeps coming on, anyone who knows tempering well?")]
    public void Route_BreakdownWithSomeonesKnowledgeAsked_GoesToTheExpert(string text)
    {
        var answer = Route(Workshop(), text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-temper", Describe(answer));
    }

    /// <summary>A made-up chocolate workshop: a tempering expert and a maintenance desk taking work orders.</summary>
    private static TestTenant Workshop() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-temper", "Jean Roy", manager: "boss", skills: ["Tempérage:expert:ask", "Tempering:expert", "Temperieren:expert"])
        .Team("g-maint", "Maintenance - Bons de travail", "Pannes et réparations des machines de production, maintenance préventive", ["Demandes"]);

    [Theory]
    [InlineData("Sur la conduite acier DN 300 de la Vée, les mesures de potentiel sont mauvaises, qui connaît la protection cathodique ?")]
    [InlineData("Potential readings are bad on the DN 300 steel main at the Vée, who knows cathodic protection?")]
    public void Route_KnowledgeAskedAndATitleOnlyInItsField_IsNone(string text)
    {
        // The only cathodic-protection expert has left; the lab chemist's title is in the subject's field (materials and chemistry) but
        // holds nothing of what is asked.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-cp", "Lionel Duc", manager: "boss", enabled: false, jobTitle: "Technicien protection cathodique", department: "Réseaux",
                skills: ["Protection cathodique des conduites acier:expert", "Cathodic protection:expert"])
            .Person("p-chem", "Samuel Roger", manager: "boss", jobTitle: "Chimiste", department: "Laboratoire", skills: ["Analyse des micropolluants (PFAS, pesticides):expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Un client veut mettre en place un trust discrétionnaire pour ses enfants résidents UK, qui peut m'expliquer les options ?")]
    [InlineData("A client wants a discretionary trust for his UK-resident children, who can walk me through the options?")]
    public void Route_SkillJoiningTwoSubjects_IsNamedByEachOfThem(string text)
    {
        // "Trusts et fondations" names trusts on their own: with the head of trusts at capacity, the specialist holding it is next,
        // however little of the request's other words ("UK") she holds.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-head", "James White", manager: "boss", skills: ["Trusts et fondations:expert", "UK inheritance tax:expert"])
            .Person("p-spec", "Sophie Mat", manager: "boss", skills: ["Trusts et fondations:advancedProfessional"])
            .Load("p-head", 7, 7);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-spec", Describe(answer));
    }

    [Fact]
    public void Route_PlainWordsListedInBrackets_AreWhatTheSkillDealsInNotItsName()
    {
        // "Achats fils techniques (para-aramide, polyester)" is buying yarn: the materials it lists are context in a costing
        // question, not another name of the buyer's skill; a bracketed list of acronyms still is ("(RJ, LJ)").
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-buy", "Corinne Laval", manager: "boss", skills: ["Achats fils techniques (para-aramide, polyester):expert:ask"])
            .Person("p-cost", "Marc Teyssot", manager: "boss", skills: ["Prix de revient au mètre linéaire:advancedProfessional"]);

        var answer = Route(tenant, "Je refais le calcul du prix de revient au mètre du tissu polyester, qqn peut challenger mes hypothèses de rendement ?");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-cost", Describe(answer));
    }

    [Fact]
    public void Route_HoldingAWordOfWhatIsAsked_IsNotOutweighedByAnotherWordAndItsSubject()
    {
        // "Prévision d'ensemble" holds "ensemble"; "Load forecasting" holds "forecasting" and is about forecasting: that subject is not
        // a second word known, so the ensemble forecaster, the stronger match, stays first.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-ens", "Baptiste Roulet", manager: "boss", skills: ["Prévision d'ensemble:expert"], jobTitle: "Ingénieur prévision d'ensemble")
            .Person("p-load", "Ryan Mackie", manager: "boss", skills: ["Load forecasting (HDD/CDD):expert:ask", "Wind power forecasting:advancedProfessional"]);

        var answer = Route(tenant, "Le client éolien veut des intervalles de confiance sur nos prévisions. Qui maîtrise l'ensemble forecasting ?");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-ens", Describe(answer));
    }

    [Fact]
    public void Route_AcronymListedInBrackets_StillNamesTheSkill()
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-law", "Claire Dumont", manager: "boss", skills: ["Procédures collectives (sauvegarde, RJ, LJ):expert"])
            .Person("p-other", "Hugo Marin", manager: "boss", skills: ["Droit des sociétés:expert", "Sauvegarde informatique:advancedProfessional"]);

        var answer = Route(tenant, "Notre client fournisseur est en RJ, qui peut m'expliquer la déclaration de créance ?");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-law", Describe(answer));
    }

    [Theory]
    [InlineData("J'ai reçu un mail bizarre qui me demande de valider une facture via un lien, j'ai cliqué et saisi mon mot de passe")]
    [InlineData("Got an email asking me to log in to pay a customs fee and I typed my password in")]
    public void Route_DeskSendingASubjectElsewhere_DoesNotTakeIt(string text)
    {
        // The IT desk's description says security incidents go to the cyber cell: its passwords do not make a phishing report its own.
        var tenant = new TestTenant()
            .Person("req", "Paul Lemaire")
            .Team("g-it", "Support informatique", "Comptes et mots de passe, postes de travail, imprimantes, VPN. Pour un incident de sécurité (mail suspect, piratage), contactez la Cellule Cyber.", ["Demandes"])
            .Team("g-cyber", "Cellule Cyber", "Signalement de mails suspects et d'hameçonnage, virus, compte piraté.", ["Signalements"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-cyber", Describe(answer));
    }

    [Theory]
    [InlineData("Mail de « DHL » qui demande de payer des frais de douane via un lien, ça a l'air louche")]
    [InlineData("Un courriel de « Revenu Québec » qui me demande de me reconnecter à mon compte, ça a l'air croche")]
    [InlineData("Text from 'the bank' asking me to confirm a payment with a link, looks dodgy")]
    [InlineData("Got an email pretending to be from our paper supplier with updated banking details for the next invoice, who do I tell?")]
    [InlineData("A 'client' asks us to change his bank details before we pay him, the domain looks off by one letter")]
    [InlineData("J'ai laissé mon ordi pro dans le train hier soir, tous mes mails sont dessus, je fais quoi ?")]
    [InlineData("Lost my work phone on the bus last night, Outlook and the authenticator app are on it")]
    public void Route_PhishingInEverydayWords_IsASecurityIncident(string text)
    {
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-sec", Describe(answer));
    }

    [Theory]
    [InlineData("Dans Kidora comment on saisit la nouvelle grille de tarifs cantine votée au conseil ?")]
    [InlineData("In Kidora, how do we enter the new canteen price grid voted by the council?")]
    public void Route_QuestionOnAToolAndAPlainServiceWord_GoesToWhoKnowsTheTool(string text)
    {
        // The canteen desk runs the canteen; how the software takes a new price grid is its administrator's knowledge.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-tool", "Inès Carbo", manager: "boss", skills: ["Kidora (paramétrage):expert"])
            .Team("g-family", "Guichet Famille", "Inscriptions aux écoles, cantine et périscolaire. School enrolment, canteen, after-school care.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-tool", Describe(answer));
    }

    [Theory]
    [InlineData("NDA à signer avec la startup des capteurs connectés, qqn peut le relire avant vendredi ?")]
    [InlineData("Can someone look over the NDA from the sensor start-up before Friday?")]
    public void Route_ContractReviewAskedAsAQuestion_StaysWithTheContractDesk(string text)
    {
        // An NDA to review is the contract desk's service, whoever knows the sensors it is about.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-plc", "Yann Bihan", manager: "boss", skills: ["Capteurs connectés:expert", "Connected sensors:expert"])
            .Team("g-legal", "Juridique - Revue de contrats", "Relecture des contrats standards, accords de confidentialité, CGV. Standard contract reviews.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-legal", Describe(answer));
    }

    [Theory]
    [InlineData("qui peut nous commander des nouveaux scaifs et de la poudre de diamant ? on est presque à sec à l'atelier polissage")]
    [InlineData("Who can order new scaifs and diamond powder? We're almost out in the polishing shop")]
    public void Route_WhoCanOrderWhatAnExpertUses_GoesToThePurchasingDesk(string text)
    {
        // The diamond polisher uses scaifs and diamond powder; ordering them is the purchasing desk's service.
        var answer = Route(DiamondWorkshop(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-buy", Describe(answer));
    }

    [Theory]
    [InlineData("Qui peut commander de la poudre de diamant pour le polissage ? je sais pas quelle granulométrie prendre pour les scaifs")]
    [InlineData("Qui peut me commander de la poudre de diamant pour le polissage des scaifs ? j'hésite entre deux granulométries")]
    public void Route_WhoCanOrderWithADoubtAboutWhatToOrder_GoesToTheExpert(string text)
    {
        // The doubt about what to order is a question for the one who knows the polishing.
        var answer = Route(DiamondWorkshop(), text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-polish", Describe(answer));
    }

    [Theory]
    [InlineData("Le sous-traitant génie civil nous envoie son contrat de sous-traitance à signer, qqn peut le relire ?")]
    [InlineData("contrat cadre avec le fournisseur de béton a relire avant signature : 3 ans avec indexation sur le prix du ciment")]
    [InlineData("Hi, the civil-works subcontractor sent us their subcontracting agreement. Can someone review it before we sign on Friday?")]
    public void Route_AContractToReviewBeforeSigning_GoesToTheLegalDesk(string text)
    {
        // The buyer knows subcontracting and cement prices; a contract to read before signing is the legal desk's review.
        var answer = Route(CivilWorks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-legal", Describe(answer));
    }

    [Fact]
    public void Route_AQuestionAboutSubcontractingWithoutAContractToReview_StaysWithTheExpert()
    {
        var answer = Route(CivilWorks(), "qqn s'y connaît en sous-traitance de génie civil ? je dois choisir entre deux terrassiers");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-buyer", Describe(answer));
    }

    [Theory]
    [InlineData("Je me suis coupé à la main sur le tour ce matin (copeau laiton), rien de grave mais on m'a dit de déclarer, je fais comment ?")]
    [InlineData("Un saisonnier s'est entaillé la main avec le sécateur sur la ligne, il est parti aux urgences. On déclare ça comment ?")]
    public void Route_AnAccidentToDeclare_GoesToTheSafetyDesk(string text)
    {
        // The turner knows the lathe and brass; declaring the cut is the safety desk's service.
        var answer = Route(CivilWorks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hse", Describe(answer));
    }

    [Theory]
    [InlineData("La séance d'escalade de jeudi soir est maintenue ? je voudrais venir avec une collègue")]
    [InlineData("Qui vient à la sortie VTT samedi dans le Vercors ? il reste 3 places dans la camionnette")]
    [InlineData("VTT ride on Saturday, who's coming? 3 seats left in the van")]
    public void Route_AnOutingOnlyAClubNames_IsNoneAndSaysWhichClub(string text)
    {
        var answer = Route(Quarry(clubWordsAtWork: false), text);

        Assert.True(answer.Decision == RoutingDecision.None && answer.Targets.Count == 0, Describe(answer));
        Assert.Contains(answer.Why, r => r.Code == ReasonCode.OnlyAClubNames && r.Name!.StartsWith("Club", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Un client veut des prises d'escalade taillées dans notre granit, qqn sait si c'est faisable ?")]
    [InlineData("Pour le chantier de samedi, qqn connaît le minage en VTT ? je dois monter au front de taille")]
    public void Route_AClubWordSomeoneWorksWith_IsNotLeisure(string text)
    {
        // The stonemason lists climbing holds; the blaster lists the quarry track by mountain bike: work, whatever club shares the word.
        var answer = Route(Quarry(clubWordsAtWork: true), text);

        Assert.True(answer.Decision == RoutingDecision.Person, Describe(answer));
    }

    /// <summary>
    /// A made-up quarry with a climbing club and a mountain-bike club; with <paramref name="clubWordsAtWork"/>, the stonemason's and
    /// the blaster's work uses the clubs' words.
    /// </summary>
    private static TestTenant Quarry(bool clubWordsAtWork) => new TestTenant()
        .Person("boss", "Claire Vidal")
        .Person("req", "Paul Giraud", manager: "boss", jobTitle: "Carrier")
        .Person("p-mason", "Inès Barral", manager: "boss", jobTitle: "Tailleuse de pierre", skills: clubWordsAtWork ? ["Prises d'escalade en granit:expert", "Taille de pierre:expert"] : ["Taille de pierre:expert"])
        .Person("p-blast", "Marc Olier", manager: "boss", jobTitle: "Boutefeu", skills: ["Minage:expert"], aboutMe: clubWordsAtWork ? "Je monte au front de taille en VTT." : "Vingt ans de tirs de mines.")
        .Person("p-fan", "Léa Morin", manager: "boss", jobTitle: "Géologue", skills: ["Géologie du granit:expert"], interests: ["Escalade", "Climbing"])
        .Team("g-club", "Club escalade - Bloc du jeudi", "Séances d'escalade le jeudi soir, sorties en falaise le week-end. Climbing club.", ["General"], ["p-fan"])
        .Team("g-vtt", "Club VTT", "Sorties VTT le samedi matin.", ["General"], ["req"])
        .Team("g-hse", "QHSE - Déclarations", "Déclarations d'accidents du travail. Workplace accident reports.", ["Déclarations"], ["boss"]);

    /// <summary>A made-up civil-works firm: a buyer who knows subcontracting, a turner, a legal desk and a safety desk.</summary>
    private static TestTenant CivilWorks() => new TestTenant()
        .Person("boss", "Agnès Roux")
        .Person("req", "Louis Peyre", manager: "boss", jobTitle: "Conducteur de travaux")
        .Person("p-buyer", "Nadia Ferrand", manager: "boss", jobTitle: "Acheteuse", skills: ["Sous-traitance génie civil:expert", "Indexation des prix béton et ciment:advancedProfessional", "Subcontracting:expert"])
        .Person("p-turn", "Yvon Caradec", manager: "boss", jobTitle: "Tourneur", skills: ["Tournage laiton:expert", "Usinage sur tour:advancedProfessional"])
        .Person("p-law", "Maud Delorme", manager: "boss", jobTitle: "Juriste")
        .Person("p-safe", "Rémi Basset", manager: "boss", jobTitle: "Animateur sécurité")
        .Team("g-legal", "Juridique - Contrats", "Relecture des contrats standards et NDA. Standard contract review.", ["Contrats"], ["p-law"])
        .Team("g-hse", "QHSE - Déclarations", "Déclarations d'accidents du travail, premiers secours, registre des soins. Workplace accident reports.", ["Déclarations"], ["p-safe"]);

    [Theory]
    [InlineData("Qui peut commander 2 palettes de caisses plastique pour le transport des lapins ? les nôtres sont fendues")]
    [InlineData("Who can order 2 pallets of plastic crates to transport the rabbits? ours are cracked")]
    public void Route_WhoCanOrderWhatTheTransportUses_GoesToThePurchasingDesk(string text)
    {
        // Transport names the transport desk's service; who orders the crates is the purchasing desk's.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss", jobTitle: "Chauffeur")
            .Team("g-buy", "Achats - Demandes d'achat", "Demandes d'achat de fournitures et consommables. Purchase requests.", ["Demandes"])
            .Team("g-move", "Planning enlèvements", "Planning des enlèvements et du transport des animaux chez les adhérents. Transport and collection rounds.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-buy", Describe(answer));
    }

    /// <summary>A made-up diamond workshop: a polisher, a setter, and a purchasing desk for tools and consumables.</summary>
    private static TestTenant DiamondWorkshop() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss", jobTitle: "Tailleur")
        .Person("p-polish", "Karim Haddad", manager: "boss", jobTitle: "Polisseur", skills: ["Polissage diamant:expert", "Diamond polishing:expert"], aboutMe: "Vingt ans au scaif.")
        .Person("p-set", "Hanne Maes", manager: "boss", jobTitle: "Sertisseuse", skills: ["Sertissage:expert"])
        .Team("g-buy", "Achats - Demandes d'achat", "Demandes d'achat d'outillage, de consommables et de fournitures, devis fournisseurs. Purchase requests for tools and supplies.", ["Demandes"]);

    [Theory]
    [InlineData("Need a second pair of eyes: the Dash 8 trim sheet puts us out of the aft limit, anyone else good with this?")]
    [InlineData("Un 2e avis svp : la feuille de centrage du Dash 8 nous met hors limite arrière, qqn d'autre peut regarder ?")]
    public void Route_SecondOpinionOnlyTheRequesterLists_GoesToAColleagueInTheSameRole(string text)
    {
        // Only the requester lists the Dash 8 load control; the other load controller does the same job and is the second pair of eyes.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Marie Caron", manager: "boss", jobTitle: "Agente de contrôle de charge", skills: ["Load control Dash 8:expert"])
            .Person("p-peer", "Olivier Simon", manager: "boss", jobTitle: "Agent de contrôle de charge")
            .Person("p-other", "Luc Bergeron", manager: "boss", jobTitle: "Mécanicien GSE");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-peer", Describe(answer));
        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-other");
    }

    [Fact]
    public void Route_SecondOpinionOnlyTheRequesterLists_ATitleStartingWithARoleWordFindsTheSameRole()
    {
        // "Responsable" is not indexed in titles: the requester's title is found by its field words.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Marie Caron", manager: "boss", jobTitle: "Responsable contrôle de charge", skills: ["Load control Dash 8:expert"])
            .Person("p-peer", "Olivier Simon", manager: "boss", jobTitle: "Responsable contrôle de charge");

        var answer = Route(tenant, "Need a second pair of eyes on the Dash 8 trim sheet, anyone else good with this?");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-peer", Describe(answer));
    }

    [Theory]
    [InlineData("Qui d'autre que moi sait tailler les ifs en topiaire ? je pars 3 semaines en juin")]
    [InlineData("Anyone else besides me who knows topiary? I'm off for three weeks in June")]
    public void Route_SecondOpinionOnlyTheRequesterLists_ASameTitleThatNamesNothingOfTheField_IsNone(string text)
    {
        // Both are gardeners; only the requester lists topiary, and "Jardinier" says nothing of who else knows it.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Marie Caron", manager: "boss", jobTitle: "Jardinier", skills: ["Taille topiaire:expert", "Topiary:expert"])
            .Person("p-peer", "Olivier Simon", manager: "boss", jobTitle: "Jardinier");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Fact]
    public void Route_SecondOpinionOnlyTheRequesterListsAndNobodyShares_IsNone()
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Marie Caron", manager: "boss", jobTitle: "Agente de contrôle de charge", skills: ["Load control Dash 8:expert"])
            .Person("p-other", "Luc Bergeron", manager: "boss", jobTitle: "Mécanicien GSE");

        var answer = Route(tenant, "Need a second pair of eyes on the Dash 8 trim sheet, anyone else good with this?");

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Can someone check my Dolby Atmos mix of the trailer before it goes to the publisher? Je veux un 2e avis sur les height channels")]
    [InlineData("2e avis svp sur mon mixage Dolby Atmos de la bande-annonce avant l'envoi à l'éditeur (publisher)")]
    public void Route_SecondOpinionOnTheRequestersSkill_ASkillSharingOnlyTheContextIsNoSecondOpinion(string text)
    {
        // Only the requester mixes in Dolby Atmos; the publisher-relations manager shares "trailer" and "publisher", the context.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Marc-André Fortin", manager: "boss", jobTitle: "Directeur audio", department: "Audio", skills: ["Mixage Dolby Atmos:expert", "Design sonore:expert"])
            .Person("p-pub", "Ashley Moreno", manager: "boss", jobTitle: "Publisher Relations Manager", department: "Production",
                skills: ["Publisher relations:expert", "Marketing beats and trailers:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Besoin d'un 2e avis : un de nos pèlerins refuse le leurre depuis la mue, qqn d'autre qui connaît bien les rapaces ?")]
    [InlineData("Second opinion please: one of our peregrines refuses the lure since the moult, anyone else good with raptors?")]
    [InlineData("Brauche eine Zweitmeinung: spectacle de rapaces, un pèlerin refuse le leurre")]
    public void Route_SecondOpinionMatchedOnlyByTheRequestersTitle_GoesToAColleagueHoldingTheirSkill(string text)
    {
        // "rapaces" is only in the requester's title; their one skill, "Fauconnerie", says what the subject is and who else holds it.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Louis Deschamps", manager: "boss", jobTitle: "Fauconnier, responsable du spectacle de rapaces (raptors)", skills: ["Fauconnerie:expert"])
            .Person("p-falc", "Camille Renaud", manager: "boss", jobTitle: "Fauconnière", skills: ["Fauconnerie:advanced"])
            .Person("p-other", "Luc Bergeron", manager: "boss", jobTitle: "Soigneur", skills: ["Soins aux félins:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-falc", Describe(answer));
    }

    [Theory]
    [InlineData("Un client veut créer une fondation d'utilité publique pour la recherche, qui chez nous s'y connaît en philanthropie ?")]
    [InlineData("A client wants to set up a charitable foundation for research, anyone here familiar with philanthropy?")]
    public void Route_KnowledgeAsked_WhoHoldsItBeforeWhoSharesTheContext(string text)
    {
        // The trusts specialist shares "fondation", the context; only the adviser's about-me speaks of philanthropy, what is asked.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-trust", "Sophie Mat", manager: "boss", skills: ["Trusts et fondations:expert", "Trusts and foundations:expert"])
            .Person("p-phil", "Anne de Weck", manager: "boss", aboutMe: "Conseillère patrimoniale, j'accompagne les projets de philanthropie des clients (philanthropy advisory).");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-phil", Describe(answer));
    }

    [Theory]
    [InlineData("La commune aimerait qu'on remette en état la vieille loco à vapeur, qqn chez nous s'y connaît en rivetage ?")]
    [InlineData("The town wants the old steam loco restored, anyone here familiar with riveting?")]
    public void Route_KnowledgeAsked_WhoHoldsItsWordsBeforeWhoseFieldIsOnlyTheSameSubject(string text)
    {
        // Ultrasonic weld testing is a welding subject like riveting; only the panel beater's about-me speaks of riveting itself.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-ut", "Patrick Overney", manager: "boss", skills: ["Contrôle par ultrasons des soudures:expert:ask", "Ultrasonic weld testing:expert"])
            .Person("p-rivet", "Bernard Delacrétaz", manager: "boss", jobTitle: "Tôlier-carrossier",
                aboutMe: "Le week-end, mécanicien bénévole sur un train à vapeur : entretien de chaudière, rivetage à chaud (hot riveting).");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-rivet", Describe(answer));
    }

    /// <summary>A made-up distributor, Pellucid Trading: IT, security, facilities and payroll desks; one tool expert.</summary>
    // ---- A question asking someone to act ------------------------------------------------------------

    [Theory]
    [InlineData("Hi, my November payslip still shows the old tax class although I got married in June. Who can fix it?")]
    [InlineData("My payslip still has the old tax class, I sent the certificate weeks ago, can someone sort it?")]
    [InlineData("My October payslip isn't on the portal and the bank wants it, can someone send it on?")]
    [InlineData("Hi, my payslip shows the wrong tax class this month, who could correct it?")]
    public void Route_QuestionAskingForThePayslipService_GoesToThePayDeskNotToATaxExpert(string text)
    {
        // "Who can fix it?" asks the desk to act: the VAT expert reached through the tax subject the vocabulary guessed is no answer.
        var answer = Route(DesksWithTaxExpert(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("My badge stopped working at the hall 3 turnstile this morning, security let me in. Can it be reactivated?")]
    [InlineData("Mon badge ne passe plus au tourniquet du hall 3 depuis ce matin, la sécurité m'a ouvert. Il peut être réactivé ?")]
    public void Route_QuestionSharingAWordWithAJobTitle_StaysTheDesksService(string text)
    {
        // "Security" in the CISO's title is what they are, not what they know about badges.
        var tenant = Desks().Person("p-ciso", "Nina Graf", manager: "boss", jobTitle: "Chief Information Security Officer / Responsable sécurité");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fac", Describe(answer));
    }

    [Theory]
    [InlineData("My badge stopped opening the coating clean-room door since Monday, I have tests there tomorrow")]
    [InlineData("Mon badge n'ouvre plus la porte de la salle blanche du coating depuis lundi, j'ai des essais demain")]
    public void Route_BadgeThatNoLongerOpensADoor_IsTheDesksBreakdownWhateverRoomItIs(string text)
    {
        // The room's words ("coating", "salle blanche") are where the badge failed, not an expertise asked for.
        var tenant = Desks()
            .Person("p-coat", "Elodie Gander", manager: "boss", jobTitle: "Opératrice salle blanche", skills: ["Thin-film coating:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fac", Describe(answer));
    }

    [Theory]
    [InlineData("Hi HR, I'm moving across the border in February. Will I need a G permit as a cross-border commuter, and can you handle the application?")]
    [InlineData("Je déménage de l'autre côté de la frontière en février : il me faut un permis de travail G de frontalier, vous pouvez faire la demande ?")]
    public void Route_CrossBorderPermit_IsTheHrDesksService(string text)
    {
        var tenant = Desks()
            .Person("p-sales", "Mark Whitfield", manager: "boss", jobTitle: "VP Sales & Applications")
            .Team("g-mob", "RH Mobilité", "Visas, permis de travail et permis G des frontaliers, expatriation", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-mob", Describe(answer));
    }

    [Theory]
    [InlineData("SpectraLoom Cloud staging pods keep crashlooping after yesterday's helm upgrade, anyone good w/ k8s who can have a look?")]
    [InlineData("Les pods de staging de SpectraLoom Cloud redémarrent en boucle depuis l'upgrade helm, qqn de fort en k8s peut regarder ?")]
    public void Route_GoodWithAThing_AsksForWhoKnowsIt(string text)
    {
        // The Kubernetes expert is at capacity: the colleague who lists Kubernetes, not the product expert sharing the context's name.
        var tenant = Desks()
            .Person("p-owen", "Owen Blackwood", manager: "boss", skills: ["Kubernetes:expert", "Helm:advanced"])
            .Person("p-helen", "Helen Croft", manager: "boss", skills: ["SpectraLoom:expert:ask", "C# / .NET:expert"])
            .Person("p-sam", "Sam Okoro", manager: "boss", skills: ["Microsoft Azure:advanced", "K8s:general"])
            .Load("p-owen", 6, 6);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-sam", Describe(answer));
    }

    [Theory]
    [InlineData("Client wants to set up a Singapore holdco before year end - need Singapore corporate law input this morning if possible")]
    [InlineData("Le client veut créer une holding à Singapour avant la fin de l'année, besoin d'un éclairage en droit des sociétés singapourien ce matin")]
    public void Route_NeedingWhatSomeonesSkillNamesInFull_AsksForThemNotForTheDesk(string text)
    {
        // The compliance desk's text covers corporate law in general; the skill of someone outside it names what is needed.
        var tenant = Desks()
            .Person("p-sg", "Wei Ling Tan", manager: "boss", skills: ["Singapore corporate law:expert", "Droit des sociétés singapourien:expert"])
            .Team("g-risk", "Risk & Compliance", "Conformité, droit des sociétés, M&A, registres, contrôle des conflits d'intérêts", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-sg", Describe(answer));
    }

    [Theory]
    [InlineData("Anyone here knows Japanese whisky? A Singapore client wants to add Karuizawa casks to his order")]
    [InlineData("Qqn connaît le whisky japonais ? Un client de Singapour veut ajouter des fûts Karuizawa à sa commande")]
    public void Route_KnowledgeNobodyHoldsAWordOf_IsNoneNotTheContextsSubjectHolder(string text)
    {
        // The wine buyer is reached only through the purchasing subject of "order": she holds nothing of what is asked.
        var tenant = Desks()
            .Person("p-buy", "Laure Mauriac", manager: "boss", jobTitle: "Directrice des achats", skills: ["Achats de vins:expert", "Wine purchasing:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.None, Describe(answer));
    }

    [Theory]
    [InlineData("Qui connaît le dépôt de brevet aux États-Unis ?")]
    [InlineData("Who knows how to file a patent in the United States?")]
    public void Route_KnowledgeHeldUnderAnotherNameOfItsSubject_StillFindsTheExpert(string text)
    {
        var tenant = Desks()
            .Person("p-ip", "Claire Morin", manager: "boss", skills: ["Propriété intellectuelle:expert", "Intellectual property:expert"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-ip", Describe(answer));
    }

    [Theory]
    [InlineData("Can someone Aspera the final stems for episodes 5 to 8 to the client? Files are on the SAN")]
    [InlineData("Qqn peut envoyer par Aspera les stems finaux des épisodes 5 à 8 au client ? Les fichiers sont sur le SAN")]
    public void Route_WhoCanDoWhatADesksOwnTextNamesAtLength_GoesToTheDeskNotToWhoeverListsTheTool(string text)
    {
        // The media-operations desk writes down file transfers to clients by Aspera; the engineer listing "Aspera" is not asked to do
        // the desk's work when the request only asks who can.
        var tenant = Desks()
            .Person("p-asp", "Sarah Leblanc", manager: "boss", skills: ["Aspera:advanced"])
            .Team("g-media", "Opérations médias", "Transferts de fichiers aux clients (Aspera, stems, livrables), ingest, archivage du SAN", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-media", Describe(answer));
    }

    [Fact]
    public void Route_WhoCanTellMe_AsksForKnowledgeNotForTheBuyingDesk()
    {
        // "Qui peut me dire quel vitrage commander" asks what someone knows: the person whose about-me covers coach glazing, not purchasing.
        var tenant = DesksWithTaxExpert()
            .Person("p-glass", "Rachid Amrani", manager: "boss", aboutMe: "Carrosserie et vitrage des autocars, sinistres carrosserie.")
            .Team("g-buy", "Achats", "Commandes d'achat, fournisseurs, bons de commande", ["Demandes"]);

        var answer = Route(tenant, "vitre latérale fendue sur un autocar, qui peut me dire quel vitrage commander et si on peut la changer nous-mêmes ?");

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-glass", Describe(answer));
    }

    [Theory]
    [InlineData("Heating in the quality lab is off again, it's 14 degrees and we can't condition the board samples")]
    [InlineData("La clim de la salle Somme fait un bruit d'enfer et il fait 28°C, on a le conseil d'administration à 14h !")]
    [InlineData("Le radiateur du bureau 12 est froid depuis hier soir, on gèle")]
    public void Route_BuildingServiceReportedBroken_GoesToFacilitiesWhateverTheRoomIsUsedFor(string text)
    {
        // "Is off again", "fait un bruit d'enfer", "est froid": the heating or air conditioning is broken; the board meeting or the lab
        // samples are why it matters, not whose knowledge is asked for.
        var tenant = Desks()
            .Person("p-board", "Hélène Roy", manager: "boss", skills: ["Gouvernance et conseil d'administration:expert"])
            .Person("p-lab", "Chloe Bennett", manager: "boss", skills: ["Sample conditioning for board testing:expert"], responsibilities: ["Quality lab"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fac", Describe(answer));
    }

    [Theory]
    [InlineData("how do I submit my expenses for the Husum trade fair trip? is there a form or is it in the app?")]
    public void Route_PaperForm_IsNoTrainingCourse(string text)
    {
        var tenant = Desks().Person("p-train", "Philippe Lemoine", manager: "boss", responsibilities: ["Formations sécurité"], skills: ["Formations GWO:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("Got a call from someone saying they were from IT asking for my MFA code to fix my account, I think I gave it to them")]
    [InlineData("Un appel de quelqu'un se disant de l'informatique qui voulait mon code MFA, je lui ai donné mon code, c'est grave ?")]
    public void Route_CodeGivenToSomeonePosingAsIt_IsASecurityIncident(string text)
    {
        var answer = Route(Desks(), text, Urgency.Critical);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-sec", Describe(answer));
    }

    [Theory]
    [InlineData("Cut my hand on the bandsaw this morning, not serious, but I know it has to be reported. Where do I do that?")]
    [InlineData("Je me suis coupé le doigt sur la scie à ruban ce matin, rien de grave, mais il faut le déclarer je crois, je fais comment ?")]
    public void Route_CutHand_IsTheSafetyDesksAccident(string text)
    {
        var tenant = Desks()
            .Person("p-saw", "Seán Brady", manager: "boss", skills: ["Bandsaw maintenance:expert"])
            .Team("g-hse", "Health & Safety", "Accidents et presque-accidents, premiers secours, EPI / accidents, near misses, first aid, PPE", ["Safety"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hse", Describe(answer));
    }

    [Theory]
    [InlineData("Bonjour, les heures sup de la semaine 47 n'apparaissent pas, vous pouvez vérifier ?")]
    [InlineData("mes heures supplémentaires du samedi manquent, vous pouvez regarder ?")]
    public void Route_OvertimeMissing_IsThePayDesks(string text)
    {
        // "Heures" is no stop word any more: "heures sup" is the payroll term, not the lone word "sup".
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-pay", Describe(answer));
    }

    [Theory]
    [InlineData("Transport d'un patient demain vers le CHU, qui a l'habitude du transport bariatrique ?", RoutingDecision.Group)]
    [InlineData("Transport tomorrow to the hospital for a 200 kg patient, who has done bariatric transport before?", RoutingDecision.Person)]
    public void Route_ServiceGuessedFromTheCompanysTrade_GoesToWhoKnowsIt(string text, RoutingDecision withoutTheRule)
    {
        // An ambulance company: "transport" is in everyone's skills, and the billing desk's text names "prescriptions de transport".
        var tenant = new TestTenant()
            .Person("boss", "Sylvie Montagne", skills: ["Pilotage d'entreprise de transport sanitaire:expert"])
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("p-bar", "Julien Morel", manager: "boss", skills: ["Transport bariatrique:expert", "Bariatric transport:expert"])
            .Person("p-psy", "Farid Meziane", manager: "boss", skills: ["Transport psychiatrique:advanced"])
            .Person("p-iles", "Mélissa Grondin", manager: "boss", skills: ["Transports inter-îles:expert"])
            .Team("g-bill", "Facturation CPAM", "Télétransmission, rejets, prescriptions médicales de transport manquantes", ["Rejets"]);
        var withoutTrade = Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Team, Tuesday10), tenant.Index(new RoutingOptions { TradeWordMinHolders = 99 }), tenant.Workload());

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-bar", Describe(answer));
        Assert.Equal(withoutTheRule, withoutTrade.Decision);
    }

    [Theory]
    [InlineData("How do I get reimbursed for the samples I bought in New York on my own card? Receipts are in USD.")]
    [InlineData("Comment me faire rembourser les échantillons achetés à New York avec ma carte perso ? les reçus sont en dollars")]
    public void Route_OneWordEvokingSeveralSubjects_CountsOnce(string text)
    {
        // "Samples" evokes data science and the lab: one word, one piece of evidence against the expense claim.
        var tenant = Desks()
            .Person("p-odoo", "Stephen Cahill", manager: "boss", aboutMe: "I look after Odoo: job cards, workflows, reports, automations.")
            .Team("g-fin", "Finance & Accounts", "Supplier invoices and payments, expense claims, company credit cards / notes de frais, cartes de crédit", ["Finance"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fin", Describe(answer));
    }

    [Theory]
    [InlineData("Il fait 16 degrés dans les bureaux compta au 1er étage ce matin, le chauffage est coupé ??")]
    [InlineData("It's 16 degrees in the accounts office this morning, is the heating off??")]
    public void Route_DepartmentNamingAPlace_IsNotTheSubject(string text)
    {
        // "Compta" says where it is cold, not what is asked: the building desk, not the accountant.
        var tenant = Desks()
            .Person("p-compta", "Anne-Sophie Lambotte", manager: "boss", skills: ["Comptabilité générale:expert", "Accounts payable:expert"])
            .Team("g-bat", "Bâtiment", "Chauffage, climatisation, éclairage des bureaux / heating, lighting", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id is "g-bat" or "g-fac", Describe(answer));
    }

    [Theory]
    [InlineData("J'ai reçu un courriel du « président » qui me demande un virement urgent à un nouveau fournisseur, l'adresse ressemble à la nôtre")]
    [InlineData("Got an email from the CEO asking for an urgent transfer to a new supplier, the address looks like ours but isn't")]
    public void Route_TransferAskedByAFakeBoss_IsASecurityIncident(string text)
    {
        var tenant = Desks()
            .Person("p-fin", "Julie Bouchard", manager: "boss", jobTitle: "Directrice des finances", skills: ["Virements et trésorerie:expert"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-sec", Describe(answer));
    }

    [Theory]
    [InlineData("Prospect wants 12 racks in a private cage with A/B feeds, who can put together the colocation design and a budget price?")]
    [InlineData("Un prospect veut 12 baies en cage privée, qui peut faire le design de colocation et un budget ?")]
    public void Route_ColocationInADataCentre_IsWork(string text)
    {
        var tenant = Desks()
            .Person("p-colo", "Kim Nguyen", manager: "boss", skills: ["Colocation design:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-colo", Describe(answer));
    }

    [Theory]
    [InlineData("Je suis enceinte, est-ce que je peux rester en salle pendant les scopies ? et le dosimètre je dois le porter où ?")]
    public void Route_WearingADosimeter_IsNotADoor(string text)
    {
        var tenant = Desks()
            .Person("p-rp", "Nicolas Thévoz", manager: "boss", responsibilities: ["Radioprotection du personnel et dosimétrie"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-rp", Describe(answer));
    }

    [Theory]
    [InlineData("Checkout is throwing a 500 on the payment step since the deploy - need a Magento dev NOW")]
    [InlineData("Le tunnel de paiement plante depuis la mise en prod, besoin d'un dev Magento tout de suite")]
    public void Route_NeedingADeveloperOfATool_AsksForAPersonNotTheDeskOfTheContext(string text)
    {
        var tenant = Desks()
            .Person("p-mag", "Tom Hadley", manager: "boss", skills: ["Magento 2:advanced", "PHP:advanced"])
            .Team("g-finops", "Finance Ops", "Supplier invoices and payments, refunds / factures fournisseurs et paiements", ["General"]);

        var answer = Route(tenant, text, Urgency.Critical);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-mag", Describe(answer));
    }

    [Theory]
    [InlineData("Hello, I started on Monday and I still don't have an account for Quillbase, could someone create it? I need it for the inventory work")]
    [InlineData("Bonjour, je suis arrivée lundi et je n'ai pas encore de compte Quillbase, quelqu'un peut le créer ? c'est pour l'inventaire")]
    public void Route_NoAccountYetForATool_IsTheDesksAccessService(string text)
    {
        // The Quillbase referent knows the tool; creating an account is the IT desk's service.
        var answer = Route(Desks(), text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("Urgent : le câble du treuil montre des fils cassés au check pré-vol. Il nous faut un spécialiste treuillage pour décider si on retire la machine du service ce soir.", "p-hoist")]
    [InlineData("Our crew found a crack at a penstock anchor block and a frayed cable. Need a rope access specialist NOW to decide whether we keep the guys on the ropes tonight.", "p-rope")]
    public void Route_SkillNamedWithoutItsBracketedOtherName_IsNamedInFull(string text, string expected)
    {
        // "Treuillage (hoist operations)" is "treuillage"; the cabling skill shares only the long message's "câble".
        var tenant = Desks()
            .Person("p-hoist", "Chloé Dufour", manager: "boss", skills: ["Treuillage (hoist operations):advanced", "Navigation:advanced"])
            .Person("p-rope", "Brian Kelly", manager: "boss", skills: ["Rope access (IRATA level 2):advanced"])
            .Person("p-cable", "Nadia Bensaïd", manager: "boss", department: "Maintenance", skills: ["Câblage:advanced", "Cable harness repair:advanced"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == expected, Describe(answer));
    }

    [Theory]
    [InlineData("Est-ce que je peux échanger ma garde du 24 déc avec Tom ? il est d'accord")]
    [InlineData("Can I swap my shift on the 24th with Tom? he's fine with it")]
    public void Route_ShiftSwap_IsTheRotaDesks(string text)
    {
        var tenant = Desks()
            .Person("p-bases", "Michel Lambotte", manager: "boss", responsibilities: ["Bases et gardes HEMS"])
            .Team("g-rota", "Planning équipages", "Plannings, gardes et astreintes, échanges de poste, heures / rosters and shift changes", ["Roster"]);

        var answer = Route(tenant, text, Urgency.Low);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-rota", Describe(answer));
    }

    [Theory]
    [InlineData("Besoin d'un accès VPN pour le nouveau contrôleur qui commence lundi, il travaillera de Sherbrooke 2 jours par semaine")]
    public void Route_VpnForANewController_IsNotAccessControl(string text)
    {
        // "Contrôleur" is the new colleague's job, not the "contrôle d'accès" of badges.
        var answer = Route(Desks(), text, Urgency.Low);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("On veut revoir la rétention des sauvegardes Quillbase de l'IT interne (GFS 7/4/12), qui est le plus calé sur Quillbase ?")]
    public void Route_WhoIsMostAtHomeWithATool_AsksForWhoKnowsIt(string text)
    {
        // The internal IT desk's text names Quillbase backups; "le plus calé sur" asks who knows the tool best.
        var tenant = Desks()
            .Team("g-itint", "IT interne", "Postes, comptes, sauvegardes et restaurations Quillbase de l'IT interne", ["Tickets"]);

        var answer = Route(tenant, text, Urgency.Low);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-tool", Describe(answer));
    }

    [Theory]
    [InlineData("l'imprimante zebra de la plateforme sort les étiquettes décalées, code barre illisible chez le client, 30 chariots à étiqueter avant 14h")]
    public void Route_LabelPrinterPrintingBadly_IsTheItDesksBreakdown(string text)
    {
        // The Zebra expert knows the printer; a printer printing badly is the IT desk's to repair.
        var tenant = Desks()
            .Person("p-zebra", "Mehdi Bensaïd", manager: "boss", skills: ["Imprimantes d'étiquettes Zebra:expert", "Zebra label printers:expert"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("Ici on voit des colonies avec des ailes déformées malgré le traitement de novembre, je pense varroa + virus DWV. Qqn peut regarder les photos et me conseiller ?")]
    [InlineData("Several hives show deformed wings despite the November treatment, I suspect varroa plus deformed wing virus. Can someone look at the photos and advise?")]
    public void Route_VirusOfALivingThing_IsForWhoKnowsItNotTheSecurityDesk(string text)
    {
        // "Virus" names a computer incident only as much as the rest of the request says so: a bee virus with varroa is the bee
        // pathologist's field, even though the security desk lists viruses.
        var tenant = Desks()
            .Person("p-bee", "Hélène Castagné", manager: "boss", skills: ["Varroa:expert:ask", "Pathologie apicole:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-bee", Describe(answer));
    }

    [Theory]
    [InlineData("Got a text from 'Richard' asking me to buy 500 pounds of Amazon vouchers for a client urgently and send him the codes... this is a scam right? I replied once")]
    [InlineData("Reçu un SMS de 'Richard' qui me demande d'acheter 500 € de cartes Amazon pour un client et de lui envoyer les codes... c'est une arnaque non ? j'ai répondu une fois")]
    public void Route_ScamNamedOutright_IsTheSecurityDesksWhateverCodeItMentions(string text)
    {
        // "Scam" or "arnaque" says what the request is; the codes it mentions are no one's code of conduct.
        var tenant = Desks()
            .Person("p-abta", "Helen Achebe", manager: "boss", skills: ["ABTA Code of Conduct:advanced", "Client codes:advanced"]);

        var answer = Route(tenant, text, Urgency.High);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-sec", Describe(answer));
    }

    [Theory]
    [InlineData("Need a PO raised for the 6-monthly harness inspections, Safety Harness Services quote attached")]
    [InlineData("We need a purchase order for two replacement harnesses, quote attached. Who raises the PO?")]
    public void Route_RaisingAPurchaseOrder_IsTheFinanceDesksWhateverItBuys(string text)
    {
        // What the order buys (harness inspections) is the safety team's subject and an expert's skill; raising the order is finance's.
        var tenant = Desks()
            .Person("p-harness", "Ciarán Byrne", manager: "boss", skills: ["Fall arrest equipment:expert:ask"])
            .Team("g-hs", "Health & Safety", "Accidents, near misses, PPE (harnesses, helmets), safety incidents", ["Report an incident"])
            .Team("g-fin", "Finance & Expenses", "Purchase orders, supplier invoices, payments, expenses", ["Requests"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fin", Describe(answer));
    }

    [Theory]
    [InlineData("Bluebeam says my subscription has expired, can't open any of the tender drawings. Can someone renew the licence pls")]
    [InlineData("My Power BI Pro licence expired this morning, I can't publish the month-end reports anymore")]
    public void Route_ExpiredSoftwareLicence_IsTheItDesksWhoeverKnowsTheTool(string text)
    {
        var tenant = Desks()
            .Person("p-tender", "Lisa Kavanagh", manager: "boss", skills: ["Tender pricing:expert", "Bluebeam:expert"], responsibilities: ["Month-end reports"])
            .Person("p-bi", "Priya Natarajan", manager: "boss", skills: ["Power BI:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-it", Describe(answer));
    }

    [Theory]
    [InlineData("Hi, the heating in the first-floor sales office has been dead since Monday, it's freezing in here. Who do I ask to get it fixed?", "g-fac")]
    [InlineData("Hi, my laptop doesn't connect to the WiFi in the Payerne office since yesterday, it says 'no internet, secured'. Can someone help?", "g-it")]
    public void Route_SomethingDeadOrNotConnecting_IsABreakdownForTheDesk(string text, string desk)
    {
        // "Has been dead", "doesn't connect" report a breakdown: the desk's, not the job title sharing a word of where it happened.
        var tenant = Desks()
            .Person("p-sales", "Martin Keller", manager: "boss", jobTitle: "Export Sales Manager Asia")
            .Person("p-secu", "Lucie Brandt", manager: "boss", jobTitle: "Responsable sécurité informatique", skills: ["Sécurité informatique:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == desk, Describe(answer));
    }

    [Theory]
    [InlineData("Hiya, we're meant to do the chairlift evacuation drill before half term, who organises that? never done one")]
    [InlineData("On doit faire l'exercice d'évacuation du télésiège avant février, qui organise ça ? jamais fait")]
    public void Route_WhoOrganisesIt_AsksWhoTakesCareNotForAnOrganiser(string text)
    {
        // "Who organises that?" is how the question asks; the events organiser only shares its verb, the drill is someone's duty.
        var tenant = Desks()
            .Person("p-events", "Manon Gillioz", manager: "boss", jobTitle: "Coordinatrice événements", skills: ["Organisation d'événements:expert", "Courses FIS (organisation):advanced"])
            .Person("p-drill", "Alain Crettex", manager: "boss", jobTitle: "Chef d'exploitation télésièges", responsibilities: ["Planning des machinistes", "Exercices d'évacuation des télésièges"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Person && answer.Targets[0].Id == "p-drill", Describe(answer));
    }

    [Theory]
    [InlineData("Bonjour, le chauffage part plus dans l'entrepôt, il fait 8 degrés à matin et les cuves de fermentation refroidissent!!")]
    [InlineData("Le chauffage de l'entrepôt ne part pas ce matin, les cuves de fermentation sont à 8 degrés")]
    public void Route_HeatingThatWontStartAmongExpertsWords_IsABreakdownForTheDesk(string text)
    {
        // "Part plus" (Québec: won't start) reports the heating broken; the fermentation and warehouse words say where, not who fixes it.
        var tenant = Desks()
            .Person("p-ferm", "Camille Desjardins", manager: "boss", skills: ["Fermentation de l'hydromel:expert"])
            .Person("p-wh", "Ryan Kowalski", manager: "boss", skills: ["Gestion d'entrepôt:advanced"]);

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-fac", Describe(answer));
    }

    [Theory]
    [InlineData("Hi HR, could you tell me how many vacation days I have left for 2026? Also I'd like to take 23 Dec to 8 Jan.")]
    [InlineData("Bonjour les RH, il me reste combien de jours de congés pour 2026 ? Je voudrais poser du 23 décembre au 8 janvier.")]
    public void Route_GreetingToADepartment_IsTheDesksNotTheJobTitleNamingIt(string text)
    {
        // "Hi HR" says whom the requester writes to: the HR desk whose text describes the request, not the assistant titled "HR".
        var tenant = Desks()
            .Person("p-hr", "Lea Zimmermann", manager: "boss", jobTitle: "HR-Assistentin", department: "RH");

        var answer = Route(tenant, text);

        Assert.True(answer.Decision == RoutingDecision.Group && answer.Targets[0].Id == "g-hr", Describe(answer));
    }

    /// <summary>A tax expert, someone who knows payroll, and a pay desk whose text names payslips and tax classes in French.</summary>
    private static TestTenant DesksWithTaxExpert() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-tax", "Carole Meyer", manager: "boss", skills: ["VAT:advanced", "Transfer pricing:general"])
        .Person("p-payroll", "Martine Steichen", manager: "boss", skills: ["Payroll (Luxembourg):advanced", "Paie luxembourgeoise"])
        .Team("g-fac", "Services généraux", "Bâtiment, maintenance, climatisation, salles de réunion, badges, parking", ["Demandes"])
        .Team("g-pay", "RH & Paie / HR & Payroll", "Service RH et paie : fiches de paie, classe d'impôt et fiche de retenue, congés, attestations d'employeur", ["Demandes RH"]);

    private static TestTenant Desks() => new TestTenant()
        .Person("boss", "Agathe Morel")
        .Person("req", "Paul Lemaire", manager: "boss")
        .Person("p-tool", "Yannick Brel", manager: "boss", skills: ["Quillbase:expert:ask"])
        .Person("p-it", "Ondine Carat", manager: "boss", jobTitle: "Technicienne support")
        .Team("g-it", "Support informatique", "Postes de travail, comptes, mots de passe, accès aux applications, VPN, imprimantes", ["Demandes"], ["p-it"])
        .Team("g-sec", "Sécurité informatique", "Incidents de sécurité, phishing, virus, comptes compromis", ["Signaler un incident"])
        .Team("g-fac", "Services généraux", "Bâtiment, maintenance, climatisation, salles de réunion, badges, parking", ["Demandes"])
        .Team("g-hr", "Ressources humaines", "Congés, absences, contrats de travail, recrutement", ["Demandes RH"])
        .Team("g-pay", "Paie", "Bulletins de paie, salaires, notes de frais", ["General"]);

    private static string Describe(RoutingAnswer answer) =>
        $"{answer.Decision}: {string.Join(" | ", answer.Targets.Select(t => $"{t.Id} ({string.Join("; ", t.Reasons)})"))}; topics {string.Join(", ", answer.Topics.Select(t => $"{t.Id} {t.Weight}"))}; {string.Join("; ", answer.Reasons)}";

    private static RoutingAnswer Route(TestTenant tenant, string text, Urgency urgency = Urgency.Normal, string requester = "req") =>
        Router.Route(new RoutingRequest(requester, text, urgency, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());
}
