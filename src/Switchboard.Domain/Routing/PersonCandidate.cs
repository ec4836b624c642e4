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

    /// <summary>The best field's level (proficiency, askMeAbout) after availability: what first orders holders of the same skill.</summary>
    public double SkillLevel { get; set; }

    /// <summary>What the tie-breakers add (language, load, org chart): what then orders holders of the same skill at one level.</summary>
    public double TieBreak { get; set; }

    /// <summary>In working hours at request time; null when the directory does not say.</summary>
    public bool? InHours { get; set; }

    /// <summary>Why the person ranks lower without being excluded (off-hours, Do Not Disturb, away), or null.</summary>
    public ReasonCode? Demotion => InHours == false
        ? ReasonCode.PassedOverOutsideHours
        : User.Availability.DoNotDisturb
            ? ReasonCode.PassedOverDoNotDisturb
            : User.Availability.Away ? ReasonCode.PassedOverAway : null;

    /// <summary>Availability as reasons, built only for the targets shown.</summary>
    public IEnumerable<RoutingReason> AvailabilityNotes()
    {
        var availability = User.Availability;
        var notes = new List<RoutingReason>();
        if (InHours == false)
        {
            notes.Add(new RoutingReason(ReasonCode.OutsideHoursMayAnswerLater) { Hours = availability.Hours });
        }

        if (availability.DoNotDisturb)
        {
            notes.Add(new RoutingReason(ReasonCode.PresenceDoNotDisturb));
        }
        else if (availability.Away)
        {
            notes.Add(new RoutingReason(ReasonCode.PresenceAway));
        }

        if (InHours == true)
        {
            notes.Insert(0, new RoutingReason(notes.Count == 0 ? ReasonCode.AvailableInWorkingHours : ReasonCode.InWorkingHours));
        }
        else if (InHours is null)
        {
            notes.Add(availability.UnknownZoneName is { } zone
                ? new RoutingReason(ReasonCode.WorkingHoursUnknownZone) { Text = zone }
                : new RoutingReason(ReasonCode.WorkingHoursUnknown));
        }

        return notes;
    }
}
