using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>
/// Every service answers the questions that are not a lookup from the one knowledge base, and the answer is the
/// entry operators see (the reply carries the entry's first line, and the journal its service).
/// </summary>
public sealed class KnowledgeInEveryServiceTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("rumah sy beli dari orang, sppt masih nama pemilik lama gimana gantinya", "pbb")]
    [InlineData("mobil bekas baru dibeli mau dibalik nama ke saya syaratnya apa", "pkb")]
    [InlineData("air dari kran pdam warnanya keruh kecoklatan harus gimana", "pdam")]
    [InlineData("berobat di rsud ketileng pakai bpjs harus ada rujukan?", "rsud")]
    [InlineData("imunisasi bayi di puskesmas jadwalnya kapan aja", "puskesmas")]
    [InlineData("akta kelahiran anak saya telat diurus, sudah umur 2 tahun masih bisa?", "kependudukan")]
    [InlineData("perawat yang baru lulus ngurus sip nya gimana", "izin_nakes")]
    [InlineData("npwp buat istri ikut suami atau bikin sendiri", "npwp")]
    [InlineData("laporan kerusakan jalan berapa lama ditindaklanjuti", "infrastruktur")]
    [InlineData("cara bikin paspor di semarang", "out_of_scope")]
    public async Task AQuestionIsAnsweredByAnEntryOfItsService(string question, string intent)
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(question, Cancel);

        using var connection = app.OpenDatabase();
        var entries = connection.Query<(string Question, string Answer)>("SELECT question, answer FROM faq_entries WHERE intent = @intent AND active = 1", new { intent }).ToList();
        Assert.Contains(entries, entry => reply.Contains(entry.Answer.Split('\n')[0], StringComparison.Ordinal));
        Assert.DoesNotContain("dengan kata lain", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryOperatorsChangeAnswersTheNextMessage()
    {
        await using var app = new SaviraApp();
        var store = app.Services.GetRequiredService<Savira.Core.Services.Faq.FaqStore>();
        var entry = store.List("pdam").Single(candidate => candidate.Question.StartsWith("Air PDAM keruh", StringComparison.Ordinal));
        await store.SaveDraftAsync(entry.Id, entry.Published with { Answer = "💧 *Air keruh* — jawaban baru dari operator." }, entry.EditVersion, "uji", Cancel);
        await store.PublishAsync(entry.Id, "", null, "uji", Cancel);

        var reply = await app.SayAsync("air pdam saya keruh dan bau", Cancel);

        Assert.Contains("jawaban baru dari operator", reply, StringComparison.Ordinal);
    }
}
