using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Training;
using Savira.Tests.Support;

namespace Savira.Tests.Understanding;

/// <summary>
/// Pins what the matcher returns for every dev-set sentence, every training example and a few probes of the
/// entity and text paths: intent, confidence, outcome, entities and the whole ranking, as computed by the
/// matcher when the snapshot was taken. A change that should only make the matcher faster must keep it.
/// The snapshot is valid for one set of training data; when the examples, lexicon or names change on purpose,
/// rewrite it with SAVIRA_WRITE_MATCHER_SNAPSHOT=1 and review the diff.
/// </summary>
public sealed class MatcherSnapshotTests(TrainedApp trained) : IClassFixture<TrainedApp>
{
    const double Tolerance = 1e-9;
    const string RewriteVariable = "SAVIRA_WRITE_MATCHER_SNAPSHOT";

    /// <summary>Decimals kept of each ranked probability: far finer than <see cref="Tolerance"/>, and the file stays small.</summary>
    const int RankingDecimals = 12;

    static string SnapshotPath => Path.Combine(RepositoryFiles.Root, "Savira.Tests", "Understanding", "matcher-snapshot.json");

    /// <summary>Inputs for the paths the dev set and the examples rarely take: every entity kind, dates, odd text.</summary>
    static readonly string[] Probes =
    [
        "", "   ", "?!", "👍", "👌 makasih", "ＰＢＢ ｂｒｐ", "pájak rúmah", "ADMINNN", "halooo", "tolonggggg",
        "nik 3374014507900001 mau cek kk", "3374013102900001", "33.74.010.005.012-0345.0", "nop 337401000501203450 brp",
        "H 1234 AB", "h1234ab", "plat H-4402-MN pajaknya", "AD 77 XY", "rt 5 rw 2", "QQ 1234 AB",
        "no pelanggan 2101004567", "2101004567", "21010045", "antrean A-007 sudah dipanggil?", "antrian b012", "A-007",
        "status laporan LPR-2026-00123", "LPR-2026-00123", "TKT-884211", "no rm 00123456 mau kontrol",
        "kode booking RSW-2611-0042", "REG-12345", "cek DUK-20261118-0042", "SIP 20261118 0042", "sip/20261118/0042",
        "daftar poli gigi tgl 5", "besok senin depan", "12/12", "12-12-2026", "tanggal 31", "3 desember 2026 bisa?",
        "jumat ngarep", "hari ini buka?", "lusa sesuk", "mau antri di puskesmas kedungmundu besok, poli gigi",
        "puskesmas di ngaliyan", "poli anak rsud", "dokter spesialis jantung", "pajak 2 tahun 2024", "2thn blm bayar",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa pbb",
        "pembayarannyalah dibayarkan mbayar ngurus nyari nulis", "pbb pbb pbb pbb", "min", "kak ini",
        "H 12345 AB", "B 1 A pajaknya", "12345678901-2", "pelanggan 21010045671", "pelanggan 2101004567.5", "A-0071", "a 12",
        "LPR-2026-00123 dan antrean A-007", "DUK202611180042", "duk 20261118 42", "tgl 5/12", "5 des", "tgl 123", "tanggal 07 jam 9",
        "no rm RM12345", "reg-abc12", "booking ABCDE", "nik 3374014507900001 dan plat H 1 A", "337401000501203450 3374014507900001",
        "33.74.010.005.012-0345.0 33.74.010.005.012-0345.1", "3374 0100 0501 2034 50", "pelanggan １２３４５６７８９０",
        "0812345678901", "rp 1.250.000", "jam 08.30-12.00", "12/13/2026", "31-02", "senin 2 des", "3 hari lagi",
    ];

    [Fact]
    public void TheMatcherReturnsWhatTheSnapshotRecorded()
    {
        var matcher = trained.Matcher;
        var live = new MatcherSnapshot
        {
            TrainingFingerprint = TrainingFingerprint(),
            Messages = Inputs().Select(text => Record(text, matcher.Match(text))).ToList(),
        };

        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            File.WriteAllText(SnapshotPath, OneMessagePerLine(live));
            Assert.Skip($"Rewrote {SnapshotPath} from the live matcher.");
        }

