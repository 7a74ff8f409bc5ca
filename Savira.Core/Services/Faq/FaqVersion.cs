namespace Savira.Core.Services.Faq;

/// <summary>One published version of an entry, kept for the history and for rolling back to it.</summary>
public sealed record FaqVersion(long EntryId, int Version, FaqContent Content, string Note, DateTimeOffset PublishedAt, string PublishedBy);
