using Savira.Core.Services.Emergency;
using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// Whether a message is an emergency: both readings must agree — the classifier ranks it (first, or high anywhere)
/// and the words show a kind of emergency (someone unconscious, a fire, …); the classifier alone decides only when
/// it is nearly certain. The signs are read only when the classifier points there, so everyday messages pay nothing.
/// </summary>
public static class EmergencyReading
{
    /// <summary>A classifier this sure of an emergency ("tolong!!", "nomor darurat") is answered as one without a sign.</summary>
    const double SureWithoutSigns = 0.9;

    /// <summary>The second-best reading at this confidence, with signs, is a possible emergency.</summary>
    const double Possible = 0.1;

    public static bool IsSure(MessageUnderstanding understanding, ConversationOptions settings)
    {
        var confidence = understanding.ConfidenceOf(Intent.Emergency);
        var first = understanding.Ranking.Count > 0 && understanding.Ranking[0].Intent == Intent.Emergency;
        if (first && confidence >= SureWithoutSigns)
            return true;
        var ranked = first && confidence >= settings.EmergencyConfidence || confidence >= settings.EmergencyAnyRank;
        return ranked && EmergencySigns.Read(understanding.Words).Count > 0;
    }

    /// <summary>
    /// Not surely an emergency, but the words show one and the classifier has it among its two best readings
    /// ("banjir sepinggang, ada lansia"): the answer keeps its service, and the 112 line comes first.
    /// </summary>
    public static bool IsPossible(MessageUnderstanding understanding) =>
        understanding.Ranking.Take(2).Any(score => score.Intent == Intent.Emergency && score.Confidence >= Possible)
        && EmergencySigns.Read(understanding.Words).Count > 0;
}
