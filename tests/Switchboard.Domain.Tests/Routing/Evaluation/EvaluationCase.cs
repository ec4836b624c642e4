using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>One hand-written request with the answer a sensible colleague would give: first target (null for none) and decision.</summary>
internal sealed record EvaluationCase(string Requester, string Text, RoutingDecision Decision, string? ExpectedFirst, Urgency Urgency = Urgency.Normal, string? At = null);
