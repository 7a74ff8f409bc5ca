using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Data;
using Savira.Tests.Support;

namespace Savira.Tests.Data;

public sealed class DatabaseWriterTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFailingWriteIsRolledBackAloneAndTheOthersInItsBatchCommit()
    {
        await using var app = new SaviraApp();
        var writer = app.Services.GetRequiredService<DatabaseWriter>();
        static Action<Microsoft.Data.Sqlite.SqliteConnection> Insert(int position, string intent) => connection =>
            connection.Prepared("INSERT INTO menu_items (position, intent, title) VALUES (@position, @intent, 'x')")
                .With("@position", position).With("@intent", intent).ExecuteNonQuery();

        var writes = new[]
        {
            writer.WriteAsync(Insert(20, "a"), Cancel),
            writer.WriteAsync(connection => { Insert(21, "b")(connection); throw new InvalidOperationException("boom"); }, Cancel),
            writer.WriteAsync(Insert(22, "a"), Cancel), // duplicate intent: fails on the constraint
            writer.WriteAsync(Insert(23, "c"), Cancel),
        };

        await writes[0];
        await Assert.ThrowsAsync<InvalidOperationException>(() => writes[1]);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => writes[2]);
        await writes[3];
        using var connection = app.OpenDatabase();
        Assert.Equal([20L, 23L], connection.Query<long>("SELECT position FROM menu_items WHERE position >= 20 ORDER BY position"));
    }

    [Fact]
    public async Task ManyWritesFromManyCallersAllCommit()
    {
        await using var app = new SaviraApp();
        var writer = app.Services.GetRequiredService<DatabaseWriter>();

        await Task.WhenAll(Enumerable.Range(100, 500).Select(position => Task.Run(() => writer.WriteAsync(connection =>
            connection.Prepared("INSERT INTO menu_items (position, intent, title) VALUES (@position, @intent, 'x')")
                .With("@position", position).With("@intent", $"test_{position}").ExecuteNonQuery(), Cancel), Cancel)));

        Assert.Equal(510, app.Count("menu_items"));
    }
}
