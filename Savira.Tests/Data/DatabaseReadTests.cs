using Dapper;
using Savira.Core.Data;
using Savira.Tests.Support;

namespace Savira.Tests.Data;

public sealed class DatabaseReadTests : IDisposable
{
    readonly string path = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"), "savira.db");
    readonly Database database;

    public DatabaseReadTests()
    {
        database = TestDatabase.At(path);
        database.EnsureFolderExists();
        using var connection = database.Open();
        connection.Execute("PRAGMA journal_mode = WAL; CREATE TABLE numbers (n INTEGER)");
    }

    [Fact]
    public void ThreadsThatComeAndGoShareTheSameReadConnections()
    {
        // The thread pool retires threads and starts new ones all day; each used to keep a connection of its own open.
        for (var round = 0; round < 20; round++)
        {
            var thread = new Thread(() => database.Read(connection => HotStatement.On(connection, "SELECT count(*) FROM numbers").ExecuteNumber()));
            thread.Start();
            thread.Join();
        }

        Assert.Equal(1, database.IdleReaderCount);
        Assert.InRange(OpenHandlesOnTheFile(), 1, 2);
    }

    [Fact]
    public void ReadsAtOnceBeyondTheIdleLimitLeaveOnlyTheLimitOpen()
    {
        var readers = Database.MaxIdleReaders + 6;
        using var allInside = new Barrier(readers);
        var threads = Enumerable.Range(0, readers).Select(_ => new Thread(() => database.Read(connection =>
        {
            allInside.SignalAndWait(TimeSpan.FromSeconds(30));
            return connection.ExecuteScalar<long>("SELECT count(*) FROM numbers");
        }))).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(Database.MaxIdleReaders, database.IdleReaderCount);
    }

    [Fact]
    public void AReadThatThrowsGivesItsConnectionBack()
    {
        Assert.Throws<InvalidOperationException>(() => database.Read<long>(_ => throw new InvalidOperationException("a handler's bug")));

        Assert.Equal(0, database.Read(connection => connection.ExecuteScalar<long>("SELECT count(*) FROM numbers")));
        Assert.Equal(1, database.IdleReaderCount);
    }

    [Fact]
    public void ReadsTogetherSeeOneSnapshotEvenWhenAWriteCommitsBetweenThem()
    {
        var (first, second) = database.ReadTogether(connection =>
        {
            var before = HotStatement.On(connection, "SELECT count(*) FROM numbers").ExecuteNumber();
            using (var writer = database.Open())
                writer.Execute("INSERT INTO numbers VALUES (1)");
            return (before, HotStatement.On(connection, "SELECT count(*) FROM numbers").ExecuteNumber());
        });

        Assert.Equal((0L, 0L), (first, second));
        Assert.Equal(1, database.Read(connection => HotStatement.On(connection, "SELECT count(*) FROM numbers").ExecuteNumber()));
    }

    [Fact]
    public void ReadsTogetherThatFailEndTheirTransactionBeforeTheConnectionIsReused()
    {
        Assert.Throws<InvalidOperationException>(() => database.ReadTogether<long>(connection =>
        {
            HotStatement.On(connection, "SELECT count(*) FROM numbers").Execute();
            throw new InvalidOperationException("a reader's bug");
        }));
        using (var writer = database.Open())
            writer.Execute("INSERT INTO numbers VALUES (1)");

        // The same pooled connection, outside any old snapshot: it sees the row written after the failure.
        Assert.Equal(1, database.IdleReaderCount);
        Assert.Equal(1, database.Read(connection => HotStatement.On(connection, "SELECT count(*) FROM numbers").ExecuteNumber()));
        Assert.Equal(1, database.Read(connection => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle)));
    }

    int OpenHandlesOnTheFile() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(link => link.LinkTarget == path);

    public void Dispose() => database.Dispose();
}
