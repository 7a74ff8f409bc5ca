namespace Savira.Core.Inbound;

/// <summary>A WhatsApp location pin; Address and Label are present when the citizen shared a named place.</summary>
public sealed record SharedLocation(double Latitude, double Longitude, string? Address = null, string? Label = null);
