using static Savira.Core.Services.Emergency.EmergencyNumbers;

namespace Savira.Core.Services.Emergency;

/// <summary>
/// What to do now for one kind of emergency, and whom to call besides 112. First aid follows the lay-rescuer
/// guidance of PMI and the AHA, kept conservative: what is safe for anyone to do, the rest left to the 112 operator.
/// </summary>
public sealed record EmergencyAdvice(string Title, string Call, IReadOnlyList<string> Steps)
{
    const string Ambulance = $"Ambulans Kota Semarang dipanggil lewat *{CommandCenter}*.";
    const string Rescue = $"Basarnas: *{SearchAndRescue}* · BPBD Kota Semarang: *{Bpbd}* (WA *{BpbdWhatsApp}*).";

    public static EmergencyAdvice For(EmergencyKind kind) => kind switch
    {
        EmergencyKind.Fire => new("Kebakaran", $"Damkar: *{FireBrigade}*.",
        [
            "Keluar sekarang dan ajak semua orang; jangan kembali untuk mengambil barang.",
            "Pakai tangga, *jangan pakai lift*. Ada asap: merunduk dan tutup hidung dengan kain.",
            "Raba pintu sebelum dibuka; kalau panas, jangan dibuka, cari jalan lain.",
            "Matikan listrik di MCB/meteran hanya kalau bisa dilakukan dengan aman.",
            "Minyak di wajan terbakar: matikan kompor dan tutup wajannya, *jangan disiram air*.",
        ]),
        EmergencyKind.GasLeak => new("Bau gas / gas bocor", $"Damkar: *{FireBrigade}*.",
        [
            "Jangan menyalakan api, korek atau kompor, dan jangan menekan saklar listrik apa pun (menyalakan maupun mematikan).",
            "Buka pintu dan jendela; lepas regulator dari tabung kalau aman.",
            "Keluar, jauhkan orang lain, lalu telepon dari luar rumah.",
        ]),
        EmergencyKind.Electricity => new("Tersetrum / kabel listrik", $"PLN (memutus aliran): *{Pln}*.",
        [
            "*Jangan sentuh korban* selama masih terkena listrik.",
            "Putus listriknya: matikan MCB/meteran atau cabut stekernya. Kalau tidak bisa, dorong sumber listrik menjauh dengan benda kering bukan logam (kayu, plastik) sambil berdiri di alas kering.",
            "Kabel PLN putus atau trafo meledak: jauhi, jaga orang lain tetap jauh, jangan dipindah sendiri.",
            "Setelah aman, periksa napasnya; kalau tidak bernapas, tekan kuat di tengah dada 100–120 kali per menit sampai petugas datang.",
        ]),
        EmergencyKind.Drowning => new("Orang tenggelam / hanyut", $"Basarnas: *{SearchAndRescue}*.",
        [
            "*Jangan ikut terjun* kecuali Anda terlatih. Lempar benda yang mengapung (jeriken atau galon kosong, ban) atau ulurkan tongkat, tali, sarung.",
            "Terus awasi titik terakhir ia terlihat dan tunjukkan ke petugas.",
            "Sudah di darat dan tidak bernapas: tekan kuat di tengah dada 100–120 kali per menit; kalau terlatih, beri napas buatan. Masih bernapas: baringkan miring dan selimuti.",
        ]),
        EmergencyKind.Flood => new("Banjir / air naik", Rescue,
        [
            "Naik ke tempat yang lebih tinggi sekarang (lantai atas, tanah tinggi); dahulukan anak, lansia dan orang sakit.",
            "*Jangan berjalan atau berkendara menembus arus*: air setinggi lutut pun bisa menyeret.",
            "Jauhi kabel dan tiang listrik; matikan listrik di meteran hanya kalau tidak harus menyentuh air.",
            "Bawa HP, obat dan dokumen dalam plastik, lalu tunggu evakuasi petugas.",
        ]),
        EmergencyKind.Collapse => new("Longsor / tertimpa / tertimbun", Rescue,
        [
            "Menjauh dari lereng, tebing dan bangunan yang retak atau miring: bisa ada longsor atau runtuhan susulan. Ajak tetangga menjauh.",
            "Jangan memaksa menarik atau menggali korban yang terjepit atau tertimbun sendirian; tunggu tim penyelamat yang membawa alat.",
            "Ajak korban bicara agar tetap tenang, dan beri tahu petugas di mana posisinya.",
        ]),
        EmergencyKind.Accident => new("Kecelakaan", $"Polisi: *{Police}*.",
        [
            "Amankan diri dulu: jangan berdiri di jalur kendaraan, nyalakan lampu hazard atau beri tanda di belakang lokasi.",
            "*Jangan pindahkan korban* kecuali ada bahaya (api, bisa tertabrak). Jangan lepas helmnya.",
            "Tekan luka yang berdarah dengan kain bersih; jangan beri minum.",
            "Temani dan ajak korban bicara, jaga tetap hangat sampai petugas datang.",
        ]),
        EmergencyKind.Violence => new("Kekerasan / kejahatan",
            $"Polisi: *{Police}*. Kekerasan pada perempuan dan anak (KDRT): SAPA *{Sapa}*, WA *{SapaWhatsApp}*.",
        [
            "Utamakan keselamatan: menjauh ke tempat ramai atau masuk ruangan yang bisa dikunci.",
            "Jangan melawan pelaku yang bersenjata; barang bisa diganti.",
            "Tidak bisa bicara? Kirim pesan ke keluarga atau tetangga agar mereka yang menelepon. Ingat ciri pelaku, tapi jangan mengejar.",
            "Ada yang terluka: tekan lukanya dengan kain bersih.",
        ]),
        EmergencyKind.Unresponsive => new("Orang tidak sadar", Ambulance,
        [
            "Panggil dan tepuk bahunya, lalu lihat dadanya: bernapas normal atau tidak?",
            "*Tidak bernapas* (atau hanya megap-megap): baringkan telentang di alas keras, tekan kuat dan cepat di tengah dada (±5 cm, 100–120 kali per menit) tanpa berhenti sampai petugas datang. Pernah dilatih? 30 tekanan lalu 2 napas buatan. Nyalakan speaker HP: petugas 112 bisa memandu, juga untuk bayi.",
            "*Masih bernapas*: baringkan miring, jangan beri makan atau minum, jangan ditinggal sendiri.",
        ]),
        EmergencyKind.Choking => new("Tersedak", Ambulance,
        [
            "Masih bisa batuk atau bicara: minta terus batuk, jangan diberi minum.",
            "Tidak bisa bicara, batuk atau bernapas: dari belakang, 5 tepukan keras di punggung di antara tulang belikat, lalu 5 hentakan ke dalam-atas di perut (di atas pusar). Ulangi sampai bendanya keluar.",
            "Bayi di bawah 1 tahun: telungkupkan di lengan, 5 tepukan di punggung lalu 5 tekanan dada dengan 2 jari, *tanpa* hentakan perut.",
            "Kalau jadi tidak sadar: baringkan dan mulai tekan dada.",
        ]),
        EmergencyKind.Bleeding => new("Perdarahan hebat", Ambulance,
        [
            "Tekan lukanya kuat-kuat dengan kain bersih dan terus tekan, jangan dilepas.",
            "Darah tembus? Tambah kain di atasnya, jangan angkat kain yang pertama.",
            "Ada benda yang menancap: jangan dicabut, tekan di sekitarnya.",
            "Baringkan korban kalau pucat atau lemas, dan jaga tetap hangat.",
        ]),
        EmergencyKind.BreathingTrouble => new("Sesak napas", Ambulance,
        [
            "Dudukkan tegak sedikit condong ke depan, longgarkan pakaian, beri udara segar.",
            "Punya obat atau inhaler sendiri dari dokter? Bantu memakainya sesuai resep.",
            "Bibir atau kuku membiru, tidak bisa bicara, atau jadi tidak sadar: sampaikan ke petugas 112; kalau berhenti bernapas, mulai tekan dada.",
        ]),
        EmergencyKind.ChestPain => new("Nyeri dada / serangan jantung", Ambulance,
        [
            "Dudukkan dan istirahatkan, longgarkan pakaian; jangan biarkan ia berjalan atau menyetir sendiri ke rumah sakit.",
            "Beri obat hanya yang sudah diresepkan dokter untuknya, atau atas arahan petugas 112.",
            "Kalau pingsan dan tidak bernapas normal: baringkan dan tekan kuat di tengah dada 100–120 kali per menit sampai bantuan datang.",
        ]),
        EmergencyKind.Stroke => new("Tanda stroke", Ambulance,
        [
            "Wajah mencong, lengan atau kaki lemah sebelah, bicara pelo: setiap menit berarti, minta ambulans sekarang.",
            "Catat jam gejala mulai; dokter membutuhkannya.",
            "Jangan beri makan, minum atau obat apa pun; baringkan miring kalau muntah atau mengantuk.",
        ]),
        EmergencyKind.Seizure => new("Kejang", Ambulance,
        [
            "Jauhkan benda keras atau tajam, alasi kepalanya dengan sesuatu yang empuk.",
            "*Jangan masukkan apa pun ke mulutnya* (sendok, jari, minum) dan jangan menahan gerakannya.",
            "Catat berapa lama kejangnya. Setelah berhenti, baringkan miring sampai sadar penuh.",
            "Kejang lebih dari 5 menit, berulang, atau tidak sadar sesudahnya: sampaikan ke petugas 112.",
        ]),
        EmergencyKind.Poisoning => new("Keracunan / menelan zat berbahaya", Ambulance,
        [
            "Jangan paksa muntah, dan jangan beri susu, minyak atau obat apa pun kecuali atas arahan petugas.",
            "Simpan kemasan atau sisa zatnya untuk ditunjukkan ke petugas.",
            "Tidak sadar tapi bernapas: baringkan miring. Tidak bernapas: mulai tekan dada.",
        ]),
        EmergencyKind.Burn => new("Luka bakar / tersiram air panas", Ambulance,
        [
            "Siram bagian yang terbakar dengan air mengalir biasa (bukan es) selama 20 menit.",
            "Lepas cincin, jam atau pakaian di sekitar luka, kecuali yang menempel di kulit.",
            "Jangan oles pasta gigi, mentega, kecap atau minyak; tutup longgar dengan plastik bersih atau kain bersih.",
        ]),
        EmergencyKind.Suicide => new("Ingin bunuh diri / melukai diri", $"Konselor gratis (Kemenkes): *{CrisisCounselling}*.",
        [
            "Kalau nyawanya (atau nyawa Anda) dalam bahaya sekarang, telepon 112.",
            "Temani, jangan ditinggal sendiri. Jauhkan benda berbahaya (obat, tali, benda tajam, racun) kalau aman.",
            "Dengarkan tanpa menghakimi; katakan bahwa Anda peduli dan bantuan ada.",
            $"Kalau ini tentang Anda sendiri: Anda tidak sendirian. Hubungi orang yang Anda percaya sekarang, atau konselor di {CrisisCounselling}.",
        ]),
        EmergencyKind.MissingChild => new("Anak hilang", $"Polisi: *{Police}*.",
        [
            "Laporkan sekarang juga, tidak perlu menunggu.",
            "Cari segera di sekitar, dahulukan tempat berbahaya: sungai, selokan, sumur, kolam, jalan raya.",
            "Minta satpam atau pengelola tempat, tetangga, pengurus masjid untuk mengumumkan; siapkan foto terbaru dan ciri pakaiannya.",
            "Minta satu orang tetap di rumah, kalau-kalau anak pulang sendiri.",
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
