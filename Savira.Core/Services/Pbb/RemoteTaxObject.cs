using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pbb;

/// <summary>The remote endpoint's JSON (camelCase); documented in docs/README-services-a.md.</summary>
public sealed record RemoteTaxObject
{
    public string? Nop { get; init; }
    public string? OwnerName { get; init; }
    public string? Address { get; init; }
    public string? Kelurahan { get; init; }
    public string? Kecamatan { get; init; }
    public long? LandArea { get; init; }
    public long? BuildingArea { get; init; }
    public IReadOnlyList<RemoteBill?>? Bills { get; init; }

    /// <summary>Optional: the owner's NIK, 16 digits. Anything else is taken as not on file (no full address is offered).</summary>
    public string? OwnerNik { get; init; }

    /// <summary>The tax object, or null when a required field is missing or the answer is about another NOP.</summary>
    public PbbTaxObject? ToTaxObject(Nop asked)
    {
        var digits = new string((Nop ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits != asked.Digits || string.IsNullOrWhiteSpace(OwnerName) || string.IsNullOrWhiteSpace(Address)
            || LandArea is not >= 0 || BuildingArea is not >= 0 || Bills is null
            || Bills.Any(bill => bill is not { Year: > 1900, Amount: >= 0, DueDate: not null }))
            return null;
        return new PbbTaxObject
        {
            Nop = digits,
            OwnerName = OwnerName,
            Address = Address,
            Kelurahan = Kelurahan ?? "",
            Kecamatan = Kecamatan ?? "",
            LandArea = LandArea.Value,
            BuildingArea = BuildingArea.Value,
            OwnerNik = OwnerNik is { Length: Nik.DigitCount } nik && nik.All(char.IsAsciiDigit) ? nik : null,
            Bills = Bills.Select(bill => new PbbBill { Year = bill!.Year!.Value, Amount = bill.Amount!.Value, DueDate = bill.DueDate!.Value, PaidOn = bill.PaidOn })
                .OrderByDescending(bill => bill.Year).ToList(),
        };
    }
}
