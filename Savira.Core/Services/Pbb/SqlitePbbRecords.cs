using Dapper;
using Savira.Core.Data;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pbb;

/// <summary>PBB records in the local tables <c>pbb_objects</c> and <c>pbb_bills</c>.</summary>
public sealed class SqlitePbbRecords(Database database) : IPbbRecords
{
    public ValueTask<PbbTaxObject?> FindAsync(Nop nop, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var taxObject = connection.QuerySingleOrDefault<ObjectRow>(
            """
            SELECT o.nop, o.owner_name AS ownerName, o.address, kel.name AS kelurahan, kec.name AS kecamatan,
                   o.land_area AS landArea, o.building_area AS buildingArea, o.owner_nik AS ownerNik
            FROM pbb_objects o
            JOIN kelurahan kel ON kel.id = o.kelurahan_id
            JOIN kecamatan kec ON kec.id = kel.kecamatan_id
            WHERE o.nop = @nop
            """,
            new { nop = nop.Digits });
        if (taxObject is null)
            return ValueTask.FromResult<PbbTaxObject?>(null);

        var bills = connection.Query<BillRow>(
            "SELECT tax_year AS year, amount, due_date AS dueDate, paid_on AS paidOn FROM pbb_bills WHERE nop = @nop ORDER BY tax_year DESC",
            new { nop = nop.Digits });
        return ValueTask.FromResult<PbbTaxObject?>(new PbbTaxObject
        {
            Nop = taxObject.Nop,
            OwnerName = taxObject.OwnerName,
            Address = taxObject.Address,
            Kelurahan = taxObject.Kelurahan,
            Kecamatan = taxObject.Kecamatan,
            LandArea = taxObject.LandArea,
            BuildingArea = taxObject.BuildingArea,
            OwnerNik = taxObject.OwnerNik,
            Bills = bills.Select(bill => new PbbBill
            {
                Year = (int)bill.Year,
                Amount = bill.Amount,
                DueDate = StoredTime.ParseDay(bill.DueDate),
                PaidOn = bill.PaidOn is null ? null : StoredTime.ParseDay(bill.PaidOn),
            }).ToList(),
        });
    }

    sealed record ObjectRow
    {
        public required string Nop { get; init; }
        public required string OwnerName { get; init; }
        public required string Address { get; init; }
        public required string Kelurahan { get; init; }
        public required string Kecamatan { get; init; }
        public required long LandArea { get; init; }
        public required long BuildingArea { get; init; }
        public string? OwnerNik { get; init; }
    }

    sealed record BillRow
    {
        public required long Year { get; init; }
        public required long Amount { get; init; }
        public required string DueDate { get; init; }
        public string? PaidOn { get; init; }
    }
}
