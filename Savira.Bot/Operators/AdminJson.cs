using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Savira.Core.Replies;
using MediaType = Microsoft.Net.Http.Headers.MediaTypeHeaderValue;

namespace Savira.Bot.Operators;

/// <summary>
/// The one way an admin endpoint reads its JSON body, so that every endpoint refuses the same things in the same
/// way before anything is written. A body that is not JSON in UTF-8 is a 415, one over <see cref="MaxBodyBytes"/> a
/// 413 naming the field body; each of these is a 400 ValidationProblem naming the field: bytes that are not UTF-8 or not JSON, a body
/// that is not an object, nesting deeper than <see cref="MaxDepth"/>, a field the request does not have (names are
/// case-sensitive), a field given twice, text holding a lone surrogate, a noncharacter or a control character other
/// than tab and line breaks, and a value of the wrong type (a number in quotes is text, not a number).
/// </summary>
public static class AdminJson
{
    public const int MaxBodyBytes = 256 * 1024;
    public const int MaxDepth = 8;

    /// <summary>Fields a refusal names at most; a body with thousands of bad fields gets the first ones.</summary>
    const int MaxErrors = 20;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            AllowDuplicateProperties = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!IsUtf8Json(request.ContentType))
            return (null, TypedResults.Problem("Send a JSON body in UTF-8 with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            return (null, Invalid("body", "The request body could not be read.", exception.StatusCode));
        }
        if (body is null)
            return (null, Invalid("body", $"The body may be at most {MaxBodyBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge));

        var json = body.AsSpan();
        if (json.StartsWith("\uFEFF"u8))
            json = json[3..];
        var type = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        var errors = new FieldErrors();
        Check(json, type, errors);
        if (errors.Any)
            return (null, errors.ToProblem());
        try
        {
            return (JsonSerializer.Deserialize(json, type)!, null);
        }
        catch (JsonException exception)
        {
            var field = exception.Path is null or "$" ? "body" : exception.Path.TrimStart('$', '.');
            return (null, Invalid(field, Expected(type, field)));
        }
    }

    /// <summary>A ValidationProblem (400 unless told) with one message for one field.</summary>
    public static ProblemHttpResult Invalid(string field, string message, int statusCode = StatusCodes.Status400BadRequest)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors.ToProblem(statusCode);
    }

    static bool IsUtf8Json(string? contentType)
    {
        if (!MediaType.TryParse(contentType, out var type) || type.MediaType is not { HasValue: true } media)
            return false;
        var json = media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        var charset = type.Charset;
        return json && (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The whole body, or null when it is longer than <see cref="MaxBodyBytes"/>.</summary>
    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/> (the JSON limit unless told).</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken, int maxBytes = MaxBodyBytes)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// One pass over the tokens before the serializer sees them: the shape, the field names and every text, each
    /// problem recorded under the field it is in.
    /// </summary>
    static void Check(ReadOnlySpan<byte> json, JsonTypeInfo type, FieldErrors errors)
    {
        var known = type.Properties.Select(property => property.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        var location = new JsonLocation();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add("body", "The body must be a JSON object: {\"field\": value, …}.");
                return;
            }
            location.Enter(array: false);
            while (errors.Count < MaxErrors && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = Text(ref reader, errors, location.Field, "A field name");
                        location.Name(name);
                        if (name is null)
                            break;
                        if (reader.CurrentDepth == 1 && !seen.Add(name))
                            errors.Add(name, "This field is given more than once.");
                        else if (reader.CurrentDepth == 1 && !known.Contains(name))
                            errors.Add(name, $"Unknown field. This request takes: {string.Join(", ", known)} (names are case-sensitive).");
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        location.NextItem();
                        if (reader.CurrentDepth >= MaxDepth)
                        {
                            errors.Add(location.TopField, $"Nested deeper than {MaxDepth} levels.");
                            return;
                        }
                        location.Enter(array: reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        location.Leave();
                        location.ValueDone();
                        break;
                    case JsonTokenType.String:
                        location.NextItem();
                        Text(ref reader, errors, location.Field, "The text");
                        location.ValueDone();
                        break;
                    default:
                        location.NextItem();
                        location.ValueDone();
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            errors.Add(location.TopField, string.Create(CultureInfo.InvariantCulture,
                $"This is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."));
        }
    }

    /// <summary>The text of a string token, or null (with the problem recorded) when it is not text a person could have typed.</summary>
    static string? Text(ref Utf8JsonReader reader, FieldErrors errors, string field, string what)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException) // bytes that are not UTF-8, or an escaped surrogate without its pair
        {
            errors.Add(field, $"{what} is not valid UTF-8 or holds a lone surrogate (\\ud800–\\udfff without its pair).");
            return null;
        }
        if (AdminText.FirstInvalid(text) is { } bad)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture,
                $"{what} may not hold {AdminText.Describe(bad.CodePoint)} (at character {bad.Index + 1})."));
            return null;
        }
        return text;
    }

    static string Expected(JsonTypeInfo type, string field)
    {
        var name = field.Split('[', '.')[0];
        var property = type.Properties.FirstOrDefault(property => property.Name == name);
        if (property is null)
            return "This is not valid JSON for this request.";
        var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (field != name && target != typeof(string) && target.IsGenericType)
            return "Each item must be " + Describe(target.GetGenericArguments()[0]) + ".";
        return "Must be " + Describe(target) + ".";
    }

    static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return "text (a JSON string)";
        if (type == typeof(bool))
            return "true or false";
        if (type == typeof(int) || type == typeof(long))
            return string.Create(CultureInfo.InvariantCulture, $"a whole number (not in quotes), at most {(type == typeof(int) ? int.MaxValue : long.MaxValue)}");
        if (type.IsGenericType && type.GetGenericArguments() is [var item])
            return $"a list of {Describe(item)}";
        return $"a JSON value of type {type.Name}";
    }

    /// <summary>Where the reader is, as the field name a problem is recorded under: <c>examples[2]</c>.</summary>
    sealed class JsonLocation
    {
        readonly List<Frame> frames = [];

        sealed class Frame
        {
            public required bool IsArray { get; init; }
            public int Index { get; set; } = -1;
            public string? Name { get; set; }
        }

        public void Enter(bool array) => frames.Add(new Frame { IsArray = array });

        public void Leave()
        {
            if (frames.Count > 0)
                frames.RemoveAt(frames.Count - 1);
        }

        public void Name(string? name) => frames[^1].Name = name;

        /// <summary>A value is complete: in an object, the reader is between fields again.</summary>
        public void ValueDone()
        {
            if (frames.Count > 0 && !frames[^1].IsArray)
                frames[^1].Name = null;
        }

        public void NextItem()
        {
            if (frames.Count > 0 && frames[^1].IsArray)
                frames[^1].Index++;
        }

        /// <summary>The top-level field the reader is in, or "body".</summary>
        public string TopField => frames.Count > 0 && frames[0].Name is { } name ? name : "body";

        public string Field
        {
            get
            {
                var path = new StringBuilder();
                foreach (var frame in frames)
                {
                    if (frame.IsArray && frame.Index >= 0)
                        path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
                    else if (!frame.IsArray && frame.Name is { } name)
                        path.Append(path.Length > 0 ? "." : "").Append(name);
                }
                return path.Length > 0 ? path.ToString() : "body";
            }
        }
    }
}

