using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Pdam;

public sealed class PdamOptions
{
    public const string Section = "Savira:Pdam";

    /// <summary>How many digits a customer number ("nomor pelanggan") has.</summary>
    [Range(4, 20)]
    public int CustomerNumberLength { get; init; } = 8;

    /// <summary>How many of the latest monthly bills are shown.</summary>
    [Range(1, 12)]
    public int BillsShown { get; init; } = 3;

    /// <summary>Where to pay, one line each.</summary>
    public IReadOnlyList<string> PaymentChannels { get; init; } =
    [
        "Loket pembayaran PDAM Tirta Moedal",
        "Bank Jateng, Kantor Pos, Indomaret dan Alfamart",
        "Dompet digital & marketplace: menu *PDAM Kota Semarang*",
    ];
}
