using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Regression;

/// <summary>
/// A change of what citizens are told, as something that can be applied to any knowledge store: the
/// <see cref="RegressionGate"/> and the simulator apply it to a throwaway copy before anyone applies it for real.
/// </summary>
public sealed record KnowledgeChange(Func<FaqStore, CancellationToken, Task> ApplyAsync)
{
    const string By = "simulator";

    public static KnowledgeChange Publish(long entryId) =>
        new((store, cancellationToken) => store.PublishAsync(entryId, By, null, By, cancellationToken));

    public static KnowledgeChange Rollback(long entryId, int version) =>
        new((store, cancellationToken) => store.RollbackAsync(entryId, version, By, null, By, cancellationToken));

    public static KnowledgeChange Deactivate(long entryId) =>
        new((store, cancellationToken) => store.DeactivateAsync(entryId, null, cancellationToken));

    /// <summary>Every draft published at once: the knowledge as it would be after the editors' pending work.</summary>
    public static KnowledgeChange PublishAllDrafts { get; } = new(async (store, cancellationToken) =>
    {
        foreach (var entry in store.ListForEditing().Where(entry => entry.Draft is not null))
            await store.PublishAsync(entry.Id, By, null, By, cancellationToken);
    });
}
