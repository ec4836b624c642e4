using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Text;

namespace Switchboard.Domain.Tests.Routing;

public sealed class TextUnderstandingTests
{
    [Theory]
    [InlineData("Élodie a OUBLIÉ son mot-de-passe !", "elodie oublie son mot de passe")]
    [InlineData("l'imprimante d'à côté", "imprimante cote")]
    [InlineData("L’accès au VPN", "acces au vpn")]
    [InlineData("C# and .NET on K8s", "csharp and dotnet on k8s")]
    [InlineData("R&D budget for the IT team", "randd budget for the itdept team")]
    [InlineData("it is œuvre", "it is oeuvre")]
    [InlineData("Who knows R well? lme4 in R/RStudio", "who knows rlang well lme4 in rlang rstudio")]
    [InlineData("R&D, L'usine, Dr R. Smith, r", "randd usine dr smith")]
    public void Tokenize_MixedText_NormalisesCaseAccentsPunctuationAndElisions(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', TextNormalizer.Tokenize(text)));
    }

    [Theory]
    [InlineData("imprimantes", "imprimante")]
    [InlineData("printers", "printer")]
    [InlineData("programmation", "programming")]
    [InlineData("facturation", "factures")]
    [InlineData("congés", "conges")]
    [InlineData("développeur", "développement")]
    [InlineData("policies", "policy")]
    [InlineData("réseaux", "réseau")]
    [InlineData("sensory", "sensorielle")]
    [InlineData("transferred", "transferts")]
    [InlineData("archives", "archiviste")]
    [InlineData("concreting", "concrete")]
    [InlineData("pneus", "pneu")]
    [InlineData("reçus", "reçu")]
    [InlineData("revenus", "revenu")]
    [InlineData("bonuses", "bonus")]
    [InlineData("viruses", "virus")]
    [InlineData("form", "formulaire")]
    [InlineData("bogies", "bogie")]
    [InlineData("copy", "copie")]
    [InlineData("forms", "formulaires")]
    [InlineData("exams", "examinations")]
    [InlineData("examens", "examination")]
    [InlineData("titrage", "titres")]
    [InlineData("mixage", "mix")]
    [InlineData("emballage", "emballer")]
    [InlineData("soudage", "soudeurs")]
    [InlineData("dépannage", "dépanner")]
    [InlineData("implantology", "implants")]
    [InlineData("implantologie", "implant")]
    [InlineData("implantologistes", "implantologists")]
    [InlineData("methodology", "method")]
    [InlineData("timetable", "timetabling")]
    [InlineData("receivables", "receivable")]
    [InlineData("portes", "porte")]
    [InlineData("runners", "runner")]
    [InlineData("dynamics", "dynamique")]
    [InlineData("robotics", "robotique")]
    [InlineData("electric", "électrique")]
    [InlineData("electricity", "électricité")]
    [InlineData("electricity", "electric")]
    [InlineData("elasticity", "elastic")]
    [InlineData("P60s", "P60")]
    [InlineData("A380s", "A380")]
    [InlineData("comportemental", "comportement")]
    [InlineData("environnementales", "environnement")]
    [InlineData("instrumentale", "instrument")]
    public void Stem_InflectedForms_ShareOneStem(string first, string second)
    {
        Assert.Equal(StemOf(first), StemOf(second));
    }

