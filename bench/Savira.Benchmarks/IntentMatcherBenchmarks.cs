using BenchmarkDotNet.Attributes;
using Savira.Core.Understanding;

namespace Savira.Benchmarks;

/// <summary>One message through the whole matcher: entities, normalisation, stems, features, classifier, thresholds.</summary>
[MemoryDiagnoser]
public class IntentMatcherBenchmarks : IDisposable
{
    TrainedMatcher trained = null!;
    IIntentMatcher matcher = null!;

    public static IEnumerable<string> Messages =>
    [
        "min pbb sy brp ya",
        "selamat siang, sy mau tanya tagihan pajak rumah nop 33.74.010.005.012-0345.0 thn ini brp ya",
        "tolonggg air pdam di rmh sy mati dr pagi, kpn nyala lg?? no pelanggan 2101004567",
        // A long letter (about 330 characters): salutation, address, story, the request, thanks.
        "Yth. Bapak/Ibu petugas Disdukcapil Kota Semarang, saya warga RT 03 RW 08 Kelurahan Pedalangan Kecamatan Banyumanik. " +
        "Saya sudah rekam e-KTP sejak tanggal 4 September di kecamatan tetapi sampai hari ini KTP saya belum jadi, katanya blanko kosong. " +
        "Mohon informasi kapan bisa diambil karena saya perlu untuk melamar kerja. Atas perhatiannya saya ucapkan terima kasih.",
        // An off-topic letter: the whole reading is out of scope, so each sentence is read too (the slowest path).
        "Selamat siang Bapak/Ibu yang terhormat. Saya mau tanya lowongan kerja di Pemkot Semarang untuk lulusan SMA. " +
        "Apakah tahun depan ada pembukaan CPNS atau PPPK untuk tenaga administrasi? Saya sudah melamar di beberapa tempat " +
        "tapi belum ada panggilan. Terima kasih atas perhatiannya.",
    ];

    [ParamsSource(nameof(Messages))]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        trained = new TrainedMatcher();
        matcher = trained.Matcher;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        trained.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public MessageUnderstanding Match() => matcher.Match(Message);
}

/// <summary>Training the model from the seed examples, as at startup and on every retraining.</summary>
[MemoryDiagnoser]
public class IntentTrainingBenchmarks : IDisposable
{
    TrainedMatcher trained = null!;

    [GlobalSetup]
    public void Setup() => trained = new TrainedMatcher();

    [GlobalCleanup]
    public void Dispose()
    {
        trained.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public object Retrain() => trained.Training.RetrainAsync().GetAwaiter().GetResult();
}
