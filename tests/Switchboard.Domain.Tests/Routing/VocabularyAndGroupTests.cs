using System.Globalization;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Tests.Routing;

public sealed class VocabularyAndGroupTests : IDisposable
{
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("vocabulary-tests-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_ExtensionFile_MergesTermsIntoExistingTopicAndAddsNewOnes()
    {
        var path = Path.Combine(_directory, "extra.json");
        File.WriteAllText(path, """
            {
              // Comments are allowed: administrators annotate their files.
              "topics": [
                { "id": "it.vpn", "terms": ["tunnel maison"] },
                { "id": "ops.cheese", "label": "cheese ripening", "domain": "engineering", "kind": "expertise", "terms": ["affinage", "cave d'affinage"] }
              ]
            }
            """);

        var vocabulary = TopicVocabulary.Load(path);
        var index = RoutingIndex.Build(new TestTenant().Person("u", "U").Snapshot(), vocabulary, new RoutingOptions());

        Assert.Equal("it.vpn", RequestUnderstanding.Analyze("le tunnel maison ne marche plus", index).Topics[0].Topic.Id);
        Assert.Equal("ops.cheese", RequestUnderstanding.Analyze("question sur la cave d'affinage", index).Topics[0].Topic.Id);
        Assert.Equal(TopicKind.Expertise, vocabulary.FindTopic("ops.cheese")!.Kind);
    }

    [Fact]
    public void Load_MalformedExtensionFile_NamesFileAndLine()
    {
        var path = Path.Combine(_directory, "broken.json");
        File.WriteAllText(path, "{\n  \"topics\": [\n    { \"id\": 12 }\n  ]\n}");

        var exception = Assert.Throws<InvalidDataException>(() => TopicVocabulary.Load(path));

        Assert.StartsWith($"Vocabulary '{path}' line 3:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BreakdownTopicThatIsNoTopic_NamesTheField()
    {
        var path = Path.Combine(_directory, "breakdown.json");
        File.WriteAllText(path, "{ \"breakdownTopic\": \"eng.repairs\" }");

        var exception = Assert.Throws<InvalidDataException>(() => TopicVocabulary.Load(path));

        Assert.Contains("'breakdownTopic'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("eng.repairs", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OrderTopicThatIsNoTopic_NamesTheField()
    {
        var path = Path.Combine(_directory, "order.json");
        File.WriteAllText(path, "{ \"orderTopic\": \"proc.buying\" }");

        var exception = Assert.Throws<InvalidDataException>(() => TopicVocabulary.Load(path));

        Assert.Contains("'orderTopic'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("proc.buying", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInVocabulary_EveryTopic_HasLabelKnownDomainAndTerms()
    {
        var vocabulary = TestTenant.Vocabulary;

        Assert.True(vocabulary.Topics.Count >= 100, "the built-in vocabulary must cover the usual departments broadly");
        Assert.All(vocabulary.Topics, topic =>
        {
            Assert.NotEqual(topic.Id, topic.Label);
            Assert.True(topic.DomainIndex >= 0, $"{topic.Id} names unknown domain {topic.Domain}");
        });
        Assert.Contains(vocabulary.Topics, t => t.Kind == TopicKind.Service);
        Assert.Contains(vocabulary.Topics, t => t.Kind == TopicKind.Expertise);
    }

    [Theory]
    [InlineData("Le radiateur de mon bureau ne chauffe plus")]
    [InlineData("The radiator in my office is cold")]
    public void Route_TwoTeamsClaimingADomain_TheOneNamingMoreOfItsSubjectsWins(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("a-plant", "Atelier", "Maintenance des machines et des bâtiments de production.", ["Interventions"])
            .Team("z-facilities", "Services généraux", "Badges, salles de réunion, chauffage, entretien des bureaux et parking.", ["Demandes"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("z-facilities", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Ma note de frais n'est pas remboursée")]
    [InlineData("My expense claim has not been reimbursed")]
    public void Route_AllHandsTeam_NeverReceivesRequests(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("all-finance", "All Finance", "Everyone in finance: accounting, expenses, invoices, treasury.")
            .Team("fin-desk", "Finance Desk", "Notes de frais et factures fournisseurs. Expense claims and supplier invoices.", ["Requests"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal("fin-desk", answer.Targets[0].Id);
        Assert.DoesNotContain(answer.Targets, t => t.Id == "all-finance");
    }

    [Theory]
    [InlineData("How many mares has Emerald Isle covered so far at Scone and what's his fertility % this season?")]
    [InlineData("Combien de juments Emerald Isle a-t-il saillies à Scone cette saison, et son taux de fertilité ?")]
    public void Route_GroupWithAYearInItsName_IsASeasonNotADesk(string text)
    {
        // Its description names the request's words ("covering stats", "stallion schedules"), but a season with an end takes no requests.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-shuttle", "Jack Cooper", jobTitle: "Shuttle stallions manager", skills: ["Shuttle stallions:expert", "Covering statistics:expert", "Statistiques de saillie:expert"])
            .Team("g-season", "Shuttle Season AUS 2026", "Coordination of the 2026 shuttle season at Scone: stallion schedules, covering stats, fertility, mares. Saillies et juments.", ["Covering stats"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-season");
        Assert.Equal("p-shuttle", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Heat Treatment Trial - Bristol", "hotel in Bath has bed bugs in 6 rooms, who's the heat treatment guru?")]
    [InlineData("Bed Bug Heat Pilot", "Un hôtel à Bath a des punaises de lit dans 6 chambres, qui s'y connaît en traitement thermique ?")]
    public void Route_GroupNamedAfterItsTrial_IsAProjectNotADesk(string name, string text)
    {
        // Its description names the request's words, but a trial runs its rig; the expert is asked.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-heat", "Nathan Greaves", jobTitle: "Senior technician", skills: ["Bed bug heat treatment:expert", "Traitement thermique punaises de lit:expert"])
            .Team("g-trial", name, "Trial of the new electric heat-treatment rig for bed bugs in hotels and student halls. Essai du traitement thermique des punaises de lit.", ["Trial log"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-trial");
        Assert.Equal("p-heat", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Provet Cloud Migration", "Move of the practices to Provet Cloud: reminder templates, data migration, super-user training.",
        "How do I set up a reminder template in Provet so that puppies get their vaccination SMS automatically?")]
    [InlineData("Provet Upgrade", "Reminder templates, data and super-user training for the new Provet version.",
        "How do I set up a reminder template in Provet so that puppies get their vaccination SMS automatically?")]
    [InlineData("Équipe Provet", "Passage à Provet Cloud (go-live février 2027) : modèles de rappels, reprise des données, formation.",
        "Comment on configure un modèle de rappel dans Provet pour que les chiots reçoivent le SMS de vaccination automatiquement ?")]
    public void Route_GroupOfAMigrationOrAGoLive_IsAProjectNotADesk(string name, string description, string text)
    {
        // Its description names the tool and the task, but a migration team runs the move; the expert of the tool is asked.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-provet", "Sarah Lloyd", jobTitle: "Practice systems lead", skills: ["Provet Cloud (reminders, templates):expert:ask"])
            .Team("g-move", name, description, ["General"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-move");
        Assert.Equal("p-provet", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Réserver l'enceinte climatique Tornado pour jeudi")]
    [InlineData("Can I book the Tornado climatic chamber on Thursday?")]
    public void Route_ServiceUnknownToVocabulary_GoesToTheTeamDescribingIt(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("lab-booking", "Réservations labo", "Réservation des moyens d'essai : enceinte climatique Tornado, pot vibrant. Booking of the Tornado climatic chamber and shaker.", ["Réservations"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("lab-booking", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Réserver un billet de train pour Lyon mardi")]
    [InlineData("Please book a train ticket to Leeds for Tuesday")]
    public void Route_NoTeamNamesTheServiceButSomeoneOwnsIt_GoesToTheOwner(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("owner", "Travel Owner", responsibilities: ["Réservations de voyages / travel bookings"])
            .Team("office", "Office Services", "Desks, meeting rooms, building passes, post and catering.", ["Requests"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("owner", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Qui maîtrise SolidWorks ?")]
    [InlineData("Who is good at SolidWorks?")]
    public void Route_RequesterIsTheOnlyExpert_AnswersNoneSayingSo(string text)
    {
        var tenant = new TestTenant().Person("req", "Requester", skills: ["SolidWorks:expert"]).Person("other", "Other");

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains(answer.Reasons, r => r.StartsWith("you are the only one", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2027-03-09T22:30:00+01:00", true)]
    [InlineData("2027-03-10T04:30:00+01:00", true)]
    [InlineData("2027-03-09T10:00:00+01:00", false)]
    public void Route_NightShift_WorkingHoursWrapAroundMidnight(string at, bool expectedInHours)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("night", "Night Owl", skills: ["SolidWorks:expert"], hours: "21:00-05:00");

        var answer = new RequestRouter().Route(
            new RoutingRequest("req", "SolidWorks help", Urgency.Critical, Impact.Team, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)), tenant.Index(), tenant.Workload());

        Assert.Equal(expectedInHours, answer.Targets.Any(t => t.Id == "night"));
    }

    /// <summary>A staffing agency: half its desks serve temps and candidates, so "candidats" names the trade, not a desk.</summary>
    private static TestTenant StaffingAgency(int desksNamingCandidates) => Enumerable.Range(0, 8).Aggregate(
        new TestTenant()
            .Person("req", "Sarah Lambert")
            .Person("p-art60", "Rachida Moussaoui", skills: ["Insertion socioprofessionnelle (article 60, CPAS):expert"]),
        (tenant, i) => tenant.Team($"g-{i}", $"Desk {i}", i < desksNamingCandidates
            ? $"Service {i} : contrats, candidats et intérimaires, plannings {i}."
            : $"Service {i} : factures, badges et salles {i}.", ["General", "Demandes"]));

    [Fact]
    public void Route_ServiceWordMostDesksName_IsTheTradeNotADesk()
    {
        var tenant = StaffingAgency(desksNamingCandidates: 4);

        var answer = Route(tenant, "Le CPAS nous propose des candidats sous article 60, on peut les placer chez nos clients ?", Urgency.Normal, Impact.Team);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-art60", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_ServiceWordOneDeskNames_StaysThatDesksService()
    {
        var tenant = StaffingAgency(desksNamingCandidates: 1);

        var answer = Route(tenant, "J'ai deux nouveaux candidats à inscrire, qui s'en occupe ?", Urgency.Normal, Impact.Team);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("g-0", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("We need 8 extra stewards in the family stand for Boxing Day", "it.collaboration")]
    [InlineData("Agent's pushing hard and wants an answer by lunch, who has watched him play?", "fac.canteen")]
    [InlineData("Le procureur demande le dossier de mariage", "proc.sourcing")]
    [InlineData("Bom dia, le mail van de klant is vreemd", "eng.hydraulics")]
    [InlineData("DIA reçue pour la boulangerie, pile dans le périmètre Cœur de ville", "eng.structural")]
    [InlineData("Ci-joint le planning, c'est du ressort de qui ?", "eng.mechanical")]
    [InlineData("Ci-joint le devis des joints de carrelage", "eng.hydraulics")]
    [InlineData("The crossing was rough, heavy sea all night", "mkt.digital")]
    [InlineData("Brake drag on the rear axle since we changed the slack adjusters", "it.collaboration")]
    public void Analyze_WordsOfAnotherMeaning_DoNotMakeTheTopic(string text, string topic)
    {
        var index = RoutingIndex.Build(new TestTenant().Person("u", "U").Snapshot(), TestTenant.Vocabulary, new RoutingOptions());

        var understood = RequestUnderstanding.Analyze(text, index).Topics;

        Assert.DoesNotContain(understood, t => t.Topic.Id == topic && t.Weight >= new RoutingOptions().SecondaryTopicThreshold);
    }

    [Theory]
    [InlineData("les lampadaires sont éteints dans tout le lotissement depuis 2 soirs")]
    [InlineData("the streetlights are out on the whole estate")]
    public void Route_StreetLighting_ReachesTheDeskNamingLighting(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert")
            .Person("p-sys", "Cédric Vidal", skills: ["Administration systèmes:advancedProfessional"])
            .Team("g-road", "Voirie et éclairage public", "Nids-de-poule, signalisation, éclairage public et mobilier urbain.", ["General", "Signalements"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Team);

        Assert.Equal("g-road", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Quelqu'un vendrait des chaînes à neige pour une Clio 5 ? ma femme est coincée en bas")]
    [InlineData("Qui monte skier samedi ? je cherche un covoit depuis le centre")]
    [InlineData("Quelqu'un vend des peaux de phoque 130 mm ? les miennes ne collent plus")]
    [InlineData("Anyone selling snow chains for a small car? my wife is stuck at the bottom of the pass")]
    public void Route_ClassifiedAdsAndFamilyErrands_ArePersonal(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert")
            .Person("p-snow", "Patrick Gay", jobTitle: "Responsable neige de culture", responsibilities: ["Production de neige"])
            .Team("g-ship", "Trade Compliance - Export & shipping", "Shipping requests, export licences, couriers.", ["General", "Shipping requests"]);

        var answer = Route(tenant, text, Urgency.Low, Impact.Individual);

        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Fact]
    public void Route_BorrowingForOnesGarden_IsPersonal()
    {
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert")
            .Person("p-bpe", "Sandrine Aubry", skills: ["Béton prêt à l'emploi:expert"]);

        var answer = Route(tenant, "Qqn aurait une bétonnière à me prêter ce week-end pour couler ma terrasse ?", Urgency.Low, Impact.Individual);

        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Fact]
    public void Route_SiteNamesADeskShares_DoNotMakeItTheDesk()
    {
        // The IT desk serves the tills of the Paris, London and Milano stores; a transfer between two of them is the logistics desk's.
        var tenant = new TestTenant()
            .Person("req", "Amelia Clarke", language: "en-GB", office: "London - Mount Street store")
            .Person("p-mi", "Luca Moretti", language: "it-IT", office: "Milano - Montenapoleone")
            .Person("p-pa", "Julie Bonnet", office: "Paris - Siège")
            .Team("g-it", "Support IT", "Ordinateurs, mots de passe, caisses des boutiques (Paris, London, Milano), imprimantes.", ["General", "Demandes"])
            .Team("g-log", "Logistique boutiques", "Transferts entre boutiques Paris, London et Milano, réassort, coursiers.", ["General", "Demandes"]);

        var answer = Route(tenant, "Can we get 3 bags transferred from Milano to London for a client on Saturday?", Urgency.Normal, Impact.Team);

        Assert.Equal("g-log", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_FiveASideTeam_IsSocial()
    {
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert")
            .Team("g-it", "IT Service Desk", "Laptops, passwords, Wi-Fi at the stadium and the training ground, printers.", ["General", "Requests"])
            .Team("g-staff", "Staff Five-a-side", "Wednesday night games at the Ashton Vale gym, laptops welcome for the scores.", ["General"]);

        var answer = Route(tenant, "Laptop won't connect to the wifi in the gym at Ashton Vale since last night's update", Urgency.Normal, Impact.Individual);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-staff");
    }

    [Theory]
    [InlineData("Bonjour, pouvez-vous enregistrer ma carte de dimanche pour que mon index soit mis à jour ? je l'ai oubliée à l'accueil")]
    [InlineData("Hi, could you record my score card from Sunday so my index gets updated?")]
    public void Route_TheCompanysTradeWordInADeskName_IsNoLeisure(string text)
    {
        // At a golf resort whose staff teach and run golf, "golf" in the tee-time desk's name is its trade, not a staff league's sport;
        // the staff league, named as one, stays social.
        var tenant = new TestTenant()
            .Person("req", "Maite Etcheverry", jobTitle: "Réceptionniste hôtel")
            .Person("p-dir", "Andrew McKinnon", jobTitle: "Directeur du golf", language: "en-GB")
            .Person("p-pro1", "Pierre Sallenave", jobTitle: "Enseignant golf")
            .Person("p-pro2", "Marion Dufourcq", jobTitle: "Enseignante golf")
            .Person("p-start", "Peio Elissalde", jobTitle: "Starter golf")
            .Person("p-hcp", "Vincent Abadie", jobTitle: "Secrétaire sportif", skills: ["Handicap WHS (calcul d'index):advanced"])
            .Team("g-it", "Support informatique", "Comptes, mots de passe, PC, imprimantes, Wi-Fi.", ["Général", "Demandes"])
            .Team("g-tee", "Départs & réservations golf", "Réservation des départs, green fees, enregistrement des cartes de score et mise à jour des index.", ["Général"])
            .Team("g-league", "Ligue de golf du personnel", "Parties entre collègues le lundi après-midi et classement de la saison.", ["Général"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("g-tee", answer.Targets[0].Id);
        Assert.False(tenant.Index().Groups.Single(g => g.Group.Id == "g-league").AcceptsRequests);
    }

    [Theory]
    [InlineData("crevaison sur le velo cargo n°23, pneu arriere HS, qqn peut le prendre en charge aujourd'hui ?")]
    [InlineData("Cargo bike 23 has a flat, rear tyre is dead, can someone pick it up today?")]
    public void Route_DeskWithItsOwnIntakeChannel_NamingASport_IsStillADesk(string text)
    {
        // "Vélos" in the fleet desk's name is what it repairs: the desk has its own requests channel. The cycling club, with only its
        // outings channel, is social.
        var tenant = new TestTenant()
            .Person("req", "Dylan Vermeersch", jobTitle: "Livreur")
            .Team("g-fleet", "Flotte - Vans & vélos cargo", "Entretien et réparation des vans et des vélos cargo : pannes, crevaisons, pneus, freins. Cargo bike and van repairs.", ["Général", "Demandes"])
            .Team("g-fac", "Services généraux", "Badges, chauffage, électricité, nettoyage, mobilier et parkings des hubs.", ["Général", "Demandes d'intervention"])
            .Team("g-club", "Vélo Club", "Sorties vélo du dimanche et entraide entre passionnés, pneus et crevaisons compris.", ["Général", "Sorties"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("g-fleet", answer.Targets[0].Id);
        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-club");
    }

    [Theory]
    [InlineData("Le foot à 5 du FC a un tournoi samedi à Cholet, on peut emprunter le minibus de la boîte ?", "g-fac")]
    [InlineData("Portail forcé cette nuit et traces de pas près du stockage, faut regarder les caméras", "g-sec")]
    [InlineData("the back gate was left open last night and an unknown van stayed 2 hours on the dock car park", "g-sec")]
    public void Route_BorrowingTheMinibusOrCheckingTheCameras_GoesToItsDesk(string text, string desk)
    {
        // Borrowing the company minibus is no bank loan ("emprunt"); a gate forced or left open and cameras to check are site security.
        var tenant = new TestTenant()
            .Person("req", "Lucie Garnier", jobTitle: "Préparatrice")
            .Person("p-fin", "Marc Olivier", jobTitle: "Trésorier", skills: ["Trésorerie et emprunts bancaires:expert"])
            .Team("g-fac", "Services Généraux", "Véhicules de service, réservation des salles, entretien des locaux.", ["General", "Demandes"])
            .Team("g-sec", "Sûreté & Accès", "Badges, contrôle d'accès, vidéosurveillance et incidents de sûreté.", ["General", "Demandes"])
            .Team("g-foot", "FC Foot à 5", "Le foot à 5 entre collègues.", ["General"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal(desk, answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("La pompe de filtration du bain de nickel fait un bruit de casserole depuis ce matin et le débit baisse", RoutingDecision.Group, "g-maint")]
    [InlineData("le débit internet est très lent au bureau depuis ce matin", RoutingDecision.Group, "g-it")]
    public void Route_APumpsFlowRate_IsNoNetworkTicket(string text, RoutingDecision decision, string first)
    {
        // "Débit" alone is a pump's flow rate as often as a connection's: the IT desk takes a slow connection named as such.
        var tenant = new TestTenant()
            .Person("req", "Lucie Garnier", jobTitle: "Commerciale")
            .Team("g-it", "Support IT", "Postes de travail, imprimantes, wifi, réseau et comptes.", ["General", "Demandes IT"])
            .Team("g-maint", "Maintenance", "Pannes et entretien des machines de l'atelier, bains de traitement et moyens techniques.", ["General", "Demandes"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(decision, answer.Decision);
        Assert.Equal(first, answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Tu peux faire relire la convention de partenariat avec le club de rugby ? c'est notre modèle standard, 3 pages")]
    [InlineData("Can someone review the partnership agreement with the rugby club before we sign? It's our standard template.")]
    public void Route_ServiceDeskWhoseDescriptionNamesAClub_IsStillADesk(string text)
    {
        // The legal desk's name is a service ("revue de contrats"); the clubs its description mentions are the other party to the
        // contracts it reviews, not a leisure the group is for. Its intake channel has no intake word ("Contrats à relire").
        var tenant = new TestTenant()
            .Person("req", "Oliver Grant", jobTitle: "Responsable partenariats")
            .Person("p-draft", "Delphine Ader", jobTitle: "Assistante administrative", skills: ["Rédaction de contrats:generalProfessional"])
            .Team("g-legal", "Juridique – revue de contrats", "Relecture des contrats standards : contrats prestataires, conventions de partenariat avec les clubs, baux, accords de confidentialité (NDA).", ["General", "Contrats à relire"])
            .Team("g-club", "Rugby Club", "Entraînements du jeudi soir entre collègues et sorties aux matchs.", ["General", "Sorties"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Individual);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("g-legal", answer.Targets[0].Id);
        Assert.False(tenant.Index().Groups.Single(g => g.Group.Id == "g-club").AcceptsRequests);
    }

    [Theory]
    [InlineData("Chargeuse 966 de Vernon : vidange des 500 h à planifier la semaine pro", "g-shop")]
    [InlineData("Vincent m'a dit de passer par vous : une école de Saumur veut une visite pour 2 classes de CM2 fin janvier", "g-visits")]
    public void Route_WorkNamedByAJobTitlesWord_GoesToTheDeskNamingIt(string text, string desk)
    {
        // The loader driver and the visits manager are matched by their job titles' words ("chargeuse", "visites"); nobody's knowledge
        // is asked for, and the desk whose own text names that word does the work.
        var tenant = new TestTenant()
            .Person("req", "Julien Morel", jobTitle: "Chef de carrière")
            .Person("p-driver", "Alain Renault", jobTitle: "Conducteur de chargeuse")
            .Person("p-visits", "Véronique Lambert", jobTitle: "Responsable visites et boutique")
            .Person("p-hr", "Nadège Fouquet", jobTitle: "Gestionnaire paie")
            .Team("g-shop", "Atelier - Demandes d'intervention engins", "Pannes et réparations des dumpers, chargeuses, pelles et bulldozers, pneus, prêt d'engins entre sites.", ["Général", "Demandes"])
            .Team("g-visits", "Visites des caves & boutique - Réservations", "Réservations des visites guidées, groupes et boutique.", ["Général", "Réservations"])
            .Team("g-hr", "RH & Paie", "Bulletins de paie, congés, mutuelle, attestations.", ["Général", "Demandes RH"]);

        var answer = Route(tenant, text, Urgency.Low, Impact.Team);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal(desk, answer.Targets[0].Id);
    }

    [Fact]
    public void Route_AskingWhoHoldsAJobTitle_IsThatPerson()
    {
        var tenant = new TestTenant()
            .Person("req", "Julien Morel", jobTitle: "Chef de carrière")
            .Person("p-driver", "Alain Renault", jobTitle: "Conducteur de chargeuse")
            .Team("g-shop", "Atelier - Demandes d'intervention engins", "Pannes et réparations des dumpers, chargeuses, pelles et bulldozers.", ["Général", "Demandes"]);

        var answer = Route(tenant, "c'est qui le conducteur de la chargeuse de Vernon cette semaine ?", Urgency.Low, Impact.Team);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("p-driver", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_ArchivesAndTheArchivist_AreOneSubject()
    {
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert")
            .Person("p-arch", "Bernadette Fabre", jobTitle: "Archiviste municipale")
            .Person("p-road", "Thierry Combes", jobTitle: "Responsable voirie");

        var answer = Route(tenant, "Qui s'occupe des vieilles archives ?", Urgency.Normal, Impact.Team);

        Assert.Equal("p-arch", answer.Targets[0].Id);
    }

    [Fact]
    public void Route_RolloutProgrammeTeam_IsAProjectNotADesk()
    {
        // "Programme Smart Meter Rollout 2027" works on its rollout; a customer's question about the P1 port goes to the expert.
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert")
            .Person("p-p1", "Sofie Wouters", skills: ["Port P1 (DSMR):expert"])
            .Team("g-prog", "Programme Smart Meter Rollout 2027", "Déploiement des compteurs intelligents : planning de pose, firmware, port P1, communication clients.", ["General"]);

        var answer = Route(tenant, "Un client dit que le port P1 de son compteur intelligent ne donne plus de données depuis la mise à jour, c'est normal ?", Urgency.Normal, Impact.Individual);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-prog");
    }

    [Fact]
    public void Route_DutchFunctionWords_DoNotMakeADeskNameTheRequest()
    {
        // "voor", "het", "een", "wie" are Dutch function words: the HR desk whose Dutch description uses them is not the analyst.
        var tenant = new TestTenant()
            .Person("req", "Sarah Lambert", language: "nl-BE")
            .Person("p-lm", "Joris Wouters", language: "nl-BE", skills: ["Knelpuntberoepen:expert"])
            .Team("g-hr", "HR vaste medewerkers", "Loonbrieven, verlof en attesten voor het vaste personeel: wie een dossier heeft, post een aanvraag.", ["General", "Aanvragen"]);

        var answer = Route(tenant, "Voor het dossier Limburg: wie maakt een analyse van de knelpuntberoepen in de regio?", Urgency.Normal, Impact.Team);

        Assert.Equal("p-lm", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Chi può aiutarmi? Serve una proposta di layout della cassa")]
    [InlineData("Wer kann mir bitte bei einem Layout für unsere Kasse helfen?")]
    public void Route_ItalianAndGermanFunctionWords_AreNoSubject(string text)
    {
        // "chi", "può", "una" / "wer", "kann", "für": a desk using them in its own Italian or German text is not asked.
        var tenant = new TestTenant()
            .Person("req", "Luca Moretti", language: "it-IT")
            .Person("p-layout", "Olivia Sanchez", skills: ["Layout:expert"])
            .Team("g-it", "Supporto IT / IT-Support", "Chi ha un problema: una cassa o un PC, può scrivere qui; wer ein Problem hat, kann hier für Kasse und PC schreiben.", ["General", "Richieste"]);

        var answer = Route(tenant, text, Urgency.Normal, Impact.Team);

        Assert.Equal("p-layout", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Le dumper 12 a crevé à l'arrière gauche, pneu HS, il est arrêté sur la piste du bas")]
    [InlineData("Dumper 12 has a flat, rear left tyre out of order, it is stuck on the lower haul road")]
    public void Route_BreakdownOnlyTheRequesterMatches_GoesToTheDeskNamingTheMachine(string text)
    {
        // The driver's own title names the dumper; the workshop desk lists dumpers and tyres: a breakdown goes to it, not to "only you".
        var tenant = new TestTenant()
            .Person("req", "Éric Lambert", jobTitle: "Conducteur de dumper")
            .Team("g-shop", "Atelier - Demandes d'intervention engins", "Pannes et réparations des dumpers, chargeuses et pelles, pneus et tyres, entretiens.", ["General", "Demandes"]);

        var answer = Route(tenant, text, Urgency.High, Impact.Team);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        Assert.Equal("g-shop", answer.Targets[0].Id);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text, Urgency urgency, Impact impact) =>
        new RequestRouter().Route(new RoutingRequest("req", text, urgency, impact, Tuesday10), tenant.Index(), tenant.Workload());
}
