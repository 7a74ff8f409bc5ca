namespace Savira.Bot.Operators.Accounts;

/// <summary>What a member of staff may do; the wire names are those of the README and the users verb.</summary>
public static class StaffRole
{
    /// <summary>Diskominfo: everything, users included.</summary>
    public const string Admin = "admin";

    /// <summary>Knowledge and training data.</summary>
    public const string Editor = "editor";

    /// <summary>The handoff inbox, for the services in their scope (or all).</summary>
    public const string Officer = "officer";

    /// <summary>One puskesmas' queue, by its code.</summary>
    public const string Puskesmas = "puskesmas";

    /// <summary>One agency's (OPD's) reports.</summary>
    public const string Opd = "opd";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Officer, Puskesmas, Opd, Auditor];

    /// <summary>Roles whose accounts are bound to one puskesmas or agency and must name it.</summary>
    public static bool NeedsScope(string role) => role is Puskesmas or Opd;

    public static string? Parse(string text) => All.FirstOrDefault(role => string.Equals(role, text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>How the console names the role to staff.</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Admin Diskominfo",
        Editor => "Editor konten",
        Officer => "Petugas layanan",
        Puskesmas => "Petugas puskesmas",
        Opd => "Petugas OPD",
        Auditor => "Auditor",
        _ => role,
    };
}