        var snapshot = JsonSerializer.Deserialize<MatcherSnapshot>(File.ReadAllText(SnapshotPath))!;
        Assert.True(snapshot.TrainingFingerprint == live.TrainingFingerprint,
            $"The training data changed since the snapshot was taken; if on purpose, rerun with {RewriteVariable}=1 and review the diff.");
        Assert.Equal(snapshot.Messages.Select(message => message.Text), live.Messages.Select(message => message.Text));
        var differences = snapshot.Messages.Zip(live.Messages).SelectMany(pair => Differences(pair.First, pair.Second)).ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} differences, the first:\n{string.Join('\n', differences.Take(20))}");
    }

    /// <summary>The snapshot as JSON with one message per line, so that a change shows as a readable diff.</summary>
    static string OneMessagePerLine(MatcherSnapshot snapshot) =>
        $$"""
        {"{{nameof(MatcherSnapshot.TrainingFingerprint)}}": "{{snapshot.TrainingFingerprint}}", "{{nameof(MatcherSnapshot.Messages)}}": [
        {{string.Join(",\n", snapshot.Messages.Select(message => JsonSerializer.Serialize(message)))}}
        ]}

        """;

    IEnumerable<string> Inputs()
    {
        using var reader = new StreamReader(RepositoryFiles.DevSet);
        var dev = IntentEvaluation.ReadTsv(reader).Select(row => row.Text).ToList();
        var examples = trained.App.Services.GetRequiredService<TrainingStore>().Examples().Select(example => example.Text);
        return dev.Concat(examples).Concat(Probes).Distinct(StringComparer.Ordinal);
    }

    string TrainingFingerprint()
    {
        var services = trained.App.Services;
        var store = services.GetRequiredService<TrainingStore>();
        var text = new StringBuilder();
        foreach (var example in store.Examples())
            text.Append(example.Text).Append('\t').Append(example.Intent.ToId()).Append('\n');
        foreach (var (informal, formal) in store.LexiconEntries())
            text.Append(informal).Append('\t').Append(formal).Append('\n');
        foreach (var place in services.GetServices<INamedPlaceSource>().SelectMany(source => source.Load()))
            text.Append(place.Kind).Append('\t').Append(place.Name).Append('\t').AppendJoin('|', place.Aliases).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    static RecordedMatch Record(string text, MessageUnderstanding understanding) => new()
    {
        Text = text,
        Intent = understanding.Intent.ToId(),
        Confidence = understanding.Confidence,
        Outcome = understanding.Outcome.ToString(),
        Entities = understanding.Entities.ToDictionary(StringComparer.Ordinal), // in the order the matcher found them, as the classify verb prints them
        Ranking = understanding.Ranking.ToDictionary(score => score.Intent.ToId(), score => Math.Round(score.Confidence, RankingDecimals)),
    };

    static IEnumerable<string> Differences(RecordedMatch expected, RecordedMatch actual)
    {
        var where = $"\"{expected.Text}\":";
        if (actual.Intent != expected.Intent || actual.Outcome != expected.Outcome)
            yield return $"{where} {actual.Intent} ({actual.Outcome}) instead of {expected.Intent} ({expected.Outcome})";
        if (Math.Abs(actual.Confidence - expected.Confidence) > Tolerance)
            yield return $"{where} confidence {Show(actual.Confidence)} instead of {Show(expected.Confidence)}";
        if (!actual.Entities.SequenceEqual(expected.Entities))
            yield return $"{where} entities {JsonSerializer.Serialize(actual.Entities)} instead of {JsonSerializer.Serialize(expected.Entities)}";
        var sameRanking = actual.Ranking.Count == expected.Ranking.Count && actual.Ranking.Zip(expected.Ranking).All(pair =>
            pair.First.Key == pair.Second.Key && Math.Abs(pair.First.Value - pair.Second.Value) <= Tolerance);
        if (!sameRanking)
            yield return $"{where} ranking {JsonSerializer.Serialize(actual.Ranking)} instead of {JsonSerializer.Serialize(expected.Ranking)}";
    }

    static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    sealed record MatcherSnapshot
    {
        /// <summary>SHA-256 of the examples, lexicon rows and place names the model was trained from.</summary>
        public required string TrainingFingerprint { get; init; }
        public required List<RecordedMatch> Messages { get; init; }
    }

    sealed record RecordedMatch
    {
        public required string Text { get; init; }
        public required string Intent { get; init; }
        public required double Confidence { get; init; }
        public required string Outcome { get; init; }
        public required Dictionary<string, string> Entities { get; init; }
        /// <summary>Intent id → probability, best first: System.Text.Json reads an object's members in the order written.</summary>
        public required Dictionary<string, double> Ranking { get; init; }
    }
}
