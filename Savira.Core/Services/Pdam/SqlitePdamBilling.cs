using System.Globalization;
using Dapper;
using Savira.Core.Data;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pdam;

/// <summary>PDAM billing in the local tables <c>pdam_customers</c> and <c>pdam_bills</c>.</summary>
public sealed class SqlitePdamBilling(Database database) : IPdamBilling
{
    public ValueTask<PdamAccount?> FindAsync(PdamCustomerNumber number, int lastBills, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var customer = connection.QuerySingleOrDefault<CustomerRow>(
            """
            SELECT c.customer_number AS customerNumber, c.name, c.address, kel.name AS kelurahan, kec.name AS kecamatan, c.tariff,
                   c.owner_nik AS ownerNik
            FROM pdam_customers c
            JOIN kelurahan kel ON kel.id = c.kelurahan_id
            JOIN kecamatan kec ON kec.id = kel.kecamatan_id
            WHERE c.customer_number = @number
            """,
            new { number = number.Digits });
        if (customer is null)
            return ValueTask.FromResult<PdamAccount?>(null);

        var bills = connection.Query<BillRow>(
            """
            SELECT period, usage_m3 AS usageM3, amount, due_date AS dueDate, paid_on AS paidOn
            FROM pdam_bills WHERE customer_number = @number ORDER BY period DESC LIMIT @lastBills
            """,
            new { number = number.Digits, lastBills });
        return ValueTask.FromResult<PdamAccount?>(new PdamAccount
        {
            CustomerNumber = customer.CustomerNumber,
            Name = customer.Name,
            Address = customer.Address,
            Kelurahan = customer.Kelurahan,
            Kecamatan = customer.Kecamatan,
            Tariff = customer.Tariff,
            OwnerNik = customer.OwnerNik,
            Bills = bills.Select(bill => new PdamBill
            {
                Year = int.Parse(bill.Period[..4], CultureInfo.InvariantCulture),
                Month = int.Parse(bill.Period[5..7], CultureInfo.InvariantCulture),
                UsageM3 = bill.UsageM3,
                Amount = bill.Amount,
                DueDate = StoredTime.ParseDay(bill.DueDate),
                PaidOn = bill.PaidOn is null ? null : StoredTime.ParseDay(bill.PaidOn),
            }).ToList(),
        });
    }

    sealed record CustomerRow
    {
        public required string CustomerNumber { get; init; }
        public required string Name { get; init; }
        public required string Address { get; init; }
        public required string Kelurahan { get; init; }
        public required string Kecamatan { get; init; }
        public required string Tariff { get; init; }
        public string? OwnerNik { get; init; }
    }

    sealed record BillRow
    {
        public required string Period { get; init; }
        public required long UsageM3 { get; init; }
        public required long Amount { get; init; }
        public required string DueDate { get; init; }
        public string? PaidOn { get; init; }
    }
}
