using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>What the requester needs, as the pre-qualification card collects it.</summary>
public enum RequestKind
{
    Question,
    Decision,
    Review,
    Problem,
    Access,
}

/// <summary>Whom the requester would like the request to reach.</summary>
public enum PreferredTarget
{
    /// <summary>Let Switchboard decide.</summary>
    Auto,

    /// <summary>A person, named by <see cref="Qualification.PreferredTargetId"/>.</summary>
    Person,

    /// <summary>A team, named by <see cref="Qualification.PreferredTargetId"/>.</summary>
    Team,
}

/// <summary>One problem with a field of a form; <see cref="Field"/> is the input's name on the card.</summary>
public sealed record ValidationError(string Field, string Code, string Message);

/// <summary>
/// The pre-qualified request. Immutable: an edit is a new qualification, validated again as a whole, so a
/// request never holds a half-valid one.
/// </summary>
public sealed record Qualification
{
    public const int SubjectMaxLength = 200;
    public const int DetailsMaxLength = 8000;
    public const int TriedMaxLength = 4000;
    public const int JustificationMaxLength = 300;

    public required string Subject { get; init; }

    public string Details { get; init; } = string.Empty;

    public RequestKind Kind { get; init; } = RequestKind.Question;

    public Urgency Urgency { get; init; } = Urgency.Normal;

    public Impact Impact { get; init; } = Impact.Individual;

    public DateTimeOffset? Deadline { get; init; }

    /// <summary>What the requester already tried; it spares the expert the obvious first questions.</summary>
    public string? Tried { get; init; }

    public PreferredTarget PreferredTarget { get; init; } = PreferredTarget.Auto;

    /// <summary>The person's or team's directory id when <see cref="PreferredTarget"/> is not <see cref="PreferredTarget.Auto"/>.</summary>
    public string? PreferredTargetId { get; init; }

    /// <summary>One line saying why the request cannot wait; required for high and critical urgency.</summary>
    public string? UrgencyJustification { get; init; }

    public bool IsUrgent => Urgency is Urgency.High or Urgency.Critical;

    /// <summary>Every problem at once, so the card can mark all the fields to fix in one round trip.</summary>
    public IReadOnlyList<ValidationError> Validate(DateTimeOffset now)
    {
        var errors = new List<ValidationError>();

        if (string.IsNullOrWhiteSpace(Subject))
        {
            errors.Add(new(QualificationFields.Subject, "required", "Say in a few words what the request is about."));
        }
        else if (Subject.Length > SubjectMaxLength)
        {
            errors.Add(new(QualificationFields.Subject, "tooLong", $"The subject must fit in {SubjectMaxLength} characters."));
        }
        else if (Subject.Contains('\n', StringComparison.Ordinal) || Subject.Contains('\r', StringComparison.Ordinal))
        {
            errors.Add(new(QualificationFields.Subject, "singleLine", "The subject must be a single line."));
        }

        if (Details.Length > DetailsMaxLength)
        {
            errors.Add(new(QualificationFields.Details, "tooLong", $"The details must fit in {DetailsMaxLength} characters."));
        }

        if (Tried is { Length: > TriedMaxLength })
        {
            errors.Add(new(QualificationFields.Tried, "tooLong", $"What was tried must fit in {TriedMaxLength} characters."));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new(QualificationFields.Kind, "unknown", "Choose a kind of need from the list."));
        }

        if (!Enum.IsDefined(Urgency))
        {
            errors.Add(new(QualificationFields.Urgency, "unknown", "Choose an urgency from the list."));
        }

        if (!Enum.IsDefined(Impact))
        {
            errors.Add(new(QualificationFields.Impact, "unknown", "Choose an impact from the list."));
        }

        if (Deadline is { } deadline && deadline <= now)
        {
            errors.Add(new(QualificationFields.Deadline, "inThePast", "The deadline must be in the future."));
        }

        ValidatePreferredTarget(errors);
        ValidateJustification(errors);
        return errors;
    }

    private void ValidatePreferredTarget(List<ValidationError> errors)
    {
        if (!Enum.IsDefined(PreferredTarget))
        {
            errors.Add(new(QualificationFields.PreferredTarget, "unknown", "Choose who should receive the request."));
        }
        else if (PreferredTarget != PreferredTarget.Auto && string.IsNullOrWhiteSpace(PreferredTargetId))
        {
            errors.Add(new(QualificationFields.PreferredTargetId, "required", "Name the person or team you would like to reach."));
        }
        else if (PreferredTarget == PreferredTarget.Auto && PreferredTargetId is not null)
        {
            // A leftover id with "let Switchboard decide" would be ambiguous later: which one did they mean?
            errors.Add(new(QualificationFields.PreferredTargetId, "unexpected", "Leave the target empty when Switchboard decides."));
        }
    }

    private void ValidateJustification(List<ValidationError> errors)
    {
        if (IsUrgent && string.IsNullOrWhiteSpace(UrgencyJustification))
        {
            errors.Add(new(QualificationFields.UrgencyJustification, "required", "Say in one line why this is urgent."));
        }
        else if (UrgencyJustification is { } justification)
        {
            if (justification.Length > JustificationMaxLength)
            {
                errors.Add(new(QualificationFields.UrgencyJustification, "tooLong", $"The justification must fit in {JustificationMaxLength} characters."));
            }
            else if (justification.Contains('\n', StringComparison.Ordinal) || justification.Contains('\r', StringComparison.Ordinal))
            {
                errors.Add(new(QualificationFields.UrgencyJustification, "singleLine", "The justification must be a single line."));
            }
        }
    }
}

/// <summary>The names of the qualification's fields, as the card's inputs are named and as errors report them.</summary>
public static class QualificationFields
{
    public const string Subject = "subject";
    public const string Details = "details";
    public const string Kind = "kind";
    public const string Urgency = "urgency";
    public const string Impact = "impact";
    public const string Deadline = "deadline";
    public const string Tried = "tried";
    public const string PreferredTarget = "preferredTarget";
    public const string PreferredTargetId = "preferredTargetId";
    public const string UrgencyJustification = "urgencyJustification";
}
