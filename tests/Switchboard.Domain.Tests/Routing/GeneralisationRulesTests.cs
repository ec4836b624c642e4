using System.Globalization;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// The general failure modes found on tenants the engine had never seen, each as a rule with French and English cases on made-up
/// companies and skills: match strength before proficiency, acronyms named in a skill, personal requests.
/// </summary>
public sealed class GeneralisationRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    // ---- Match strength before proficiency ----------------------------------------------------------

    public static TheoryData<string> TerraformQuestions => new()
    {
        "Besoin d'aide sur Terraform pour nos modules réseau",
        "Need help with Terraform for our network modules",
    };

    [Theory]
    [MemberData(nameof(TerraformQuestions))]
    public void Route_NamedSkillAtLowerLevel_BeatsExpertWhoOnlySharesTheTopic(string text)
    {
        // Both skills are in the vocabulary's cloud topic; only one is the skill the request names.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-named", "Yannick Brel", manager: "boss", skills: ["Terraform:general"])
            .Person("b-topic", "Ondine Carat", manager: "boss", skills: ["Google Cloud:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        Assert.Equal("a-named", answer.Targets[0].Id);
    }

    [Theory]
    [MemberData(nameof(TerraformQuestions))]
    public void Route_TieBreakersCannotLiftTopicHolderOverNamedSkill(string text)
    {
        // The topic holder speaks the requester's language and sits next to them; the named-skill holder does neither.
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss", language: "fr-FR")
            .Person("other-boss", "Hugo Vasseur", language: "en-GB")
            .Person("a-named", "Yannick Brel", manager: "other-boss", language: "en-GB", skills: ["Terraform:general"])
            .Person("b-topic", "Ondine Carat", manager: "boss", language: "fr-FR", skills: ["Google Cloud:expert:ask"]);

        var answer = Route(tenant, text);

        Assert.Equal("a-named", answer.Targets[0].Id);
    }

    [Theory]
    [MemberData(nameof(TerraformQuestions))]
    public void Route_AmongHoldersOfTheNamedSkill_ProficiencyStillOrders(string text)
    {
        var tenant = new TestTenant()
            .Person("boss", "Agathe Morel")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("a-general", "Yannick Brel", manager: "boss", skills: ["Terraform:general"])
            .Person("b-expert", "Ondine Carat", manager: "boss", skills: ["Terraform:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal("b-expert", answer.Targets[0].Id);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text, Urgency urgency = Urgency.Normal, string requester = "req") =>
        Router.Route(new RoutingRequest(requester, text, urgency, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());
}
