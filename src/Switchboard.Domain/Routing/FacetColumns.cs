namespace Switchboard.Domain.Routing;

/// <summary>
/// Column arrays of what scoring needs per facet. Postings are in facet order, so a request walks these arrays
/// mostly forwards instead of chasing one object per facet across the heap.
/// </summary>
internal sealed class FacetColumns
{
    public FacetColumns(IReadOnlyList<ProfileFacet> facets, RoutingOptions options)
    {
        var count = facets.Count;
        User = new int[count];
        IsSkill = new bool[count];
        Weight = new double[count];
        TotalIdf = new double[count];
        StemCount = new int[count];
        WordFactor = new double[count];
        for (var i = 0; i < count; i++)
        {
            var facet = facets[i];
            User[i] = facet.UserIndex;
            IsSkill[i] = facet.IsSkill;
            Weight[i] = facet.IsSkill ? SkillFactor(facet, options) : KindWeight(facet.Kind, options);
            TotalIdf[i] = facet.TotalIdf;
            StemCount[i] = facet.Stems.Length;
            // A word in a skill counts at the skill's level; other fields halfway between their field weight and a skill's, since
            // a word shared with the request is more telling than the field's loose match of whole topics.
            WordFactor[i] = facet.IsSkill ? Math.Min(1, Weight[i]) : Weight[i] + ((1 - Weight[i]) * options.ProfileWordFieldShare);
        }
    }

    public int[] User { get; }

    public bool[] IsSkill { get; }

    /// <summary>For a skill, proficiency times collaboration-tag boost; for other fields, the weight of the field.</summary>
    public double[] Weight { get; }

    public double[] TotalIdf { get; }

    public int[] StemCount { get; }

    /// <summary>How much a request word found in this facet counts towards the person's profile-wide word coverage.</summary>
    public double[] WordFactor { get; }

    internal static double SkillFactor(ProfileFacet facet, RoutingOptions options)
    {
        var proficiency = facet.Proficiency switch
        {
            Proficiency.Elementary => options.ElementaryFactor,
            Proficiency.LimitedWorking => options.LimitedWorkingFactor,
            Proficiency.GeneralProfessional => options.GeneralProfessionalFactor,
            Proficiency.AdvancedProfessional => options.AdvancedProfessionalFactor,
            Proficiency.Expert => options.ExpertFactor,
            _ => options.UnknownProficiencyFactor,
        };
        var boost = facet.AskMeAbout ? options.AskMeAboutBoost : facet.AbleToMentor ? options.AbleToMentorBoost : 1;
        return proficiency * boost * (facet.IsAlias ? options.AliasSkillWeight : 1);
    }

    private static double KindWeight(FacetKind kind, RoutingOptions options) => kind switch
    {
        FacetKind.Responsibility => options.ResponsibilityWeight,
        FacetKind.JobTitle => options.JobTitleWeight,
        FacetKind.AboutMe => options.AboutMeWeight,
        FacetKind.Department => options.DepartmentWeight,
        _ => options.InterestWeight,
    };
}
