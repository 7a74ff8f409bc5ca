namespace Savira.Core.Services.Pkb;

public sealed class PkbOptions
{
    public const string Section = "Savira:Pkb";

    /// <summary>Where and how to pay, one line each; empty means Semarang's defaults. Configured lines replace them all.</summary>
    public IReadOnlyList<string> PaymentChannels { get; init; } = [];

    public IReadOnlyList<string> PaymentChannelsOrDefault => PaymentChannels.Count > 0 ? PaymentChannels : DefaultPaymentChannels;

    // Defaults live apart from the bound property: the configuration binder appends to a list it finds filled.
    static readonly string[] DefaultPaymentChannels =
    [
        "Kantor Samsat Kota Semarang I, II dan III",
        "Samsat Keliling, Gerai Samsat dan Samsat Corner di pusat perbelanjaan",
        "Online (pajak tahunan saja): aplikasi *New Sakpole*, *SIGNAL*, Bank Jateng, Indomaret/Alfamart dan marketplace",
    ];

    /// <summary>The STNK renewal is shown as "due soon" this many days ahead.</summary>
    public int ReminderDays { get; init; } = 60;
}
