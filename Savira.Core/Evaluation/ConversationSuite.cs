using System.Text.Json;

namespace Savira.Core.Evaluation;

/// <summary>
/// Reads a conversation suite: a UTF-8 JSON list of cases. Every problem is reported with the case's
/// position and id and the field, so an operator can fix the file; a suite with any problem is not run.
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
            found.Add($"not valid JSON: {exception.Message}");
            return [];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                found.Add("the file must be a JSON list of cases: [ {\"id\": …, \"turns\": […], \"expect\": […]}, … ]");
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
                    found.Add($"case {position} ({read.Id}): the id is used by an earlier case");
                cases.Add(read);
            }
            if (position == 0)
                found.Add("the list has no cases");
            return found.Count == 0 ? cases : [];
        }
    }

    static ConversationCase? Read(JsonElement element, int position, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"case {position}: must be an object");
            return null;
        }
        var id = Text(element, "id");
        var name = id is { Length: > 0 } ? $"case {position} ({id})" : $"case {position}";
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(id))
            problems.Add($"{name}: \"id\" is missing or empty");

        var turns = Texts(element, "turns", name, problems, required: true);
        if (turns is { Count: 0 })
            problems.Add($"{name}: \"turns\" needs at least one message");
        var expect = Patterns(element, "expect", name, problems);
        var forbid = Patterns(element, "forbid", name, problems);
        if (expect is { Count: 0 } && forbid is { Count: 0 })
            problems.Add($"{name}: give at least one pattern in \"expect\" or \"forbid\"");
        foreach (var field in new[] { "service", "probe", "note" })
        {
            if (element.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                problems.Add($"{name}: \"{field}\" must be a string");
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
                problems.Add($"{name}: \"{field}\" is missing");
            return required ? null : [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name}: \"{field}\" must be a list of strings");
            return null;
        }
        var texts = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                problems.Add($"{name}: \"{field}\"[{index}] must be a string");
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
                problems.Add($"{name}: \"{field}\"[{i}] is not a valid regex: {error}");
        }
        return patterns;
    }
}
