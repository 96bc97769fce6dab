namespace Laboratori.Silo.Storage;

/// <summary>Where grain state and event logs live. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the embedded SQLite database file. Default <c>data/laboratori.db</c>, relative to the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "laboratori.db");

    /// <summary>
    /// A PostgreSQL connection string. When set, PostgreSQL is used instead of SQLite. Default: not set.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// When true (the default) SQLite runs with <c>synchronous=FULL</c>: a commit survives a power cut, not only a
    /// process crash. False selects <c>NORMAL</c>, which survives a crash of the process (kill -9) but not of the machine.
    /// </summary>
    public bool SqliteFullSync { get; set; } = true;
}
