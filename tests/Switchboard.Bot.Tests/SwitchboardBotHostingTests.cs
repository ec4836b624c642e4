using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using Switchboard.Bot.Security;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;

namespace Switchboard.Bot.Tests;

public sealed class SwitchboardBotHostingTests
{
    [Fact]
    public void AddSwitchboardBot_Settings_AreBoundFromTheRootAndTheSecuritySection()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TestActivities.AllowedTenant,
            ["Switchboard:Security:AllowedTenants:0"] = TestActivities.AllowedTenant,
            ["Switchboard:Security:AllowedTenants:1"] = TestActivities.OtherTenant,
        });

        builder.AddSwitchboardBot();
        using var host = builder.Build();

        var credentials = host.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        Assert.Equal("6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d", credentials.MicrosoftAppId);
        Assert.Equal("SingleTenant", credentials.MicrosoftAppType);
        Assert.Equal(TestActivities.AllowedTenant, credentials.MicrosoftAppTenantId);
        var security = host.Services.GetRequiredService<IOptions<BotSecurityOptions>>().Value;
        Assert.Equal([TestActivities.AllowedTenant, TestActivities.OtherTenant], security.AllowedTenants);
    }

    [Fact]
    public async Task AddSwitchboardBot_ProductionWithoutSettings_HostRefusesToStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.AddSwitchboardBot();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("Switchboard:Security:AllowedTenants is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSwitchboardBot_WithAnAddressBook_ResolvesTheAdapterAndABotPerScope()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Services.AddSingleton(Mock.Of<IConversationAddressBook>());
        builder.Services.AddSingleton(TestConversation.Create(Mock.Of<IConversationAddressBook>(), Mock.Of<IRequestStore>(), Mock.Of<IRequestCards>(), TimeProvider.System));
        builder.Services.AddSingleton(TestConversation.ReportService(Mock.Of<IReportSource>(), Mock.Of<IAuditLog>(), TimeProvider.System));
        builder.Services.AddSingleton(new CardReaders(Mock.Of<IConversationAddressBook>(), new InMemoryPeopleDirectory()));
        builder.AddSwitchboardBot();
        using var host = builder.Build();

        using var scope = host.Services.CreateScope();

        Assert.IsType<SwitchboardAdapter>(scope.ServiceProvider.GetRequiredService<IBotFrameworkHttpAdapter>());
        Assert.IsType<SwitchboardBot>(scope.ServiceProvider.GetRequiredService<IBot>());
    }
}
