namespace Savira.Core.Services.Pkb;

public sealed class PkbOptions
{
    public const string Section = "Savira:Pkb";

    /// <summary>Where to pay, one line each.</summary>
    public IReadOnlyList<string> PaymentChannels { get; init; } =
    [
        "Kantor Samsat Kota Semarang I, II dan III",
        "Samsat Keliling, Gerai Samsat dan Samsat Corner di pusat perbelanjaan",
        "Online (pajak tahunan saja): aplikasi *New Sakpole*, *SIGNAL*, Bank Jateng, Indomaret/Alfamart dan marketplace",
    ];

    /// <summary>The STNK renewal is shown as "due soon" this many days ahead.</summary>
    public int ReminderDays { get; init; } = 60;
}
