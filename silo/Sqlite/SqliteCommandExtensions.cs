using Microsoft.Data.Sqlite;

namespace Laboratori.Silo.Sqlite;

/// <summary>Small helpers that keep the SQL call sites short.</summary>
internal static class SqliteCommandExtensions
{
    /// <summary>A command enlisted in <paramref name="transaction"/>, as Microsoft.Data.Sqlite requires.</summary>
    public static SqliteCommand CreateCommand(this SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static SqliteCommand CreateCommand(this SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static void Execute(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand(sql);
        command.ExecuteNonQuery();
    }
}
