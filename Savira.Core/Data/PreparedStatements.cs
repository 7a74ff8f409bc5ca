using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Savira.Core.Data;

/// <summary>
/// Commands kept prepared on a long-lived connection (the writer's), so a hot statement is compiled once
/// instead of on every write. Microsoft.Data.Sqlite reuses a command's compiled statement as long as its
/// text does not change; closing the connection finalizes them.
/// </summary>
public static class PreparedStatements
{
    static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Caches = [];

    /// <summary>The cached command for <paramref name="sql"/> on this connection, its parameters cleared.</summary>
    public static SqliteCommand Prepared(this SqliteConnection connection, string sql)
    {
        var cache = Caches.GetOrCreateValue(connection);
        if (!cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
#pragma warning disable CA2100 // the text is one of our constant statements, values go in parameters
            command.CommandText = sql;
#pragma warning restore CA2100
            cache[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Adds a parameter, with null as SQL NULL.</summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
