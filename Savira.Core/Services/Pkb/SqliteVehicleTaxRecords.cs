using Dapper;
using Savira.Core.Data;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pkb;

/// <summary>Vehicle tax in the local table <c>pkb_vehicles</c>.</summary>
public sealed class SqliteVehicleTaxRecords(Database database) : IVehicleTaxRecords
{
    public ValueTask<VehicleTax?> FindAsync(PlateNumber plate, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<VehicleRow>(
            """
            SELECT plate, kind, model, year_made AS yearMade, owner_name AS ownerName, pkb_amount AS pkbAmount,
                   swdkllj_amount AS swdklljAmount, tax_due_date AS taxDueDate, stnk_due_date AS stnkDueDate
            FROM pkb_vehicles
            WHERE plate = @plate
            """,
            new { plate = plate.ToString() });
        return ValueTask.FromResult(row is null ? null : new VehicleTax
        {
            Plate = row.Plate,
            Kind = row.Kind switch
            {
                "motor" => VehicleKind.Motorcycle,
                "barang" => VehicleKind.GoodsVehicle,
                _ => VehicleKind.PassengerCar,
            },
            Model = row.Model,
            YearMade = (int)row.YearMade,
            OwnerName = row.OwnerName,
            PkbAmount = row.PkbAmount,
            SwdklljAmount = row.SwdklljAmount,
            TaxDueDate = StoredTime.ParseDay(row.TaxDueDate),
            StnkDueDate = StoredTime.ParseDay(row.StnkDueDate),
        });
    }

    sealed record VehicleRow
    {
        public required string Plate { get; init; }
        public required string Kind { get; init; }
        public required string Model { get; init; }
        public required long YearMade { get; init; }
        public required string OwnerName { get; init; }
        public required long PkbAmount { get; init; }
        public required long SwdklljAmount { get; init; }
        public required string TaxDueDate { get; init; }
        public required string StnkDueDate { get; init; }
    }
}
