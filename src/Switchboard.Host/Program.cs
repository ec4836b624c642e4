using Switchboard.Host;
using Switchboard.Host.Cli;

// `Switchboard.Host <command> ...` runs a one-shot command (route, bench-route, ...); no command runs the bot.
if (CliCommands.Find(args) is { } command)
{
    return await command.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSwitchboard();

var app = builder.Build();
try
{
    await app.PrepareSwitchboardAsync();
}
catch (Exception exception) when (StartupFailure.Describe(exception) is { } reason)
{
    // Bad settings are an operator's mistake, not a crash: one clear line and a non-zero exit code.
    await Console.Error.WriteLineAsync($"Switchboard cannot start: {reason}");
    return 1;
}

app.MapSwitchboard();
await app.RunAsync();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;

