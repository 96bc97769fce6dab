using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Laboratori.Web.Data;

/// <summary>
/// Turns SQLite's <c>secure_delete</c> on for every connection EF opens: a row rewritten or deleted (an erased person's
/// name) is overwritten with zeros in the file instead of lingering in free space. The grains' writer does the same.
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete=ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
