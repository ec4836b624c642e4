using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Switchboard.Bot.Security;

/// <summary>
/// Refuses to start a host that would accept unauthenticated activities or any tenant. Development is the only
/// environment allowed to run without an app id (the SDK then skips token checks) or an allow-list.
/// </summary>
internal sealed class BotStartupSafetyValidator(IHostEnvironment environment, IOptions<BotCredentialsOptions> credentials)
    : IValidateOptions<BotSecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotSecurityOptions options)
    {
        var failures = new List<string>();

        foreach (var tenant in options.AllowedTenants)
        {
            if (!Guid.TryParse(tenant, out _))
            {
                failures.Add($"{BotSecurityOptions.AllowedTenantsKey} contains '{tenant}', which is not a tenant id (a GUID).");
            }
        }

        var app = credentials.Value;
        if (!environment.IsDevelopment())
        {
            if (app.AuthenticationDisabled)
            {
                failures.Add(
                    $"{BotCredentialsOptions.AppIdKey} is empty: outside Development the bot must authenticate as its Entra app registration " +
                    $"(set {BotCredentialsOptions.AppIdKey}, MicrosoftAppPassword and MicrosoftAppTenantId).");
            }

            if (options.AllowedTenants.Count == 0)
            {
                failures.Add(
                    $"{BotSecurityOptions.AllowedTenantsKey} is empty: outside Development at least one tenant id must be allowed.");
            }
        }

        if (string.Equals(app.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is empty: a SingleTenant bot must name the tenant of its app registration.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
