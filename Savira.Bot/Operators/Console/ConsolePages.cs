using Savira.Bot.Operators.Access;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The console's pages in the order staff meet them: the menu and the home page list the ones the signed-in role may
/// open, so both always match what <see cref="StaffAccessRules"/> lets through.
/// </summary>
public static class ConsolePages
{
    public sealed record Page(string Path, string Title, string WhatFor);

    static readonly Page[] All =
    [
        new("/console/dasbor", "Dasbor", "Angka saat ini: pesan per menit, yang tidak dipahami, warga menunggu petugas, pesan keluar yang gagal."),
        new("/console/kotak-masuk", "Kotak masuk", "Warga yang meminta petugas: ambil percakapan, balas, alihkan, atau kembalikan ke Savira."),
        new("/console/pengetahuan", "Pengetahuan", "Jawaban yang Savira berikan: ubah draf, lihat pratinjau WhatsApp, terbitkan, riwayat versi, impor dan ekspor CSV."),
        new("/console/simulator", "Simulator", "Coba percakapan dengan draf jawaban sebelum diterbitkan, tanpa menyentuh data warga."),
        new("/console/suite-uji", "Suite uji", "Percakapan contoh yang harus tetap dijawab benar; diperiksa sebelum setiap jawaban diterbitkan."),
        new("/console/belum-terjawab", "Belum terjawab", "Pertanyaan warga yang belum bisa dijawab, dikelompokkan: jadikan jawaban, contoh kalimat, atau kasus uji."),
        new("/console/pelatihan", "Pelatihan", "Contoh kalimat dan kosakata yang dipakai Savira untuk memahami pesan warga."),
        new("/console/menu", "Menu utama", "Urutan dan judul layanan di menu bernomor yang dilihat warga."),
        new("/console/laporan", "Laporan", "Jumlah pesan per layanan dan hari, pertanyaan yang belum terjawab, waktu balas petugas."),
        new("/console/pengaduan", "Pengaduan", "Laporan warga tentang jalan, lampu, dan saluran: tahap, tenggat hari kerja, foto, dan dinas yang menangani."),
        new("/console/puskesmas", "Antrean puskesmas", "Loket panggil antrean per poli dan layar ruang tunggu."),
        new("/console/audit", "Log audit", "Siapa mengubah apa, kapan, dan dari mana; rantai log diperiksa."),
        new("/console/pengguna", "Pengguna", "Akun konsol, peran, lingkup, dan autentikator."),
    ];

    /// <summary>The pages <paramref name="role"/> may open, in menu order.</summary>
    public static IReadOnlyList<Page> For(string role) => [.. All.Where(page => StaffAccessRules.Allows(page.Path, writes: false, role))];
}
