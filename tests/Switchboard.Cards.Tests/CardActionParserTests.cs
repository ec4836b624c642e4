using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards.Tests;

public sealed class CardActionParserTests
{
    [Fact]
    public void ParseExecute_InvokeValueAsTeamsSendsIt_ReturnsTypedAction()
    {
        const string invoke = """
            {"action": {"type": "Action.Execute", "verb": "offer.decline",
                        "data": {"verb": "offer.decline", "requestId": "req-1", "version": 4, "declineReason": " On leave "}},
             "trigger": "manual"}
            """;

        var result = CardActionParser.ParseExecute(invoke);

        Assert.True(result.IsValid);
        Assert.Equal(new DeclineOffer("req-1", 4, "On leave"), result.Action);
    }

    [Fact]
    public void ParseSubmit_ValueAsTeamsSendsIt_ReturnsTypedAction()
    {
        const string value = """{"verb": "offer.accept", "requestId": "req-1", "version": 4, "msteams": {"x": 1}}""";

        var result = CardActionParser.ParseSubmit(value);

        Assert.Equal(new AcceptOffer("req-1", 4), result.Action);
    }

    [Fact]
    public void ParseExecute_DataWithoutVerb_TakesTheActionVerb()
    {
        const string invoke = """{"action": {"type": "Action.Execute", "verb": "group.claim", "data": {"requestId": "req-1", "version": 2}}}""";

        Assert.Equal(new Claim("req-1", 2), CardActionParser.ParseExecute(invoke).Action);
    }

    [Fact]
    public void ParseExecute_VerbAndDataVerbDiffer_IsRefusedAsTampered()
    {
        const string invoke = """{"action": {"type": "Action.Execute", "verb": "offer.accept", "data": {"verb": "group.claim", "requestId": "req-1", "version": 2}}}""";

        AssertError(CardActionParser.ParseExecute(invoke), CardActionErrorKind.VerbMismatch, CardFields.Verb);
    }

    [Theory]
    [InlineData("""{"verb": "offer.explode", "requestId": "req-1", "version": 1}""")]
    [InlineData("""{"requestId": "req-1", "version": 1}""")]
    [InlineData("""{"verb": "", "requestId": "req-1", "version": 1}""")]
    public void ParseSubmit_UnknownOrMissingVerb_IsRefused(string value) =>
        AssertError(CardActionParser.ParseSubmit(value), CardActionErrorKind.UnknownVerb, CardFields.Verb);

