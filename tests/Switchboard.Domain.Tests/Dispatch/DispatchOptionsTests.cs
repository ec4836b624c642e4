using System.ComponentModel.DataAnnotations;
using Switchboard.Domain.Dispatch;

namespace Switchboard.Domain.Tests.Dispatch;

public sealed class DispatchOptionsTests
{
    [Fact]
    public void Defaults_Valid_AndTheTeamsLimits()
    {
        var options = new DispatchOptions();

        Assert.Empty(Validate(options));
        Assert.Equal((7, 60, 50), (options.PerConversationPerSecond, options.PerConversationPer30Seconds, options.PerTenantPerSecond));
    }

    [Fact]
    public void OutOfRangeValues_EachNamed()
    {
        var options = new DispatchOptions { BatchSize = 0, Lease = TimeSpan.FromSeconds(1), PerTenantPerSecond = 0, BackoffBase = TimeSpan.Zero };

        var invalid = Validate(options).SelectMany(result => result.MemberNames).Order().ToList();

        Assert.Equal([nameof(DispatchOptions.BackoffBase), nameof(DispatchOptions.BatchSize), nameof(DispatchOptions.Lease), nameof(DispatchOptions.PerTenantPerSecond)], invalid);
    }

    private static List<ValidationResult> Validate(DispatchOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