    [Theory]
    [InlineData("building", "build")]
    [InlineData("route", "routeur")]
    [InlineData("inventory", "inventor")]
    [InlineData("routes", "routing")]
    [InlineData("porter", "porte")]
    [InlineData("port", "porte")]
    [InlineData("runs", "running")]
    [InlineData("received", "receivables")]
    [InlineData("ETCS", "etc")]
    [InlineData("broke", "broker")]
    [InlineData("implant", "implantation")]
    [InlineData("refer", "referral")]
    [InlineData("pathology", "path")]
    [InlineData("microbiology", "microbe")]
    [InlineData("technology", "techno")]
    [InlineData("form", "formation")]
    [InlineData("traiteur", "traités")]
    [InlineData("collectif", "collecte")]
    [InlineData("collective", "collecte")]
    [InlineData("intéressement", "intéresse")]
    [InlineData("chiffrement", "chiffre")]
    [InlineData("courriel", "courrier")]
    [InlineData("travaux", "travel")]
    [InlineData("looks", "Looker")]
    [InlineData("missing", "miss")]
    [InlineData("advanced", "advance")]
    [InlineData("incoming", "income")]
    [InlineData("carrés", "car")]
    [InlineData("débiteur", "débit")]
    [InlineData("corporel", "corporate")]
    [InlineData("audition", "audit")]
    [InlineData("foundations", "found")]
    [InlineData("événement", "even")]
    [InlineData("comptes", "compta")]
    [InlineData("comptes", "comptable")]
    [InlineData("contrôle", "controlling")]
    [InlineData("adhésion", "adhésif")]
    [InlineData("procuration", "procurement")]
    [InlineData("étranger", "étrange")]
    [InlineData("substance", "substation")]
    [InlineData("accounts", "accounting")]
    [InlineData("report", "reporting")]
    [InlineData("données", "donner")]
    [InlineData("diversion", "diversité")]
    [InlineData("probable", "probation")]
    [InlineData("captions", "capteur")]
    [InlineData("classiques", "classement")]
    [InlineData("consignments", "consignation")]
    [InlineData("organic", "organ")]
    [InlineData("parking", "park")]
    [InlineData("renewal", "renewables")]
    [InlineData("gouvernement", "gouvernance")]
    [InlineData("maturation", "maturity")]
    [InlineData("médiateur", "médiatique")]
    [InlineData("authenticité", "authenticator")]
    [InlineData("validité", "validation")]
    [InlineData("consulting", "consultation")]
    [InlineData("présences", "pression")]
    [InlineData("letter", "lettings")]
    [InlineData("copie", "copieur")]
    [InlineData("retiré", "retirement")]
    [InlineData("vanne", "van")]
    [InlineData("procureur", "procurement")]
    [InlineData("administrés", "administration")]
    [InlineData("boxing", "box")]
    [InlineData("chargeuse", "chargé")]
    [InlineData("chargeur", "charge")]
    [InlineData("parc", "parcel")]
    [InlineData("parcelle", "parcel")]
    [InlineData("directive", "direction")]
    [InlineData("biceps", "bicep")]
    [InlineData("concrètement", "concrete")]
    [InlineData("mousse", "mouse")]
    [InlineData("players", "play")]
    [InlineData("sensory", "sensor")]
    [InlineData("supporters", "support")]
    [InlineData("reste", "rest")]
    [InlineData("stats", "station")]
    [InlineData("train", "training")]
    [InlineData("tell", "tél")]
    [InlineData("artificier", "artificial")]
    [InlineData("usine", "usiner")]
    [InlineData("versement", "version")]
    [InlineData("department", "départ")]
    [InlineData("directory", "director")]
    [InlineData("chais", "chaise")]
    [InlineData("passif", "passe")]
    [InlineData("permis", "permissions")]
    [InlineData("collection", "collecte")]
    [InlineData("livre", "livrer")]
    [InlineData("arbitre", "arbitration")]
    [InlineData("automatique", "automate")]
    [InlineData("machine", "machining")]
    [InlineData("matériel", "matériaux")]
    [InlineData("porteuse", "porte")]
    [InlineData("traverses", "travel")]
    [InlineData("exhaust", "exhaustion")]
    [InlineData("shower", "show")]
    [InlineData("chauffes", "chauffeur")]
    [InlineData("échanger", "échangeur")]
    [InlineData("grill", "grille")]
    [InlineData("appellation", "appel")]
    [InlineData("tailleur", "taille")]
    [InlineData("tracteur", "traction")]
    [InlineData("gestes", "gestion")]
    [InlineData("touristes", "tour")]
    [InlineData("mast", "master")]
    [InlineData("recalés", "recall")]
    [InlineData("embarquement", "embarqué")]
    [InlineData("boarding", "board")]
    [InlineData("handle", "handling")]
    [InlineData("partie", "partiel")]
    [InlineData("attache", "attachment")]
    [InlineData("accordeur", "accord")]
    [InlineData("allowed", "allowance")]
    [InlineData("k8s", "k8")]
    [InlineData("1000s", "1000")]
    [InlineData("leaving", "leaver")]
    [InlineData("leaving", "leave")]
    [InlineData("proper", "propped")]
    [InlineData("properly", "propping")]
    [InlineData("screening", "screen")]
    [InlineData("lifting", "lift")]
    [InlineData("formé", "formation")]
    [InlineData("formes", "formations")]
    [InlineData("bonne", "bon")]
    public void Stem_DifferentWordsSharingARoot_StayApart(string first, string second)
    {
        // A building is not a software build, a group plan not a pickup, profit-sharing not interest, encryption not costing, an email
        // not the post, works not travel, and everyday words not the vocabulary word their stripped form happens to be.
        Assert.NotEqual(StemOf(first), StemOf(second));
    }