    [Fact]
    public void ParseSubmit_VerbOfTheWrongType_IsRefused() =>
        AssertError(CardActionParser.ParseSubmit("""{"verb": 7}"""), CardActionErrorKind.WrongType, CardFields.Verb);

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"offer.accept\"")]
    public void ParseSubmit_NotAnObject_IsMalformed(string value) =>
        Assert.Equal(CardActionErrorKind.Malformed, CardActionParser.ParseSubmit(value).Error?.Kind);

    [Theory]
    [InlineData("""{"verb": "offer.accept"}""")]
    [InlineData("""{"action": "offer.accept"}""")]
    [InlineData("""{"action": {"type": "Action.Execute", "verb": "offer.accept"}}""")]
    [InlineData("{")]
    public void ParseExecute_NoActionOrData_IsMalformed(string invoke) =>
        Assert.Equal(CardActionErrorKind.Malformed, CardActionParser.ParseExecute(invoke).Error?.Kind);

    [Fact]
    public void ParseExecute_ActionWithoutVerb_IsUnknownVerb() =>
        AssertError(CardActionParser.ParseExecute("""{"action": {"data": {}}}"""), CardActionErrorKind.UnknownVerb, CardFields.Verb);

    [Theory]
    [InlineData("""{"verb": "offer.accept", "version": 1}""", CardActionErrorKind.MissingField, "requestId")]
    [InlineData("""{"verb": "offer.accept", "requestId": 12, "version": 1}""", CardActionErrorKind.WrongType, "requestId")]
    [InlineData("""{"verb": "offer.accept", "requestId": "req 1; drop", "version": 1}""", CardActionErrorKind.InvalidValue, "requestId")]
    [InlineData("""{"verb": "offer.accept", "requestId": "req-1"}""", CardActionErrorKind.MissingField, "version")]
    [InlineData("""{"verb": "offer.accept", "requestId": "req-1", "version": "1"}""", CardActionErrorKind.WrongType, "version")]
    [InlineData("""{"verb": "offer.accept", "requestId": "req-1", "version": 1.5}""", CardActionErrorKind.WrongType, "version")]
    [InlineData("""{"verb": "offer.accept", "requestId": "req-1", "version": -1}""", CardActionErrorKind.InvalidValue, "version")]
    [InlineData("""{"verb": "proposal.confirm", "requestId": "req-1", "version": 1, "targetIndex": 3}""", CardActionErrorKind.InvalidValue, "targetIndex")]
    [InlineData("""{"verb": "proposal.confirm", "requestId": "req-1", "version": 1}""", CardActionErrorKind.MissingField, "targetIndex")]
    [InlineData("""{"verb": "offer.decline", "requestId": "req-1", "version": 1}""", CardActionErrorKind.MissingField, "declineReason")]
    [InlineData("""{"verb": "offer.decline", "requestId": "req-1", "version": 1, "declineReason": "   "}""", CardActionErrorKind.MissingField, "declineReason")]
    [InlineData("""{"verb": "offer.decline", "requestId": "req-1", "version": 1, "declineReason": {"a": 1}}""", CardActionErrorKind.WrongType, "declineReason")]
    [InlineData("""{"verb": "offer.redirect", "requestId": "req-1", "version": 1, "redirectColleague": "u 1"}""", CardActionErrorKind.InvalidValue, "redirectColleague")]
    [InlineData("""{"verb": "offer.askDetails", "requestId": "req-1", "version": 1, "askQuestion": ""}""", CardActionErrorKind.MissingField, "askQuestion")]
    [InlineData("""{"verb": "urgency.downgrade", "requestId": "req-1", "version": 1, "downgradeUrgency": "whenever", "downgradeReason": "x"}""", CardActionErrorKind.InvalidValue, "downgradeUrgency")]
    [InlineData("""{"verb": "urgency.downgrade", "requestId": "req-1", "version": 1, "downgradeUrgency": "low"}""", CardActionErrorKind.MissingField, "downgradeReason")]
    [InlineData("""{"verb": "request.rate", "requestId": "req-1", "version": 1, "ratingRightPerson": "maybe", "ratingSpeed": "fast"}""", CardActionErrorKind.InvalidValue, "ratingRightPerson")]
    [InlineData("""{"verb": "request.rate", "requestId": "req-1", "version": 1, "ratingRightPerson": "yes", "ratingSpeed": "0"}""", CardActionErrorKind.InvalidValue, "ratingSpeed")]
    [InlineData("""{"verb": "request.addDetails", "requestId": "req-1", "version": 1}""", CardActionErrorKind.MissingField, "addedDetails")]
    public void ParseSubmit_BadField_NamesTheField(string value, CardActionErrorKind kind, string field) =>
        AssertError(CardActionParser.ParseSubmit(value), kind, field);

    [Fact]
    public void ParseSubmit_TextOneOverItsLimit_IsTooLong()
    {
        var value = Request("offer.decline");
        value[CardFields.DeclineReason] = new string('x', CardLimits.ShortText + 1);

        AssertError(CardActionParser.ParseSubmit(value.ToJsonString()), CardActionErrorKind.TooLong, CardFields.DeclineReason);
    }

    [Fact]
    public void ParseSubmit_TextAtItsLimit_IsAccepted()
    {
        var value = Request("offer.decline");
        value[CardFields.DeclineReason] = new string('x', CardLimits.ShortText);

        Assert.True(CardActionParser.ParseSubmit(value.ToJsonString()).IsValid);
    }

    [Fact]
    public void ParseSubmit_CompleteQualification_ReadsEveryField()
    {
        var result = CardActionParser.ParseSubmit(Qualification().ToJsonString());

        Assert.Equal(
            new SubmitQualification(
                "req-1", 3, "Contract review", "Liability clause", RequestKind.Review, Urgency.High, Impact.Team,
                new DateOnly(2026, 11, 27), new TimeOnly(17, 0), "Read the wiki", PreferredTarget.Auto, "Signing on Friday"),
            result.Action);
    }

    [Theory]
    [InlineData("urgency", "High", CardActionErrorKind.InvalidValue)]
    [InlineData("urgency", "3", CardActionErrorKind.InvalidValue)]
    [InlineData("urgency", "urgent", CardActionErrorKind.InvalidValue)]
    [InlineData("impact", "planet", CardActionErrorKind.InvalidValue)]
    [InlineData("kind", "", CardActionErrorKind.MissingField)]
    [InlineData("preferredTarget", "robot", CardActionErrorKind.InvalidValue)]
    [InlineData("subject", "", CardActionErrorKind.MissingField)]
    [InlineData("deadlineDate", "27/11/2026", CardActionErrorKind.InvalidDate)]
    [InlineData("deadlineDate", "2026-02-30", CardActionErrorKind.InvalidDate)]
    [InlineData("deadlineTime", "25:00", CardActionErrorKind.InvalidDate)]
    [InlineData("deadlineTime", "5pm", CardActionErrorKind.InvalidDate)]
    public void ParseSubmit_QualificationWithBadInput_NamesTheField(string field, string value, CardActionErrorKind kind)
    {
        var data = Qualification();
        data[field] = value;

        AssertError(CardActionParser.ParseSubmit(data.ToJsonString()), kind, field);
    }

    [Fact]
    public void ParseSubmit_QualificationSubjectAsNumber_IsWrongType()
    {
        var data = Qualification();
        data[CardFields.Subject] = 42;

        AssertError(CardActionParser.ParseSubmit(data.ToJsonString()), CardActionErrorKind.WrongType, CardFields.Subject);
    }

    [Theory]
    [InlineData("high")]
    [InlineData("critical")]
    public void ParseSubmit_UrgentWithoutJustification_NamesTheJustification(string urgency)
    {
        var data = Qualification();
        data[CardFields.Urgency] = urgency;
        data[CardFields.Justification] = " ";

        AssertError(CardActionParser.ParseSubmit(data.ToJsonString()), CardActionErrorKind.MissingField, CardFields.Justification);
    }

    [Fact]
    public void ParseSubmit_NormalUrgencyWithoutJustification_IsAccepted()
    {
        var data = Qualification();
        data[CardFields.Urgency] = "normal";
        data.Remove(CardFields.Justification);

        Assert.True(CardActionParser.ParseSubmit(data.ToJsonString()).IsValid);
    }

    [Fact]
    public void ParseSubmit_DeadlineTimeWithoutDate_NamesTheDate()
    {
        var data = Qualification();
        data[CardFields.DeadlineDate] = string.Empty;

        AssertError(CardActionParser.ParseSubmit(data.ToJsonString()), CardActionErrorKind.MissingField, CardFields.DeadlineDate);
    }

    [Fact]
    public void ParseSubmit_Settings_ReadsEveryField()
    {
        var result = CardActionParser.ParseSubmit(Settings().ToJsonString());

        var settings = Assert.IsType<SaveExpertSettings>(result.Action);
        Assert.Equal(12, settings.Version);
        Assert.Equal(new DateOnly(2026, 11, 26), settings.FocusUntilDate);
        Assert.Equal(new TimeOnly(15, 30), settings.FocusUntilTime);
        Assert.Equal(4, settings.Capacity);
        Assert.Equal(["gdpr", "litigation"], settings.TopicsNotTaken);
        Assert.Equal("u-23", settings.DelegateId);
    }

    [Fact]
    public void ParseSubmit_SettingsWithNoDelegateAndNoTopics_ReadsThemAsNone()
    {
        var data = Settings();
        data[CardFields.DelegateId] = ExpertSettingsCard.NoDelegate;
        data[CardFields.TopicsNotTaken] = string.Empty;
        data[CardFields.Capacity] = 0;

        var settings = Assert.IsType<SaveExpertSettings>(CardActionParser.ParseSubmit(data.ToJsonString()).Action);

        Assert.Null(settings.DelegateId);
        Assert.Empty(settings.TopicsNotTaken);
        Assert.Equal(0, settings.Capacity);
    }

    [Theory]
    [InlineData("capacity", "lots", CardActionErrorKind.InvalidValue)]
    [InlineData("capacity", "-1", CardActionErrorKind.InvalidValue)]
    [InlineData("capacity", "21", CardActionErrorKind.InvalidValue)]
    [InlineData("capacity", "", CardActionErrorKind.InvalidValue)]
    [InlineData("topicsNotTaken", "gdpr,no spaces please", CardActionErrorKind.InvalidValue)]
    [InlineData("delegateId", "u-23\"", CardActionErrorKind.InvalidValue)]
    [InlineData("focusUntilDate", "tomorrow", CardActionErrorKind.InvalidDate)]
    [InlineData("focusUntilDate", "", CardActionErrorKind.MissingField)]
    public void ParseSubmit_SettingsWithBadInput_NamesTheField(string field, string value, CardActionErrorKind kind)
    {
        var data = Settings();
        data[field] = value;

        var error = CardActionParser.ParseSubmit(data.ToJsonString()).Error;

        // A focus time without its date is reported on the date, the field the person has to fill.
        Assert.Equal(kind, error?.Kind);
        Assert.Equal(field, error?.Field);
    }

    [Fact]
    public void ParseSubmit_SettingsCapacityAsObject_IsWrongType()
    {
        var data = Settings();
        data[CardFields.Capacity] = new JsonObject();

        AssertError(CardActionParser.ParseSubmit(data.ToJsonString()), CardActionErrorKind.WrongType, CardFields.Capacity);
    }

    [Fact]
    public void ParseSubmit_TooManyTopics_IsTooLong()
    {
        var data = Settings();
        data[CardFields.TopicsNotTaken] = string.Join(',', Enumerable.Range(0, CardLimits.Choices + 1).Select(i => $"t{i}"));

        AssertError(CardActionParser.ParseSubmit(data.ToJsonString()), CardActionErrorKind.TooLong, CardFields.TopicsNotTaken);
    }

    [Fact]
    public void Parse_ErrorDetail_NeverCarriesTheSubmittedValue()
    {
        var data = Request("offer.decline");
        data[CardFields.DeclineReason] = new string('<', CardLimits.ShortText + 1);

        var error = CardActionParser.ParseSubmit(data.ToJsonString()).Error!;

        Assert.DoesNotContain("<", error.Detail, StringComparison.Ordinal);
    }

    private static void AssertError(CardActionParseResult result, CardActionErrorKind kind, string field)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Action);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(field, result.Error.Field);
    }

    private static JsonObject Request(string verb) => new()
    {
        [CardFields.Verb] = verb,
        [CardFields.RequestId] = "req-1",
        [CardFields.Version] = 3,
    };

    private static JsonObject Qualification()
    {
        var data = Request(CardVerbs.SubmitQualification);
        data[CardFields.Subject] = "Contract review";
        data[CardFields.Details] = "Liability clause";
        data[CardFields.Kind] = "review";
        data[CardFields.Urgency] = "high";
        data[CardFields.Impact] = "team";
        data[CardFields.DeadlineDate] = "2026-11-27";
        data[CardFields.DeadlineTime] = "17:00";
        data[CardFields.Tried] = "Read the wiki";
        data[CardFields.PreferredTarget] = "auto";
        data[CardFields.Justification] = "Signing on Friday";
        return data;
    }

    private static JsonObject Settings() => new()
    {
        [CardFields.Verb] = CardVerbs.SaveExpertSettings,
        [CardFields.Version] = 12,
        [CardFields.FocusUntilDate] = "2026-11-26",
        [CardFields.FocusUntilTime] = "15:30",
        [CardFields.Capacity] = "4",
        [CardFields.TopicsNotTaken] = "gdpr,litigation,gdpr",
        [CardFields.DelegateId] = "u-23",
    };
}
