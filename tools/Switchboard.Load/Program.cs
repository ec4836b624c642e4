using Switchboard.Load;

// `dotnet run --project tools/Switchboard.Load -c Release -- [options]`: figures on stdout, progress on stderr.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync($"load: {exception.Message}\n{LoadOptions.Usage}");
    return 2;
}

return await LoadCommand.RunAsync(options, Console.Out, Console.Error, CancellationToken.None);
