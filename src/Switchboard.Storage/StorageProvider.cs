namespace Switchboard.Storage;

/// <summary>The database engine behind <see cref="SwitchboardDbContext"/>.</summary>
public enum StorageProvider
{
    /// <summary>A local file: nothing to install, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several instances share it.</summary>
    Postgres,
}
