using System.Text.Json;
using System.Text.Json.Serialization;

namespace Savira.Bot.Operators;

/// <summary>
/// Reads an admin request's JSON body. Malformed JSON, a wrong type or an unknown field becomes a 400
/// naming the field, before anything is written.
/// </summary>
public static class AdminJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem("Send a JSON body with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            var value = await request.ReadFromJsonAsync<T>(Options, cancellationToken);
            return value is null ? (null, Invalid("body", "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException exception)
        {
            var field = exception.Path is null or "$" ? "body" : exception.Path.TrimStart('$', '.');
            return (null, Invalid(field, $"This is not valid JSON for the field '{field}'."));
        }
    }

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Collects per-field problems so a request hears about every field at once.</summary>
public sealed class FieldErrors
{
    readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
    }

    /// <summary>The trimmed value; records an error when it is missing, blank or longer than <paramref name="maxLength"/>.</summary>
    public string Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"The field '{field}' is required.");
            return "";
        }
        if (value.Trim().Length > maxLength)
            Add(field, $"The field '{field}' must be at most {maxLength} characters.");
        return value.Trim();
    }

    public IResult ToProblem() =>
        TypedResults.ValidationProblem(errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
}
