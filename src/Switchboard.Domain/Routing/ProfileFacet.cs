namespace Switchboard.Domain.Routing;

/// <summary>Where in a profile a piece of evidence was found; the kind decides how much it weighs.</summary>
internal enum FacetKind
{
    ProfileSkill,
    DeclaredSkill,
    Responsibility,
    JobTitle,
    AboutMe,
    Department,
    Interest,
}

/// <summary>One matchable piece of a profile: a skill, a responsibility, the job title, the about-me text...</summary>
internal sealed class ProfileFacet
{
    public required int UserIndex { get; init; }
    public required FacetKind Kind { get; init; }
    public required string Text { get; init; }
    public required string[] Stems { get; init; }
    public required int[] Topics { get; init; }

    /// <summary>Domains the facet belongs to (through its topics or domain words such as "HSE", "comptabilité").</summary>
    public required int[] Domains { get; init; }

    public Proficiency Proficiency { get; init; }
    public string? ProficiencyName { get; init; }
    public bool AskMeAbout { get; init; }
    public bool AbleToMentor { get; init; }

    /// <summary>An acronym the skill's name gives as another name for it ("SSL" of "Certificats SSL/TLS"); explained as the skill itself.</summary>
    public bool IsAlias { get; init; }

    /// <summary>Sum of the idf of the facet's stems; set once document frequencies are known.</summary>
    public double TotalIdf { get; set; }

    public bool IsSkill => Kind is FacetKind.ProfileSkill or FacetKind.DeclaredSkill;
}
