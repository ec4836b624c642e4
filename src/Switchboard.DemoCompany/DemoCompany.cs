namespace Switchboard.DemoCompany;

/// <summary>Fixed facts about the built-in demo tenant that other layers refer to.</summary>
public static class DemoCompany
{
    /// <summary>
    /// The demo tenant's id. The host's Development configuration allows it, so a local Teams emulator or test
    /// posting activities "from" the demo tenant passes the tenant check.
    /// </summary>
    public const string TenantId = "5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f";

    public const string Name = DemoOrganisation.CompanyName;

    public const string MailDomain = DemoOrganisation.MailDomain;
}
