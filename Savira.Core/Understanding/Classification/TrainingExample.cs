namespace Savira.Core.Understanding.Classification;

/// <summary>An example utterance and the intent it means: what the classifier learns from.</summary>
public sealed record TrainingExample(string Text, Intent Intent);
