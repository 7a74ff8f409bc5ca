namespace Savira.Bot.Operators.Regression;

/// <summary>A conversation suite kept in the console: its name and its JSON, as staff saved it.</summary>
public sealed record StoredSuite(long Id, string Name, string Json, DateTimeOffset UpdatedAt, string UpdatedBy);
