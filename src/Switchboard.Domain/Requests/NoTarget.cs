namespace Switchboard.Domain.Requests;

/// <summary>Why a proposal came out empty, as far as the card must explain it in the reader's language.</summary>
public enum NoTargetCause
{
    /// <summary>No directory snapshot was active: nobody could be chosen yet.</summary>
    NoDirectory,

    /// <summary>Routing linked the request to no skill, responsibility or team.</summary>
    NotUnderstood,

    /// <summary>Routing understood the subject, but nobody (else than the requester) covers it.</summary>
    NobodyCovers,

    /// <summary>Routing found people, but every one of them is unavailable now (focus, capacity, away).</summary>
    NobodyAvailable,
}

/// <summary>
/// Why nobody was proposed: the <see cref="Cause"/> the card explains in the reader's language, the subjects routing
/// understood (<see cref="Topics"/>, vocabulary labels), and routing's own <see cref="Reasons"/> (what is missing, then
/// what to do), kept as routing wrote them. Reasons may quote the request: they are free text, erased with it.
/// </summary>
public sealed record NoTargetExplanation(NoTargetCause Cause, IReadOnlyList<string> Topics, IReadOnlyList<string> Reasons);
