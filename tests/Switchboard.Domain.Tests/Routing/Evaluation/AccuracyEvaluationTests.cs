using System.Globalization;
using Switchboard.Domain.Routing;
using Xunit.Abstractions;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// Routes every hand-written request of the evaluation tenants and checks the issue's bar: first target right for at
/// least 85%, decision right for at least 90%, and never someone first who must not be disturbed. The forbidden check
/// reads availability from what the test wrote, not from the engine.
/// </summary>
public sealed class AccuracyEvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Tenants => new() { "HautJuraFromagerie", "CorribMedical", "NordlysLogistics", "BanqueMutualisteRhone", "AlpesConstruction", "BrightwaveSoftware", "MaisonLumenRetail", "CliniqueDesCedres", "HarcourtValeConsulting", "NorthbridgeEnergy" };

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Route_EvaluationTenant_MeetsAccuracyBar(string name)
    {
        var (tenant, cases, defaultAt) = name switch
        {
            "HautJuraFromagerie" => (HautJuraFromagerie.Tenant(), HautJuraFromagerie.Cases, HautJuraFromagerie.DefaultAt),
            "NordlysLogistics" => (NordlysLogistics.Tenant(), NordlysLogistics.Cases, NordlysLogistics.DefaultAt),
            "BanqueMutualisteRhone" => (BanqueMutualisteRhone.Tenant(), BanqueMutualisteRhone.Cases, BanqueMutualisteRhone.DefaultAt),
            "AlpesConstruction" => (AlpesConstruction.Tenant(), AlpesConstruction.Cases, AlpesConstruction.DefaultAt),
            "BrightwaveSoftware" => (BrightwaveSoftware.Tenant(), BrightwaveSoftware.Cases, BrightwaveSoftware.DefaultAt),
            "MaisonLumenRetail" => (MaisonLumenRetail.Tenant(), MaisonLumenRetail.Cases, MaisonLumenRetail.DefaultAt),
            "CliniqueDesCedres" => (CliniqueDesCedres.Tenant(), CliniqueDesCedres.Cases, CliniqueDesCedres.DefaultAt),
            "HarcourtValeConsulting" => (HarcourtValeConsulting.Tenant(), HarcourtValeConsulting.Cases, HarcourtValeConsulting.DefaultAt),
            "NorthbridgeEnergy" => (NorthbridgeEnergy.Tenant(), NorthbridgeEnergy.Cases, NorthbridgeEnergy.DefaultAt),
            _ => (CorribMedical.Tenant(), CorribMedical.Cases, CorribMedical.DefaultAt),
        };
        var result = Evaluate(tenant, cases, defaultAt);

        foreach (var line in result.Report)
        {
            output.WriteLine(line);
        }

        Assert.True(cases.Count >= 40, "an evaluation set needs at least 40 requests");
        Assert.Empty(result.ForbiddenFirst);
        Assert.True(result.FirstTargetAccuracy >= 0.85, $"first-target accuracy {result.FirstTargetAccuracy:P0} is below 85%");
        Assert.True(result.DecisionAccuracy >= 0.90, $"decision accuracy {result.DecisionAccuracy:P0} is below 90%");
    }

    internal static EvaluationResult Evaluate(TestTenant tenant, IReadOnlyList<EvaluationCase> cases, string defaultAt)
    {
        var index = tenant.Index();
        var workload = tenant.Workload();
        var router = new RequestRouter();
        var firstRight = 0;
        var decisionRight = 0;
        var forbidden = new List<string>();
        var report = new List<string>();
        foreach (var evaluation in cases)
        {
            var at = DateTimeOffset.Parse(evaluation.At ?? defaultAt, CultureInfo.InvariantCulture);
            var request = new RoutingRequest(evaluation.Requester, evaluation.Text, evaluation.Urgency, Impact.Individual, at);
            var answer = router.Route(request, index, workload);
            var first = answer.Targets.Count > 0 ? answer.Targets[0].Id : null;
            var decisionOk = answer.Decision == evaluation.Decision;
            var firstOk = evaluation.ExpectedFirst is null ? answer.Decision == RoutingDecision.None : first == evaluation.ExpectedFirst;
            decisionRight += decisionOk ? 1 : 0;
            firstRight += firstOk ? 1 : 0;

            if (first is not null && tenant.People.TryGetValue(first, out var person) && Forbidden(person, tenant, evaluation, at) is { } why)
            {
                forbidden.Add($"{evaluation.Text} -> {person.Name}: {why}");
            }

            if (!firstOk || !decisionOk)
            {
                report.Add($"MISS [{evaluation.Text}] expected {evaluation.Decision}/{evaluation.ExpectedFirst ?? "-"}, got {answer.Decision}/{first ?? "-"} " +
                    $"topics [{string.Join(", ", answer.Topics.Select(t => $"{t.Id}:{t.Weight.ToString(CultureInfo.InvariantCulture)}"))}] " +
                    $"reasons [{string.Join(" | ", answer.Targets.Count > 0 ? answer.Targets[0].Reasons : answer.Reasons)}]");
            }
        }

        var result = new EvaluationResult((double)firstRight / cases.Count, (double)decisionRight / cases.Count, forbidden, report);
        report.Insert(0, string.Create(CultureInfo.InvariantCulture,
            $"first target {firstRight}/{cases.Count} ({result.FirstTargetAccuracy:P1}), decision {decisionRight}/{cases.Count} ({result.DecisionAccuracy:P1}), forbidden first {forbidden.Count}"));
        return result;
    }

    private static string? Forbidden(PersonSpec person, TestTenant tenant, EvaluationCase evaluation, DateTimeOffset at)
    {
        var urgent = evaluation.Urgency is Urgency.High or Urgency.Critical;
        return true switch
        {
            _ when person.Id == evaluation.Requester => "is the requester",
            _ when !person.Enabled => "account disabled",
            _ when person.IsOutOfOffice(at) => "out of office",
            _ when tenant.OpenRequests(person.Id) >= (tenant.Capacity(person.Id) ?? new RoutingOptions().DefaultCapacity) => "at capacity",
            _ when urgent && !person.IsInWorkingHours(at) => "off-hours for an urgent request",
            _ when urgent && person.Presence == "DoNotDisturb" => "Do Not Disturb for an urgent request",
            _ => null,
        };
    }

    internal sealed record EvaluationResult(double FirstTargetAccuracy, double DecisionAccuracy, IReadOnlyList<string> ForbiddenFirst, IReadOnlyList<string> Report);
}
