using Azure.Core;

namespace Switchboard.Graph.FakeServer;

/// <summary>
/// A credential that hands out a fixed token without calling Microsoft Entra ID, so the real Graph SDK
/// pipeline (authentication provider included) runs against the fake server with no network.
/// </summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    private int _calls;

    /// <summary>How many times a token was asked for.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
