using Savira.Core.Understanding;

namespace Savira.Core.Services.Faq;

/// <summary>A service answered from the knowledge base: its title, and whether applications can be tracked.</summary>
public sealed record KnowledgeTopic(Intent Intent, string Title, string? RegistrationExample)
{
    public static KnowledgeTopic Kependudukan { get; } =
        new(Intent.Kependudukan, "🪪 *Kependudukan (Disdukcapil Kota Semarang)*", "DUK-20261118-0042");

    public static KnowledgeTopic IzinNakes { get; } =
        new(Intent.IzinNakes, "📄 *Izin Praktik Tenaga Kesehatan (DPMPTSP Kota Semarang)*", "SIP-20261102-0007");

    public static KnowledgeTopic Npwp { get; } = new(Intent.Npwp, "🧾 *NPWP*", null);
}
