namespace Switchboard.Domain.Routing;

/// <summary>A vocabulary topic or domain as a reason names it: its id and its label in each language the cards speak.</summary>
/// <param name="French">The French label; the English one when the vocabulary gives none.</param>
public sealed record VocabularyLabel(string Id, string English, string French)
{
    /// <summary>A label kept as written, in one language only: a request recorded before topics had ids.</summary>
    public static VocabularyLabel Plain(string label) => new(label, label, label);

    public static implicit operator VocabularyLabel(string label) => Plain(label);
}

/// <summary>How a person passed over is introduced: "Tom Becker (expert)", "(declared skill)", "(responsible)"...</summary>
public enum LevelKind
{
    MatchingProfile,
    Proficiency,
    DeclaredSkill,
    Responsible,
    JobTitle,
}

/// <summary>Graph's proficiency levels, in increasing order.</summary>
public enum Proficiency
{
    Unknown,
    Elementary,
    LimitedWorking,
    GeneralProfessional,
    AdvancedProfessional,
    Expert,
}

/// <summary>What a person's match is, said after their name.</summary>
/// <param name="Proficiency">The level, for <see cref="LevelKind.Proficiency"/>.</param>
/// <param name="Text">The directory's own words: the proficiency as Graph spelt it, or the job title.</param>
public sealed record ReasonLevel(LevelKind Kind, Proficiency Proficiency = Proficiency.Unknown, string? Text = null);

/// <summary>Working hours in the person's own zone.</summary>
public sealed record LocalWorkingHours(TimeOnly Start, TimeOnly End);
