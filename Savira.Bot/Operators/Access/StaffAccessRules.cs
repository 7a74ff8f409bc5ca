using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Access;

/// <summary>
/// Who may use which part of the console and the JSON API, by the start of the route: one table, checked on the
/// server for every endpoint (<see cref="StaffAccessHandler"/>). Reading is GET or HEAD; anything else writes. A route
/// no rule names is for admins only, so a new endpoint is never open by mistake.
/// </summary>
public static class StaffAccessRules
{
    public sealed record Rule(string Prefix, IReadOnlyList<string> Writers, IReadOnlyList<string> Readers, string? ScopeRouteValue = null);

    static readonly string[] Everyone = [.. StaffRole.All];

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("/admin/api/status", Everyone, Everyone),
        new("/admin/api/faq", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/admin/api/training", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/admin/api/pdam", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/admin/api/reports", [StaffRole.Admin, StaffRole.Opd], [StaffRole.Admin, StaffRole.Opd, StaffRole.Auditor]),
        new("/admin/api/handoffs", [StaffRole.Admin, StaffRole.Officer], [StaffRole.Admin, StaffRole.Officer, StaffRole.Auditor]),
        new("/admin/api/puskesmas/{code}", [StaffRole.Admin, StaffRole.Puskesmas], [StaffRole.Admin, StaffRole.Puskesmas, StaffRole.Auditor], ScopeRouteValue: "code"),
        new("/admin/api/suites", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/admin/api/menu", [StaffRole.Admin], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/admin/api/retention", [StaffRole.Admin], [StaffRole.Admin, StaffRole.Auditor]), // the periods and the record of purges
        new("/console/kotak-masuk", [StaffRole.Admin, StaffRole.Officer], [StaffRole.Admin, StaffRole.Officer, StaffRole.Auditor]),
        new("/console/pengetahuan", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]), // publishing: KnowledgePublishers
        new("/console/audit", [], [StaffRole.Admin, StaffRole.Auditor]),
        new("/console/dasbor", [], [StaffRole.Admin, StaffRole.Editor, StaffRole.Officer, StaffRole.Auditor]), // live figures, no personal data
        new("/console/menu", [StaffRole.Admin], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/console/laporan", [], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]), // reads only: the figures an agency head acts on
        new("/console/belum-terjawab", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/console/pelatihan", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/console/pengguna", [StaffRole.Admin], [StaffRole.Admin, StaffRole.Auditor]),
        new("/console/puskesmas/{code}", [StaffRole.Admin, StaffRole.Puskesmas], [StaffRole.Admin, StaffRole.Puskesmas, StaffRole.Auditor], ScopeRouteValue: "code"),
        new("/console/puskesmas", [], [StaffRole.Admin, StaffRole.Puskesmas, StaffRole.Auditor]), // a puskesmas account is sent on to its own
        new("/console/pengaduan", [StaffRole.Admin, StaffRole.Opd], [StaffRole.Admin, StaffRole.Opd, StaffRole.Auditor]), // an opd account: its agency's reports only
        new("/console/hari-libur", [StaffRole.Admin], [StaffRole.Admin, StaffRole.Opd, StaffRole.Auditor]),
        new("/console/simulator", [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]), // a throwaway copy: changes nothing citizens see
        new("/console/suite-uji", [StaffRole.Admin, StaffRole.Editor], [StaffRole.Admin, StaffRole.Editor, StaffRole.Auditor]),
        new("/console", Everyone, Everyone),
        new("/metrics", [], [StaffRole.Admin, StaffRole.Auditor]), // the host's figures for a Prometheus scraper with a token
    ];

    /// <summary>
    /// Pages anyone may open without signing in (they carry [AllowAnonymous]; the sign-in pages under /console/masuk
    /// aside): the waiting room's TV, which shows ticket numbers and nothing about any citizen; a report's tracking
    /// page, which shows its category, kelurahan, stages and photos and nothing about who reported it.
    /// </summary>
    public static readonly IReadOnlyList<string> Anonymous = ["/antrean/{code}", "/lapor/{ticket}"];

    /// <summary>The most specific rule for a route pattern, or null (admins only).</summary>
    public static Rule? For(string routePattern)
    {
        var route = "/" + routePattern.TrimStart('/');
        return Rules.Where(rule => route.Equals(rule.Prefix, StringComparison.OrdinalIgnoreCase) || route.StartsWith(rule.Prefix + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(rule => rule.Prefix.Length);
    }

    public static bool Allows(string routePattern, bool writes, string role) =>
        For(routePattern) is { } rule
            ? (writes ? rule.Writers : rule.Readers).Contains(role)
            : role == StaffRole.Admin;
}
