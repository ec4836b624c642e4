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
await app.PrepareSwitchboardAsync();
app.MapSwitchboard();
await app.RunAsync();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
