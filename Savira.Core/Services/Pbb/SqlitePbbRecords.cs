using Microsoft.Data.Sqlite;
using Savira.Core.Data;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pbb;

/// <summary>PBB records in the local tables <c>pbb_objects</c> and <c>pbb_bills</c>.</summary>
public sealed class SqlitePbbRecords(Database database) : IPbbRecords
{
    // A NOP lookup is the commonest data question, so both statements stay compiled on the reading thread's connection.
    public ValueTask<PbbTaxObject?> FindAsync(Nop nop, CancellationToken cancellationToken) =>
        ValueTask.FromResult(database.Read(connection => Find(connection, nop.Digits)));

    static PbbTaxObject? Find(SqliteConnection connection, string nop)
    {
        var found = HotStatement.On(connection,
                """
                SELECT o.nop, o.owner_name, o.address, kel.name, kec.name, o.land_area, o.building_area, o.owner_nik
                FROM pbb_objects o
                JOIN kelurahan kel ON kel.id = o.kelurahan_id
                JOIN kecamatan kec ON kec.id = kel.kecamatan_id
                WHERE o.nop = @nop
                """)
            .Bind("@nop", nop)
            .Rows(static row => new PbbTaxObject
            {
                Nop = row.Text(0)!,
                OwnerName = row.Text(1)!,
                Address = row.Text(2)!,
                Kelurahan = row.Text(3)!,
                Kecamatan = row.Text(4)!,
                LandArea = row.Number(5),
                BuildingArea = row.Number(6),
                OwnerNik = row.Text(7),
                Bills = [],
            }, stopAfterFirst: true);
        if (found.Count == 0)
            return null;

        var bills = HotStatement.On(connection, "SELECT tax_year, amount, due_date, paid_on FROM pbb_bills WHERE nop = @nop ORDER BY tax_year DESC")
            .Bind("@nop", nop)
            .Rows(static row => new PbbBill
            {
                Year = (int)row.Number(0),
                Amount = row.Number(1),
                DueDate = StoredTime.ParseDay(row.Text(2)!),
                PaidOn = row.Text(3) is { } paidOn ? StoredTime.ParseDay(paidOn) : null,
            });
        return found[0] with { Bills = bills };
    }
}
