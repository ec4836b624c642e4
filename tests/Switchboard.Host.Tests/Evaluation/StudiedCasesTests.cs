using Switchboard.Host.Cli.Evaluation;

namespace Switchboard.Host.Tests.Evaluation;

/// <summary>
/// Single requests of the outsiders' tenants (<c>Evaluation/HoldOut/</c>) that show a rule on data nobody wrote for it: the request
/// must be answered as its author expected. Each names the rule it stands for; the tenants' floors cover the rest.
/// </summary>
public sealed class StudiedCasesTests
{
    [Theory]
    // The burner expert is back in January and the other has left; the maintenance expert sharing "demande d'intervention" ranks first,
    // the electromechanic holding burners at a general level is the next qualified colleague.
    [InlineData("GalvaMeuseLiege", "gm-04")]
    // The FHIR expert is away until February and the other has left; Sarah Lambotte holds HL7 FHIR at a general level.
    [InlineData("HopitauxSambreMeuse", "gh-03")]
    public async Task Route_ExpertAwayForAWhile_ColleagueFurtherDownHoldingTheirField_StandsIn(string tenant, string request)
    {
        var result = await RoutingEvaluation.RunAsync(Path.Combine(AppContext.BaseDirectory, "Evaluation", "HoldOut", tenant), CancellationToken.None);

        var answer = Assert.Single(result.Requests, r => r.Id == request);
        Assert.True(answer.FirstTargetRight, string.Join(Environment.NewLine, answer.Report));
    }
}
