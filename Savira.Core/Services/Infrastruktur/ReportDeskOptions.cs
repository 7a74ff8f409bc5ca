namespace Savira.Core.Services.Infrastruktur;

/// <summary>
/// Savira:Reports: which agency (OPD) gets which category, their names, the deadline of each stage in working days,
/// and the public address of the tracking page.
/// </summary>
/// <remarks>
/// Routing follows what Semarang uses: roads, bridges and drainage are the Dinas Pekerjaan Umum's (its Bidang Jalan
/// and Bidang Sumber Daya Air dan Drainase); street lights (PJU) are the Dinas Perumahan dan Kawasan Permukiman's,
/// whose Bidang Sarana, Prasarana dan Utilitas Umum runs the "Lapor Pengaduan Lampu PJU yang Padam" channel and the
/// Sipenjalu app (Disperkim's press release of 5 February 2025, reported by kontenjateng.com, "Disperkim Merespon
/// Cepat Jika Ada Lampu PJU Padam di Kota Semarang"). Another city changes Routing and Agencies in appsettings.json.
///
/// Deadline defaults follow SP4N-LAPOR! (Permenpan RB 62/2018 on managing public complaints): a complaint is verified
/// and forwarded within 3 working days, the agency answers within 5, and a report answered as done is closed when the
/// citizen does not reply within 10. Mapped to stages: Diterima 3 (verify), Diverifikasi 3 (dispose to the agency),
/// Didisposisikan 5 (the agency starts and answers), Selesai 10 (close: <see cref="ReportAutoCloseService"/> closes it then). Diproses has none by default, since repair
/// work takes as long as it takes; Ditunda has none, it waits for something outside the desk. Each is counted from
/// the day the report entered the stage; 0 or a missing stage means no deadline.
/// </remarks>
public sealed class ReportDeskOptions
{
    public const string Section = "Savira:Reports";

    /// <summary>Agency code → the categories it handles; every agency that may hold reports is listed here.</summary>
    public Dictionary<string, List<string>> Agencies { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Agency code → its name as staff and citizens read it.</summary>
    public Dictionary<string, string> AgencyNames { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Category → the agency a new report goes to; a category not listed goes to the first agency (by code) that handles it.</summary>
    public Dictionary<string, string> Routing { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stage → working days it may last.</summary>
    public Dictionary<string, int> Deadlines { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [ReportStages.Received] = 3,
        [ReportStages.Verified] = 3,
        [ReportStages.Assigned] = 5,
        [ReportStages.Done] = 10,
    };

    /// <summary>
    /// Where citizens open /lapor/{ticket}; the WhatsApp confirmation links to it and pushed photos are served from it.
    /// Empty: the host falls back to Twilio:PublicBaseUrl, then in Development to its own address; with none of them
    /// no link is written at all (the citizen is told to send "cek laporan …" instead).
    /// </summary>
    /// <remarks>Settable because the host fills it in after binding (ReportPublicAddress in Savira.Bot).</remarks>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How often the desk looks for reports to close after Selesai's deadline (<see cref="ReportAutoCloseService"/>).</summary>
    public int AutoCloseEveryMinutes { get; init; } = 60;

    /// <summary>The largest photo staff may upload, in bytes.</summary>
    public int MaxPhotoBytes { get; init; } = 5 * 1024 * 1024;

    public string AgencyName(string? agency) =>
        agency is null ? "Belum ditentukan" : AgencyNames.TryGetValue(agency, out var name) ? name : agency.ToUpperInvariant();

    /// <summary>The agency a new report of <paramref name="category"/> goes to, or null when none handles it.</summary>
    public string? AgencyFor(string category) =>
        Routing.TryGetValue(category, out var agency) ? agency
        : Agencies.Where(pair => pair.Value.Contains(category, StringComparer.OrdinalIgnoreCase)).Select(pair => pair.Key)
            .Order(StringComparer.Ordinal).FirstOrDefault();

    public string TrackingUrl(string ticket) => $"{PublicBaseUrl.TrimEnd('/')}/lapor/{ticket}";
}
