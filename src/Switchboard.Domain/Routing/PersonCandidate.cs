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

    /// <summary>Share of the request's informative words (idf-weighted) the whole profile holds, each at the best field holding it.</summary>
    public double WordCoverage { get; set; }

    public Blocker Blocker { get; set; }

    /// <summary>Match after availability and tie-breakers: the ranking key.</summary>
    public double Rank { get; set; }


    /// <summary>In working hours at request time; null when the directory does not say.</summary>
    public bool? InHours { get; set; }

    /// <summary>Why the person ranks lower without being excluded (off-hours, Do Not Disturb, away), or null.</summary>
    public string? Demotion => InHours == false
        ? $"is outside working hours ({User.Availability.WorkingHoursText()} their time)"
        : User.Availability.DoNotDisturb
            ? "is in Do Not Disturb"
            : User.Availability.Away ? "is away right now" : null;

    /// <summary>Availability in words, built only for the targets shown.</summary>
    public IReadOnlyList<string> AvailabilityNotes()
    {
        var availability = User.Availability;
        var notes = new List<string>();
        if (InHours == false)
        {
            notes.Add($"outside working hours ({availability.WorkingHoursText()} their time), may answer later");
        }

        if (availability.DoNotDisturb)
        {
            notes.Add("presence Do Not Disturb");
        }
        else if (availability.Away)
        {
            notes.Add("presence away or offline right now");
        }

        if (InHours == true)
        {
            notes.Insert(0, notes.Count == 0 ? "available, in working hours" : "in working hours");
        }
        else if (InHours is null)
        {
            notes.Add(availability.UnknownZoneName is { } zone ? $"working hours unknown (time zone '{zone}' not recognised)" : "working hours unknown");
        }

        return notes;
    }
}
