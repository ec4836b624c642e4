namespace Switchboard.Domain.Tests;

/// <summary>The domain core must stay free of SDKs, so that a newcomer finds the rules there and nothing else.</summary>
public sealed class DomainDependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.Bot", "Microsoft.Graph", "Microsoft.EntityFrameworkCore", "Newtonsoft", "Azure", "Microsoft.Kiota", "Npgsql", "Microsoft.AspNetCore",
    ];

    [Fact]
    public void DomainAssembly_References_NoSdk()
    {
        var references = typeof(Switchboard.Domain.Directory.DirectorySnapshot).Assembly.GetReferencedAssemblies();

        var offending = references
            .Where(r => ForbiddenPrefixes.Any(p => r.Name!.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .Select(r => r.Name)
            .ToList();

        Assert.Empty(offending);
        Assert.NotEmpty(references);
    }
}
