using Switchboard.Domain.Directory;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Conversations;

/// <summary>
/// The routing index of the active directory snapshot, built once per snapshot: building costs seconds on a large
/// tenant, routing one request costs microseconds. Keyed by the snapshot's reference, because a new snapshot is a new
/// object (activated whole) and an unchanged one is the same object.
/// </summary>
public sealed class RoutingIndexCache(IPeopleDirectory directory, TopicVocabulary vocabulary, RoutingOptions options)
{
    private readonly Lock gate = new();
    private (DirectorySnapshot Snapshot, RoutingIndex Index)? current;

    /// <summary>The index of the active snapshot; null while no snapshot is loaded.</summary>
    public RoutingIndex? Current()
    {
        var snapshot = directory.Current;
        if (snapshot is null)
        {
            return null;
        }

        lock (gate)
        {
            if (current is { } cached && ReferenceEquals(cached.Snapshot, snapshot))
            {
                return cached.Index;
            }

            // Built under the lock: concurrent turns right after a new snapshot wait for one build instead of each doing it.
            var index = RoutingIndex.Build(snapshot, vocabulary, options);
            current = (snapshot, index);
            return index;
        }
    }
}
