using System.Text.Json;
using Switchboard.Host.Cli;

namespace Switchboard.Host.Tests.Cli;

/// <summary>The <c>route</c> command end to end, in-process, on files written by each test.</summary>
public sealed class RouteCommandTests : IDisposable
{
    private const string Tenant = """
        {
          "tenantId": "t-1",
          "users": [
            { "id": "u-req", "displayName": "Paul Lemaire", "preferredLanguage": "fr-FR" },
            { "id": "u-plc", "displayName": "Ines Moulin", "accountEnabled": true,
              "profile": { "skills": [ { "displayName": "PLC programming", "proficiency": "advancedProfessional" } ] },
              "mailboxSettings": { "timeZone": "Romance Standard Time",
                "workingHours": { "daysOfWeek": ["monday","tuesday","wednesday","thursday","friday"], "startTime": "08:00:00.0000000", "endTime": "17:00:00.0000000", "timeZone": { "name": "Romance Standard Time" } } } },
            { "id": "u-null", "displayName": null, "skills": null, "profile": null, "mailboxSettings": null, "presence": null }
          ],
          "groups": [
            { "id": "g-it", "displayName": "IT Help Desk", "description": "Support informatique : comptes, mots de passe, imprimantes.",
              "resourceProvisioningOptions": ["Team"], "team": { "channels": [ { "id": "19:a", "displayName": "Requests" } ] } },
            { "id": "g-null", "displayName": null, "description": null }
          ]
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("route-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task RunAsync_ValidFiles_WritesOneAnswerLinePerRequestInOrder()
    {
        var tenant = Write("tenant.json", Tenant);
        var requests = Write("requests.jsonl", """
            {"id": "r-1", "requester": "u-req", "text": "L'automate plante, qui connait la programmation PLC ?", "urgency": "normal", "impact": "team", "at": "2027-03-09T10:00:00+01:00"}

            {"id": "r-2", "requester": "u-req", "text": "J'ai oublié mon mot de passe", "urgency": "high", "impact": "individual", "at": "2027-03-09T10:00:00+01:00"}
            {"id": "r-3", "requester": "u-req", "text": "Qui sait piloter un drone ?", "urgency": "low", "impact": "individual", "at": "2027-03-09T10:00:00Z"}
            """);
        var workload = Write("workload.json", """{ "experts": [ { "id": "u-plc", "openRequests": 1, "capacity": 5 } ] }""");

        var (exit, stdout, stderr) = await RunAsync("--tenant", tenant, "--requests", requests, "--workload", workload, "--top", "2");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("r-1", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("person", first.RootElement.GetProperty("decision").GetString());
        var target = first.RootElement.GetProperty("targets")[0];
        Assert.Equal("user", target.GetProperty("type").GetString());
        Assert.Equal("u-plc", target.GetProperty("id").GetString());
        Assert.Contains("skill PLC programming (advancedProfessional)", target.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("group", second.RootElement.GetProperty("decision").GetString());
        Assert.Equal("g-it", second.RootElement.GetProperty("targets")[0].GetProperty("id").GetString());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("none", third.RootElement.GetProperty("decision").GetString());
        Assert.Equal(0, third.RootElement.GetProperty("targets").GetArrayLength());
        Assert.True(third.RootElement.GetProperty("reasons").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("""{"id": "r-1", "requester": "u-req", "text": "VPN", "at": "2027-03-09T10:00:00Z"}""" + "\n{not json", "requests.jsonl:2: invalid JSON")]
    [InlineData("""{"id": "r-1", "requester": "u-req", "text": "VPN", "urgency": "asap", "at": "2027-03-09T10:00:00Z"}""", "requests.jsonl:1: field 'urgency': expected low|normal|high|critical")]
    [InlineData("""{"id": "r-1", "requester": "u-req", "text": "VPN", "impact": "world", "at": "2027-03-09T10:00:00Z"}""", "requests.jsonl:1: field 'impact': expected individual|team|department|company")]
    [InlineData("""{"id": "r-1", "text": "VPN", "urgency": "low", "at": "2027-03-09T10:00:00Z"}""", "requests.jsonl:1: field 'requester': missing")]
    [InlineData("""{"id": "r-1", "requester": 42, "text": "VPN", "at": "2027-03-09T10:00:00Z"}""", "requests.jsonl:1: field 'requester': expected a non-empty string")]
    [InlineData("""{"id": "r-1", "requester": "u-req", "text": "VPN", "at": "2027-03-09T10:00:00"}""", "requests.jsonl:1: field 'at': expected an ISO-8601 date and time with offset, got '2027-03-09T10:00:00'")]
    [InlineData("""["not", "an", "object"]""", "requests.jsonl:1: expected a JSON object")]
    public async Task RunAsync_MalformedRequests_FailsWithOneLineNamingFileLineAndField(string content, string expectedStart)
    {
        var tenant = Write("tenant.json", Tenant);
        var requests = Write("requests.jsonl", content);

        var (exit, stdout, stderr) = await RunAsync("--tenant", tenant, "--requests", requests);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("route: " + expectedStart, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownTenantFile_FailsWithOneLine()
    {
        var requests = Write("requests.jsonl", """{"id": "r-1", "requester": "u-req", "text": "VPN", "at": "2027-03-09T10:00:00Z"}""");
        var missing = Path.Combine(_directory, "nowhere.json");

        var (exit, stdout, stderr) = await RunAsync("--tenant", missing, "--requests", requests);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"route: {missing}: file not found", stderr.TrimEnd('\n', '\r'));
    }

    [Fact]
    public async Task RunAsync_TenantUserWithoutId_FailsNamingLineAndField()
    {
        var tenant = Write("tenant.json", """
            {
              "users": [
                { "displayName": "No Id" }
              ]
            }
            """);
        var requests = Write("requests.jsonl", """{"id": "r-1", "requester": "u-req", "text": "VPN", "at": "2027-03-09T10:00:00Z"}""");

        var (exit, stdout, stderr) = await RunAsync("--tenant", tenant, "--requests", requests);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("route: tenant.json:", line, StringComparison.Ordinal);
        Assert.Contains("field 'users[0]", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WorkloadWithWrongType_FailsNamingField()
    {
        var tenant = Write("tenant.json", Tenant);
        var requests = Write("requests.jsonl", """{"id": "r-1", "requester": "u-req", "text": "VPN", "at": "2027-03-09T10:00:00Z"}""");
        var workload = Write("workload.json", """{ "experts": [ { "id": "u-plc", "openRequests": "many" } ] }""");

        var (exit, _, stderr) = await RunAsync("--tenant", tenant, "--requests", requests, "--workload", workload);

        Assert.Equal(1, exit);
        Assert.StartsWith("route: workload.json:1: field 'experts[0].openRequests'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tenant")]
    [InlineData("--colour", "blue")]
    [InlineData("--top", "0", "--tenant", "t.json", "--requests", "r.jsonl")]
    public async Task RunAsync_BadArguments_FailsWithOneLine(params string[] args)
    {
        var (exit, stdout, stderr) = await RunAsync(args);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await new RouteCommand(stdout, stderr).RunAsync(args);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
