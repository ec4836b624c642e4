using System.ComponentModel.DataAnnotations;
using Switchboard.Domain.Record;

namespace Switchboard.Domain.Tests.Record;

public sealed class RecordOptionsTests
{
    [Fact]
    public void Validate_Defaults_Valid()
    {
        Assert.Empty(Validate(new RecordOptions()));
    }

    [Fact]
    public void Validate_RetentionOutOfRange_NamesTheNestedSetting()
    {
        var options = new RecordOptions { Retention = new RetentionOptions { RequestFreeText = TimeSpan.FromHours(1) } };

        var error = Assert.Single(Validate(options));

        Assert.Equal(["Retention.RequestFreeText"], error.MemberNames);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Validate_BadPseudonymKey_Refused(string key)
    {
        Assert.Contains(Validate(new RecordOptions { PseudonymKey = key }), e => e.MemberNames.Contains(nameof(RecordOptions.PseudonymKey)));
    }

    private static List<ValidationResult> Validate(RecordOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
