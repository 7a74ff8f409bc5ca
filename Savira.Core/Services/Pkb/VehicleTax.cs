namespace Savira.Core.Services.Pkb;

public enum VehicleKind
{
    Motorcycle,
    PassengerCar,
    GoodsVehicle,
}

/// <summary>A registered vehicle's annual tax (PKB + SWDKLLJ) and the expiry of its 5-year STNK.</summary>
public sealed record VehicleTax
{
    /// <summary>"H 1234 AB"</summary>
    public required string Plate { get; init; }
    public required VehicleKind Kind { get; init; }
    public required string Model { get; init; }
    public required int YearMade { get; init; }
    public required string OwnerName { get; init; }
    public required long PkbAmount { get; init; } // rupiah per year
    public required long SwdklljAmount { get; init; } // rupiah per year
    public required DateOnly TaxDueDate { get; init; }
    public required DateOnly StnkDueDate { get; init; }
}
