using System.Security.Cryptography;
using System.Text;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Record;

/// <summary>
/// Turns a person's directory id into the pseudonym the record holds: HMAC-SHA256 of the lower-cased id (UTF-8)
/// under the installation's secret key, as 64 lower-case hex digits. Without the key a pseudonym cannot be linked to
/// a person, not even by trying every id of the directory; with it, the same person always gets the same pseudonym,
/// so a person's entries can be found for an export.
/// </summary>
public sealed class AuditPseudonyms
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] key;

    public AuditPseudonyms(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The pseudonym key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = key.ToArray();
    }

    public string Of(UserId user) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(user.Value.ToLowerInvariant())));

    /// <summary>A request event's actor: Switchboard itself as <see cref="AuditActors.System"/>, a person by pseudonym.</summary>
    public string OfActor(string actorId) =>
        string.Equals(actorId, Actor.System.Id, StringComparison.Ordinal) ? AuditActors.System : Of(new UserId(actorId));
}
