namespace Switchboard.Cards.Actions;

/// <summary>Why a card action was refused at the boundary.</summary>
public enum CardActionErrorKind
{
    /// <summary>The payload is not a JSON object (or not JSON at all).</summary>
    Malformed,

    /// <summary>No verb, or one Switchboard does not know.</summary>
    UnknownVerb,

    /// <summary>The <c>Action.Execute</c> verb and the verb in the data differ: the data was edited.</summary>
    VerbMismatch,

    MissingField,

    /// <summary>A field of the wrong JSON type (an object where a string belongs, a string where a number belongs).</summary>
    WrongType,

    /// <summary>Longer than the limit in <see cref="CardLimits"/>.</summary>
    TooLong,

    /// <summary>Not one of the allowed values (an enum name, an id's characters, a number's range).</summary>
    InvalidValue,

    /// <summary>Not a date (<c>yyyy-MM-dd</c>) or a time (<c>HH:mm</c>).</summary>
    InvalidDate,
}

/// <summary>A refused card action: what was wrong and which field. Never carries the submitted value itself.</summary>
public sealed record CardActionError(CardActionErrorKind Kind, string Field, string Detail);
