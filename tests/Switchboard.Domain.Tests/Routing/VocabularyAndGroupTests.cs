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

        var answer = new RequestRouter().Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());

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

        var answer = new RequestRouter().Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.Equal("fin-desk", answer.Targets[0].Id);
        Assert.DoesNotContain(answer.Targets, t => t.Id == "all-finance");
    }

    [Theory]
    [InlineData("Réserver l'enceinte climatique Tornado pour jeudi")]
    [InlineData("Can I book the Tornado climatic chamber on Thursday?")]
    public void Route_ServiceUnknownToVocabulary_GoesToTheTeamDescribingIt(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("lab-booking", "Réservations labo", "Réservation des moyens d'essai : enceinte climatique Tornado, pot vibrant. Booking of the Tornado climatic chamber and shaker.", ["Réservations"]);

        var answer = new RequestRouter().Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());

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

        var answer = new RequestRouter().Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("owner", answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Qui maîtrise SolidWorks ?")]
    [InlineData("Who is good at SolidWorks?")]
    public void Route_RequesterIsTheOnlyExpert_AnswersNoneSayingSo(string text)
    {
        var tenant = new TestTenant().Person("req", "Requester", skills: ["SolidWorks:expert"]).Person("other", "Other");

        var answer = new RequestRouter().Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), tenant.Index(), tenant.Workload());

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
}
