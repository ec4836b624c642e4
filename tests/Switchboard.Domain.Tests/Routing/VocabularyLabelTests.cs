using System.Text.Json;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>Every vocabulary topic and domain is named in both languages the cards speak.</summary>
public sealed class VocabularyLabelTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    [Fact]
    public void BuiltInVocabulary_EveryTopicAndDomain_HasAnEnglishAndAFrenchLabel()
    {
        var documents = BuiltInDocuments();

        var labelled = documents
            .SelectMany(d => (d.Document.Topics ?? []).Select(t => (d.Name, t.Id, t.Label, t.LabelFr))
                .Concat((d.Document.Domains ?? []).Select(t => (d.Name, t.Id, t.Label, t.LabelFr))))
            .ToList();

        Assert.True(labelled.Count >= 180, $"Only {labelled.Count} topics and domains found.");
        Assert.All(labelled, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Label), $"{l.Id} in {l.Name} has no label.");
            Assert.False(string.IsNullOrWhiteSpace(l.LabelFr), $"{l.Id} in {l.Name} has no labelFr.");
        });
    }

    [Fact]
    public void BuiltInVocabulary_EveryTerm_KeepsAWordAndNoBareSmallNumber()
    {
        // One-letter words are dropped by normalisation: "I/O" would match nothing, and "W-2" would become the bare number "2" and
        // send every "line 2" to payroll. A number alone names something only when it is long: a standard (9001), an error (503).
        var terms = BuiltInDocuments()
            .SelectMany(d => (d.Document.Topics ?? []).SelectMany(t => (t.Terms ?? []).Select(term => (t.Id, Term: term.Split('|')[0]))))
            .ToList();

        Assert.All(terms, t =>
        {
            var tokens = Switchboard.Domain.Routing.Text.TextNormalizer.Tokenize(t.Term);
            Assert.True(tokens.Count > 0 && (tokens.Any(token => token.Any(char.IsLetter)) || tokens.All(token => token.Length >= 3)),
                $"term '{t.Term}' of {t.Id} keeps no word, or only a short number");
        });
    }

    [Fact]
    public void Load_BuiltIn_TopicsCarryTheirFrenchLabelIntoRouting()
    {
        var vocabulary = TopicVocabulary.Load();

        Assert.Equal(new VocabularyLabel("hr.pay", "payslip and pay", "bulletin de paie et rémunération"), vocabulary.FindTopic("hr.pay")!.AsLabel());
        Assert.Equal("juridique", vocabulary.FindDomain("legal")!.LabelFr);
    }

    [Fact]
    public void BuiltInWith_ExtensionGivesAFrenchLabel_ItWinsAndANewTopicWithoutOneFallsBackToEnglish()
    {
        var vocabulary = TopicVocabulary.BuiltInWith(new VocabularyDocument
        {
            Topics =
            [
                new TopicDefinition { Id = "it.vpn", LabelFr = "VPN de l'entreprise" },
                new TopicDefinition { Id = "acme.quillbase", Label = "Quillbase", Domain = "it", Terms = ["quillbase"] },
            ],
            Domains = [new DomainDefinition { Id = "it", LabelFr = "DSI" }],
        });

        Assert.Equal("VPN de l'entreprise", vocabulary.FindTopic("it.vpn")!.LabelFr);
        Assert.Equal("VPN and remote access", vocabulary.FindTopic("it.vpn")!.Label);
        Assert.Equal("Quillbase", vocabulary.FindTopic("acme.quillbase")!.LabelFr);
        Assert.Equal("DSI", vocabulary.FindDomain("it")!.LabelFr);
    }

    /// <summary>The vocabulary files built into the domain, as the engine reads them.</summary>
    private static List<(string Name, VocabularyDocument Document)> BuiltInDocuments()
    {
        var assembly = typeof(TopicVocabulary).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Switchboard.Domain.Routing.Vocabulary.", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return (Name: n, Document: JsonSerializer.Deserialize<VocabularyDocument>(stream, Json)!);
            })
            .ToList();
    }
}
