namespace Savira.Core.Inbound;

public sealed record MediaAttachment(Uri Url, string ContentType);
