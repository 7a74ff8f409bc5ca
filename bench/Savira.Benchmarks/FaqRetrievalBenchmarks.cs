using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Services.Faq;

namespace Savira.Benchmarks;

/// <summary>Answering a question from the seeded knowledge base, and rebuilding the index after an operator's edit.</summary>
[MemoryDiagnoser]
public class FaqRetrievalBenchmarks : IDisposable
{
    string folder = "";
    Database database = null!;
    Func<ValueTask> stopWriter = () => ValueTask.CompletedTask;
    FaqStore store = null!;
    TfIdfFaqRetriever retriever = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "savira-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        database = new Database(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "savira.db") }), new Environment(folder));
        new DatabaseMigrator(database, NullLogger<DatabaseMigrator>.Instance).Migrate();
        var writer = new DatabaseWriter(database, NullLogger<DatabaseWriter>.Instance);
        stopWriter = writer.DisposeAsync;
        store = new FaqStore(database, writer, TimeProvider.System);
        retriever = new TfIdfFaqRetriever(store, new SimpleTextNormalizer(), Options.Create(new FaqOptions()), TimeProvider.System);
        retriever.Search("warm up", "kependudukan");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        stopWriter().AsTask().GetAwaiter().GetResult();
        Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    // Database keeps per-thread read connections since the load-benchmark work.
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            database?.Dispose();
    }

    [Benchmark]
    public int SearchOneIntent() => retriever.Search("ktp saya ilang gimana cara ngurusnya", "kependudukan").Count;

    [Benchmark]
    public int SearchEveryIntent() => retriever.Search("syarat sip bidan apa saja", null).Count;

    /// <summary>What the first question after an operator's edit pays: reading the entries and building the index.</summary>
    [Benchmark]
    public int FirstSearchAfterAnEdit() =>
        new TfIdfFaqRetriever(store, new SimpleTextNormalizer(), Options.Create(new FaqOptions()), TimeProvider.System).Search("syarat akta kelahiran", "kependudukan").Count;

    sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";
        public string ApplicationName { get; set; } = "Savira.Benchmarks";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
