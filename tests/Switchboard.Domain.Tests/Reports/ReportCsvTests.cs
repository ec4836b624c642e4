using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;

namespace Switchboard.Domain.Tests.Reports;

public sealed class ReportCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("Sales, EMEA", "\"Sales, EMEA\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("Sales", "Sales")]
    [InlineData("", "")]
    public void Field_HostileOrSpecialValues_NeutralisedThenQuoted(string value, string expected) =>
        Assert.Equal(expected, ReportCsv.Field(value));

    [Fact]
    public async Task WriteAsync_DepartmentNamedLikeAFormula_NeutralisedInTheFile()
    {
        var history = new ReportHistory();
        var hostile = ReportHistory.Snapshot with
        {
            Users = [.. ReportHistory.Snapshot.Users.Select(u => u.Department == "Sales" ? u with { Department = "=cmd|' /C calc'!A0" } : u)],
        };
        var report = RoutingReportCalculator.Compute(history.All, hostile, ReportPeriod.Month(2026, 11), ReportScope.Everyone);
        using var writer = new StringWriter();

        await ReportCsv.WriteAsync(report, writer, CancellationToken.None);

        var lines = writer.ToString().Split("\r\n");
        Assert.Equal("figure,key,value,part,whole,requests", lines[0]);
        Assert.Contains("by_department,'=cmd|' /C calc'!A0,5,,,", lines, new StartsWith());
        Assert.DoesNotContain(lines, line => line.Split(',').Any(field => field.StartsWith('=')));
        Assert.Contains($"received,,6,,,{string.Join(' ', report.Received.Requests.Select(r => r.Value))}", lines);
        Assert.Equal(string.Empty, lines[^1]);
    }

    private sealed class StartsWith : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is not null && y is not null && y.StartsWith(x, StringComparison.Ordinal);

        public int GetHashCode(string obj) => 0;
    }
}
