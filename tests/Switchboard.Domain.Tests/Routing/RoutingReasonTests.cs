using System.Text.Json;
using System.Text.Json.Serialization;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;
using Switchboard.Domain.Tests.Requests;

using static Switchboard.Testing.RoutingReasonSamples;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>Reasons as codes and values: said in English as routing always has, stored and read back whole, old sentences kept.</summary>
public sealed class RoutingReasonTests
{
    private static readonly JsonSerializerOptions StorageLike = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static TheoryData<ReasonCode> Codes() => new(Enum.GetValues<ReasonCode>());

    [Theory]
    [MemberData(nameof(Codes))]
    public void ToString_EveryCode_SaysASentenceOfItsOwn(ReasonCode code)
    {
        var english = Full(code).ToString();

        Assert.False(string.IsNullOrWhiteSpace(english));
        // The fallback says the bare text: every code but Verbatim has a sentence of its own.
        Assert.True(code == ReasonCode.Verbatim || english != "Contract law", $"{code} has no English sentence.");
    }

    [Fact]
    public void ToString_ValuesAsRoutingWroteThem_SameSentencesAsBefore()
    {
        Assert.Equal("skill SolidWorks (advancedProfessional), ask me about", new RoutingReason(ReasonCode.ProfileSkill)
        {
            Text = "SolidWorks",
            Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.AdvancedProfessional, "advancedProfessional"),
            AskMeAbout = true,
        }.ToString());
        Assert.Equal("Tom Becker (expert) is out of office until 2027-03-12", new RoutingReason(ReasonCode.PassedOverOutOfOfficeUntil)
        {
            Name = "Tom Becker",
            Level = new ReasonLevel(LevelKind.Proficiency, Proficiency.Expert, "expert"),
            Until = new DateOnly(2027, 3, 12),
        }.ToString());
        Assert.Equal("Ines Moulin (declared skill) is outside working hours (22:00-06:00 their time) and the request is high", new RoutingReason(ReasonCode.PassedOverOutsideHoursUrgent)
        {
            Name = "Ines Moulin",
            Level = new ReasonLevel(LevelKind.DeclaredSkill),
            Hours = new LocalWorkingHours(new TimeOnly(22, 0), new TimeOnly(6, 0)),
            Urgency = Urgency.High,
        }.ToString());
        Assert.Equal("everyone who knows this subject is unavailable and no team covers it", new RoutingReason(ReasonCode.ExpertsUnavailableNoTeam).ToString());
        Assert.Equal("responsible for Travel bookings, a related field", new RoutingReason(ReasonCode.Responsibility) { Text = "Travel bookings", RelatedField = true }.ToString());
        Assert.Equal("unavailable: Alice: already listed", new RoutingReason(ReasonCode.Unavailable) { Name = "Alice" }.ToString());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Json_EveryCodeFullyValued_ComesBackEqual(ReasonCode code)
    {
        IReadOnlyList<RoutingReason> reasons = [Full(code)];

        var back = ReasonJson.DeserializeReasons(ReasonJson.Serialize(reasons));

        Assert.Equal(reasons, back);
        Assert.Equal(reasons[0].ToString(), back[0].ToString());
    }

    [Fact]
    public void Json_CodedReason_StoredByCodeNameWithoutEmptyValues()
    {
        var json = ReasonJson.Serialize([new RoutingReason(ReasonCode.SpeaksYourLanguage) { Text = "fr-FR" }, RoutingReason.Verbatim("as written")]);

        Assert.Equal("""[{"code":"SpeaksYourLanguage","text":"fr-FR"},"as written"]""", json);
    }

    [Fact]
    public void Candidate_SnapshotRecordedBeforeReasonsHadCodes_ReadsItsSentencesAsWritten()
    {
        const string old = """{"kind":"Person","id":"u-1","displayName":"Alice","score":0.9,"reasons":["skill Contract law (expert)","available, in working hours"]}""";

        var candidate = JsonSerializer.Deserialize<Candidate>(old, StorageLike)!;

        Assert.All(candidate.Reasons, r => Assert.Equal(ReasonCode.Verbatim, r.Code));
        Assert.Equal("skill Contract law (expert); available, in working hours", string.Join("; ", candidate.Reasons));
        // Written back, an old candidate keeps the old shape: plain strings.
        Assert.Contains("\"reasons\":[\"skill Contract law (expert)\",\"available, in working hours\"]", JsonSerializer.Serialize(candidate, StorageLike), StringComparison.Ordinal);
    }

