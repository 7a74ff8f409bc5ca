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

    /// <summary>Where and how to pay, one line each; empty means Semarang's defaults. Configured lines replace them all.</summary>
    public IReadOnlyList<string> PaymentChannels { get; init; } = [];

    public IReadOnlyList<string> PaymentChannelsOrDefault => PaymentChannels.Count > 0 ? PaymentChannels : DefaultPaymentChannels;

    // Defaults live apart from the bound property: the configuration binder appends to a list it finds filled.
    static readonly string[] DefaultPaymentChannels =
    [
        "Loket pembayaran PDAM Tirta Moedal",
        "Bank Jateng, Kantor Pos, Indomaret dan Alfamart",
        "Dompet digital & marketplace: menu *PDAM Kota Semarang*",
    ];
}