/// <summary>What admin text may hold: anything a person types, not a lone surrogate, a noncharacter or a control character.</summary>
public static class AdminText
{
    /// <summary>The first code point that does not belong in text, and its index in UTF-16 units.</summary>
    public static (int Index, int CodePoint)? FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                    return (i, codePoint);
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || IsNoncharacter(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
                return (i, c);
        }
        return null;
    }

    public static string Describe(int codePoint) => codePoint switch
    {
        >= 0xD800 and <= 0xDFFF => string.Create(CultureInfo.InvariantCulture, $"a lone surrogate (\\u{codePoint:x4})"),
        < 0x20 or (>= 0x7F and <= 0x9F) => string.Create(CultureInfo.InvariantCulture, $"the control character U+{codePoint:X4}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"the noncharacter U+{codePoint:X4}"),
    };

    static bool IsNoncharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';
}

/// <summary>Collects per-field problems so a request hears about every field at once.</summary>
public sealed class FieldErrors
{
    /// <summary>Outage times, a knowledge entry's day: a typo of a century is refused rather than kept.</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);
    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    static readonly string[] MomentFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
    static readonly string[] MomentFormatsWithOffset = [.. MomentFormats.Select(format => format + "zzz"), .. MomentFormats.Select(format => format + "'Z'")];
    static readonly string[] LocalFormats = [.. MomentFormats, "yyyy-MM-dd"];

    readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public int Count => errors.Count;

    /// <summary>Every message, for a page that shows them above its form.</summary>
    public IEnumerable<string> Messages => errors.Values.SelectMany(messages => messages);

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

    /// <summary>
    /// A day as yyyy-MM-dd from <see cref="EarliestDay"/> to <see cref="LatestDay"/>, or null (with the problem
    /// recorded when the text is not such a day).
    /// </summary>
    public DateOnly? Day(string field, string? value, string example)
    {
        if (value is null)
            return null;
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Add(field, $"Write a day as yyyy-MM-dd, e.g. {example}.");
            return null;
        }
        if (day < EarliestDay || day > LatestDay)
        {
            Add(field, $"The day must be from {StoredDay(EarliestDay)} to {StoredDay(LatestDay)}.");
            return null;
        }
        return day;
    }

    /// <summary>
    /// A moment in ISO 8601 (<c>2026-11-30T08:00:00+07:00</c>, <c>…Z</c>, or without an offset: WIB) whose WIB day
    /// is from <see cref="EarliestDay"/> to <see cref="LatestDay"/>, or null (with the problem recorded when the text
    /// is not such a moment).
    /// </summary>
    public DateTimeOffset? Moment(string field, string? value)
    {
        if (value is null)
            return null;
        var text = value.Trim();
        DateTimeOffset moment;
        if (DateTimeOffset.TryParseExact(text, MomentFormatsWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            moment = withOffset;
        else if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var day = DateOnly.FromDateTime(local);
            if (day < EarliestDay || day > LatestDay)
                return OutOfRange(field);
            moment = Wib.At(day, TimeOnly.FromDateTime(local));
        }
        else
        {
            Add(field, "Write a date and time in ISO 8601, e.g. 2026-11-30T08:00:00+07:00 (without an offset it is WIB).");
            return null;
        }
        return moment < Wib.At(EarliestDay, TimeOnly.MinValue) || moment >= Wib.At(LatestDay, TimeOnly.MinValue).AddDays(1)
            ? OutOfRange(field)
            : moment;
    }

    DateTimeOffset? OutOfRange(string field)
    {
        Add(field, $"The time must be from {StoredDay(EarliestDay)} to {StoredDay(LatestDay)} (WIB).");
        return null;
    }

    /// <summary>A query flag: true or false (absent: false).</summary>
    public bool Flag(string field, string? value)
    {
        if (value is null)
            return false;
        if (bool.TryParse(value, out var flag))
            return flag;
        Add(field, "Must be true or false.");
        return false;
    }

    /// <summary>A query count from 1 to <paramref name="max"/> (absent: <paramref name="otherwise"/>; larger: <paramref name="max"/>).</summary>
    public int Limit(string field, string? value, int otherwise, int max)
    {
        if (value is null)
            return otherwise;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
            return (int)Math.Min(count, max);
        Add(field, string.Create(CultureInfo.InvariantCulture, $"Must be a whole number from 1 (at most {max} are returned)."));
        return otherwise;
    }

    static string StoredDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public ProblemHttpResult ToProblem(int statusCode = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()))
        {
            Status = statusCode,
        });
}
