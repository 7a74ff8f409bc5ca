using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Savira.Core.Data;

/// <summary>
/// A statement compiled once on a long-lived connection (the writer's, or one of the pooled read connections)
/// and run through SQLitePCL, the layer under Microsoft.Data.Sqlite. For the few statements every message
/// runs: there Microsoft.Data.Sqlite's work per execution (a parameter object per value, looking each up
/// by name, checking every parameter is set, a data reader with a dictionary of its own) costs more than
/// SQLite's. Values are bound by name, resolved once; a value not bound is NULL, so every call binds all.
/// </summary>
public sealed class HotStatement : IDisposable
{
    readonly SqliteConnection connection;
    readonly sqlite3_stmt statement;
    readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

    HotStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
    }

    /// <summary>The statement for <paramref name="sql"/> on this connection, compiled on first use; <see cref="ReleaseAll"/> finalizes them.</summary>
    public static HotStatement On(SqliteConnection connection, string sql)
    {
        var statements = Cache.GetOrCreateValue(connection);
        if (!statements.TryGetValue(sql, out var hot))
            statements[sql] = hot = new HotStatement(connection, sql);
        return hot;
    }

    /// <summary>Finalizes the connection's statements; call it when no one uses the connection any more, before closing it.</summary>
    public static void ReleaseAll(SqliteConnection connection)
    {
        if (!Cache.TryGetValue(connection, out var statements))
            return;
        foreach (var hot in statements.Values)
            hot.Dispose();
        Cache.Remove(connection);
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, Dictionary<string, HotStatement>> Cache = [];

    public HotStatement Bind(string name, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(statement, Index(name)) : raw.sqlite3_bind_text(statement, Index(name), value));
        return this;
    }

    public HotStatement Bind(string name, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, Index(name), value));
        return this;
    }

    public HotStatement Bind(string name, long? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_int64(statement, Index(name), number) : raw.sqlite3_bind_null(statement, Index(name)));
        return this;
    }

    public HotStatement Bind(string name, double? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_double(statement, Index(name), number) : raw.sqlite3_bind_null(statement, Index(name)));
        return this;
    }

    /// <summary>Runs the statement to its end.</summary>
    public void Execute() => ExecuteNumber();

    /// <summary>Runs the statement to its end and returns the first row's first column (RETURNING id, SELECT EXISTS), or null without a row.</summary>
    public long? ExecuteNumber()
    {
        try
        {
            long? first = null;
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                first ??= raw.sqlite3_column_int64(statement, 0);
            if (result != raw.SQLITE_DONE)
                Check(result);
            return first;
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs the query and maps every row (or only the first) with <paramref name="map"/>.</summary>
    public List<T> Rows<T>(Func<Row, T> map, bool stopAfterFirst = false)
    {
        var rows = new List<T>();
        try
        {
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                rows.Add(map(new Row(statement)));
                if (stopAfterFirst)
                    return rows;
            }
            if (result != raw.SQLITE_DONE)
                Check(result);
            return rows;
        }
        finally
        {
            Reset();
        }
    }

    void Reset()
    {
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
    }

    /// <summary>The current row of a running query; valid only inside the map function.</summary>
    public readonly struct Row(sqlite3_stmt statement)
    {
        public long Number(int column) => raw.sqlite3_column_int64(statement, column);

        public string? Text(int column) =>
            raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();
    }

    int Index(string name)
    {
        if (!indexes.TryGetValue(name, out var index))
        {
            index = raw.sqlite3_bind_parameter_index(statement, name);
            if (index == 0)
                throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
            indexes[name] = index;
        }
        return index;
    }

    void Check(int result) => SqliteException.ThrowExceptionForRC(result, connection.Handle);

    public void Dispose() => statement.Dispose();
}
