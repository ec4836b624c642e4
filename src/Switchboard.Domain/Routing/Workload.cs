namespace Switchboard.Domain.Routing;

/// <summary>How busy an expert is in Switchboard's own records. A missing capacity means the default one.</summary>
public sealed record ExpertLoad(string UserId, int OpenRequests, int? Capacity);

/// <summary>Open requests per expert, as Switchboard's store knows them.</summary>
public interface IWorkload
{
    /// <summary>The load of <paramref name="userId"/>, or <c>null</c> when they have none on record.</summary>
    ExpertLoad? Find(string userId);
}

/// <summary>A workload given up front (a workload file, a test).</summary>
public sealed class InMemoryWorkload : IWorkload
{
    private readonly Dictionary<string, ExpertLoad> _loads;

    public InMemoryWorkload(IEnumerable<ExpertLoad> loads)
    {
        ArgumentNullException.ThrowIfNull(loads);
        _loads = new Dictionary<string, ExpertLoad>(StringComparer.OrdinalIgnoreCase);
        foreach (var load in loads)
        {
            _loads[load.UserId] = load;
        }
    }

    public static InMemoryWorkload Empty { get; } = new([]);

    public ExpertLoad? Find(string userId) => _loads.GetValueOrDefault(userId);
}
