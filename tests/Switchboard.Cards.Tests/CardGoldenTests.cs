namespace Switchboard.Cards.Tests;

public sealed class CardGoldenTests
{
    public static TheoryData<string, string> CardsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Samples.Cards.Keys)
        {
            data.Add(name, "en");
            data.Add(name, "fr");
        }

        return data;
    }

    public static TheoryData<string> HostileCards() => new(Samples.HostileCards.Keys);

    [Theory]
    [MemberData(nameof(CardsAndLanguages))]
    public void Build_RepresentativeData_MatchesGoldenFile(string card, string language)
    {
        var json = AdaptiveCard.ToJson(Samples.Cards[card](Samples.Context(language)));

        GoldenFiles.AssertMatches($"{card}.{language}", json);
    }

    // The hostile versions are golden too, so the renderer validation also sees what hostile data produces.
    [Theory]
    [MemberData(nameof(HostileCards))]
    public void Build_HostileData_MatchesGoldenFile(string card)
    {
        var json = AdaptiveCard.ToJson(Samples.HostileCards[card](Samples.English));

        GoldenFiles.AssertMatches($"hostile-{card}.en", json);
    }

    [Fact]
    public void GoldenDirectory_HoldsNoFileTheTestsDoNotWrite()
    {
        var expected = Samples.Cards.Keys.SelectMany(name => new[] { $"{name}.en.json", $"{name}.fr.json" })
            .Concat(Samples.HostileCards.Keys.Select(name => $"hostile-{name}.en.json"))
            .ToHashSet(StringComparer.Ordinal);

        // A leftover file from a renamed card would still be validated by the renderer and mislead; a missing file
        // fails its own golden test.
        var stale = Directory.GetFiles(GoldenFiles.Directory, "*.json").Where(path => !expected.Contains(Path.GetFileName(path)));
        GoldenFiles.AssertNone(stale);
    }
}
