using System.Diagnostics.CodeAnalysis;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Conversations;

/// <summary>
/// The tag conventions of <see cref="OutgoingActivity.ActivityTag"/> that the dispatcher reads. The conversation
/// layer builds tags with these methods so that both sides agree on one spelling.
/// </summary>
public static class ActivityTags
{
    private const string OfferPrefix = "offer:";

    /// <summary>
    /// The tag of the card offering request <paramref name="requestId"/> to <paramref name="offeree"/>:
    /// <c>offer:{requestId}:{userId}</c>. When the connector refuses it for good (403 blocked, not in roster; 404), the
    /// dispatcher tells <see cref="Dispatch.IUndeliverableOfferHandler"/>, so the routing moves on to the next candidate.
    /// </summary>
    public static string Offer(RequestId requestId, UserId offeree) => $"{OfferPrefix}{requestId}:{offeree.Value}";

    /// <summary>The request and person an offer tag names; false for any other tag.</summary>
    public static bool TryParseOffer([NotNullWhen(true)] string? tag, out RequestId requestId, out UserId offeree)
    {
        requestId = default;
        offeree = default;
        if (tag is null || !tag.StartsWith(OfferPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = tag.AsSpan(OfferPrefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1 || !RequestId.TryParse(rest[..colon].ToString(), out requestId))
        {
            requestId = default;
            return false;
        }

        offeree = new UserId(rest[(colon + 1)..].ToString());
        return true;
    }
}
