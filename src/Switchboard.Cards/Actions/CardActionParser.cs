using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards.Actions;

/// <summary>Either a valid <see cref="CardAction"/> or the <see cref="CardActionError"/> that refused it.</summary>
public sealed record CardActionParseResult
{
    private CardActionParseResult(CardAction? action, CardActionError? error)
    {
        Action = action;
        Error = error;
    }

    public CardAction? Action { get; }

    public CardActionError? Error { get; }

    [MemberNotNullWhen(true, nameof(Action))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Action is not null;

    internal static CardActionParseResult Valid(CardAction action) => new(action, null);

    internal static CardActionParseResult Invalid(CardActionError error) => new(null, error);
}

/// <summary>
/// Turns what Teams sends for a card action into a typed <see cref="CardAction"/>, or names the field that is wrong.
/// Bad input is an answer, never an exception: a refused action becomes an error card and changes nothing.
/// </summary>
/// <remarks>
/// Two shapes arrive. <c>Action.Execute</c> comes as an <c>adaptiveCard/action</c> invoke whose value is
/// <c>{"action": {"type": "Action.Execute", "verb": ..., "data": {...}}}</c>; the <c>Action.Submit</c> fallback comes
/// as a message whose value is the data object itself. In both, Teams merges the card's input values into the data as
/// strings, next to the fields the card wrote (<see cref="CardFields"/>).
/// </remarks>
public static class CardActionParser
{
    /// <summary>The value of an <c>adaptiveCard/action</c> invoke, as JSON text.</summary>
    public static CardActionParseResult ParseExecute(string invokeValueJson) =>
        WithDocument(invokeValueJson, ParseExecute);

    /// <summary>The value of an <c>adaptiveCard/action</c> invoke.</summary>
    public static CardActionParseResult ParseExecute(JsonElement invokeValue)
    {
        if (invokeValue.ValueKind != JsonValueKind.Object
            || !invokeValue.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object)
        {
            return Fail(CardActionErrorKind.Malformed, "action", "the invoke value has no action object");
        }

        if (!action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            return Fail(CardActionErrorKind.UnknownVerb, CardFields.Verb, "the action has no verb");
        }

        if (!action.TryGetProperty("data", out var data))
        {
            return Fail(CardActionErrorKind.Malformed, "data", "the action has no data");
        }

        return Parse(verb.GetString(), data);
    }

    /// <summary>The value of the message an <c>Action.Submit</c> sends, as JSON text.</summary>
    public static CardActionParseResult ParseSubmit(string activityValueJson) =>
        WithDocument(activityValueJson, ParseSubmit);

    /// <summary>The value of the message an <c>Action.Submit</c> sends: the data with the inputs merged in.</summary>
    public static CardActionParseResult ParseSubmit(JsonElement activityValue) => Parse(executeVerb: null, activityValue);

    /// <summary>
    /// The data of an action, with the verb Teams reported for an <c>Action.Execute</c> (null for a submit, whose
    /// verb is only in the data). When both are present they must agree.
    /// </summary>
    public static CardActionParseResult Parse(string? executeVerb, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return Fail(CardActionErrorKind.Malformed, "data", "the action data is not an object");
        }

        var reader = new FieldReader(data);
        var dataVerb = reader.OptionalString(CardFields.Verb, CardLimits.Id);
        if (reader.Error is { } verbError)
        {
            return CardActionParseResult.Invalid(verbError);
        }

        if (executeVerb is not null && dataVerb.Length > 0 && !string.Equals(executeVerb, dataVerb, StringComparison.Ordinal))
        {
            return Fail(CardActionErrorKind.VerbMismatch, CardFields.Verb, "the action's verb and the data's verb differ");
        }

