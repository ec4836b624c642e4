using System.Globalization;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;

namespace Switchboard.Host.Cli;

/// <summary>
/// A person's data on request, and legal holds:
/// <c>privacy export --user &lt;aadId&gt; [--out file]</c>, <c>privacy erase --user &lt;aadId&gt;</c>,
/// <c>privacy hold (--user &lt;aadId&gt; | --everyone) --reason &lt;text&gt;</c>, <c>privacy lift --hold &lt;id&gt;</c>,
/// <c>privacy holds</c>. Each export, erasure and hold is recorded in the chain with the operator as actor.
/// </summary>
internal sealed class PrivacyCommand(RecordCommandHost environment, TextWriter output, TextWriter error) : ICliCommand
{
    private const string Usage =
        "privacy: usage: privacy export --user <aadId> [--out file] | privacy erase --user <aadId> | " +
        "privacy hold (--user <aadId> | --everyone) --reason <text> | privacy lift --hold <id> | privacy holds";

    public PrivacyCommand()
        : this(RecordCommandHost.Default, Console.Out, Console.Error)
    {
    }

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var everyone = args[0] == "hold" && args.Contains("--everyone");
        CliArguments arguments;
        try
        {
            arguments = args[0] switch
            {
                "export" => CliArguments.Parse(args[1..], ["user", "out"]),
                "erase" => CliArguments.Parse(args[1..], ["user"]),
                "hold" => CliArguments.Parse([.. args[1..].Where(a => a != "--everyone")], ["user", "reason"]),
                "lift" => CliArguments.Parse(args[1..], ["hold"]),
                "holds" => CliArguments.Parse(args[1..], []),
                _ => throw new InputException($"unknown subcommand '{args[0]}'"),
            };
            Validate(args[0], arguments, everyone);
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"privacy: {exception.Message}");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var host = await environment.StartAsync(CancellationToken.None);
        var services = host.Services;
        switch (args[0])
        {
            case "export":
                var json = await services.GetRequiredService<IPersonalDataStore>().ExportAsync(User(arguments), AuditActors.Operator, CancellationToken.None);
                if (arguments.Optional("out") is { } path)
                {
                    await File.WriteAllTextAsync(path, json);
                    await error.WriteLineAsync($"privacy: export written to {path}.");
                }
                else
                {
                    await output.WriteLineAsync(json);
                }

                return 0;

            case "erase":
                var result = await services.GetRequiredService<IPersonalDataStore>().EraseAsync(User(arguments), AuditActors.Operator, CancellationToken.None);
                if (!result.Erased)
                {
                    foreach (var hold in result.DeferredBy)
                    {
                        await error.WriteLineAsync(Invariant($"privacy: erasure deferred: legal hold {hold.Id} ({(hold.User is null ? "everyone" : "this person")}, since {hold.SetAt:u}): {hold.Reason}"));
                    }

                    return 1;
                }

                await output.WriteLineAsync(Invariant(
                    $"erased: free text of {result.RequestsRedacted} request(s) and {result.EventsRedacted} history entr(ies), name on {result.MentionsRedacted} other request(s), {result.AddressesDeleted} address(es), {result.PreferencesDeleted} preference set(s)"));
                return 0;

            case "hold":
                var set = await services.GetRequiredService<ILegalHoldStore>().SetAsync(everyone ? null : User(arguments), arguments.Required("reason"), AuditActors.Operator, CancellationToken.None);
                await output.WriteLineAsync(Invariant($"hold {set.Id} set"));
                return 0;

            case "lift":
                var id = Guid.Parse(arguments.Required("hold"), CultureInfo.InvariantCulture);
                if (!await services.GetRequiredService<ILegalHoldStore>().LiftAsync(id, AuditActors.Operator, CancellationToken.None))
                {
                    await error.WriteLineAsync(Invariant($"privacy: no active legal hold {id}"));
                    return 1;
                }

                await output.WriteLineAsync(Invariant($"hold {id} lifted"));
                return 0;

            default:
                foreach (var hold in await services.GetRequiredService<ILegalHoldStore>().ListActiveAsync(CancellationToken.None))
                {
                    await output.WriteLineAsync(Invariant($"{hold.Id} {(hold.User is { } user ? user.Value : "everyone")} {hold.SetAt:u} {hold.Reason}"));
                }

                return 0;
        }
    }

    private static void Validate(string subcommand, CliArguments arguments, bool everyone)
    {
        if (subcommand is "export" or "erase")
        {
            User(arguments);
        }
        else if (subcommand == "hold")
        {
            if (everyone == (arguments.Optional("user") is not null))
            {
                throw new InputException("a hold needs either --user or --everyone");
            }

            var reason = arguments.Required("reason");
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > LegalHold.ReasonMaxLength)
            {
                throw new InputException($"argument '--reason': between 1 and {LegalHold.ReasonMaxLength} characters");
            }
        }
        else if (subcommand == "lift" && !Guid.TryParse(arguments.Required("hold"), CultureInfo.InvariantCulture, out _))
        {
            throw new InputException("argument '--hold': expected a hold id as printed by 'privacy hold' or 'privacy holds'");
        }
    }

    private static UserId User(CliArguments arguments)
    {
        var user = arguments.Required("user");
        return string.IsNullOrWhiteSpace(user) ? throw new InputException("argument '--user': expected a directory user id") : new UserId(user);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
