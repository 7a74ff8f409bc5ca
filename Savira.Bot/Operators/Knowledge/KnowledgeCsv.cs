using System.Globalization;
using System.Text;
using CsvHelper;
using Savira.Bot.Operators.Console;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// The CSV form of the knowledge base: one row per entry with the content citizens are answered from (for an entry
/// never published, its draft), and whether a draft is waiting. UTF-8, RFC 4180, a header of Indonesian column names.
/// Examples go one per line inside their cell. A text cell that a spreadsheet would run as a formula (= + - @ at the
/// start) is written with a leading apostrophe, which reading takes off again, so a file goes out and back unchanged.
/// </summary>
public static class KnowledgeCsv
{
    public const string Id = "id";
    public const string Service = "layanan";
    public const string Question = "pertanyaan";
    public const string Answer = "jawaban";
    public const string Examples = "contoh";
    public const string Source = "sumber";
    public const string CheckedOn = "diperiksa";
    public const string StartsAt = "mulai";
    public const string EndsAt = "selesai";
    public const string State = "status";
    public const string DraftPending = "draf_belum_terbit";

    /// <summary>Every column, in the order written.</summary>
    public static readonly IReadOnlyList<string> Columns = [Id, Service, Question, Answer, Examples, Source, CheckedOn, StartsAt, EndsAt, State, DraftPending];

    /// <summary>Columns an import must have.</summary>
    public static readonly IReadOnlyList<string> Required = [Id, Service, Question, Answer];

    /// <summary>Columns written for people to read, which an import ignores.</summary>
    public static readonly IReadOnlyList<string> Informational = [State, DraftPending];

    public const string MomentFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    const string InjectionStarts = "=+-@\t\r";

    public static byte[] Write(IEnumerable<FaqEntry> entries, DateTimeOffset now)
    {
        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\r\n" }, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns]);
            foreach (var entry in entries)
            {
                var content = entry.Published; // a never-published entry's row holds its draft
                csv.WriteRecord(
                [
                    entry.Id.ToString(CultureInfo.InvariantCulture),
                    content.Intent,
                    content.Question,
                    content.Answer,
                    string.Join('\n', content.Examples),
                    content.Source,
                    content.CheckedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    Moment(content.StartsAt),
                    Moment(content.EndsAt),
                    KnowledgeForm.StateLabel(entry.State(now)),
                    entry.Draft is not null ? "ya" : "tidak",
                ]);
            }
        }
        return output.ToArray();
    }

    static string Moment(DateTimeOffset? moment) =>
        moment is { } value ? Wib.ToWib(value).ToString(MomentFormat, CultureInfo.InvariantCulture) : "";

    /// <summary>A cell as read, with the apostrophe that <see cref="Write"/> put before a would-be formula taken off.</summary>
    public static string Unescape(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && InjectionStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    /// <summary>The rows of a file: the header, each record with its line, and the lines that could not be read.</summary>
    public static CsvFile Read(byte[] bytes)
    {
        var problems = new List<CsvProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => problems.Add(new CsvProblem(record.LineNumber, null, Malformed(record.Reason))),
        };
        var body = bytes.AsMemory();
        if (body.Span.StartsWith("\uFEFF"u8))
            body = body[3..];
        using var csv = CsvReader.Create(body, options);
        var records = new List<CsvRecordRow>();
        while (csv.Read())
        {
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = Unescape(csv.GetString(i));
            records.Add(new CsvRecordRow(csv.LineNumber, cells));
        }
        return new CsvFile([.. csv.Headers], records, problems);
    }

    static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "Jumlah kolom di baris ini tidak sama dengan jumlah kolom di judul.",
        CsvMalformedReason.UnterminatedQuote => "Tanda kutip (\") dibuka tetapi tidak pernah ditutup.",
        CsvMalformedReason.TextAfterClosingQuote => "Ada teks sesudah tanda kutip penutup; kutip seluruh isi sel, dan tulis \"\" untuk tanda kutip di dalamnya.",
        _ => "Tanda kutip (\") salah tempat; kutip seluruh isi sel, dan tulis \"\" untuk tanda kutip di dalamnya.",
    };

    /// <summary>Whether <paramref name="bytes"/> is UTF-8; else the line of the first byte that is not.</summary>
    public static int? FirstNonUtf8Line(byte[] bytes)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            strict.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException exception)
        {
            var at = exception.Index >= 0 ? Math.Min(exception.Index, bytes.Length) : bytes.Length;
            return 1 + bytes.AsSpan(0, at).Count((byte)'\n');
        }
    }
}

public sealed record CsvFile(IReadOnlyList<string> Header, IReadOnlyList<CsvRecordRow> Records, IReadOnlyList<CsvProblem> Problems);

public sealed record CsvRecordRow(long Line, IReadOnlyList<string> Cells);

/// <summary>A problem of an import, by the line of the file it is on and the column (null: the whole line or file).</summary>
public sealed record CsvProblem(long Line, string? Column, string Message);
