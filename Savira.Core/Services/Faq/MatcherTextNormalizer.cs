using Savira.Core.Understanding.Normalization;
using Savira.Core.Understanding.Training;

namespace Savira.Core.Services.Faq;

/// <summary>
/// FAQ terms read the way the intent matcher reads a message: its lexicon (slang, Javanese), typo correction
/// and stemmer, so "ktp sy ilang" finds the answer written as "KTP-el hilang".
/// </summary>
public sealed partial class MatcherTextNormalizer(IntentModelTraining training) : ITextNormalizer
{
    public IReadOnlyList<string> Terms(string text)
    {
        var model = training.Current;
        var terms = model.Normalize(text).Where(word => word != TextNormalizer.NumberToken && word.Length > 1).Select(model.Stem).ToList();
        // A short number is part of what is asked ("STNK 5 tahunan" is not the yearly one, "buka 24 jam"); a long one
        // is an identifier and says nothing about the topic.
        foreach (System.Text.RegularExpressions.Match number in ShortNumber().Matches(text))
            terms.Add("#" + number.Value);
        return terms;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.\-/])\d{1,3}(?![\d.\-/])")]
    private static partial System.Text.RegularExpressions.Regex ShortNumber();
}
