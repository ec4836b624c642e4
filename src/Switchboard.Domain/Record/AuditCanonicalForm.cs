using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Domain.Record;

/// <summary>
/// The exact bytes an entry's hash is computed over, specified in <c>docs/RECORD.md</c> so that an auditor can
/// re-implement it. Lines end with LF; every value is escaped to printable ASCII, so the bytes are the same in
/// UTF-8, ASCII and Latin-1 and no Unicode normalisation can change them.
/// <code>
/// switchboard-audit-v1
/// sequence:42
/// occurredAt:2026-11-26T09:30:00.000000Z
/// kind:declined
/// actor:&lt;pseudonym&gt;
/// subjects:&lt;pseudonym&gt;,&lt;pseudonym&gt;
/// request:0193...-...   (empty when none)
/// data:2
/// candidates=3
/// urgency=High
/// </code>
/// </summary>
public static class AuditCanonicalForm
{
    public const string Version = "switchboard-audit-v1";

    public static byte[] Serialize(long sequence, AuditDraft content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new StringBuilder(256);
        text.Append(Version).Append('\n');
        text.Append("sequence:").Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("occurredAt:").Append(content.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("kind:").Append(KindName(content.Kind)).Append('\n');
        text.Append("actor:").Append(Escape(content.Actor)).Append('\n');
        text.Append("subjects:").AppendJoin(',', content.Subjects.Select(Escape)).Append('\n');
        text.Append("request:").Append(content.RequestId is { } id ? id.ToString("D", CultureInfo.InvariantCulture) : string.Empty).Append('\n');
        text.Append("data:").Append(content.Data.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var pair in content.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(Escape(pair.Key)).Append('=').Append(Escape(pair.Value)).Append('\n');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>The kind as written in the canonical form: the enum name with its first letter in lower case.</summary>
    public static string KindName(AuditEntryKind kind)
    {
        var name = kind.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    /// <summary>
    /// Printable ASCII (U+0020 to U+007E) stays as it is, except <c>\</c> (written <c>\\</c>) and the separators
    /// <c>,</c> and <c>=</c>; every other UTF-16 code unit is written <c>\uXXXX</c> with four lower-case hex digits.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c == '\\')
            {
                escaped.Append(@"\\");
            }
            else if (c < 0x20 || c > 0x7E || c == ',' || c == '=')
            {
                escaped.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}

/// <summary>How entries are chained: each hash covers the entry's canonical form and the hash before it.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry: 32 zero bytes.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>SHA-256 of the canonical form followed by the 32 bytes of <paramref name="previousHash"/>, as lower-case hex.</summary>
    public static string ComputeHash(long sequence, AuditDraft content, string previousHash)
    {
        var canonical = AuditCanonicalForm.Serialize(sequence, content);
        var previous = Convert.FromHexString(previousHash);
        if (previous.Length != SHA256.HashSizeInBytes)
        {
            throw new ArgumentException("A previous hash is 64 hex digits.", nameof(previousHash));
        }

        return Convert.ToHexStringLower(SHA256.HashData([.. canonical, .. previous]));
    }

    /// <summary>The entry that follows <paramref name="head"/> (null: the chain is empty).</summary>
    public static AuditEntry Next(AuditEntry? head, AuditDraft content)
    {
        var sequence = (head?.Sequence ?? 0) + 1;
        var previous = head?.Hash ?? GenesisHash;
        return new AuditEntry(sequence, content, previous, ComputeHash(sequence, content, previous));
    }
}
