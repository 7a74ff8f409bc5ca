using System.Diagnostics;
using Savira.Tests.Support;

namespace Savira.Tests.Understanding;

/// <summary>The verbs run as a citizen would run them: the built Savira.Bot.dll in its own process, stdin to stdout.</summary>
public sealed class MatcherVerbTests : IDisposable
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    readonly string folder = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"));

    public MatcherVerbTests() => Directory.CreateDirectory(folder);

    async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Savira.Bot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add($"--Savira:Database:Path={Path.Combine(folder, "savira.db")}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = process.StandardError.ReadToEndAsync(Cancel);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task ClassifyPrintsIntentConfidenceAndEntitiesForEachLineInOrder()
    {
        var (exitCode, output, error) = await RunAsync("min pbb sy brp ya\nH 1234 AB\n\nair mati dr pagi\n", "classify");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var columns = lines.Select(line => line.Split('\t')).ToList();
        Assert.All(columns, row => Assert.Equal(3, row.Length));
        Assert.Equal(["pbb", "pkb", "out_of_scope", "pdam"], columns.Select(row => row[0]));
        Assert.All(columns, row => Assert.InRange(double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        Assert.Equal("""{"plate":"H 1234 AB"}""", columns[1][2]);
        Assert.Equal("{}", columns[0][2]);
    }

    [Fact]
    public async Task EvalPrintsAccuracyPerIntentScoresAndConfusions()
    {
        var file = Path.Combine(folder, "mini.tsv");
        await File.WriteAllTextAsync(file, "text\tintent\ncek pajak rumah tahun ini\tpbb\nstnk motor udah mati\tpkb\nmakasih banyak min\tthanks\nharga tiket bioskop\tpbb\n", Cancel);

        var (exitCode, output, error) = await RunAsync("", "eval", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains("accuracy\t0.7500\t(3/4)", output, StringComparison.Ordinal);
        Assert.Contains("intent\tprecision\trecall\tf1\tsupport", output, StringComparison.Ordinal);
        Assert.Contains("pbb\t1.000\t0.500\t0.667\t2", output, StringComparison.Ordinal);
        Assert.Contains("pbb\tout_of_scope\t1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalRejectsAFileWithoutTheHeader()
    {
        var file = Path.Combine(folder, "bad.tsv");
        await File.WriteAllTextAsync(file, "cek pbb\tpbb\n", Cancel);

        var (exitCode, _, error) = await RunAsync("", "eval", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("text<TAB>intent", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportTrainingPrintsEveryExampleAsTheEvalTsv()
    {
        var (exitCode, output, error) = await RunAsync("", "export-training");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("text\tintent", lines[0]);
        Assert.True(lines.Length > 1000);
        Assert.All(lines.Skip(1), line => Assert.True(
            line.Split('\t') is [{ Length: > 0 }, var intent] && Savira.Core.Understanding.IntentIds.TryParse(intent, out _), line));
        Assert.Contains("cek tagihan pbb\tpbb", lines);
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* left for the OS to clean */ }
    }
}
