using Switchboard.Domain.Routing;

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
/// understood (<see cref="Topics"/>, vocabulary labels in both languages), and routing's own <see cref="Reasons"/> (what is
/// missing, then what to do), coded so the card says them in the reader's language; a request recorded before reasons had
/// codes keeps its English sentences. Reasons may quote the request or name people: they are erased with its free text.
/// </summary>
public sealed record NoTargetExplanation(NoTargetCause Cause, IReadOnlyList<VocabularyLabel> Topics, IReadOnlyList<RoutingReason> Reasons);
