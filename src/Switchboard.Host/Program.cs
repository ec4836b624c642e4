using Switchboard.Host;
using Switchboard.Host.Cli;

// `Switchboard.Host <command> ...` runs a one-shot command (route, bench-route, ...); no command runs the bot.
if (CliCommands.Find(args) is { } command)
{
    return await command.RunAsync(args[1..]);
}

// The host's own files (appsettings*.json) sit beside the executable; the working directory is the user's
// (dotnet run starts commands where they were typed, so that their relative paths mean what the user meant).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
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

