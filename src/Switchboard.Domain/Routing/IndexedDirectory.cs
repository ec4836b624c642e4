using Switchboard.Domain.Directory;

namespace Switchboard.Domain.Routing;

/// <summary>A user as the router sees them.</summary>
internal sealed class IndexedUser
{
    public required int Index { get; init; }
    public required DirectoryUser User { get; init; }
    public required string Name { get; init; }
    public required string? Language { get; init; }
    public required AvailabilityProfile Availability { get; init; }
    public int ManagerIndex { get; set; } = -1;

    /// <summary>Colleagues this user's automatic reply names, in the order written ("for lymphoedema queries please contact Ben Ashby").</summary>
    public IReadOnlyList<AutoReplyDelegate> Delegates { get; set; } = [];
}

/// <summary>A colleague an automatic reply names, with the stems of what the sentence names them for ("lymphoedema clinic"), as far as the directory or the vocabulary uses those words.</summary>
internal readonly record struct AutoReplyDelegate(int User, IReadOnlyList<string> ForStems);

/// <summary>A group with what its name and description cover, and whether it may receive requests at all.</summary>
internal sealed class IndexedGroup
{
    public required DirectoryGroup Group { get; init; }
    public required string Name { get; init; }
    public required bool AcceptsRequests { get; init; }

    /// <summary>
    /// The content stems of a club's or leisure group's name (one the vocabulary's social markers mark: "Club escalade - Bloc du
    /// jeudi"), empty for every other group: what only a club names is its members' leisure, not work.
    /// </summary>
    public IReadOnlySet<string> SocialNameStems { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Topics the description names, with the weight of the strongest term that named each.</summary>
    public required IReadOnlyDictionary<int, double> Topics { get; init; }

    /// <summary>Topics the group's name itself names ("Expédition et transport"): what the desk is, not what it mentions.</summary>
    public required IReadOnlySet<int> NameTopics { get; init; }

    /// <summary>Domains the group claims, with how strongly: distinct subjects named, plus two for naming the domain itself.</summary>
    public required IReadOnlyDictionary<int, int> Domains { get; init; }
    public required IReadOnlySet<int> MemberIndexes { get; init; }

    /// <summary>Content stems of the name and description, for services the vocabulary does not know ("réservation de l'enceinte climatique").</summary>
    public required IReadOnlySet<string> Stems { get; init; }
    public required TeamChannel? RequestChannel { get; init; }
}
