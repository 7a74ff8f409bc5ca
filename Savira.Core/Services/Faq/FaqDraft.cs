namespace Savira.Core.Services.Faq;

/// <summary>An entry's unpublished changes: citizens never see them until someone publishes them.</summary>
public sealed record FaqDraft(FaqContent Content, DateTimeOffset SavedAt, string SavedBy);
