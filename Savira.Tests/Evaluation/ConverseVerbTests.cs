using System.Diagnostics;

namespace Savira.Tests.Evaluation;

/// <summary>The converse verb, run as an operator runs it: the built Savira.Bot.dll on a suite file.</summary>
public sealed class ConverseVerbTests : IDisposable
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    readonly string folder = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"));

    public ConverseVerbTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* left for the OS to clean */ }
    }

    async Task<(int ExitCode, string Output, string Error)> ConverseAsync(string suite, params string[] more)
    {
        var file = Path.Combine(folder, "suite.json");
        await File.WriteAllTextAsync(file, suite, Cancel);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Savira.Bot.dll"));
        start.ArgumentList.Add("converse");
        start.ArgumentList.Add(file);
        foreach (var arg in more)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add($"--Savira:Database:Path={Path.Combine(folder, "live.db")}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task EachCaseIsAFreshCitizenAndTheFailuresAreListedBeforeThePassLine()
    {
        const string suite = """
            [
              {"id": "a", "service": "pkb", "probe": "identifier", "turns": ["pajak motor H 1234 AB"], "expect": ["H 1234 AB"], "forbid": ["dengan kata lain"]},
              {"id": "b", "service": "pbb", "probe": "topic_switch", "turns": ["cek pbb", "eh salah, pajak motor H 1234 AB"], "expect": ["H 1234 AB"], "forbid": ["\\bNOP\\b"]},
              {"id": "c", "service": "pbb", "probe": "faq", "turns": ["cek pbb"], "expect": ["tidak ada di jawaban ini"], "forbid": ["NOP"], "note": "fails on purpose"}
            ]
            """;

        var (exitCode, output, error) = await ConverseAsync(suite, "--fresh");

        Assert.True(exitCode == 0, error);
        Assert.Contains("FAIL c [pbb/faq]", output, StringComparison.Ordinal);
        Assert.Contains("missed expect: tidak ada di jawaban ini", output, StringComparison.Ordinal);
        Assert.Contains("hit forbid: NOP", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL a", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL b", output, StringComparison.Ordinal);
        Assert.EndsWith("conversations: 2/3 pass", output.TrimEnd(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "live.db")), "--fresh leaves the configured database alone");
    }

    [Theory]
    [InlineData("{\"id\": \"x\"}", "harus berupa daftar kasus JSON")]
    [InlineData("[{\"id\": \"x\", \"expect\": [\"a\"]}]", "kasus 1 (x): \"turns\" belum ada")]
    [InlineData("[{\"id\": \"x\", \"turns\": [\"halo\"], \"expect\": [\"(unclosed\"]}]", "kasus 1 (x): \"expect\"[0] bukan pola (regex) yang sah: kurung ( belum ditutup")]
    [InlineData("[{\"id\": \"x\", \"turns\": [\"halo\"], \"expect\": [\"a\"]}, {\"id\": \"x\", \"turns\": [\"hai\"], \"expect\": [\"b\"]}]", "kasus 2 (x): id ini sudah dipakai kasus sebelumnya")]
    [InlineData("[{\"id\": \"x\", \"turns\": [\"halo\"]]", "JSON tidak sah di baris 1")]
    public async Task ABrokenSuiteIsRefusedNamingTheCaseAndField(string suite, string problem)
    {
        var (exitCode, output, error) = await ConverseAsync(suite, "--fresh");

        Assert.Equal(2, exitCode);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.DoesNotContain("conversations:", output, StringComparison.Ordinal);
    }
}
