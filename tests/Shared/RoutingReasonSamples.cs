using Switchboard.Domain;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Testing;

/// <summary>Reasons for tests of the domain and of the cards, which must cover the same codes with the same values.</summary>
public static class RoutingReasonSamples
{
    /// <summary>A reason with every value set, so that no placeholder of any code is left without one (a verbatim sentence has its text only).</summary>
    public static RoutingReason Full(ReasonCode code) => code == ReasonCode.Verbatim ? RoutingReason.Verbatim("Contract law") : new(code)
    {
        Text = "Contract law",
        Name = "Tom Becker",
        Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.AdvancedProfessional, "advancedProfessional"),
        Topics = [new VocabularyLabel("legal.contracts", "contract and NDA review", "revue de contrats et NDA")],
        Domain = new VocabularyLabel("legal", "legal", "juridique"),
        Hours = new LocalWorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 0)),
        Until = new DateOnly(2027, 3, 12),
        At = new DateTimeOffset(2027, 3, 12, 16, 0, 0, TimeSpan.Zero),
        Count = 4,
        Capacity = 5,
        Urgency = Urgency.Critical,
        Inner = new RoutingReason(ReasonCode.FocusUntil) { At = new DateTimeOffset(2027, 3, 12, 16, 0, 0, TimeSpan.Zero) },
    };
}
