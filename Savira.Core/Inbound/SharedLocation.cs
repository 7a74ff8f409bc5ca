namespace Savira.Core.Inbound;

/// <summary>
/// A WhatsApp location pin; Address and Label are present when the citizen shared a named place. Its coordinates
/// are always finite and in range, so no report is filed and no distance is shown with NaN.
/// </summary>
public sealed record SharedLocation
{
    public SharedLocation(double latitude, double longitude, string? address = null, string? label = null)
    {
        if (!IsLatitude(latitude))
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "A latitude is a number from -90 to 90.");
        if (!IsLongitude(longitude))
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "A longitude is a number from -180 to 180.");
        Latitude = latitude;
        Longitude = longitude;
        Address = CitizenText.CleanOrNull(address);
        Label = CitizenText.CleanOrNull(label);
    }

    public double Latitude { get; }
    public double Longitude { get; }
    public string? Address { get; }
    public string? Label { get; }

    public static bool IsLatitude(double value) => double.IsFinite(value) && value is >= -90 and <= 90;
    public static bool IsLongitude(double value) => double.IsFinite(value) && value is >= -180 and <= 180;
}
