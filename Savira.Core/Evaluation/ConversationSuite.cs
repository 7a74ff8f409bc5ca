using System.Text.Json;

namespace Savira.Core.Evaluation;

/// <summary>
/// Reads a conversation suite: a UTF-8 JSON list of cases. Every problem is reported with the case's
/// position and id and the field, in Indonesian for the operators who keep the suites, so they can fix the file; a
/// suite with any problem is not run.
/// </summary>
public static class ConversationSuite
{
    public static IReadOnlyList<ConversationCase> Parse(string json, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            found.Add(InvalidJson(exception));
            return [];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                found.Add("berkas harus berupa daftar kasus JSON: [ {\"id\": …, \"turns\": […], \"expect\": […]}, … ]");
                return [];
            }

            var cases = new List<ConversationCase>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var position = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                position++;
                if (Read(element, position, found) is not { } read)
                    continue;
                if (!ids.Add(read.Id))
                    found.Add($"kasus {position} ({read.Id}): id ini sudah dipakai kasus sebelumnya");
                cases.Add(read);
            }
            if (position == 0)
                found.Add("daftarnya belum berisi kasus");
            return found.Count == 0 ? cases : [];
        }
    }

    /// <summary>Where the JSON stops making sense, as a person counts lines and characters.</summary>
    static string InvalidJson(JsonException exception) =>
        exception.LineNumber is { } line
            ? $"JSON tidak sah di baris {line + 1}, karakter {exception.BytePositionInLine + 1}: periksa koma, tanda kutip dan kurung di sekitarnya"
            : "JSON tidak sah: periksa koma, tanda kutip dan kurung";

    static ConversationCase? Read(JsonElement element, int position, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"kasus {position}: harus berupa objek {{\"id\": …, \"turns\": […], …}}");
            return null;
        }
        var id = Text(element, "id");
        var name = id is { Length: > 0 } ? $"kasus {position} ({id})" : $"kasus {position}";
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(id))
            problems.Add($"{name}: \"id\" belum diisi");

        var turns = Texts(element, "turns", name, problems, required: true);
        if (turns is { Count: 0 })
            problems.Add($"{name}: \"turns\" perlu sedikitnya satu pesan");
        var expect = Patterns(element, "expect", name, problems);
        var forbid = Patterns(element, "forbid", name, problems);
        if (expect is { Count: 0 } && forbid is { Count: 0 })
            problems.Add($"{name}: isi sedikitnya satu pola di \"expect\" atau \"forbid\"");
        foreach (var field in new[] { "service", "probe", "note" })
        {
            if (element.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                problems.Add($"{name}: \"{field}\" harus berupa teks");
        }
        if (problems.Count > before)
            return null;

        return new ConversationCase
        {
            Id = id!.Trim(),
            Service = Text(element, "service") ?? "",
            Probe = Text(element, "probe") ?? "",
            Turns = turns!,
            Expect = expect!,
            Forbid = forbid!,
            Note = Text(element, "note") ?? "",
        };
    }

    static string? Text(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static List<string>? Texts(JsonElement element, string field, string name, List<string> problems, bool required)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                problems.Add($"{name}: \"{field}\" belum ada");
            return required ? null : [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name}: \"{field}\" harus berupa daftar teks [\"…\", \"…\"]");
            return null;
        }
        var texts = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                problems.Add($"{name}: \"{field}\"[{index}] harus berupa teks");
            else
                texts.Add(item.GetString()!);
            index++;
        }
        return texts;
    }

    static List<CasePattern>? Patterns(JsonElement element, string field, string name, List<string> problems)
    {
        if (Texts(element, field, name, problems, required: false) is not { } sources)
            return null;
        var patterns = new List<CasePattern>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (CasePattern.TryCreate(sources[i], out var error) is { } pattern)
                patterns.Add(pattern);
            else
                problems.Add($"{name}: \"{field}\"[{i}] bukan pola (regex) yang sah: {error}");
        }
        return patterns;
    }
}
