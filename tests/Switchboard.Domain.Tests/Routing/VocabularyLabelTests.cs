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
        var assembly = typeof(TopicVocabulary).Assembly;
        var documents = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Switchboard.Domain.Routing.Vocabulary.", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return (Name: n, Document: JsonSerializer.Deserialize<VocabularyDocument>(stream, Json)!);
            })
            .ToList();

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
}
