using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// Importing a CSV file of knowledge, for the console and the API alike: a dry run makes the plan; applying makes it
/// again from the same bytes and writes it only when its token is the one the dry run showed, as drafts in one write.
/// </summary>
public sealed class KnowledgeImports(FaqStore store, TimeProvider clock)
{
    public KnowledgeImport Plan(byte[] bytes) => KnowledgeImport.Plan(bytes, store.ListForEditing(), clock.GetUtcNow());

    public byte[] Export() => KnowledgeCsv.Write(store.ListForEditing(), clock.GetUtcNow());

    public async Task<Applied> ApplyAsync(byte[] bytes, string? token, string by, CancellationToken cancellationToken)
    {
        var plan = Plan(bytes);
        if (plan.Problems.Count > 0)
            return new Applied(ImportOutcome.HasProblems, plan);
        if (token != plan.Token)
            return new Applied(ImportOutcome.ChangedSinceDryRun, plan);
        if (!plan.CanApply)
            return new Applied(ImportOutcome.Done, plan, []);
        var write = await store.SaveDraftsAsync(plan.ToBatch(), by, cancellationToken);
        return write.Outcome == FaqOutcome.Done
            ? new Applied(ImportOutcome.Done, plan, write.CreatedIds)
            : new Applied(ImportOutcome.ChangedSinceDryRun, plan);
    }

    public const string ChangedSinceDryRun =
        "Berkas atau isi pengetahuan berubah sejak uji coba, jadi tidak ada yang diterapkan. Jalankan uji coba lagi, periksa hasilnya, lalu terapkan.";

    public sealed record Applied(ImportOutcome Outcome, KnowledgeImport Plan, IReadOnlyList<long>? CreatedIds = null);

    public enum ImportOutcome { Done, HasProblems, ChangedSinceDryRun }
}
