namespace Savira.Core.Understanding.Entities;

/// <summary>An entity found in a message and where it is written (so the rest of the text can be read without it).</summary>
public readonly record struct Located<T>(T Value, int Index, int Length);
