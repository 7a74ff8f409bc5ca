namespace Savira.Core.Understanding.Classification;

/// <summary>A sparse, unit-length feature vector: hashed feature ids and their weights, ids ascending and unique.</summary>
public sealed record FeatureVector(int[] Ids, float[] Values);
