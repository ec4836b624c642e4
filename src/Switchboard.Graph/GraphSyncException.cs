namespace Switchboard.Graph;

/// <summary>
/// A sync that could not complete. No snapshot came out of it, so the directory keeps its previous one;
/// the message says which call failed and what had been skipped before it.
/// </summary>
public class GraphSyncException : Exception
{
    public GraphSyncException()
    {
    }

    public GraphSyncException(string message)
        : base(message)
    {
    }

    public GraphSyncException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphSyncException(string message, IReadOnlyList<SkippedRead> skipped, Exception? innerException)
        : base(WithSkipped(message, skipped), innerException)
    {
        Skipped = skipped;
    }

    /// <summary>Reads skipped before the failure (for example users whose mailbox does not exist).</summary>
    public IReadOnlyList<SkippedRead> Skipped { get; } = [];

    private static string WithSkipped(string message, IReadOnlyList<SkippedRead> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        if (skipped.Count == 0)
        {
            return message + " Nothing had been skipped; the previous snapshot stays active.";
        }

        var sample = string.Join("; ", skipped.Take(5).Select(s => s.ToString()));
        var more = skipped.Count > 5 ? $" and {skipped.Count - 5} more" : "";
        return $"{message} Skipped before the failure: {skipped.Count} read(s) ({sample}{more}); the previous snapshot stays active.";
    }
}

/// <summary>Graph answered 403: the app registration lacks the application permission the call needs.</summary>
public sealed class GraphPermissionException : GraphSyncException
{
    public GraphPermissionException()
    {
    }

    public GraphPermissionException(string message)
        : base(message)
    {
    }

    public GraphPermissionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphPermissionException(GraphCall call, IReadOnlyList<SkippedRead> skipped, Exception? innerException)
        : base(
            $"Microsoft Graph refused {GraphPermissions.Describe(call)} with 403 Forbidden: grant the application permission " +
            $"{GraphPermissions.For(call)} to Switchboard's app registration and give admin consent" +
            (GraphPermissions.WithoutIt(call) is { } alternative ? $", or {alternative}." : "."),
            skipped,
            innerException)
    {
        Call = call;
        Permission = GraphPermissions.For(call);
    }

    public GraphCall? Call { get; }

    /// <summary>The least-privileged application permission that was missing.</summary>
    public string? Permission { get; }
}

/// <summary>Graph no longer knows the stored delta link (410 <c>syncStateNotFound</c>); only a full sync can recover.</summary>
public sealed class GraphDeltaExpiredException : Exception
{
    public GraphDeltaExpiredException()
    {
    }

    public GraphDeltaExpiredException(string message)
        : base(message)
    {
    }

    public GraphDeltaExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A read that was left out of the snapshot without failing the sync, and why.</summary>
/// <param name="Call">Which kind of call.</param>
/// <param name="Subject">The user or group it was about.</param>
/// <param name="Status">Graph's HTTP status for it.</param>
/// <param name="Code">Graph's error code, when it gave one.</param>
public sealed record SkippedRead(GraphCall Call, string Subject, int Status, string? Code)
{
    public override string ToString() => $"{GraphPermissions.Describe(Call)} for {Subject}: {Status}{(Code is null ? "" : " " + Code)}";
}
