using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Switchboard.Bot.Security;

namespace Switchboard.Bot.Tests.Security;

public sealed class BotStartupSafetyValidatorTests
{
    private const string AppId = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    [Fact]
    public void Validate_DevelopmentWithNothingSet_Succeeds()
    {
        var result = Validate(Environments.Development, appId: null, tenants: []);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Validate_OutsideDevelopmentWithNothingSet_NamesBothSettings(string environment)
    {
        var result = Validate(environment, appId: "  ", tenants: []);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(2, failures.Count);
        Assert.StartsWith("MicrosoftAppId is empty", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Switchboard:Security:AllowedTenants is empty", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithAppIdAndTenant_Succeeds()
    {
        var result = Validate(Environments.Production, AppId, [TestActivities.AllowedTenant]);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_TenantThatIsNotAGuid_FailsEvenInDevelopment()
    {
        var result = Validate(Environments.Development, appId: null, tenants: ["contoso.onmicrosoft.com"]);

        Assert.True(result.Failed);
        Assert.Contains("'contoso.onmicrosoft.com', which is not a tenant id", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SingleTenantAppWithoutTenantId_Fails()
    {
        var result = Validate(Environments.Production, AppId, [TestActivities.AllowedTenant], appType: "SingleTenant");

        Assert.True(result.Failed);
        Assert.StartsWith("MicrosoftAppTenantId is empty", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(
        string environment, string? appId, IReadOnlyList<string> tenants, string? appType = null)
    {
        var credentials = Options.Create(new BotCredentialsOptions { MicrosoftAppId = appId, MicrosoftAppType = appType });
        var validator = new BotStartupSafetyValidator(new Environment(environment), credentials);
        return validator.Validate(Options.DefaultName, new BotSecurityOptions { AllowedTenants = tenants });
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Switchboard.Bot.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
