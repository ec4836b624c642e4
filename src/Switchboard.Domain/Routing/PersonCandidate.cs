namespace Switchboard.Domain.Routing;

/// <summary>Why a qualified person cannot receive the request right now.</summary>
internal enum Blocker
{
    None,
    Requester,
    AccountDisabled,
    OutOfOffice,
    AtCapacity,
    OffHoursUrgent,
    DoNotDisturbUrgent,
}

/// <summary>A person whose profile matches the request, with the evidence and their availability.</summary>
internal sealed class PersonCandidate(IndexedUser user)
{
    public IndexedUser User { get; } = user;

    /// <summary>How well the profile matches, before availability.</summary>
    public double Match { get; set; }

    public ProfileFacet? BestFacet { get; set; }

    public double BestStrength { get; set; }

    public bool BestIsRelatedField { get; set; }

    public ProfileFacet? SecondFacet { get; set; }

    public bool SecondIsRelatedField { get; set; }

    public double SecondStrength { get; set; }

    public double SecondarySum { get; set; }

    public Blocker Blocker { get; set; }

    /// <summary>Match after availability and tie-breakers: the ranking key.</summary>
    public double Rank { get; set; }

    public List<string> AvailabilityNotes { get; } = [];

    /// <summary>Set when the person ranks lower for availability (off-hours, DND, away), to explain it.</summary>
    public string? Demotion { get; set; }

    public void Offer(ProfileFacet facet, double strength, bool relatedFieldOnly)
    {
        if (strength > BestStrength)
        {
            if (BestFacet is not null)
            {
                Push(BestFacet, BestStrength, BestIsRelatedField);
            }

            BestFacet = facet;
            BestStrength = strength;
            BestIsRelatedField = relatedFieldOnly;
        }
        else
        {
            Push(facet, strength, relatedFieldOnly);
        }
    }

    private void Push(ProfileFacet facet, double strength, bool relatedFieldOnly)
    {
        SecondarySum += strength;
        if (strength > SecondStrength)
        {
            SecondFacet = facet;
            SecondStrength = strength;
            SecondIsRelatedField = relatedFieldOnly;
        }
    }
}
