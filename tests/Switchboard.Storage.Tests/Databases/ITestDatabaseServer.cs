using Switchboard.Storage;

namespace Switchboard.Storage.Tests.Databases;

/// <summary>A database engine the contract tests run against; hands out empty databases, one per test.</summary>
public interface ITestDatabaseServer
{
    StorageProvider Provider { get; }

    /// <summary>The EF Core provider name the contexts must report, so a test cannot pass on the wrong engine.</summary>
    string EfProviderName { get; }

    Task<TestDatabase> CreateDatabaseAsync();
}
