using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Savira.Bot.Operators.Regression;

/// <summary>
/// The suite parser's problems (<see cref="Core.Evaluation.ConversationSuite"/>, which names the case and the field)
/// with the line of the textarea or file they are on, so staff find them: "baris 7: kasus 2 (pbb-1): "turns" belum ada".
/// </summary>
public static partial class SuiteProblems
{
    public static IReadOnlyList<string> WithLines(string json, IReadOnlyList<string> problems)
    {
        var lines = CaseLines(json);
        return problems.Select(problem =>
        {
            var match = CaseNumber().Match(problem);
            return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position <= lines.Count
                ? $"baris {lines[position - 1]}: {problem}"
                : problem;
        }).ToList();
    }

    /// <summary>The 1-based line where each element of the top-level list starts.</summary>
    static List<int> CaseLines(string json)
    {
        var found = new List<int>();
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName))
                    found.Add(1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n'));
            }
        }
        catch (JsonException)
        {
            // the lines found so far still help
        }
        return found;
    }

    [GeneratedRegex(@"^kasus (\d+)\b")]
    private static partial Regex CaseNumber();
}
