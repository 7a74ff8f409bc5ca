using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Savira.Tests.Services.Puskesmas;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

/// <summary>
/// Every admin endpoint the host maps, read from its <see cref="EndpointDataSource"/> so that a new one cannot slip
/// past, is sent what a careless or hostile caller sends: dates at the edges of the range, lone surrogates and
/// noncharacters, wrong types, deep nesting, huge strings, unknown and repeated fields, wrong content types, empty
/// bodies and invalid UTF-8, then random bodies from a fixed seed. Every answer is a 2xx or a 4xx ProblemDetails (a
/// 400 names the field in <c>errors</c>), with no stack trace, nothing logged as an error, and a refused request
/// leaves every table's row count as it was.
/// </summary>
public sealed partial class AdminApiFuzzTests
{
    const int Seed = 20261130;
    const int RandomBodiesPerEndpoint = 30;

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A valid body for each admin endpoint that reads one; the fuzz changes one field at a time from it.</summary>
    static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["POST /admin/api/handoffs/{id:long}/messages"] = """{"text":"Selamat pagi, kami bantu cek tagihan Anda."}""",
        ["POST /admin/api/handoffs/{id:long}/transfer"] = """{"service":"pbb","note":"Pertanyaan tentang SPPT"}""",
        ["POST /admin/api/faq/"] = """{"intent":"kependudukan","question":"Apakah KTP-el bisa dicetak di MPP?","answer":"Bisa, di Mal Pelayanan Publik.","examples":["cetak ktp di mpp"],"source":"https://dispendukcapil.semarangkota.go.id","checkedOn":"2026-11-01"}""",
        ["PUT /admin/api/faq/{id:long}"] = """{"intent":"npwp","question":"Bagaimana mendapatkan EFIN?","answer":"Lewat Coretax.","examples":["lupa efin"],"source":"https://pajak.go.id","checkedOn":"2026-11-01","startsAt":"2027-02-18T00:00:00+07:00","endsAt":"2027-03-19T23:59"}""",
        ["POST /admin/api/faq/{id:long}/publish"] = """{"note":"Jam layanan Ramadan","confirm":false}""",
        ["POST /admin/api/faq/{id:long}/rollback"] = """{"version":1,"note":"Kembali ke jam biasa"}""",
        ["POST /admin/api/faq/{id:long}/deactivate"] = """{"confirm":false}""",
        ["POST /admin/api/training/unanswered/groups/case"] = """{"key":"buka hari minggu pustaka tidak","suite":1,"id":"pustaka-minggu","expect":"pustaka"}""",
        ["POST /admin/api/suites/"] = """{"name":"sapaan","cases":[{"id":"pagi","turns":["selamat pagi"],"forbid":["NOP"]}]}""",
        ["PUT /admin/api/suites/{id:long}"] = """{"name":"sapaan awal","cases":[{"id":"pagi","turns":["selamat pagi"],"forbid":["NOP"]}]}""",
        ["PUT /admin/api/menu/"] = """{"items":[{"intent":"pbb","title":"Pajak Bumi dan Bangunan"},{"intent":"pdam","title":"Air PDAM"}]}""",
        ["POST /admin/api/pdam/outages/"] = """{"kecamatan":"Tugu","kelurahan":"Jerakah","description":"Pipa bocor di Jl. Jerakah","startsAt":"2026-11-30T06:00:00+07:00","expectedEndAt":"2026-11-30T20:00:00"}""",
        ["PUT /admin/api/pdam/outages/{id:long}"] = """{"kecamatan":"Tembalang","kelurahan":"Meteseh","description":"Perbaikan pompa","startsAt":"2026-11-30T06:00:00+07:00","expectedEndAt":"2026-12-01T12:00:00+07:00"}""",
        ["PUT /admin/api/reports/{ticket}/status"] = """{"status":"selesai","note":"Lubang sudah ditambal.","photo":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="}""",
        ["POST /admin/api/reports/{ticket}/agency"] = """{"agency":"disperkim","note":"Saluran perumahan, wewenang Disperkim"}""",
        ["POST /admin/api/training/examples"] = """{"text":"mau tanya soal ktp","intent":"kependudukan"}""",
        ["POST /admin/api/training/lexicon"] = """{"informal":"pajek","formal":"pajak"}""",
        ["POST /admin/api/training/unanswered/groups/ignore"] = """{"key":"kebun binatang"}""",
        ["POST /admin/api/training/unanswered/groups/restore"] = """{"key":"kebun binatang"}""",
        ["POST /admin/api/training/unanswered/groups/examples"] = """{"key":"bus tiket trans","intent":"out_of_scope","examples":["tiket trans semarang berapa"]}""",
        ["POST /admin/api/training/unanswered/groups/entry-examples"] = """{"key":"buka jam pustaka","entry":1,"examples":["perpustakaan buka jam brp"]}""",
        ["POST /admin/api/training/unanswered/groups/entry"] = """{"key":"buka jam pustaka","intent":"out_of_scope","question":"Jam buka perpustakaan daerah?","answer":"Senin-Jumat 08.00-16.00.","examples":["perpustakaan buka jam brp"],"source":"Dinas Arsip dan Perpustakaan","checkedOn":"2026-11-01"}""",
        ["POST /admin/api/puskesmas/{code}/clinics/{clinic}/skip"] = """{"number":1}""",
    };

    /// <summary>Admin endpoints that change something without reading a body.</summary>
    static readonly HashSet<string> Bodiless = new(StringComparer.Ordinal)
    {
        "POST /admin/api/pdam/outages/{id:long}/end",
        "POST /admin/api/handoffs/{id:long}/release",
        "POST /admin/api/handoffs/{id:long}/claim",
        "POST /admin/api/training/retrain",
        "DELETE /admin/api/suites/{id:long}",
        "DELETE /admin/api/training/examples/{id:long}",
        "POST /admin/api/puskesmas/{code}/clinics/{clinic}/call-next",
        "POST /admin/api/puskesmas/{code}/clinics/{clinic}/recall",
        "POST /admin/api/puskesmas/{code}/clinics/{clinic}/finish",
        "POST /admin/api/puskesmas/{code}/clinics/{clinic}/pause",
        "POST /admin/api/puskesmas/{code}/clinics/{clinic}/resume",
    };

    /// <summary>Admin endpoints that read a CSV file as their body (text/csv), with a valid file; they have a test of their own.</summary>
    static readonly Dictionary<string, string> CsvBodies = new(StringComparer.Ordinal)
    {
        ["POST /admin/api/faq/import"] = "id,layanan,pertanyaan,jawaban\r\n,kependudukan,Apakah KTP-el bisa dicetak di MPP?,\"Bisa, di Mal Pelayanan Publik.\"\r\n",
    };

    static readonly Dictionary<string, string> RouteValues = new(StringComparer.Ordinal)
    {
        ["id"] = "1",
        ["ticket"] = "INF-2026-000001",
        ["code"] = "halmahera",
        ["clinic"] = "umum",
    };

    [Fact]
    public async Task EveryAdminEndpointThatTakesABodyDeclaresItAndHasAnExample()
    {
        await using var app = NewApp();

        var endpoints = AdminEndpoints(app);
        var writes = endpoints.Where(endpoint => endpoint.Method is not ("GET" or "HEAD")).ToList();

        Assert.All(writes, endpoint => Assert.True(
            endpoint.Body is not null ? Examples.ContainsKey(endpoint.Key) : Bodiless.Contains(endpoint.Key) || CsvBodies.ContainsKey(endpoint.Key),
            endpoint.Body is not null
                ? $"{endpoint.Key} reads a JSON body: add a valid example to {nameof(Examples)}."
                : $"{endpoint.Key} declares no body (.Accepts<T>(\"application/json\")): declare it, or add it to {nameof(Bodiless)} if it reads none."));
        Assert.All(Examples.Keys.Concat(Bodiless).Concat(CsvBodies.Keys), key => Assert.Contains(key, endpoints.Select(endpoint => endpoint.Key)));
        Assert.Equal(Examples.Count, endpoints.Count(endpoint => endpoint.Body is not null));
    }

    [Fact]
    public async Task BadJsonToAnyAdminEndpointIsRefusedWithAProblemNamingTheFieldAndWritesNothing()
    {
        await using var app = NewApp();
        await HaveSomethingToChangeAsync(app);
        var run = new FuzzRun(app);
        var random = new Random(Seed);

        foreach (var endpoint in AdminEndpoints(app).Where(endpoint => endpoint.Body is not null))
        {
            var example = Fields(Examples[endpoint.Key]);
            await run.SendAsync(endpoint, "the valid example", Utf8(Body(example)), "application/json", Expect.Success);
            foreach (var fuzz in BodyCases(endpoint, example))
                await run.SendAsync(endpoint, fuzz.Name, fuzz.Body, fuzz.ContentType, fuzz.Expect, fuzz.Field);
            for (var i = 0; i < RandomBodiesPerEndpoint; i++)
            {
                var (name, body) = RandomBody(random, endpoint, example);
                await run.SendAsync(endpoint, $"random #{i}: {name}", Utf8(body), "application/json", Expect.Either);
            }
        }

        Assert.True(run.Failures.Count == 0,
            $"{run.Failures.Count} of {run.Sent} requests broke a rule:\n" + string.Join('\n', run.Failures.Take(40)));
        Assert.True(run.Sent > 1000, $"only {run.Sent} requests were sent");
    }

    [Fact]
    public async Task OddBodiesRouteValuesAndQueriesToEveryOtherAdminEndpointAreAnsweredWithoutA5xx()
    {
        // No %00 in a path: TestServer refuses it before the host (Kestrel answers 400 itself).
        await using var app = NewApp();
        var run = new FuzzRun(app);
        string[] routeValues = ["0", "-1", "99999999999999999999", "%ED%A0%80", "%EF%BF%BE", "%F0%9F%98%80", "x%0Ay", new string('9', 2000)];
        string[] queryValues = ["", "0001-01-01", "9999-12-31", "1899-12-31", "2026-02-30", "-1", "0", "99999999999999999999", "1e9", "true", "maybe",
            "%ED%A0%80", "%EF%BF%BF", "%00", "%F4%90%80%80", new string('a', 5000)];

        foreach (var endpoint in AdminEndpoints(app))
        {
            if (endpoint.Body is null && endpoint.Method is not ("GET" or "HEAD") && !CsvBodies.ContainsKey(endpoint.Key))
            {
                // One body it does not read, with everything wrong at once (retraining takes seconds: one is enough).
                byte[] body = [.. Utf8("""{"zzz":"\ud800","a":"""), .. Utf8(new string('[', 10_000)), 0xFF, 0xC0, 0xAF];
                await run.SendAsync(endpoint, "a bad body it does not read", body, "application/json; charset=klingon;;", Expect.Either);
            }
            foreach (var parameter in endpoint.Pattern.Parameters)
            {
                foreach (var value in routeValues)
                    await run.SendAsync(endpoint, $"{{{parameter.Name}}} = {Shorten(value)}", null, null, Expect.Either,
                        route: new Dictionary<string, string> { [parameter.Name] = value });
            }
            foreach (var query in endpoint.QueryParameters)
            {
                foreach (var value in queryValues)
                    await run.SendAsync(endpoint, $"?{query}={Shorten(value)}", null, null, Expect.Either, query: $"{query}={value}");
            }
        }

        Assert.True(run.Failures.Count == 0,
            $"{run.Failures.Count} of {run.Sent} requests broke a rule:\n" + string.Join('\n', run.Failures.Take(40)));
        Assert.True(run.Sent > 200, $"only {run.Sent} requests were sent");
    }

    [Fact]
    public async Task BadCsvToAnAdminEndpointThatReadsCsvIsRefusedInWordsOrReportedAndWritesNothing()
    {
        await using var app = NewApp();
        var run = new FuzzRun(app);
        var random = new Random(Seed);

        foreach (var endpoint in AdminEndpoints(app).Where(endpoint => CsvBodies.ContainsKey(endpoint.Key)))
        {
            var valid = CsvBodies[endpoint.Key];
            await run.SendAsync(endpoint, "the valid file", Utf8(valid), "text/csv", Expect.Success);
            await run.SendAsync(endpoint, "charset=utf-8", Utf8(valid), "text/csv; charset=utf-8", Expect.Success);
            await run.SendAsync(endpoint, "no Content-Type", Utf8(valid), null, Expect.Refused);
            await run.SendAsync(endpoint, "Content-Type application/json", Utf8(valid), "application/json", Expect.Refused);
            await run.SendAsync(endpoint, "a form's Content-Type", Utf8(valid), "multipart/form-data; boundary=x", Expect.Refused);
            await run.SendAsync(endpoint, "a UTF-16 charset", Utf8(valid), "text/csv; charset=utf-16", Expect.Refused);
            await run.SendAsync(endpoint, "an empty file", [], "text/csv", Expect.Refused, "body");
            await run.SendAsync(endpoint, "a UTF-8 BOM", [0xEF, 0xBB, 0xBF, .. Utf8(valid)], "text/csv", Expect.Success);
            await run.SendAsync(endpoint, "a file over 2 MB", Utf8(valid + new string('x', 2_200_000)), "text/csv", Expect.Refused, "body");
            foreach (var (name, bytes) in new (string, byte[])[]
            {
                ("the byte FF", [0xFF]), ("Windows-1252 é", [0xE9]), ("an encoded surrogate", [0xED, 0xA0, 0x80]), ("an overlong slash", [0xC0, 0xAF]),
                ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("a cut sequence", [0xE2, 0x82]),
            })
                await run.SendAsync(endpoint, $"invalid UTF-8: {name}", [.. Utf8(valid[..^4]), .. bytes, .. Utf8("\r\n")], "text/csv", Expect.Refused, "body");
            // A dry run reports what is wrong in a file it can read; applying such a file is refused.
            foreach (var (name, csv) in new[]
            {
                ("an unclosed quote", "id,layanan,pertanyaan,jawaban\r\n,pbb,\"Tanya?,Jawab.\r\n"),
                ("only a header", "id,layanan,pertanyaan,jawaban\r\n"),
                ("no header", ",pbb,Tanya?,Jawab.\r\n"),
                ("NUL and a lone CR", "id,layanan,pertanyaan,jawaban\r\n,pbb,Ta\0nya?,Jaw\rab.\r\n"),
                ("a huge id", "id,layanan,pertanyaan,jawaban\r\n99999999999999999999,pbb,Tanya?,Jawab.\r\n"),
                ("20,000 columns", string.Join(',', Enumerable.Repeat("id", 20_000)) + "\r\n"),
            })
            {
                await run.SendAsync(endpoint, name, Utf8(csv), "text/csv", Expect.Either);
                await run.SendAsync(endpoint, name + ", applied", Utf8(csv), "text/csv", Expect.Refused, query: "apply=x");
            }
            for (var i = 0; i < RandomBodiesPerEndpoint; i++)
            {
                var bytes = new byte[random.Next(1, 400)];
                random.NextBytes(bytes);
                await run.SendAsync(endpoint, $"random bytes #{i}", [.. Utf8(valid), .. bytes], "text/csv", Expect.Either);
                await run.SendAsync(endpoint, $"random bytes #{i}, applied", [.. Utf8(valid), .. bytes], "text/csv", Expect.Refused, query: "apply=x");
            }
        }

        Assert.True(run.Failures.Count == 0,
            $"{run.Failures.Count} of {run.Sent} requests broke a rule:\n" + string.Join('\n', run.Failures.Take(40)));
        Assert.True(run.Sent > 60, $"only {run.Sent} requests were sent");
    }

    /// <summary>A waiting queue number, so that the skip's example changes something and is not a 404 (the demo data has reports).</summary>
    static async Task HaveSomethingToChangeAsync(SaviraApp app)
    {
        var taken = string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, PuskesmasKit.Citizen(1)));
        Assert.Contains("Nomor antrean Anda", taken, StringComparison.Ordinal);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel, PuskesmasKit.Citizen(2)); // handoff 1, waiting
        await app.ChatAsync("perpustakaan buka hari minggu gak", Cancel, PuskesmasKit.Citizen(3)); // an unanswered group of its own for the suite case
        await app.Services.GetRequiredService<Savira.Bot.Operators.Regression.SuiteStore>()
            .SaveAsync(null, "sapaan awal", """[{"id":"halo","turns":["halo"],"forbid":["NOP"]}]""", "uji", Cancel); // suite 1
    }

    static SaviraApp NewApp() => new(PuskesmasKit.Settings(new Dictionary<string, string?> { ["Savira:Admin:ApiKey"] = ServiceChat.AdminKey }));

    // ---- the endpoints, as the host maps them ----

    enum FieldKind { Text, TextList, Flag, Number, Structured }

    sealed record AdminEndpoint(string Method, RoutePattern Pattern, Type? Body, IReadOnlyList<string> QueryParameters)
    {
        public string Key => $"{Method} {Pattern.RawText}";

        public string Path(IReadOnlyDictionary<string, string>? route) => RouteParameter().Replace(Pattern.RawText!, match =>
            route?.GetValueOrDefault(match.Groups[1].Value) ?? RouteValues.GetValueOrDefault(match.Groups[1].Value)
            ?? throw new InvalidOperationException($"Give a value for the route parameter {{{match.Groups[1].Value}}} in {nameof(RouteValues)}."));

        /// <summary>The body's fields as the DTO declares them (camelCase, as the admin JSON reads them).</summary>
        public IEnumerable<(string Name, FieldKind Kind)> Fields() => Body!.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => (JsonNamingPolicy.CamelCase.ConvertName(property.Name), KindOf(property.PropertyType)));

        static FieldKind KindOf(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string))
                return FieldKind.Text;
            if (type == typeof(bool))
                return FieldKind.Flag;
            if (type == typeof(int) || type == typeof(long))
                return FieldKind.Number;
            if (typeof(IEnumerable<string>).IsAssignableFrom(type) || typeof(IEnumerable<string?>).IsAssignableFrom(type))
                return FieldKind.TextList;
            if (type == typeof(JsonElement) || typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
                return FieldKind.Structured; // any JSON reaches the handler, which checks it (suite cases, menu items)
            throw new InvalidOperationException($"The fuzz test has no values for a field of type {type}; teach it one.");
        }
    }

    static List<AdminEndpoint> AdminEndpoints(SaviraApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/admin/api", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
                new AdminEndpoint(method, endpoint.RoutePattern,
                    endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType,
                    QueryParameters(endpoint))))
            .ToList();

    /// <summary>The handler's simple parameters that are not route values: minimal APIs bind them from the query.</summary>
    static List<string> QueryParameters(RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<MethodInfo>();
        if (method is null)
            return [];
        return method.GetParameters()
            .Where(parameter => parameter.Name is not null && endpoint.RoutePattern.GetParameter(parameter.Name) is null)
            .Where(parameter => (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) is var type
                && (type.IsPrimitive || type == typeof(string) || type == typeof(DateOnly)))
            .Select(parameter => parameter.Name!)
            .ToList();
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    // ---- the cases ----

    /// <summary>Success: a 2xx. Valid: not refused for its body (a 404 or 409 from the second use of the same example is fine).</summary>
    enum Expect { Success, Valid, Refused, Either }

    sealed record Case(string Name, byte[] Body, string? ContentType, Expect Expect, string? Field = null);

    /// <summary>A value for a field, and the kinds of field it may be valid for (for any other it must be refused).</summary>
    sealed record Value(string Name, string Json, params FieldKind[] MayPassFor);

    static readonly string Deep = new string('[', 10_000) + new string(']', 10_000);

    static readonly Value[] Values =
    [
        new("a lone high surrogate", "\"\\ud800\""),
        new("a lone low surrogate", "\"\\udfff\""),
        new("a high surrogate at the end", "\"Tugu\\ud83d\""),
        new("a reversed pair", "\"\\ude00\\ud83d\""),
        new("U+FFFE", "\"\\ufffe\""),
        new("U+FFFF", "\"air\\uffffmati\""),
        new("U+FDD0", "\"\\ufdd0\""),
        new("U+10FFFF", "\"\\udbff\\udfff\""),
        new("U+1FFFE", "\"\\ud83f\\udffe\""),
        new("NUL", "\"a\\u0000b\""),
        new("an escape sequence", "\"\\u001b[2J\""),
        new("an emoji", "\"\\ud83d\\ude00\"", FieldKind.Text),
        new("right-to-left override", "\"\\u202egnp\"", FieldKind.Text),
        new("empty", "\"\"", FieldKind.Text),
        new("blank", "\"  \\t \"", FieldKind.Text),
        new("100,000 letters", "\"" + new string('x', 100_000) + "\""),
        new("20,000 emoji", "\"" + string.Concat(Enumerable.Repeat("\\ud83d\\udca7", 20_000)) + "\""),
        new("a million letters", "\"" + new string('y', 1_000_000) + "\""),
        new("a number", "12", FieldKind.Number),
        new("a negative number", "-1", FieldKind.Number),
        new("the largest long", "9223372036854775807", FieldKind.Number),
        new("beyond a long", "9223372036854775808"),
        new("a fraction", "1.5"),
        new("1e400", "1e400"),
        new("a number as a string", "\"12\"", FieldKind.Text),
        new("true", "true", FieldKind.Flag),
        new("true as a string", "\"true\"", FieldKind.Text),
        new("an empty array", "[]", FieldKind.TextList),
        new("an array of text", "[\"cek ktp\"]", FieldKind.TextList),
        new("an array with a lone surrogate", "[\"ok\",\"\\ud800\"]"),
        new("an array of numbers", "[1,2]"),
        new("an array of nulls", "[null]", FieldKind.TextList),
        new("10,000 array items", "[" + string.Join(',', Enumerable.Repeat("\"a\"", 10_000)) + "]"),
        new("an object", "{\"a\":1}"),
        new("null", "null", FieldKind.Text, FieldKind.TextList, FieldKind.Flag, FieldKind.Number),
        new("10,000 levels of nesting", Deep),
        new("10,000 levels of objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
        new("0001-01-01", "\"0001-01-01\"", FieldKind.Text),
        new("0001-01-01T00:00:00", "\"0001-01-01T00:00:00\"", FieldKind.Text),
        new("0001-01-01T00:00:00+14:00", "\"0001-01-01T00:00:00+14:00\"", FieldKind.Text),
        new("0001-01-01T00:00:00Z", "\"0001-01-01T00:00:00Z\"", FieldKind.Text),
        new("9999-12-31", "\"9999-12-31\"", FieldKind.Text),
        new("9999-12-31T23:59:59Z", "\"9999-12-31T23:59:59Z\"", FieldKind.Text),
        new("9999-12-31T23:59:59.9999999-14:00", "\"9999-12-31T23:59:59.9999999-14:00\"", FieldKind.Text),
        new("9999-12-31T23:59:59", "\"9999-12-31T23:59:59\"", FieldKind.Text),
        new("1899-12-31T23:59:59+07:00", "\"1899-12-31T23:59:59+07:00\"", FieldKind.Text),
        new("1900-01-01", "\"1900-01-01\"", FieldKind.Text),
        new("an offset of +14:01", "\"2026-11-30T08:00:00+14:01\"", FieldKind.Text),
        new("an offset of +99:00", "\"2026-11-30T08:00:00+99:00\"", FieldKind.Text),
        new("30 February", "\"2026-02-30\"", FieldKind.Text),
        new("24:00", "\"2026-11-30T24:00:00+07:00\"", FieldKind.Text),
        new("a year of six digits", "\"+012026-11-30T08:00:00Z\"", FieldKind.Text),
    ];

    static IEnumerable<Case> BodyCases(AdminEndpoint endpoint, List<(string Name, string Json)> example)
    {
        var valid = Body(example);
        var first = example[0].Name;
        var text = endpoint.Fields().FirstOrDefault(field => field.Kind == FieldKind.Text || field.Kind == FieldKind.Number).Name;

        yield return new("no Content-Type", Utf8(valid), null, Expect.Refused);
        yield return new("Content-Type text/plain", Utf8(valid), "text/plain", Expect.Refused);
        yield return new("a form's Content-Type", Utf8(valid), "application/x-www-form-urlencoded", Expect.Refused);
        yield return new("Content-Type application/json;;", Utf8(valid), "application/json;;", Expect.Either);
        yield return new("Content-Type application/json; a=\"", Utf8(valid), "application/json; a=\"", Expect.Either);
        yield return new("a UTF-16 charset over UTF-8 bytes", Utf8(valid), "application/json; charset=utf-16", Expect.Refused);
        yield return new("an unknown charset", Utf8(valid), "application/json; charset=klingon", Expect.Refused);
        yield return new("Content-Type with charset=utf-8", Utf8(valid), "application/json; charset=utf-8", Expect.Valid);
        yield return new("an empty body", [], "application/json", Expect.Refused, "body");
        yield return new("whitespace", Utf8("  \n "), "application/json", Expect.Refused, "body");
        yield return new("null", Utf8("null"), "application/json", Expect.Refused, "body");
        yield return new("an array", Utf8("[" + valid + "]"), "application/json", Expect.Refused, "body");
        yield return new("a string", Utf8("\"" + first + "\""), "application/json", Expect.Refused, "body");
        yield return new("a number", Utf8("42"), "application/json", Expect.Refused, "body");
        yield return new("cut off", Utf8(valid[..(valid.Length / 2)]), "application/json", Expect.Refused);
        yield return new("two objects", Utf8(valid + valid), "application/json", Expect.Refused);
        yield return new("trailing garbage", Utf8(valid + " x"), "application/json", Expect.Refused);
        yield return new("a comment", Utf8("/* c */" + valid), "application/json", Expect.Refused);
        yield return new("a UTF-8 BOM", [0xEF, 0xBB, 0xBF, .. Utf8(valid)], "application/json", Expect.Either);
        yield return new("10,000 levels of nesting", Utf8(Deep), "application/json", Expect.Refused, "body");
        yield return new("an unknown field", Utf8(Body([.. example, ("zzz", "1")])), "application/json", Expect.Refused, "zzz");
        yield return new("a field in the wrong case", Utf8(Body([.. example.Skip(1), (char.ToUpperInvariant(first[0]) + first[1..], example[0].Json)])), "application/json", Expect.Refused);
        yield return new("a repeated field", Utf8(Body([.. example, example[0]])), "application/json", Expect.Refused, first);
        yield return new("a field name with a lone surrogate", Utf8(Body([.. example, ("\\ud800", "1")])), "application/json", Expect.Refused);
        yield return new("a body over 1 MB", Utf8(Body([.. example, ("zzz", "\"" + new string('z', 1_100_000) + "\"")])), "application/json", Expect.Refused);
        if (text is not null)
        {
            foreach (var (name, bytes) in new (string, byte[])[]
            {
                ("the byte FF", [0xFF]), ("a bad continuation", [0xC3, 0x28]), ("an encoded surrogate", [0xED, 0xA0, 0x80]),
                ("an overlong slash", [0xC0, 0xAF]), ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("a cut sequence", [0xE2, 0x82]),
            })
                yield return new($"invalid UTF-8 in {text}: {name}", InvalidUtf8(example, text, bytes), "application/json", Expect.Refused);
            yield return new($"U+FFFE as raw UTF-8 in {text}", InvalidUtf8(example, text, [0xEF, 0xBF, 0xBE]), "application/json", Expect.Refused, text);
        }

        foreach (var (field, kind) in endpoint.Fields())
        {
            foreach (var value in Values)
            {
                var body = Body([.. example.Where(pair => pair.Name != field), (field, value.Json)]);
                var refused = kind != FieldKind.Structured && !value.MayPassFor.Contains(kind);
                yield return new($"{field} = {value.Name}", Utf8(body), "application/json", refused ? Expect.Refused : Expect.Either, field);
            }
            yield return new($"without {field}", Utf8(Body([.. example.Where(pair => pair.Name != field)])), "application/json", Expect.Either, field);
        }
    }

    static (string Name, string Body) RandomBody(Random random, AdminEndpoint endpoint, List<(string Name, string Json)> example)
    {
        var fields = endpoint.Fields().Select(field => field.Name).ToList();
        var body = example.ToList();
        var changed = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var field = fields[random.Next(fields.Count)];
            var value = RandomValue(random);
            body.RemoveAll(pair => pair.Name == field);
            body.Insert(random.Next(body.Count + 1), (field, value));
            changed.Add($"{field} = {Shorten(value)}");
        }
        return (string.Join(", ", changed), Body(body));
    }

    static string RandomValue(Random random) => random.Next(7) switch
    {
        0 or 1 => RandomText(random),
        2 => RandomMoment(random),
        3 => RandomNumber(random),
        4 => "[" + string.Join(',', Enumerable.Range(0, random.Next(4)).Select(_ => RandomText(random))) + "]",
        5 => Values[random.Next(Values.Length)].Json,
        _ => Literals[random.Next(Literals.Length)],
    };

    /// <summary>A JSON string of code units from anywhere in UTF-16: letters, controls, lone surrogates, noncharacters, astral pairs.</summary>
    static string RandomText(Random random)
    {
        var text = new StringBuilder("\"");
        for (var n = random.Next(0, 40); n > 0; n--)
        {
            switch (random.Next(10))
            {
                case < 4:
                    var c = (char)random.Next(0x20, 0x7F);
                    text.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
                    break;
                case < 7:
                    text.Append(CultureInfo.InvariantCulture, $"\\u{random.Next(0x10000):x4}");
                    break;
                case < 9:
                    var astral = char.ConvertFromUtf32(random.Next(0x10000, 0x110000));
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)astral[0]:x4}\\u{(int)astral[1]:x4}");
                    break;
                default:
                    text.Append(Specials[random.Next(Specials.Length)]);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    static readonly string[] Specials = ["\\ud800", "\\udfff", "\\ufffe", "\\uffff", "\\u0000", "\\u202e", "\\u200b", "\\n", "Tembalang"];
    static readonly string[] Literals = ["null", "true", "false", "{}", "[]"];

    static string RandomMoment(Random random)
    {
        int[] years = [1, 2, 99, 1899, 1900, 1999, 2000, 2026, 2099, 2100, 9998, 9999, random.Next(1, 10_000)];
        string[] offsets = ["", "Z", "+07:00", "-14:00", "+14:00", "+14:01", "-23:59", "+99:99", "+7", "+0700"];
        var year = years[random.Next(years.Length)];
        var day = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{random.Next(1, 14):D2}-{random.Next(1, 33):D2}");
        return random.Next(4) == 0
            ? $"\"{day}\""
            : string.Create(CultureInfo.InvariantCulture, $"\"{day}T{random.Next(0, 25):D2}:{random.Next(0, 60):D2}:{random.Next(0, 61):D2}{offsets[random.Next(offsets.Length)]}\"");
    }

    static string RandomNumber(Random random) => random.Next(8) switch
    {
        0 => "0",
        1 => "-0",
        2 => long.MaxValue.ToString(CultureInfo.InvariantCulture),
        3 => "18446744073709551616",
        4 => "1e308",
        5 => "-1e400",
        6 => "0.000001",
        _ => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
    };

    static List<(string Name, string Json)> Fields(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(property => (property.Name, property.Value.GetRawText())).ToList();
    }

    static string Body(IEnumerable<(string Name, string Json)> fields) =>
        "{" + string.Join(',', fields.Select(field => $"\"{field.Name}\":{field.Json}")) + "}";

    /// <summary>The example with <paramref name="bytes"/> put inside the value of <paramref name="field"/> (as a string).</summary>
    static byte[] InvalidUtf8(List<(string Name, string Json)> example, string field, byte[] bytes)
    {
        var others = Body(example.Where(pair => pair.Name != field));
        var before = Utf8($"{{\"{field}\":\"a");
        var after = Utf8("b\"" + (others.Length > 2 ? "," + others[1..] : "}"));
        return [.. before, .. bytes, .. after];
    }

    static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    static string Shorten(string text) => text.Length <= 60 ? text : text[..40] + $"…({text.Length} chars)";

    // ---- sending and judging ----

    sealed class FuzzRun(SaviraApp app)
    {
        readonly HttpClient client = app.CreateClient();
        readonly LogCollector logs = LogCollector.AttachTo(app);
        IReadOnlyDictionary<string, long> rows = app.RowCounts();

        public List<string> Failures { get; } = [];
        public int Sent { get; private set; }

        public async Task SendAsync(AdminEndpoint endpoint, string name, byte[]? body, string? contentType, Expect expect, string? field = null,
            IReadOnlyDictionary<string, string>? route = null, string? query = null)
        {
            var path = endpoint.Path(route) + (query is null ? "" : "?" + query);
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
            request.Headers.Add("X-Api-Key", path.StartsWith("/admin/api/puskesmas/", StringComparison.Ordinal) ? PuskesmasKit.HalmaheraKey : ServiceChat.AdminKey);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType is not null)
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            Sent++;
            var label = $"{endpoint.Key} with {Shorten(name)}";
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, Cancel);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Failures.Add($"{label}: the host threw {exception.GetType().Name}: {exception.Message}");
                return;
            }
            using (response)
            {
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync(Cancel);
                foreach (var problem in Judge(status, response.Content.Headers.ContentType, text, expect, field))
                    Failures.Add($"{label}: {problem} — {status} {Shorten(text.ReplaceLineEndings(" "))}");
            }
            foreach (var entry in Drain())
                Failures.Add($"{label}: the host logged {entry.Level} {entry.Category}: {Shorten(entry.Message)} {entry.Exception?.GetType().Name}");
        }

        IEnumerable<string> Judge(int status, MediaTypeHeaderValue? contentType, string text, Expect expect, string? field)
        {
            if (status is < 200 or >= 500 or (>= 300 and < 400))
            {
                yield return "neither a 2xx nor a 4xx";
                yield break;
            }
            if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
                yield return "a stack trace or an exception in the body";
            if (status < 300)
            {
                if (expect == Expect.Refused)
                    yield return "accepted what must be refused";
                rows = app.RowCounts();
                yield break;
            }
            if (expect == Expect.Success || (expect == Expect.Valid && status is 400 or 413 or 415))
                yield return "refused the valid example";

            var now = app.RowCounts();
            foreach (var (table, count) in now.Where(pair => rows.GetValueOrDefault(pair.Key) != pair.Value))
                yield return $"refused, yet {table} went from {rows.GetValueOrDefault(table)} to {count} rows";
            rows = now;

            if (contentType?.MediaType != "application/problem+json")
            {
                yield return $"a {contentType?.MediaType ?? "body without a type"} instead of a ProblemDetails";
                yield break;
            }
            JsonElement problem;
            try
            {
                problem = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                problem = default;
            }
            if (problem.ValueKind != JsonValueKind.Object || !problem.TryGetProperty("title", out _)
                || !problem.TryGetProperty("status", out var stated) || stated.ValueKind != JsonValueKind.Number || stated.GetInt32() != status)
            {
                yield return "not a ProblemDetails with a title and the status";
                yield break;
            }
            if (status is not (400 or 413))
                yield break;
            if (!problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object || !errors.EnumerateObject().Any())
            {
                yield return $"a {status} without errors naming the field";
                yield break;
            }
            if (status == 413) // a body too large to read is not read: the problem is the body's
                field = "body";
            if (field is not null && !errors.EnumerateObject().Any(error => error.Name == field
                    || error.Name.StartsWith(field + "[", StringComparison.Ordinal) || error.Name.StartsWith(field + ".", StringComparison.Ordinal)))
                yield return $"the errors do not name {field}";
        }

        List<(string Category, LogLevel Level, string Message, Exception? Exception)> Drain()
        {
            var found = new List<(string, LogLevel, string, Exception?)>();
            while (logs.Entries.TryDequeue(out var entry))
            {
                if (entry.Level >= LogLevel.Error || (entry.Exception is not null && entry.Level >= LogLevel.Warning))
                    found.Add(entry);
            }
            return found;
        }
    }
}
