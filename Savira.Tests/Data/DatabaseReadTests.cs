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

    int OpenHandlesOnTheFile() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(link => link.LinkTarget == path);

    public void Dispose() => database.Dispose();
}
