namespace Savira.Core.Services.Emergency;

/// <summary>
/// The numbers the emergency replies print, each checked against a public source (docs/emergency.md lists them
/// with the pages and dates). A number that could not be checked is not printed.
/// </summary>
public static class EmergencyNumbers
{
    /// <summary>
    /// Call Center 112 Kota Semarang (Diskominfo, Perwal 20/2018): free, 24 hours, works without credit; it
    /// dispatches ambulances (since January 2025 instead of 119 and 1500-132), Damkar, BPBD, police and Basarnas.
    /// </summary>
    public const string CommandCenter = "112";

    public const string Police = "110";
    public const string FireBrigade = "113";
    /// <summary>Basarnas; Kantor SAR Semarang answers it for Central Java.</summary>
    public const string SearchAndRescue = "115";
    /// <summary>BPBD Kota Semarang's call centre and WhatsApp (Pemkot Semarang, September 2025).</summary>
    public const string Bpbd = "(024) 6730212";
    public const string BpbdWhatsApp = "0812-2010-051";
    /// <summary>PLN contact centre: to cut the power to a fallen line or an exploded transformer.</summary>
    public const string Pln = "123";
    /// <summary>SAPA 129 (Kementerian PPPA): violence against women and children, KDRT.</summary>
    public const string Sapa = "129";
    public const string SapaWhatsApp = "0811-1129-129";
    /// <summary>Kemenkes' free psychological first aid and crisis counselling, reactivated in July 2025.</summary>
    public const string CrisisCounselling = "healing119.id";
}
