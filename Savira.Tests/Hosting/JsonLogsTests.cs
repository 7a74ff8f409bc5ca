using System.Text.Json;
using Savira.Tests.Support;

namespace Savira.Tests.Hosting;

/// <summary>Logs as JSON lines for a log shipper, with personal data masked as in plain logs.</summary>
public sealed class JsonLogsTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonConsoleLogsAreOneObjectPerLineAndHoldNoNumberOrNik()
    {
        using var folder = new TempFolder();
        await using var bot = await BotServer.StartAsync(Path.Combine(folder.Path, "savira.db"), new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__LogLevel__Default"] = "Information",
        }, Cancel);

        await bot.SayAsync(SaviraApp.WhatsAppForm("nik saya 3374010101900001 mau tanya ktp"), Cancel);
        await bot.SayAsync(SaviraApp.WhatsAppForm("cek pbb 33.74.050.003.001-0042.0"), Cancel);
        await bot.SignalAsync("SIGTERM");
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30), Cancel);

        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.Contains("Answered a whatsapp message", StringComparison.Ordinal));
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        Assert.All(lines, line => Assert.DoesNotContain("81234567890", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain("3374010101900001", line, StringComparison.Ordinal));
    }
}
