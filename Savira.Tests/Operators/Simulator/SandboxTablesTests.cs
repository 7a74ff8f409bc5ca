using Dapper;
using Savira.Bot.Operators.Simulator;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Simulator;

/// <summary>The simulator's copy holds what the engine answers from and none of what citizens and staff left behind.</summary>
public sealed class SandboxTablesTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Lookup = "cek tagihan pbb nop 337401000501203450";

    [Fact]
    public async Task EveryTableIsEitherCopiedOrLeftOut()
    {
        await using var app = new SaviraApp();
        using var connection = app.OpenDatabase();

        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToList();

        Assert.All(tables, table => Assert.True(SandboxTables.Copied.Contains(table) ^ SandboxTables.LeftOut.Contains(table),
            $"table {table}: add it to SandboxTables.Copied (the engine answers from it) or LeftOut (citizens' or staff records)"));
    }

    [Fact]
    public async Task ACitizensConversationAndAStaffAccountStayInTheLiveFileWhileTheKnowledgeIsCopied()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("admin-salinan", Savira.Bot.Operators.Accounts.StaffRole.Admin, Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var liveAnswer = string.Join('\n', await app.ChatAsync(Lookup, Cancel, "whatsapp:+6281200000077"));

        await using var sandbox = await KnowledgeSandbox.CreateAsync(app.Services, null, Cancel);
        using var copy = sandbox.Database.Open();
        using var live = app.OpenDatabase();
        long CountIn(System.Data.IDbConnection connection, string table) => connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");

        foreach (var table in new[] { "inbound_messages", "sessions", "handoffs", "staff_accounts", "audit_log" })
            Assert.Equal(0, CountIn(copy, table));
        Assert.True(CountIn(live, "inbound_messages") > 0);
        Assert.True(CountIn(live, "staff_accounts") > 0);
        foreach (var table in new[] { "faq_entries", "training_examples", "pbb_bills", "menu_items" })
            Assert.Equal(CountIn(live, table), CountIn(copy, table));
        var reply = await sandbox.Assistant.RespondAsync(Savira.Core.Inbound.IncomingMessage.Typed("simulator", "simulator:uji", Lookup, app.Clock.GetUtcNow()), Cancel);
        Assert.Contains("Rp", liveAnswer, StringComparison.Ordinal);
        Assert.Equal(liveAnswer, string.Join('\n', reply.Messages)); // the same bill, from the copied records
    }
}
