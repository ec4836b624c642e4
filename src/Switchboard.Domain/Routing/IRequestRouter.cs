namespace Switchboard.Domain.Routing;

/// <summary>Decides where one request goes: a person for expertise, a team for a service, or nowhere with reasons.</summary>
public interface IRequestRouter
{
    /// <param name="request">The request, with its requester, urgency and the time it is asked.</param>
    /// <param name="index">The routing index of the active directory snapshot.</param>
    /// <param name="workload">Open requests per expert.</param>
    /// <param name="top">How many targets to return at most; the options' default when null.</param>
    RoutingAnswer Route(RoutingRequest request, RoutingIndex index, IWorkload workload, int? top = null);
}
