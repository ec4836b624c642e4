using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Switchboard.Storage;

/// <summary>
/// The rules data annotations cannot express: which settings each provider needs. Messages name the
/// configuration keys, because that is what an operator has to change.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    internal const string ConnectionStringKey = StorageOptions.SectionName + ":" + nameof(StorageOptions.ConnectionString);
    internal const string DataFolderKey = StorageOptions.SectionName + ":" + nameof(StorageOptions.DataFolder);
    internal const string ProviderKey = StorageOptions.SectionName + ":" + nameof(StorageOptions.Provider);

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        return options.Provider switch
        {
            StorageProvider.Postgres when !hasConnectionString => ValidateOptionsResult.Fail(
                $"{ConnectionStringKey} is required when {ProviderKey} is Postgres, for example " +
                "'Host=db.example.org;Database=switchboard;Username=switchboard;Password=...'."),
            StorageProvider.Postgres => ValidateSyntax(() => new NpgsqlConnectionStringBuilder(options.ConnectionString), "PostgreSQL"),
            StorageProvider.Sqlite when hasConnectionString => ValidateSyntax(() => new SqliteConnectionStringBuilder(options.ConnectionString), "SQLite"),
            StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.DataFolder) => ValidateOptionsResult.Fail(
                $"{DataFolderKey} is required: this platform has no local application data folder to default to."),
            _ => ValidateOptionsResult.Success,
        };
    }

    // The builders reject unknown keywords and malformed pairs with ArgumentException; turning that into a
    // validation failure stops the host at startup instead of at the first query, with the reason kept.
    private static ValidateOptionsResult ValidateSyntax(Func<DbConnectionStringBuilder> parse, string engine)
    {
        try
        {
            _ = parse();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"{ConnectionStringKey} is not a valid {engine} connection string: {exception.Message}");
        }
    }
}
