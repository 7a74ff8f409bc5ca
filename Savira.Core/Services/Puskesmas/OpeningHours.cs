namespace Savira.Core.Services.Puskesmas;

/// <summary>Registration hours of a puskesmas on one ISO weekday (1 = Monday … 7 = Sunday), in WIB.</summary>
public sealed record OpeningHours(int Weekday, TimeOnly OpensAt, TimeOnly ClosesAt);
