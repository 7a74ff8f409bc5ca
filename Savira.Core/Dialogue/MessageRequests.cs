using System.Text.RegularExpressions;
using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// Finds the separate requests in one message ("brp biaya akta lahir? trus jadwal poli kandungan rsud?"):
/// the message is cut into clauses at question marks, sentence ends and joining words (trus, sekalian, …),
/// each clause is read by the matcher, and each question becomes a request of the service its words point to,
/// with the statements before it as its context ("pbb sy blm bayar 2 taun, dendanya gmn?"). A statement of
/// another service is a request of its own ("mau perpanjang sip bidan, sekalian … npwp …?"), and a closing
/// "dua-duanya gimana?" applies to each statement before it that names a service. One request or none: the message is read whole.
/// </summary>
public static partial class MessageRequests
{
    public sealed record Request(string Text, Intent Service);

    sealed record Clause(string Text, Intent? Service, bool IsQuestion, bool MeansAll)
    {
        /// <summary>Whether the clause names its service surely in that service's own words, not by one shared word.</summary>
        public bool Sure { get; init; }
    }

    /// <summary>
    /// A clause cut off by a comma joins the one before it ("pajak motor saya mati 2 thn, kena denda brp?") unless
    /// it surely names a service of its own ("ktp sy ilang, kartu npwp jg ilang").
    /// </summary>
    static List<Clause> Merged(List<(Clause Clause, bool Soft)> pieces, IIntentMatcher matcher)
    {
        var clauses = new List<Clause>();
        foreach (var (clause, soft) in pieces)
        {
            if (soft && clauses.Count > 0 && !(clause.Sure && clause.Service != clauses[^1].Service))
                clauses[^1] = Read(clauses[^1].Text + ", " + clause.Text, matcher);
            else
                clauses.Add(clause);
        }
        return clauses;
    }

    public static IReadOnlyList<Request> Find(string text, IIntentMatcher matcher, int maxRequests)
    {
        var pieces = Cut(text);
        if (pieces.Count < 2)
            return [];

        var clauses = Merged(pieces.Select(piece => (Clause: Read(piece.Text, matcher), piece.Soft)).ToList(), matcher);
        if (clauses.Count < 2)
            return [];
        var requests = new List<Request>();
        var context = new List<Clause>();
        foreach (var clause in clauses)
        {
            if (!clause.IsQuestion)
            {
                context.Add(clause);
                continue;
            }
            var named = context.Where(statement => statement.Service is not null).ToList();
            if (clause.MeansAll && named.Count >= 2)
            {
                foreach (var statement in named)
                    requests.Add(new Request(statement.Text + " " + clause.Text, statement.Service!.Value));
                context.Clear();
                continue;
            }
            var service = clause.Service ?? named.LastOrDefault()?.Service ?? requests.LastOrDefault()?.Service;
            if (service is null)
            {
                context.Add(clause);
                continue;
            }
            foreach (var other in named.Where(statement => statement.Service != service))
                requests.Add(new Request(other.Text, other.Service!.Value));
            var own = context.Where(statement => statement.Service is null || statement.Service == service).Select(statement => statement.Text);
            requests.Add(new Request(string.Join(' ', own.Append(clause.Text)), service.Value));
            context.Clear();
        }
        foreach (var statement in context.Where(statement => statement.Service is { } service && requests.All(request => request.Service != service)))
            requests.Add(new Request(statement.Text, statement.Service!.Value));

        return requests.Count >= 2 ? requests.Take(maxRequests).ToList() : [];
    }

    const double SureService = 0.8;

