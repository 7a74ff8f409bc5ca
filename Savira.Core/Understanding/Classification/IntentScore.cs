namespace Savira.Core.Understanding.Classification;

/// <summary>One intent and the calibrated probability (0..1) that the message means it. A struct: every message ranks all intents.</summary>
public readonly record struct IntentScore(Intent Intent, double Confidence);
