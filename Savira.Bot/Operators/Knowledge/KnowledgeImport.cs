using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// What importing a CSV file would do to the knowledge base as it is now: the entries it adds, the entries it changes
/// (and which fields), and every problem by line and column. A plan with problems applies nothing. <see cref="Token"/>
/// fingerprints the file and the edit version of every entry it names, so "apply" can tell that it would do exactly
/// what the dry run showed: the console and the API send it back and the plan is made again and compared.
/// </summary>
public sealed record KnowledgeImport
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 2000;

    public required IReadOnlyList<Added> New { get; init; }
    public required IReadOnlyList<Changed> Changes { get; init; }
    public required int Unchanged { get; init; }
    public required IReadOnlyList<CsvProblem> Problems { get; init; }
    public required string Token { get; init; }

    public bool CanApply => Problems.Count == 0 && (New.Count > 0 || Changes.Count > 0);

    public sealed record Added(long Line, FaqContent Content);

    /// <summary>An entry the file changes: the fields (column names) that differ from what is exported now.</summary>
    public sealed record Changed(long Line, long Id, IReadOnlyList<string> Columns, FaqContent Before, FaqContent After, long EditVersion, bool ReplacesDraft);

    public FaqDraftBatch ToBatch() => new([.. New.Select(added => added.Content)],
        [.. Changes.Select(change => new FaqDraftChange(change.Id, change.After, change.EditVersion))]);

    /// <summary>"2 ditambah, 1 diubah, 40 tetap" and the ids, for the audit row.</summary>
    public object Summary(IReadOnlyList<long>? createdIds = null) => new
    {
        added = New.Count,
        changed = Changes.Count,
        unchanged = Unchanged,
        createdIds,
        changedIds = Changes.Select(change => change.Id).ToArray(),
    };

    public static KnowledgeImport Plan(byte[] bytes, IReadOnlyList<FaqEntry> entries, DateTimeOffset now)
    {
        var problems = new List<CsvProblem>();
        var added = new List<Added>();
        var changed = new List<Changed>();
        var unchanged = 0;
        var read = new List<FaqEntry>(); // the entries the file names, whose edit versions go into the token
        var token = Convert.ToHexStringLower(SHA256.HashData(bytes));
        KnowledgeImport Done() => new() { New = added, Changes = changed, Unchanged = unchanged, Problems = problems, Token = Fingerprint(token, read) };

        if (bytes.Length == 0)
        {
            problems.Add(new CsvProblem(1, null, "Berkasnya kosong. Unggah berkas CSV hasil ekspor, dengan baris judul."));
            return Done();
        }
        if (KnowledgeCsv.FirstNonUtf8Line(bytes) is { } badLine)
        {
            problems.Add(new CsvProblem(badLine, null,
                "Berkas ini bukan teks UTF-8 (mungkin disimpan sebagai ANSI/Windows-1252 atau Excel biasa). Simpan ulang sebagai “CSV UTF-8 (dibatasi koma)”, lalu unggah lagi."));
            return Done();
        }
        var file = KnowledgeCsv.Read(bytes);
        problems.AddRange(file.Problems);
        var columns = CheckHeader(file.Header, problems);
        if (columns is null)
            return Done();
        if (file.Records.Count > MaxRows)
        {
            problems.Add(new CsvProblem(1, null, $"Paling banyak {MaxRows} baris sekali impor (berkas ini {file.Records.Count})."));
            return Done();
        }

        var byId = entries.ToDictionary(entry => entry.Id);
        var seen = new Dictionary<long, long>();
        foreach (var record in file.Records)
        {
            string? Cell(string column) => columns.TryGetValue(column, out var index) && index < record.Cells.Count ? record.Cells[index] : null;
            FaqEntry? existing = null;
            var idText = (Cell(KnowledgeCsv.Id) ?? "").Trim();
            if (idText.Length > 0)
            {
                if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    problems.Add(new CsvProblem(record.Line, KnowledgeCsv.Id, $"Id “{Shorten(idText)}” bukan angka. Kosongkan id untuk entri baru."));
                    continue;
                }
                if (seen.TryGetValue(id, out var firstLine))
                {
                    problems.Add(new CsvProblem(record.Line, KnowledgeCsv.Id, $"Id {id} sudah muncul di baris {firstLine}; satu entri hanya boleh satu baris."));
                    continue;
                }
                seen[id] = record.Line;
                if (!byId.TryGetValue(id, out existing))
                {
                    problems.Add(new CsvProblem(record.Line, KnowledgeCsv.Id, $"Tidak ada entri dengan id {id}. Kosongkan id untuk entri baru."));
                    continue;
                }
                read.Add(existing);
            }
            var before = existing?.Published;
            var input = new KnowledgeDraftInput
            {
                Intent = Cell(KnowledgeCsv.Service),
                Question = Cell(KnowledgeCsv.Question),
                Answer = Cell(KnowledgeCsv.Answer),
                Examples = Cell(KnowledgeCsv.Examples) is { } examples
                    ? [.. examples.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)]
                    : before?.Examples ?? [],
                Source = Cell(KnowledgeCsv.Source) ?? before?.Source,
                CheckedOn = Cell(KnowledgeCsv.CheckedOn) ?? Day(before?.CheckedOn),
                StartsAt = Cell(KnowledgeCsv.StartsAt) ?? Moment(before?.StartsAt),
                EndsAt = Cell(KnowledgeCsv.EndsAt) ?? Moment(before?.EndsAt),
            };
            // A checked date the entry already has stays valid, even one "in the future" of a clock set back (tests, a wrong server clock).
            var keepsCheckedOn = before?.CheckedOn is { } day && input.CheckedOn?.Trim() == Day(day);
            var (content, errors) = (keepsCheckedOn ? input with { CheckedOn = null } : input).Check(now);
            if (content is not null && keepsCheckedOn)
                content = content with { CheckedOn = before!.CheckedOn };
            if (content is null)
            {
                foreach (var (field, messages) in errors)
                    problems.AddRange(messages.Select(message => new CsvProblem(record.Line, ColumnOf(field), message)));
                continue;
            }
            if (existing is null)
                added.Add(new Added(record.Line, content));
            else if (Differences(before!, content) is { Count: > 0 } differences)
                changed.Add(new Changed(record.Line, existing.Id, differences, before!, content, existing.EditVersion, existing.Draft is not null && existing.PublishedVersion > 0));
            else
                unchanged++;
        }
        return Done();
    }

    /// <summary>Column name → index; null (with the problems) when a required column is missing or one is unknown or repeated.</summary>
    static Dictionary<string, int>? CheckHeader(IReadOnlyList<string> header, List<CsvProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var wrong = false;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!KnowledgeCsv.Columns.Contains(name))
            {
                problems.Add(new CsvProblem(1, Shorten(header[i]), $"Kolom “{Shorten(header[i])}” tidak dikenal. Kolom yang dipakai: {string.Join(", ", KnowledgeCsv.Columns)}."));
                wrong = true;
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new CsvProblem(1, name, $"Kolom “{name}” muncul dua kali di baris judul."));
                wrong = true;
            }
        }
        foreach (var missing in KnowledgeCsv.Required.Where(column => !columns.ContainsKey(column)))
        {
            problems.Add(new CsvProblem(1, missing, $"Baris judul tidak punya kolom “{missing}”. Mulailah dari berkas hasil ekspor."));
            wrong = true;
        }
        return wrong ? null : columns;
    }

    static List<string> Differences(FaqContent before, FaqContent after)
    {
        var columns = new List<string>();
        if (before.Intent != after.Intent) columns.Add(KnowledgeCsv.Service);
        if (before.Question != after.Question) columns.Add(KnowledgeCsv.Question);
        if (before.Answer != after.Answer) columns.Add(KnowledgeCsv.Answer);
        if (!before.Examples.SequenceEqual(after.Examples)) columns.Add(KnowledgeCsv.Examples);
        if (before.Source != after.Source) columns.Add(KnowledgeCsv.Source);
        if (before.CheckedOn != after.CheckedOn) columns.Add(KnowledgeCsv.CheckedOn);
        if (before.StartsAt != after.StartsAt) columns.Add(KnowledgeCsv.StartsAt);
        if (before.EndsAt != after.EndsAt) columns.Add(KnowledgeCsv.EndsAt);
        return columns;
    }

    static string ColumnOf(string field) => field switch
    {
        "intent" => KnowledgeCsv.Service,
        "question" => KnowledgeCsv.Question,
        "answer" => KnowledgeCsv.Answer,
        "source" => KnowledgeCsv.Source,
        "checkedOn" => KnowledgeCsv.CheckedOn,
        "startsAt" => KnowledgeCsv.StartsAt,
        "endsAt" => KnowledgeCsv.EndsAt,
        _ => KnowledgeCsv.Examples,
    };

    /// <summary>The file's hash with the edit version of every entry the file names: equal tokens, equal plans.</summary>
    static string Fingerprint(string fileHash, IEnumerable<FaqEntry> read)
    {
        var text = new StringBuilder(fileHash);
        foreach (var entry in read)
            text.Append(CultureInfo.InvariantCulture, $";{entry.Id}@{entry.EditVersion}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string? Moment(DateTimeOffset? moment) => moment?.ToString(KnowledgeCsv.MomentFormat, CultureInfo.InvariantCulture);

    static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