    static Clause Read(string piece, IIntentMatcher matcher)
    {
        var understanding = matcher.Match(piece);
        // The service the clause's own words name (the classifier's choice among them when they name several), or
        // the one the classifier is sure of ("ktp sy ilang": "ktp" alone is shared with NPWP questions).
        var service = understanding.Domains.Count == 0
            ? understanding.Outcome == MatchOutcome.Confident && understanding.Intent.IsService() && understanding.Intent is not (Intent.Handoff or Intent.Emergency)
                && understanding.Confidence >= SureService ? understanding.Intent : null
            : understanding.Domains.Where(domain => domain is not (Intent.Handoff or Intent.Emergency)).OrderByDescending(understanding.ConfidenceOf).Cast<Intent?>().FirstOrDefault();
        var isQuestion = IsQuestion(piece);
        var sure = service is { } named && understanding.Mentions(named) && understanding.ConfidenceOf(named) >= SureService;
        return new Clause(piece.Trim(), service, isQuestion, BothWords().IsMatch(piece)) { Sure = sure };
    }

    /// <summary>Whether the text asks something: a question mark, or a question word (gimana, berapa, dimana, bisa … gk?).</summary>
    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?') || QuestionWord().IsMatch(text) || QuestionTag().IsMatch(text);

    /// <summary>A yes/no question closed by its tag: "… buka 24 jam gk", "… sudah lunas belum", "… ya".</summary>
    [GeneratedRegex(@"\b(gk|ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|mboten|ora|blm|belum|kah|ya|yah|nggih|bukan)\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionTag();

    /// <summary>
    /// Clauses of at least two words, each marked soft when only a comma cut it from the one before; a cut never
    /// leaves a fragment of one word on its own.
    /// </summary>
    static List<(string Text, bool Soft)> Cut(string text)
    {
        var clauses = new List<(string Text, bool Soft)>();
        foreach (var part in Separator().Split(text))
        {
            var first = true;
            foreach (var piece in Comma().Split(part))
            {
                var trimmed = piece.Trim(' ', ',', '.', '-');
                if (trimmed.Length == 0)
                    continue;
                if (clauses.Count > 0 && WordCount(trimmed) < 2)
                    clauses[^1] = (clauses[^1].Text + " " + trimmed, clauses[^1].Soft);
                else
                    clauses.Add((trimmed, !first));
                first = false;
            }
        }
        if (clauses.Count > 1 && WordCount(clauses[0].Text) < 2)
        {
            clauses[1] = (clauses[0].Text + " " + clauses[1].Text, false);
            clauses.RemoveAt(0);
        }
        return clauses;
    }

    static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Cut after ? ! ; and a sentence's full stop, and before joining words that start a new request ("trus",
    // "sekalian", "sama" before a service).
    [GeneratedRegex(@"(?<=[?!;\n])|(?<=[\p{L}\)])(?<!\b(?:jl|jln|gg|no|kel|kec|rt|rw|ds|dsn|kp|kab|prov|perum|kav|blk|dr|drg|bpk|bp|sdr|yth|tgl|th|thn|st|ir|hj|h|prof|mis))\.(?=\s)|[,\s]+(?=(?:trus|terus|trs|lalu|kemudian|sekalian|selain\s+itu|satu\s+lagi|oh\s+iya|btw|dan\s+juga|sama\s+satu\s+lagi|sama\s+(?:pbb|pkb|pdam|rsud|puskesmas|pajak|stnk|ktp|kk|akta|npwp|sip|air|lampu|jalan))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    /// <summary>A comma before more than one word: a softer cut (<see cref="Merged"/>).</summary>
    [GeneratedRegex(@",(?=\s*\S+\s+\S+)")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\b(gmn|gimana|bagaimana|gmana|piye|pripun|apa(kah)?|apa\s+aja|brp|berapa|pira|piro|dmn|dimana|di\s+mana|kemana|kmn|kapan|kpn|bisa(kah)?\s+\w+\s+(gk|ga|gak|nggak|tidak|mboten|ora)|bs\s+gk|boleh|syarat\w*|caranya|cara)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"\b(dua2\w*|dua-dua\w*|duaduanya|keduanya|kedua\s*nya|semuanya|semua\s*nya|sekaligus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothWords();
}
