using Savira.Core.Understanding.Normalization;
using Savira.Core.Understanding.Training;

namespace Savira.Core.Services.Faq;

/// <summary>
/// FAQ terms read the way the intent matcher reads a message: its lexicon (slang, Javanese), typo correction
/// and stemmer, so "ktp sy ilang" finds the answer written as "KTP-el hilang".
/// </summary>
public sealed class MatcherTextNormalizer(IntentModelTraining training) : ITextNormalizer
{
    public IReadOnlyList<string> Terms(string text)
    {
        var model = training.Current;
        // Numbers say nothing about a topic (and a bare "6" is a menu pick, not a question).
        return model.Normalize(text).Where(word => word != TextNormalizer.NumberToken && word.Length > 1).Select(model.Stem).ToList();
    }
}
