namespace Savira.Core.Services.Faq;

/// <summary>
/// Drafts written together (an import): new entries, and changes to existing entries each made from the edit version
/// the caller saw. <see cref="FaqStore.SaveDraftsAsync"/> writes all of them or none.
/// </summary>
public sealed record FaqDraftBatch(IReadOnlyList<FaqContent> Added, IReadOnlyList<FaqDraftChange> Changed);

public sealed record FaqDraftChange(long Id, FaqContent Content, long ExpectedEditVersion);

/// <summary>The ids of the entries created, in the order of <see cref="FaqDraftBatch.Added"/>; null when nothing was written.</summary>
public sealed record FaqBatchWrite(FaqOutcome Outcome, IReadOnlyList<long>? CreatedIds = null, long? RefusedId = null);
