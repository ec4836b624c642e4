using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Requests;

public sealed class QualificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Qualification Valid => new()
    {
        Subject = "Access to the finance share",
        Details = "I joined the controlling team on Monday.",
        Kind = RequestKind.Access,
        Urgency = Urgency.Normal,
        Impact = Impact.Individual,
        Deadline = Now.AddDays(2),
    };

    [Fact]
    public void Validate_Complete_NoErrors() => Assert.Empty(Valid.Validate(Now));

    [Theory]
    [InlineData(Urgency.High)]
    [InlineData(Urgency.Critical)]
    public void Validate_UrgentWithoutJustification_NamesTheJustificationField(Urgency urgency)
    {
        var error = Assert.Single((Valid with { Urgency = urgency, UrgencyJustification = "  " }).Validate(Now));

        Assert.Equal(QualificationFields.UrgencyJustification, error.Field);
        Assert.Equal("required", error.Code);
    }

    [Theory]
    [InlineData(Urgency.Low)]
    [InlineData(Urgency.Normal)]
    public void Validate_NotUrgentWithoutJustification_NoErrors(Urgency urgency) =>
        Assert.Empty((Valid with { Urgency = urgency }).Validate(Now));

    [Fact]
    public void Validate_UrgentWithOneLineJustification_NoErrors() =>
        Assert.Empty((Valid with { Urgency = Urgency.Critical, UrgencyJustification = "Payroll run closes tonight." }).Validate(Now));

    [Fact]
    public void Validate_JustificationOnSeveralLines_SingleLineError()
    {
        var error = Assert.Single((Valid with { Urgency = Urgency.High, UrgencyJustification = "Because\nreasons" }).Validate(Now));

        Assert.Equal(QualificationFields.UrgencyJustification, error.Field);
        Assert.Equal("singleLine", error.Code);
    }

    [Fact]
    public void Validate_BlankSubject_NamesTheSubjectField() =>
        Assert.Equal(QualificationFields.Subject, Assert.Single((Valid with { Subject = " " }).Validate(Now)).Field);

    [Fact]
    public void Validate_SubjectTooLong_NamesTheSubjectField() =>
        Assert.Equal("tooLong", Assert.Single((Valid with { Subject = new string('x', Qualification.SubjectMaxLength + 1) }).Validate(Now)).Code);

    [Fact]
    public void Validate_DeadlineInThePast_NamesTheDeadlineField() =>
        Assert.Equal(QualificationFields.Deadline, Assert.Single((Valid with { Deadline = Now.AddMinutes(-1) }).Validate(Now)).Field);

    [Theory]
    [InlineData(PreferredTarget.Person)]
    [InlineData(PreferredTarget.Team)]
    public void Validate_PreferredTargetWithoutId_NamesTheTargetIdField(PreferredTarget preferred) =>
        Assert.Equal(QualificationFields.PreferredTargetId, Assert.Single((Valid with { PreferredTarget = preferred }).Validate(Now)).Field);

    [Fact]
    public void Validate_UnknownKind_NamesTheKindField() =>
        Assert.Equal(QualificationFields.Kind, Assert.Single((Valid with { Kind = (RequestKind)42 }).Validate(Now)).Field);

    [Fact]
    public void Validate_SeveralProblems_ReportsEachField()
    {
        var errors = (Valid with { Subject = "", Urgency = Urgency.High, Deadline = Now.AddDays(-1), Details = new string('d', Qualification.DetailsMaxLength + 1) })
            .Validate(Now);

        Assert.Equal(
            [QualificationFields.Subject, QualificationFields.Details, QualificationFields.Deadline, QualificationFields.UrgencyJustification],
            errors.Select(e => e.Field));
    }
}
