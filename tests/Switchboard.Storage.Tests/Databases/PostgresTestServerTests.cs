namespace Switchboard.Storage.Tests.Databases;

public sealed class PostgresTestServerTests
{
    [Fact]
    public async Task InitializeAsync_NothingListening_FailsPointingAtTheSetupScript()
    {
        // Port 1 on loopback: privileged and unused, so the connection is refused at once.
        var server = new PostgresTestServer("Host=127.0.0.1;Port=1;Username=switchboard;Password=not-to-be-shown");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(server.InitializeAsync);

        Assert.Contains(".ci/postgres.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains(PostgresTestServer.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-to-be-shown", error.ToString(), StringComparison.Ordinal);
    }
}
