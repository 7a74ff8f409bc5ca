namespace Savira.Core.Understanding.Classification;

/// <summary>One intent and the calibrated probability (0..1) that the message means it.</summary>
public sealed record IntentScore(Intent Intent, double Confidence);
