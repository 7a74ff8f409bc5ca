using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Faq;

public sealed class FaqOptions
{
    public const string Section = "Savira:Faq";

    /// <summary>The cosine similarity (0..1) a question must reach to be answered by an entry.</summary>
    [Range(0.01, 1.0)]
    public double MinimumScore { get; init; } = 0.3;
}
