using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Pbb;

public enum PbbSource
{
    /// <summary>The SQLite tables pbb_objects and pbb_bills.</summary>
    Local,

    /// <summary>The tax office's HTTP JSON endpoint, <see cref="PbbRemoteOptions.BaseUrl"/>.</summary>
    Remote,
}

public sealed class PbbOptions
{
    public const string Section = "Savira:Pbb";

    public PbbSource Source { get; init; } = PbbSource.Local;

    public PbbPenaltyOptions Penalty { get; init; } = new();

    public PbbRemoteOptions Remote { get; init; } = new();

    /// <summary>Where and how to pay, one line each; empty means Semarang's defaults. Configured lines replace them all.</summary>
    public IReadOnlyList<string> PaymentChannels { get; init; } = [];

    public IReadOnlyList<string> PaymentChannelsOrDefault => PaymentChannels.Count > 0 ? PaymentChannels : DefaultPaymentChannels;

    // Defaults live apart from the bound property: the configuration binder appends to a list it finds filled.
    static readonly string[] DefaultPaymentChannels =
    [
        "Bank Jateng: teller, ATM, internet/mobile banking (sebutkan NOP)",
        "Kantor Pos, Indomaret dan Alfamart",
        "Dompet digital & marketplace: menu *PBB Kota Semarang*",
        "Loket PBB Bapenda Kota Semarang (hari dan jam kerja)",
    ];
}

/// <summary>The late-payment penalty: a share of the principal for each month (or part of one) past the due date, up to a cap.</summary>
public sealed class PbbPenaltyOptions
{
    [Range(0, 100)]
    public decimal MonthlyPercent { get; init; } = 1m;

    [Range(0, 120)]
    public int MaxMonths { get; init; } = 24;
}

public sealed class PbbRemoteOptions
{
    /// <summary>The endpoint's base; a lookup is GET {BaseUrl}objects/{18-digit NOP}.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>
    /// The whole lookup — every request, the body read to its end — gives up after this long: the citizen's wait
    /// at most. An endpoint that answers within it is used, however slow.
    /// </summary>
    [Range(0.1, 120)]
    public double TotalTimeoutSeconds { get; init; } = 5;

    /// <summary>
    /// A request still unanswered after this long gets another one beside it (the first keeps going; the first good
    /// answer wins), as does a request that failed (refused, 5xx/408/429, a broken body), at once. Less than the total.
    /// </summary>
    [Range(0.1, 60)]
    public double HedgeAfterSeconds { get; init; } = 2;

    /// <summary>Extra requests one lookup may send, at most (1–10).</summary>
    [Range(1, 10)]
    public int Retries { get; init; } = 1;

    /// <summary>The circuit opens when at least half of this many recent requests failed or ran out of time…</summary>
    [Range(2, 1000)]
    public int BreakerMinimumCalls { get; init; } = 4;

    /// <summary>…and stays open this long, answering "busy" at once without calling the endpoint.</summary>
    [Range(0.5, 3600)]
    public double BreakSeconds { get; init; } = 30;

    /// <summary>A body larger than this is a failure (a tax object is a few kilobytes).</summary>
    [Range(1024, 64L << 20)]
    public long MaxBodyBytes { get; init; } = 1L << 20;

    /// <summary>The setting <see cref="HedgeAfterSeconds"/> replaced; set, it stops the host so an old configuration is noticed.</summary>
    public double? AttemptTimeoutSeconds { get; init; }
}
