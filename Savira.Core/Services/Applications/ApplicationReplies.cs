using System.Globalization;
using System.Text;
using Savira.Core.Privacy;
using Savira.Core.Replies;

namespace Savira.Core.Services.Applications;

/// <summary>How an application's status is told to the citizen.</summary>
public static class ApplicationReplies
{
    public static string Status(ServiceApplication application)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"📋 *Status permohonan {application.RegistrationNumber}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Layanan: {application.Kind}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Pemohon: {PersonName.Masked(application.ApplicantName)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Diajukan: {IndonesianFormat.Date(Wib.Today(application.SubmittedAt))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Status: *{StatusLabel(application.Status)}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Diperbarui: {IndonesianFormat.DateTime(application.UpdatedAt)}");
        if (!string.IsNullOrWhiteSpace(application.Note))
            text.AppendLine(CultureInfo.InvariantCulture, $"Catatan: {application.Note}");
        return text.ToString().TrimEnd();
    }

    public static string Unknown(string registrationNumber) =>
        $"Maaf, permohonan dengan nomor *{registrationNumber}* tidak kami temukan 🙏 Mohon periksa kembali nomor pada tanda terima Anda.";

    static string StatusLabel(string status) => status switch
    {
        "diterima" => "Diterima, menunggu verifikasi",
        "diverifikasi" => "Sedang diverifikasi",
        "diproses" => "Sedang diproses",
        "selesai" => "Selesai ✅",
        "ditolak" => "Ditolak ❌",
        _ => status,
    };
}
