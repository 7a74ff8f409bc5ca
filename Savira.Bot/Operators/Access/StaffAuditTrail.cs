using System.Text;
using Microsoft.AspNetCore.Authentication;
using System.Text.RegularExpressions;
using Savira.Core.Data;
using Savira.Core.Privacy;

namespace Savira.Bot.Operators.Access;

/// <summary>
/// Appends to the audit log every change staff make through the console or the JSON API — any request other than
/// GET or HEAD that succeeded, and every download (export) — and every failed sign-in: who (the account, or the name typed at sign-in), when, from
/// which address, the route, the answer's status, what was sent (form fields without passwords, codes or
/// tokens; JSON up to 4 KB; numbers of ten digits or more masked to their last four) and the before/after values the
/// handler recorded with <see cref="AuditedChange.RecordChange"/>. Refused requests change
/// nothing and are not recorded; the warning log has them.
/// </summary>
public sealed partial class StaffAuditTrail(RequestDelegate next, DatabaseWriter writer, TimeProvider clock)
{
    const int MaxBodyCharacters = 4096;
    static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase) { "password", "code", "__RequestVerificationToken" };

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!(request.Path.StartsWithSegments("/admin/api") || request.Path.StartsWithSegments("/console")) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            await next(http).ConfigureAwait(false);
            return;
        }
        if (HttpMethods.IsGet(request.Method))
        {
            // A download (a CSV export) takes the city's data out of the host, so it is recorded like a change.
            http.Response.OnStarting(() => IsDownload(http.Response) ? AppendAsync(http, sent: null, signingIn: null) : Task.CompletedTask);
            await next(http).ConfigureAwait(false);
            return;
        }

        request.EnableBuffering();
        var sent = await ReadSentAsync(request, http.RequestAborted).ConfigureAwait(false);
        request.Body.Position = 0;
        var signingIn = request.Path.StartsWithSegments("/console/masuk") ? await PendingAccountAsync(http).ConfigureAwait(false) : null; // before the answer starts
        // Written as the answer starts, not after it: whoever sees the answer (a browser, a script) can already find
        // the row, and an answer that never reaches the client was still recorded.
        http.Response.OnStarting(() => AppendAsync(http, sent, signingIn));
        await next(http).ConfigureAwait(false);
    }

    async Task AppendAsync(HttpContext http, object? sent, string? signingIn)
    {
        var request = http.Request;
        var status = http.Response.StatusCode;
        var signIn = request.Path.StartsWithSegments("/console/masuk");
        if (status >= 400 && !signIn)
            return;
        var actor = http.User.Identity?.IsAuthenticated == true ? http.User.NameOf()
            : signingIn ?? (sent is Dictionary<string, string> form && form.TryGetValue("name", out var name) && name.Length is > 0 and <= 64 ? name : "anonim");
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? request.Path.Value ?? "";
        var passwordStep = request.Path.Equals("/console/masuk", StringComparison.OrdinalIgnoreCase);
        var action = !signIn ? $"{request.Method} /{route.TrimStart('/')}"
            : passwordStep ? (status >= 400 ? "console.sign-in.wrong-password" : "console.sign-in.password-ok")
            : status >= 400 ? "console.sign-in.wrong-code" : "console.sign-in";
        var changes = AuditedChange.ChangesOf(http);
        var detail = new { path = request.Path.Value, query = request.QueryString.Value, status, role = http.User.RoleOf(), sent, changes = changes.Count == 0 ? (System.Text.Json.JsonElement?)null : MaskChanges(changes) };
        var origin = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        await writer.WriteAsync(connection => AuditLog.Append(connection, clock.GetUtcNow(), actor, action, detail, origin), CancellationToken.None).ConfigureAwait(false);
    }

    static bool IsDownload(HttpResponse response) =>
        response.Headers.ContentDisposition.ToString().StartsWith("attachment", StringComparison.OrdinalIgnoreCase);

    /// <summary>During sign-in's second step, the account whose password was right (from the pending cookie).</summary>
    static async Task<string?> PendingAccountAsync(HttpContext http)
    {
        var pending = await http.AuthenticateAsync(StaffAccess.PendingScheme).ConfigureAwait(false);
        return pending.Succeeded && pending.Principal.AccountIdOf() is { } id
            ? http.RequestServices.GetRequiredService<Accounts.StaffAccounts>().Find(id)?.Name
            : null;
    }

    static async Task<object?> ReadSentAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                // A field is cut like a body (an import carries its whole file in one field).
                return form.Where(field => !SecretFields.Contains(field.Key)).ToDictionary(field => field.Key,
                    field => Mask(Cut(field.Value.ToString())));
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException) { return "(unreadable form)"; } // a cut multipart body is an IOException
        }
        if (request.ContentLength is 0 || request.Body is null)
            return null;
        var buffer = new char[MaxBodyCharacters];
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        return read == 0 ? null : Mask(new string(buffer, 0, read));
    }

    /// <summary>The before/after values as JSON, with long numbers masked like the rest of the row.</summary>
    static System.Text.Json.JsonElement MaskChanges(IReadOnlyList<AuditedChange.Change> changes) =>
        System.Text.Json.JsonDocument.Parse(Mask(System.Text.Json.JsonSerializer.Serialize(changes, ChangeJson))).RootElement.Clone();

    static readonly System.Text.Json.JsonSerializerOptions ChangeJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        // Numbers as strings, so masking a long one cannot break the JSON.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.WriteAsString,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static string Cut(string text) => text.Length > MaxBodyCharacters ? text[..MaxBodyCharacters] + "…" : text;

    static string Mask(string text) => LongNumber().Replace(text, match => new string('*', match.Length - 4) + match.Value[^4..]);

    [GeneratedRegex(@"(?<!\d)\d{10,}(?!\d)")]
    private static partial Regex LongNumber();
}