    [Theory]
    [InlineData("password", "pasword", true)]
    [InlineData("password", "passowrd", true)]
    [InlineData("imprimante", "imprimnte", true)]
    [InlineData("kubernetes", "kubernetess", true)]
    [InlineData("salaire", "salarie", true)]
    [InlineData("password", "passwrod1", false)]
    [InlineData("facture", "fracture", true)]
    [InlineData("badge", "bridge", false)]
    public void WithinOneEdit_Pairs_DetectsSingleEdits(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypoLexicon.WithinOneEdit(a, b));
    }

    [Theory]
    [InlineData("Je n'ai pas reçu ma fiche de paie", "hr.pay")]
    [InlineData("Erreur sur mon bulletin de salaire", "hr.pay")]
    [InlineData("my payslip is wrong", "hr.pay")]
    [InlineData("le cluster k8s ne démarre plus", "sw.kubernetes")]
    [InlineData("pod stuck in Kubernetes", "sw.kubernetes")]
    [InlineData("mdp expiré", "it.account")]
    [InlineData("j'ai oublie mon mot de passe", "it.account")]
    [InlineData("forgot my pasword", "it.account")]
    [InlineData("demande de conges pour aout", "hr.leave")]
    [InlineData("le VPN ne se connecte plus", "it.vpn")]
    [InlineData("imprimnate bloquée", "it.printer")]
    [InlineData("question RGPD sur les données clients", "legal.privacy")]
    [InlineData("GDPR question on customer data", "legal.privacy")]
    [InlineData("Mon DECT sonne plus depuis ce matin", "it.phone")]
    [InlineData("my pager stopped beeping on call", "it.phone")]
    [InlineData("Un collègue s'est brûlé l'avant-bras sur la porte du four, on a mis un pansement", "hse.accident")]
    [InlineData("Tom trapped his hand in the palletiser this morning, nothing broken", "hse.accident")]
    [InlineData("Je me suis coupée au pouce avec le tranchet ce matin, on m'a dit qu'il fallait le déclarer", "hse.accident")]
    [InlineData("Someone tailgated a truck through the gate and walked round the warehouse", "sec.physical")]
    [InlineData("Un intrus a été vu dans l'entrepôt cette nuit", "sec.physical")]
    [InlineData("saw a mouse near the dry store in the packhouse this morning!! who do I tell", "fac.building")]
    [InlineData("J'ai vu une souris dans la réserve ce matin", "fac.building")]
    [InlineData("ma souris ne marche plus depuis ce matin", "it.hardware")]
    [InlineData("j'ai besoin d'une attestation d'emploi pour mon crédit hypothécaire, la banque la veut vendredi", "hr.admin")]
    [InlineData("a clip came off the hoist and fell next to a scaffolder, nobody hurt. Where do I report it?", "hse.accident")]
    [InlineData("Un carton est tombé du rack, chute d'objet dans l'allée, aucun blessé. Je le déclare où ?", "hse.accident")]
    [InlineData("The heating in the crew room has been broken since yesterday, it's 12°C in there during the night shift", "fac.building")]
    [InlineData("On s'est fait voler 14 ruches au rucher pendant la fin de semaine, faut faire le rapport, qui s'en occupe?", "sec.physical")]
    [InlineData("A guest lost her wallet near the aviary around 1pm, she left her number at the front desk", "fac.security_guarding")]
    [InlineData("Urgent, j'ai reçu un e-mail du « CFO » qui demande de payer une facture de 48 000 EUR à un nouveau fournisseur aujourd'hui", "sec.incident")]
    [InlineData("Reçu un mail du président qui me demande de régler une facture aujourd'hui, c'est normal ?", "sec.incident")]
    [InlineData("Hi, since this morning Teams says my account is disabled, je ne peux pas rejoindre ma session client de 10h", "it.account")]
    [InlineData("my account was deactivated while I was on leave, can someone turn it back on?", "it.account")]
    [InlineData("besoin de nouvelles chaussures de secu taille 43, les miennes sont percées", "hse.ppe")]
    [InlineData("Comment je fais pour avoir des nouvelles bottes de secu ? les miennes prennent l'eau", "hse.ppe")]
    [InlineData("Ce matin la vitrine du showroom a été forcée, il manque 3 compas et un baromètre. Qu'est-ce qu'on fait ?", "sec.physical")]
    [InlineData("urgent: grillage découpé côté bassin, 2 conteneurs ouverts au bloc F avec les scellés cassés. on fait quoi ??", "sec.physical")]
    [InlineData("Un véhicule suspect tourne autour du parc depuis 20 min, deux personnes prennent des photos", "sec.physical")]
    [InlineData("j'ai reçu un mail « Colissimo » qui me demande 1,99 € pour debloquer un colis, j'ai cliqué et mis ma carte perso... c'est grave ?", "sec.incident")]
    [InlineData("I just got a 'DocuSign' email asking me to sign the co-edition contract, with a login link. I don't think we sent it. Phishing?", "sec.incident")]
    [InlineData("Chute d'une clé de 17 depuis 20 m sur le pylône, personne de touché mais c'était moins une. Je le signale où ?", "hse.accident")]
    [InlineData("ajoutez-moi à la liste Info Bourbince - tout le personnel svp, je ne reçois rien depuis mon arrivée", "it.access")]
    [InlineData("Un client de la boutique ramène un couteau dont le ressort a cassé, acheté il y a 6 mois. C'est sous garantie je pense, je le transmets où ?", "sales.aftersales")]
    [InlineData("Un client veut laisser en réparation une caisse claire dont le cercle est voilé, je l'enregistre où ?", "sales.aftersales")]
    [InlineData("Hi, I stopped receiving emails from the 'Tous les enseignants' list since September, could you add me back?", "it.access")]
    [InlineData("il faut creer un nouveau fournisseur pour les palettes bois, la boite de Trelissac. c'est qui qui s'en occupe ?", "proc.purchase")]
    public void Analyze_SynonymsTranslationsAbbreviationsAndTypos_FindTheTopic(string text, string topic)
    {
        var understanding = Understand(text);

        Assert.Equal(topic, understanding.Topics[0].Topic.Id);
    }

    [Theory]
    [InlineData("I can't log in to Opera at reception this morning", "it.account", true)]
    [InlineData("she's locked out since the update", "it.account", true)]
    [InlineData("We have a new hire starting Monday in the warehouse", "hr.onboarding", true)]
    [InlineData("Our van was stolen from the yard last night", "sec.physical", true)]
    [InlineData("The boiler log shows the burner stopped in the night", "it.account", false)]
    [InlineData("Please lock the door when you go out", "it.account", false)]
    [InlineData("Which of the new products should we hire a designer for?", "hr.onboarding", false)]
    public void Analyze_TermThatStopWordsLeaveOneWordOf_MatchesOnlyItsWordsInARow(string text, string topic, bool found)
    {
        // "log in", "locked out", "new hire", "was stolen": stop words leave one word, so the term counts only as its words in a row.
        var understanding = Understand(text);

        Assert.Equal(found, understanding.Topics.Any(t => t.Topic.Id == topic));
    }

    [Theory]
    [InlineData("Qui peut envoyer une annonce a tous les salaries pour rappeler la fermeture du pont de l'Ascension ?", false)]
    [InlineData("Les salariés de l'atelier demandent un vestiaire de plus, qui s'en occupe ?", false)]
    [InlineData("Mon salaire de mars n'est pas arrivé", true)]
    [InlineData("My salary is wrong this month", true)]
    public void Analyze_SalariesAreTheStaff_NotTheirPay(string text, bool pay)
    {
        // "salariés", written "salaries" without its accent, are the employees; only "salaire" and "salary" name their pay.
        var understanding = Understand(text);

        Assert.Equal(pay, understanding.Topics.Any(t => t.Topic.Id == "hr.pay"));
    }

    [Theory]
    [InlineData("We've been out of amoxicillin 250 mg/5 mL suspension for 3 days at the wholesaler", "data.science", false)]
    [InlineData("Est-ce que nos travaux de détection par ML sont admissibles au crédit d'impôt ?", "data.science", true)]
    [InlineData("Il faut un panneau de 30 po pour l'entrée du magasin", "proc.purchase", false)]
    public void Analyze_UnitAfterANumber_IsAMeasureNotTheSubjectItsAbbreviationNames(string text, string topic, bool found)
    {
        var understanding = Understand(text);

        Assert.Equal(found, understanding.Topics.Any(t => t.Topic.Id == topic));
    }

    [Theory]
    [InlineData("je voudrais poser mes jours de CET avant le 31, c encore possible ?", "hr.leave", true)]
    [InlineData("IK de novembre pas sur mon bulletin, 1200 km de tournées", "fin.expenses", true)]
    [InlineData("cet après-midi la salle est libre ?", "hr.leave", false)]
    [InlineData("Ik heb een vraag over de planning van morgen", "fin.expenses", false)]
    [InlineData("Un agent a glissé sur le quai verglacé, comment on déclare l'AT ?", "hse.accident", true)]
    [InlineData("On se retrouve at the depot at 9?", "hse.accident", false)]
    public void Analyze_AcronymThatIsAlsoAStopWord_CountsOnlyInCapitals(string text, string topic, bool found)
    {
        var understanding = Understand(text);

        Assert.Equal(found, understanding.Topics.Any(t => t.Topic.Id == topic));
    }

    [Theory]
    [InlineData("Le hêtre livré cette semaine par la scierie est à 14% d'humidité, c'est ok pour la tournerie ?", "sc.shipping")]
    [InlineData("On peut quand même livrer le lot de compost aux agriculteurs avec un C/N à 28 ?", "sc.shipping")]
    [InlineData("Écouvillon positif Listeria en zone 2 près de l'enrobeuse. On arrête la ligne ? On fait quoi ?", "eng.maintenance")]
    [InlineData("Le client veut un chiffrage pour recalorifuger les lignes pendant l'arrêt, qui s'en occupe ?", "eng.maintenance")]
    [InlineData("Convoyage vendredi : qqn peut m'aider à choisir la fenêtre météo avec les fichiers GRIB ?", "fac.building")]
    public void Analyze_TermThatUsuallyGivesTheContext_IsHalfASubject(string text, string topic)
    {
        // "livré", "livrer" say what happened to the goods, as "livraison" does; stopping a line is what a quality alert asks about or
        // when work happens; a window is also a weather window or a maintenance window: half a term, not a desk's full subject.
        var understanding = Understand(text);

        var found = Assert.Single(understanding.Topics, t => t.Topic.Id == topic);
        Assert.True(found.StrongestTerm < 1, $"strongest term {found.StrongestTerm}");
    }

    [Theory]
    [InlineData("ALARM chiller #2 high temp on the penguin exhibit, compressor fault. Called the on-call phone, no answer yet.")]
    [InlineData("Alarme compresseur sur le groupe froid, j'ai appelé le téléphone d'astreinte, pas de réponse")]
    public void Analyze_TheOnCallPhoneCalled_IsNoPhoneToFix(string text)
    {
        // Whom the requester tried to reach is how, not what: the alarm is the subject, not the IT desk's phones.
        var understanding = Understand(text);

        Assert.DoesNotContain(understanding.Topics, t => t.Topic.Id == "it.phone");
    }

    [Theory]
    [InlineData("Health & Safety Officer", "hse.risk")]
    [InlineData("Conseillère en prévention", "hse.risk")]
    [InlineData("Coordonnateur relations de travail", "hr.labour_law")]
    [InlineData("Industrial relations manager", "hr.labour_law")]
    [InlineData("Faudrait faire étalonner les rubans à mesurer de la ligne 2", "q.metrology")]
    [InlineData("Frigoriste - froid industriel", "eng.hydraulics")]
    [InlineData("Which refrigerant replaces R404A in the cold rooms?", "eng.hydraulics")]
    public void Analyze_JobTitlesAndVerbsOfATrade_NameItsSubject(string text, string topic)
    {
        // A title that holds the subject ("Health & Safety Officer", "relations de travail") is evidence of it, as the noun's verb is.
        var understanding = Understand(text);

        Assert.Contains(understanding.Topics, t => t.Topic.Id == topic);
    }

    [Theory]
    [InlineData("The boiler is banging and the shop is at 15 degrees", "mkt.digital", false)]
    [InlineData("Our eshop checkout drops the basket since the update", "mkt.digital", true)]
    [InlineData("We want to open an online shop for the spring range", "mkt.digital", true)]
    public void Analyze_AShop_IsNoOnlineShop(string text, string topic, bool found)
    {
        // "e-shop" written as a term lost its one-letter prefix and left "shop" standing for online commerce: a shop's heating went to
        // the web marketing people.
        var understanding = Understand(text);

        Assert.Equal(found, understanding.Topics.Any(t => t.Topic.Id == topic));
    }

    [Theory]
    [InlineData("Can anyone recommend a pediatric dentist in Kingston taking new patients?")]
    [InlineData("Could you recommend someone for the stand?")]
    public void Analyze_AskingSomeoneToRecommend_IsNoRegisteredLetter(string text)
    {
        // "Recommend" is how the question is asked; corrected into "recommandé" it had become a registered letter for the mail room.
        var understanding = Understand(text);

        Assert.DoesNotContain(understanding.Topics, t => t.Topic.Id == "fac.mail");
    }

    [Fact]
    public void Analyze_AProperLookAtAnOpenTournament_PropsNoDoorOpen()
    {
        var understanding = Understand("Need a proper look at pricing for the week of the 2027 Open qualifier");

        Assert.DoesNotContain(understanding.Topics, t => t.Topic.Id == "sec.physical");
    }

    [Theory]
    [InlineData("Need a decision on a fungicide application vs leaving it before the frost returns")]
    [InlineData("I need my euro float for the Christmas markets tour leaving 11 Dec")]
    public void Analyze_Leaving_IsNoLeaveRequest(string text)
    {
        // "leaving" keeps its own stem, and is not read as "leave" with an ending either.
        var understanding = Understand(text);

        Assert.DoesNotContain(understanding.Topics, t => t.Topic.Id == "hr.leave");
    }

    [Fact]
    public void Analyze_TenantSkillWithTypo_IsCorrectedAgainstTheDirectory()
    {
        var index = new TestTenant().Person("u1", "Someone", skills: ["Zephyrion calibration:expert"]).Index();

        var understanding = RequestUnderstanding.Analyze("question sur Zephyrian", index);

        Assert.Contains(LightStemmer.Stem("zephyrion"), understanding.CorrectedStems);
    }

    [Theory]
    [InlineData("Who knows cryptographic hashing?", "Cryptographie", "cryptographie")]
    [InlineData("Besoin d'un ergonome", "Ergonomie", "ergonomie")]
    public void Analyze_UnknownWordSharingALongRootWithAProfileWord_BecomesThatWord(string text, string skill, string profileWord)
    {
        var index = new TestTenant().Person("u1", "Someone", skills: [$"{skill}:expert"]).Index();

        var understanding = RequestUnderstanding.Analyze(text, index);

        Assert.Contains(LightStemmer.Stem(profileWord), understanding.CorrectedStems);
    }

    [Theory]
    [InlineData("une fiche de poste", "Postgres")]
    [InlineData("my laptop", "Lapidary work")]
    [InlineData("recyclability of our board cartons", "CartonIQ")]
    [InlineData("a power cut at the depot", "PowerBI")]
    public void Analyze_ShortSharedStart_IsNotACognate(string text, string skill)
    {
        var index = new TestTenant().Person("u1", "Someone", skills: [$"{skill}:expert"]).Index();

        var understanding = RequestUnderstanding.Analyze(text, index);

        Assert.Empty(understanding.CorrectedStems);
    }

    [Theory]
    [InlineData("Atrazine keeps creeping up at the Marchin outlet, is the carbon exhausted?")]
    [InlineData("Le taux d'atrazine monte à la sortie de Marchin, le charbon est-il saturé ?")]
    public void Analyze_NameWrittenWithItsCapitalInsideASentence_IsNotATypo(string text)
    {
        // "Marchin" is a place: one letter from "machin" (machining), it is still not that word.
        var index = new TestTenant().Person("u1", "Someone", skills: ["Machining:expert", "Usinage:expert"]).Index();

        var understanding = RequestUnderstanding.Analyze(text, index);

        Assert.DoesNotContain(LightStemmer.Stem("machining"), understanding.Stems);
    }

    [Fact]
    public void Analyze_GermanNounWithItsCapital_IsStillCorrected()
    {
        var index = new TestTenant().Person("u1", "Someone", skills: ["Machining:expert"]).Index();

        var understanding = RequestUnderstanding.Analyze("Die Spindel ist kaputt, wer kann die Marchin reparieren?", index);

        Assert.Contains(LightStemmer.Stem("machining"), understanding.Stems);
    }

    [Fact]
    public void Analyze_EverydayShortWord_IsNotCorrectedIntoAVocabularyTerm()
    {
        var understanding = Understand("une meule de comté");

        Assert.Empty(understanding.CorrectedStems);
    }

    [Fact]
    public void Analyze_ShortKnownWordWithAnEnding_IsThatWordNotATypo()
    {
        // "paying" is "pay" (the vocabulary knows "pay"), not a typo of "paging" (an on-call term that made it a production outage).
        var understanding = Understand("the subbie wants paying gross");

        Assert.Contains("pay", understanding.Stems);
        Assert.DoesNotContain(understanding.Topics, t => t.Topic.Id == "sw.production_incident");
        Assert.Empty(understanding.CorrectedStems);
    }

    [Theory]
    [InlineData("need 3 CGIs of the massing for the client", "cgi")]
    [InlineData("qui relit les SOPs de la ligne 2 ?", "sop")]
    public void Analyze_AcronymWithAPluralS_IsTheAcronym(string text, string stem)
    {
        var index = new TestTenant()
            .Person("u1", "Jamie Ng", skills: ["Architectural visualisation (CGI):advanced"])
            .Person("u2", "Anne Roy", responsibilities: ["Rédaction des SOP"])
            .Index();

        var understanding = RequestUnderstanding.Analyze(text, index);

        Assert.Contains(stem, understanding.Stems);
    }

    [Theory]
    [InlineData("RF gun won't connect to the wifi in aisle 30", true)]
    [InlineData("Le VPN tombe toutes les 10 min", true)]
    [InlineData("mon badge ne marche plus", true)]
    [InlineData("My badge stopped opening the clean-room door since Monday", true)]
    [InlineData("mon badge n'ouvre plus la porte de l'atelier", true)]
    [InlineData("l'imprimante d'étiquettes n'imprime plus, elle est en erreur réseau", true)]
    [InlineData("the scanner shows an error code E42", true)]
    [InlineData("Heating in the showroom has packed in, can someone get a heating guy out?", true)]
    [InlineData("l'imprimante imprime les faire-part tout rayés, quelqu'un peut regarder ?", true)]
    [InlineData("Le traceur ne sort plus que des pages blanches", true)]
    [InlineData("fuite d'huile sous la presse 3, j'ai mis un bac", true)]
    [InlineData("la barque 4 prend l'eau, faut la sortir du bassin", true)]
    [InlineData("le PC de l'accueil redémarre en boucle depuis ce matin", true)]
    [InlineData("We packed in the last of the samples, can someone collect them?", false)]
    [InlineData("quelle erreur de calcul dans ce tableau ?", false)]
    [InlineData("Est-ce que ça tombe sous les biens à double usage ?", false)]
    [InlineData("Le 25 tombe un vendredi cette année, on ferme le 24 ?", false)]
    [InlineData("Can we get a quote by Friday?", false)]
    [InlineData("Who can create a signature mocktail?", false)]
    [InlineData("We've won the Calderdale tender!", false)]
    public void ReportsAProblem_BrokenThingsOnly(string text, bool expected)
    {
        // "can't" and "won't" lose their "t" to the tokenizer: the bare "can" or "won" must never read as a problem.
        Assert.Equal(expected, TestTenant.Vocabulary.ReportsAProblem(TextNormalizer.Tokenize(text)));
    }

    [Theory]
    [InlineData("La bande transporteuse est déchirée, il faut refaire une jonction vulcanisée. Qui maîtrise ça en interne ?", "intern")]
    [InlineData("Our conveyor belt is torn: anyone who knows belt splicing in-house?", "hous")]
    public void Analyze_InHouse_IsHowTheQuestionIsAskedNotWhatItAsksAbout(string text, string stem)
    {
        // "En interne" after "qui maîtrise" made anyone holding "Audit interne" know what was asked, ahead of the belt splicer.
        var index = new TestTenant()
            .Person("u1", "Frank Thill", skills: ["Audit interne:advanced", "In-house training:advanced"])
            .Index();

        var understanding = RequestUnderstanding.Analyze(text, index);

        Assert.DoesNotContain(stem, understanding.ObjectStems);
        Assert.DoesNotContain(stem, understanding.Stems);
    }

    private static string StemOf(string word) => LightStemmer.Stem(TextNormalizer.Tokenize(word)[0]);

    /// <summary>The request understood against a directory of one person with no profile: only the vocabulary speaks.</summary>
    private static RequestUnderstanding Understand(string text) => RequestUnderstanding.Analyze(text, new TestTenant().Person("u1", "Someone").Index());
}
