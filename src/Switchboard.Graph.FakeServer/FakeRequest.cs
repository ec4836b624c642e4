namespace Switchboard.Graph.FakeServer;

/// <summary>One request the fake Graph server received: a top-level HTTP request, or one item of a <c>$batch</c>.</summary>
/// <param name="Sequence">Order of arrival across the whole server.</param>
/// <param name="At">Time since the server started.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Version"><c>v1.0</c> or <c>beta</c>.</param>
/// <param name="Path">Path after the version, such as <c>/users/42/mailboxSettings</c> or <c>/$batch</c>.</param>
/// <param name="Query">Decoded query parameters.</param>
/// <param name="InBatch">Whether this was an item inside a <c>$batch</c>.</param>
/// <param name="PresenceIds">For <c>getPresencesByUserId</c>, how many ids were asked for.</param>
public sealed record FakeRequest(
    long Sequence,
    TimeSpan At,
    string Method,
    string Version,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    bool InBatch,
    int PresenceIds)
{
    /// <summary>The status the server answered with.</summary>
    public int Status { get; internal set; }

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    public bool IsPath(string path) => string.Equals(Path, path, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// An error the fake server answers instead of the real response, for the requests that <see cref="When"/>
/// matches, <see cref="Times"/> times.
/// </summary>
public sealed class FakeFault
{
    private int _times = 1;
    private int _remaining = 1;

    public required Func<FakeRequest, bool> When { get; init; }

    public int Status { get; init; } = 429;

    public string Code { get; init; } = "TooManyRequests";

    /// <summary>Sent as the <c>Retry-After</c> header (seconds) when set.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>How many matching requests fail; <see cref="int.MaxValue"/> for all of them.</summary>
    public int Times
    {
        get => _times;
        init
        {
            _times = value;
            _remaining = value;
        }
    }

    internal bool TryTake(FakeRequest request)
    {
        if (!When(request))
        {
            return false;
        }

        if (Times == int.MaxValue)
        {
            return true;
        }

        return Interlocked.Decrement(ref _remaining) >= 0;
    }
}

/// <summary>A chat the fake server created.</summary>
/// <param name="Id">Its id (<c>19:...</c>).</param>
/// <param name="ChatType"><c>oneOnOne</c> or <c>group</c>.</param>
/// <param name="Members">The members' user ids, as bound in the request.</param>
public sealed record FakeChat(string Id, string ChatType, IReadOnlyList<string> Members);
