using System.ComponentModel.DataAnnotations;

namespace Switchboard.Storage;

/// <summary>Where Switchboard keeps its data. Bound from <c>Switchboard:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Switchboard:Storage";

    /// <summary>The file created in <see cref="DataFolder"/> when SQLite has no connection string.</summary>
    public const string DefaultDatabaseFileName = "switchboard.db";

    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// Required for PostgreSQL. For SQLite it may be left empty: the database is then
    /// <see cref="DefaultDatabaseFileName"/> in <see cref="DataFolder"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The application's data folder; created when missing. Relative paths are taken from the working directory.</summary>
    public string DataFolder { get; set; } = DefaultDataFolder();

    /// <summary>
    /// The per-user local data folder (<c>%LOCALAPPDATA%</c> on Windows, <c>$XDG_DATA_HOME</c> or
    /// <c>~/.local/share</c> elsewhere), or empty when the platform has none, which validation then reports.
    /// </summary>
    internal static string DefaultDataFolder()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return root.Length == 0 ? string.Empty : Path.Combine(root, "Switchboard");
    }
}
