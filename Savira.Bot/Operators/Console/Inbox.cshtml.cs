using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Handoff;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The officers' inbox: citizens waiting for a person and those held, with the conversation (numbers masked), and the
/// actions of the handoff desk — claim, reply (free text inside WhatsApp's 24-hour window, the approved template
/// outside it), return to the bot. The page asks every few seconds whether something new came, and says so.
/// </summary>
public sealed class InboxModel(IHandoffDesk desk, TimeProvider clock, CannedReplies canned, StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<HandoffAdminEndpoints.HandoffView> Handoffs { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Problem { get; private set; }
    public DateTimeOffset Now { get; private set; }

    /// <summary>What the page compares to notice news: the open conversations, who holds them, their newest line and delivery states.</summary>
    public string Stamp { get; private set; } = "";

    public void OnGet() => Load();

    public JsonResult OnGetNews()
    {
        Load();
        return new JsonResult(new { stamp = Stamp, waiting = Handoffs.Count(handoff => handoff.State == HandoffStates.Waiting) });
    }

    public Task<IActionResult> OnPostClaimAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Percakapan sudah Anda ambil. Pesan warga berikutnya masuk ke sini.", () => desk.ClaimAsync(id, User.NameOf(), cancellationToken));

    public Task<IActionResult> OnPostReplyAsync(long id, string? text, CancellationToken cancellationToken)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 1500)
            return Task.FromResult<IActionResult>(Refuse(StatusCodes.Status400BadRequest, "Tulis balasan 1–1.500 karakter."));
        return ActAsync(id, "Balasan dikirim ke warga.", () => desk.ReplyAsync(id, User.NameOf(), text, useTemplate: false, idempotencyKey: null, cancellationToken));
    }

    public Task<IActionResult> OnPostTemplateAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Pesan templat resmi dikirim; warga dapat membalas untuk membuka percakapan lagi.",
            () => desk.ReplyAsync(id, User.NameOf(), text: null, useTemplate: true, idempotencyKey: null, cancellationToken));

    public Task<IActionResult> OnPostTransferAsync(long id, string? service, string? officer, string? note, CancellationToken cancellationToken)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        officer = string.IsNullOrWhiteSpace(officer) ? null : officer.Trim();
        if (service is null || !Services.Contains(service) || note is { Length: > 1000 })
            return Task.FromResult<IActionResult>(Refuse(StatusCodes.Status400BadRequest, "Pilih layanan tujuan; catatan paling banyak 1.000 karakter."));
        if (officer is not null && !OfficersFor(service).Contains(officer, StringComparer.OrdinalIgnoreCase))
            return Task.FromResult<IActionResult>(Refuse(StatusCodes.Status400BadRequest, $"Petugas {officer} tidak melayani {service.ToUpperInvariant()} atau akunnya tidak aktif. Pilih petugas lain, atau kosongkan untuk siapa saja di layanan itu."));
        var done = officer is null
            ? $"Percakapan dialihkan ke layanan {service.ToUpperInvariant()}; menunggu diambil petugas di sana."
            : $"Percakapan dialihkan ke {officer} ({service.ToUpperInvariant()}); hanya ia yang dapat mengambilnya.";
        return ActAsync(id, done, () => desk.TransferAsync(id, User.NameOf(), service, officer, note, cancellationToken));
    }

    /// <summary>Active officers who serve <paramref name="service"/> (their scope names it, or they serve all), for a transfer to one person.</summary>
    public IReadOnlyList<string> OfficersFor(string service) =>
        [.. accounts.List()
            .Where(account => !account.Disabled && account.Role == StaffRole.Officer && !account.Name.Equals(User.NameOf(), StringComparison.OrdinalIgnoreCase))
            .Where(account => account.Scope is null || account.Scope.Split(',').Contains(service, StringComparer.OrdinalIgnoreCase))
            .Select(account => account.Name)];

    /// <summary>Shows one conversation's number and text unmasked, for this answer only; the audit row says who looked.</summary>
    public IActionResult OnPostReveal(long id)
    {
        if (desk.Find(id) is not { } handoff || !HandoffAdminEndpoints.Sees(User, handoff))
            return Refuse(StatusCodes.Status404NotFound, "Percakapan tidak ditemukan.");
        HttpContext.RecordChange($"handoff {id}", null, new { Shown = "nomor dan percakapan tanpa samaran" });
        RevealedId = id;
        Message = "Nomor dan percakapan ditampilkan tanpa samaran untuk tampilan ini saja. Tindakan ini tercatat di log audit.";
        Load();
        return Page();
    }

    long? RevealedId { get; set; }

    /// <summary>The services a conversation can be handed to.</summary>
    public static IReadOnlyList<string> Services { get; } =
        ["umum", .. Enum.GetValues<Intent>().Where(intent => intent.IsService() && intent is not (Intent.Handoff or Intent.Emergency)).Select(intent => intent.ToId())];

    public Task<IActionResult> OnPostReleaseAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Percakapan dikembalikan ke Savira; warga sudah diberi tahu.", () => desk.ReleaseAsync(id, User.NameOf(), cancellationToken));

    async Task<IActionResult> ActAsync(long id, string done, Func<Task<DeskResult>> action)
    {
        if (desk.Find(id) is not { } handoff || !HandoffAdminEndpoints.Sees(User, handoff))
            return Refuse(StatusCodes.Status404NotFound, "Percakapan tidak ditemukan.");
        var result = await action().ConfigureAwait(false);
        HandoffAdminEndpoints.RecordChange(HttpContext, handoff, result);
        if (result.Outcome == DeskOutcome.Done)
        {
            Message = done;
            Load();
            return Page();
        }
        return Refuse(StatusCodes.Status409Conflict, result.Outcome switch
        {
            DeskOutcome.HeldByOther => $"Percakapan ini sedang ditangani {result.HeldBy}. Hanya petugas itu yang dapat membalas.",
            DeskOutcome.AssignedToOther => $"Percakapan ini dialihkan ke {result.HeldBy}.",
            DeskOutcome.OutsideWindow => "Warga terakhir menulis lebih dari 24 jam lalu: WhatsApp hanya mengizinkan templat resmi. Kirim templat, lalu tunggu warga membalas.",
            DeskOutcome.Closed => "Percakapan ini sudah selesai atau dikembalikan ke Savira.",
            _ => "Tindakan ini tidak dapat dilakukan sekarang.",
        });
    }

    PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        Load();
        return Page();
    }

    /// <summary>The service the officer chose to look at (?layanan=pbb), or null for all they serve.</summary>
    [BindProperty(SupportsGet = true, Name = "layanan")]
    public string? Service { get; set; }

    /// <summary>Open conversations per service, before the service filter: what the filter links show.</summary>
    public IReadOnlyList<(string Service, int Count)> PerService { get; private set; } = [];

    void Load()
    {
        Now = clock.GetUtcNow();
        var open = desk.Open().Where(handoff => HandoffAdminEndpoints.Sees(User, handoff)).ToList();
        PerService = [.. open.GroupBy(handoff => handoff.Service).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => (group.Key, group.Count()))];
        if (Service is not null && !Services.Contains(Service))
            Service = null;
        Handoffs = [.. open.Where(handoff => Service is null || handoff.Service == Service)
            .Select(handoff => HandoffAdminEndpoints.View(handoff, desk, Now, unmasked: handoff.Id == RevealedId))];
        Stamp = string.Join(',', Handoffs.Select(handoff =>
            $"{handoff.Id}:{handoff.State}:{handoff.HeldBy}:{(handoff.Transcript.Count > 0 ? handoff.Transcript[^1].Id : 0)}:{string.Join('/', handoff.Transcript.Select(line => line.Delivery))}"));
    }

    public IReadOnlyList<string> CannedFor(string service) => canned.For(service, User.NameOf());

    public static string Duration(int minutes) => minutes < 60 ? $"{minutes} menit" : $"{minutes / 60} jam {minutes % 60} menit";

    /// <summary>The outbox's state of an officer's message, as the officer reads it.</summary>
    public static string DeliveryLabel(string delivery) => delivery switch
    {
        "pending" => "menunggu dikirim",
        "retrying" => "Twilio belum dapat dihubungi; dicoba lagi otomatis",
        "sending" => "sedang dikirim",
        "sent" or "queued" or "accepted" => "terkirim ke WhatsApp",
        "delivered" => "sampai ke warga",
        "read" => "sudah dibaca",
        "failed" or "undelivered" => "gagal terkirim — periksa nomor atau kirim ulang",
        "uncertain" => "belum pasti terkirim; sedang diperiksa",
        _ => delivery,
    };

    public static string Author(HandoffLine line) => line.Author switch
    {
        HandoffLine.Citizen => "Warga",
        HandoffLine.Bot => "Savira",
        HandoffLine.Officer => line.OfficerName ?? "Petugas",
        _ => "Catatan",
    };
}