    [Fact]
    public void Candidate_CodedReasons_RoundTripThroughTheSnapshotShape()
    {
        var candidate = new Candidate(TargetKind.Person, "u-1", "Alice", 0.9, [Full(ReasonCode.ProfileSkill), Full(ReasonCode.PassedOverAtCapacity), "kept as written"]);

        var back = JsonSerializer.Deserialize<Candidate>(JsonSerializer.Serialize(candidate, StorageLike), StorageLike);

        Assert.Equal(candidate, back);
    }

    [Fact]
    public void NoTarget_ProposedBeforeReasonsHadCodes_ReadsTheEnglishLinesAsWritten()
    {
        var fixture = new LifecycleFixture();
        var request = fixture.Qualified();
        var why = new NoTargetExplanation(
            NoTargetCause.NobodyCovers,
            [new VocabularyLabel("it.software", "software installation and licences", "installation de logiciels et licences")],
            [new RoutingReason(ReasonCode.UnderstoodButNobodyLists) { Topics = [new VocabularyLabel("it.software", "software installation and licences", "installation de logiciels et licences")] }, new RoutingReason(ReasonCode.AskWhoHandles)]);
        Assert.True(request.Propose(Actor.System, request.Version, [], null, fixture.Context, why).Succeeded);
        Assert.Equal(why.Reasons, request.NoTarget!.Reasons);
        Assert.Equal("installation de logiciels et licences", request.NoTarget.Topics[0].French);

        // The same history as an older Switchboard wrote it: the English lines only.
        var old = request.History.Select(e => e with
        {
            Data = e.Data.Where(p => !p.Key.Contains(".coded.", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value),
        }).ToList();
        var reloaded = SupportRequest.Rehydrate(request.ToSnapshot(), old);

        Assert.Equal(["software installation and licences"], reloaded.NoTarget!.Topics.Select(t => t.French));
        Assert.All(reloaded.NoTarget.Reasons, r => Assert.Equal(ReasonCode.Verbatim, r.Code));
        Assert.Equal(why.Reasons.Select(r => r.ToString()), reloaded.NoTarget.Reasons.Select(r => r.ToString()));
    }

    [Fact]
    public void Propose_CodedReasons_EnglishLineAndCodedFormBothInTheErasableData()
    {
        var fixture = new LifecycleFixture();
        var request = fixture.Qualified();
        Candidate[] proposal = [new(TargetKind.Person, "expert-1", "Alice", 0.9, [Full(ReasonCode.SpeaksYourLanguage)])];

        var result = request.Propose(Actor.System, request.Version, proposal, null, fixture.Context);

        var data = Assert.Single(result.Events).Data;
        Assert.Equal("speaks your language (Contract law)", data[RequestEventData.CandidateReasons(0)]);
        Assert.Equal(proposal[0].Reasons, ReasonJson.DeserializeReasons(data[RequestEventData.CandidateCodedReasons(0)]));
        // Erasure removes every key ending in ".reasons".
        Assert.EndsWith(".reasons", RequestEventData.CandidateCodedReasons(0), StringComparison.Ordinal);
        Assert.EndsWith(".reasons", RequestEventData.NoTargetCodedReasons, StringComparison.Ordinal);
    }

    [Fact]
    public void ForgetPerson_OthersReasonsNamingThem_Removed()
    {
        var snapshot = new LifecycleFixture().Qualified().ToSnapshot() with
        {
            Candidates =
            [
                new Candidate(TargetKind.Person, "tom", "Tom Becker", 0.9, ["skill Contract law"]),
                new Candidate(TargetKind.Person, "ines", "Ines Moulin", 0.8,
                [
                    new RoutingReason(ReasonCode.ProfileSkill) { Text = "Contract law" },
                    new RoutingReason(ReasonCode.StandsInWhileAway) { Name = "Tom Becker" },
                    new RoutingReason(ReasonCode.Unavailable) { Name = "Someone", Inner = new RoutingReason(ReasonCode.PassedOverAway) { Name = "Tom Becker" } },
                    new RoutingReason(ReasonCode.PassedOverOutOfOffice) { Name = "Omar Haddad" },
                ]),
            ],
        };

        var forgotten = FreeTextRedaction.ForgetPerson(snapshot, new UserId("tom"));

        Assert.Null(forgotten.Candidates[0].DisplayName);
        Assert.Empty(forgotten.Candidates[0].Reasons);
        Assert.Equal([ReasonCode.ProfileSkill, ReasonCode.PassedOverOutOfOffice], forgotten.Candidates[1].Reasons.Select(r => r.Code));
    }
}
