using System.Globalization;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Domain.Routing;

using static Switchboard.Testing.RoutingReasonSamples;

namespace Switchboard.Cards.Tests;

/// <summary>Routing's reasons on the cards: every code said in both languages, values said for the reader, the tenant's words as written.</summary>
public sealed class ReasonTextTests
{
    private static readonly CardTexts French = new(Samples.French.Culture);
    private static readonly CardTexts English = new(Samples.English.Culture);

    public static TheoryData<ReasonCode> Codes() => new(Enum.GetValues<ReasonCode>());

    [Theory]
    [MemberData(nameof(Codes))]
    public void Say_EveryCode_HasASentenceInBothLanguages(ReasonCode code)
    {
        var reason = Full(code);

        var english = ReasonText.Say(reason, English, Samples.English);
        var french = ReasonText.Say(reason, French, Samples.French);

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(french));
        Assert.DoesNotContain("{", french, StringComparison.Ordinal);
        Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        if (code != ReasonCode.Verbatim)
        {
            Assert.NotEqual(english, french);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Say_EnglishReaderWithCultureFreeValues_SameSentenceAsTheRouteCommand(ReasonCode code)
    {
        // Levels said by name and no times or dates: what the English card says is what routing says.
        var reason = Full(code) with { Level = new ReasonLevel(LevelKind.DeclaredSkill), Hours = null, Until = null, At = null, Inner = null };
        if (code is ReasonCode.ProfileSkill or ReasonCode.PassedOverOutOfOfficeUntil or ReasonCode.AwayUntil or ReasonCode.FocusUntil)
        {
            return;
        }

        Assert.Equal(reason.ToString(), ReasonText.Say(reason, English, Samples.English));
    }

    [Fact]
    public void Say_French_ProficiencyTopicDomainHoursAndDatesForTheReader_TenantWordsAsWritten()
    {
        var skill = new RoutingReason(ReasonCode.ProfileSkill)
        {
            Text = "Contract law",
            Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.AdvancedProfessional, "advancedProfessional"),
            AskMeAbout = true,
            RelatedField = true,
        };

        Assert.Equal("compétence Contract law (avancé), questions bienvenues, un domaine voisin", ReasonText.Say(skill, French, Samples.French));
        Assert.Equal("skill Contract law (advanced), ask me about, a related field", ReasonText.Say(skill, English, Samples.English));
        Assert.Equal(
            "demande de service : revue de contrats et NDA (juridique), traitée par Legal desk",
            ReasonText.Say(Full(ReasonCode.ServiceHandledByDomain) with { Name = "Legal desk" }, French, Samples.French));
        Assert.Equal(
            "Tom Becker (avancé) est hors du bureau jusqu'au 12/03/2027",
            ReasonText.Say(Full(ReasonCode.PassedOverOutOfOfficeUntil), French, Samples.French));
        Assert.Equal(
            "hors de ses heures de travail (08:30-17:00, heure locale), pourra répondre plus tard",
            ReasonText.Say(Full(ReasonCode.OutsideHoursMayAnswerLater), French, Samples.French));
        // An instant is said in the reader's zone: 16:00 UTC is 17:00 in Paris in March.
        Assert.Equal("indisponible : Tom Becker : en mode concentration jusqu'au 12/03/2027 17:00", ReasonText.Say(Full(ReasonCode.Unavailable), French, Samples.French));
        Assert.Equal("Tom Becker (compétence déclarée) est en Ne pas déranger et la demande est d'urgence critique",
            ReasonText.Say(Full(ReasonCode.PassedOverDoNotDisturbUrgent) with { Level = new ReasonLevel(LevelKind.DeclaredSkill) }, French, Samples.French));
    }

    [Fact]
    public void Say_ProficiencyGraphSpeltUnknownWay_ShownAsWritten()
    {
        var skill = new RoutingReason(ReasonCode.ProfileSkill) { Text = "SAP", Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.Unknown, "guru") };

        Assert.Equal("compétence SAP (guru)", ReasonText.Say(skill, French, Samples.French));
    }

    [Fact]
    public void Say_SentenceRecordedBeforeReasonsHadCodes_ShownAsWrittenInEveryLanguage()
    {
        var old = RoutingReason.Verbatim("skill Contract law (expert), ask me about");

        Assert.Equal("skill Contract law (expert), ask me about", ReasonText.Say(old, French, Samples.French));
    }

    [Fact]
    public void Labels_EveryProficiencyAndIntroduction_InBothLanguages()
    {
        foreach (var texts in new[] { English, French })
        {
            foreach (var level in Enum.GetValues<Proficiency>().Where(p => p != Proficiency.Unknown))
            {
                Assert.NotEmpty(texts.Label(level));
            }

            foreach (var kind in new[] { LevelKind.MatchingProfile, LevelKind.DeclaredSkill, LevelKind.Responsible })
            {
                Assert.NotEmpty(texts.Label(kind));
            }

            foreach (var placeholder in Enum.GetValues<ReasonPlaceholder>())
            {
                Assert.NotEmpty(texts.Label(placeholder));
            }
        }

        Assert.Equal("avancé", French.Label(Proficiency.AdvancedProfessional));
        Assert.Equal(CultureInfo.GetCultureInfo("fr"), French.Culture);
    }
}
