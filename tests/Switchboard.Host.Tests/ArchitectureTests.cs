using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Switchboard.Host.Tests;

public sealed class ArchitectureTests
{
    /// <summary>
    /// The Bot Framework SDK is in maintenance: moving to its successor must touch Switchboard.Bot and not the
    /// host, so the host's compiled code may not name a single Microsoft.Bot type.
    /// </summary>
    [Fact]
    public void HostAssembly_ReferencesNoBotFrameworkType()
    {
        using var stream = File.OpenRead(typeof(Program).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var botTypes = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Where(name => name.StartsWith("Microsoft.Bot", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(botTypes);
    }
}