        var verb = executeVerb ?? dataVerb;
        CardAction? action = verb switch
        {
            CardVerbs.SubmitQualification => ReadQualification(reader),
            CardVerbs.ConfirmTarget => ReadRequest(reader, (id, version) =>
                new ConfirmTarget(id, version, reader.CardInt(CardFields.TargetIndex, 0, CardLimits.Alternatives))),
            CardVerbs.EditQualification => ReadRequest(reader, (id, version) => new EditQualification(id, version)),
            CardVerbs.Withdraw => ReadRequest(reader, (id, version) => new Withdraw(id, version)),
            CardVerbs.AddDetails => ReadRequest(reader, (id, version) =>
                new AddDetails(id, version, reader.RequiredString(CardFields.AddedDetails, CardLimits.Details))),
            CardVerbs.Resolve => ReadRequest(reader, (id, version) => new Resolve(id, version)),
            CardVerbs.Rate => ReadRequest(reader, (id, version) =>
                new Rate(id, version, reader.YesNo(CardFields.RightPerson), reader.Enum<RatingSpeed>(CardFields.Speed))),
            CardVerbs.AcceptOffer => ReadRequest(reader, (id, version) => new AcceptOffer(id, version)),
            CardVerbs.DeclineOffer => ReadRequest(reader, (id, version) =>
                new DeclineOffer(id, version, reader.RequiredString(CardFields.DeclineReason, CardLimits.ShortText))),
            CardVerbs.Redirect => ReadRequest(reader, (id, version) => new Redirect(
                id, version, reader.Id(CardFields.RedirectColleague), reader.OptionalString(CardFields.RedirectNote, CardLimits.ShortText))),
            CardVerbs.AskDetails => ReadRequest(reader, (id, version) =>
                new AskDetails(id, version, reader.RequiredString(CardFields.Question, CardLimits.ShortText))),
            CardVerbs.DowngradeUrgency => ReadRequest(reader, (id, version) => new DowngradeUrgency(
                id, version, reader.Enum<Urgency>(CardFields.NewUrgency), reader.RequiredString(CardFields.DowngradeReason, CardLimits.Justification))),
            CardVerbs.Claim => ReadRequest(reader, (id, version) => new Claim(id, version)),
            CardVerbs.SaveExpertSettings => ReadSettings(reader),
            _ => null,
        };

        if (reader.Error is { } error)
        {
            return CardActionParseResult.Invalid(error);
        }

        return action is null
            ? Fail(CardActionErrorKind.UnknownVerb, CardFields.Verb, verb.Length == 0 ? "no verb" : "unknown verb")
            : CardActionParseResult.Valid(action);
    }

    private static SubmitQualification ReadQualification(FieldReader reader) =>
        ReadRequest(reader, (id, version) =>
        {
            var subject = reader.RequiredString(CardFields.Subject, CardLimits.Subject);
            var details = reader.OptionalString(CardFields.Details, CardLimits.Details);
            var kind = reader.Enum<RequestKind>(CardFields.Kind);
            var urgency = reader.Enum<Urgency>(CardFields.Urgency);
            var impact = reader.Enum<Impact>(CardFields.Impact);
            var date = reader.Date(CardFields.DeadlineDate);
            var time = reader.Time(CardFields.DeadlineTime);
            reader.RequireWhen(time is not null && date is null, CardFields.DeadlineDate, "a deadline time needs a date");
            var tried = reader.OptionalString(CardFields.Tried, CardLimits.Tried);
            var preferred = reader.Enum<PreferredTarget>(CardFields.PreferredTarget);
            var justification = reader.OptionalString(CardFields.Justification, CardLimits.Justification);

            // Adaptive Cards 1.5 cannot show an input only for some urgencies, so the rule lives here.
            reader.RequireWhen(
                urgency is Urgency.High or Urgency.Critical && justification.Length == 0,
                CardFields.Justification,
                "high and critical urgency need a justification");
            return new SubmitQualification(id, version, subject, details, kind, urgency, impact, date, time, tried, preferred, justification);
        });

    private static SaveExpertSettings ReadSettings(FieldReader reader)
    {
        var version = reader.CardInt(CardFields.Version, 0, int.MaxValue);
        var date = reader.Date(CardFields.FocusUntilDate);
        var time = reader.Time(CardFields.FocusUntilTime);
        reader.RequireWhen(time is not null && date is null, CardFields.FocusUntilDate, "a focus end time needs a date");
        var capacity = reader.InputInt(CardFields.Capacity, 0, CardLimits.MaxCapacity);
        var topics = reader.IdList(CardFields.TopicsNotTaken, CardLimits.Choices);
        var delegateId = reader.OptionalId(CardFields.DelegateId);
        return new SaveExpertSettings(
            version, date, time, capacity, topics, delegateId == ExpertSettingsCard.NoDelegate ? null : delegateId);
    }

    private static T ReadRequest<T>(FieldReader reader, Func<string, int, T> read)
    {
        var id = reader.Id(CardFields.RequestId);
        var version = reader.CardInt(CardFields.Version, 0, int.MaxValue);
        return read(id, version);
    }

    private static CardActionParseResult Fail(CardActionErrorKind kind, string field, string detail) =>
        CardActionParseResult.Invalid(new CardActionError(kind, field, detail));

    private static CardActionParseResult WithDocument(string json, Func<JsonElement, CardActionParseResult> parse)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // Not JSON is a refused action like any other: the caller answers with an error card.
            return Fail(CardActionErrorKind.Malformed, "value", "the value is not JSON");
        }

        using (document)
        {
            return parse(document.RootElement);
        }
    }
}
