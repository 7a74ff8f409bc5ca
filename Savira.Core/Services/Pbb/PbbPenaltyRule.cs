using Microsoft.Extensions.Options;

namespace Savira.Core.Services.Pbb;

/// <summary>Computes the late-payment penalty of an unpaid SPPT from the configured rule.</summary>
public sealed class PbbPenaltyRule(IOptionsMonitor<PbbOptions> options)
{
    public decimal MonthlyPercent => options.CurrentValue.Penalty.MonthlyPercent;

    /// <summary>Months (each started month counts) between the due date and <paramref name="today"/>, up to the cap.</summary>
    public int MonthsLate(PbbBill bill, DateOnly today)
    {
        if (bill.PaidOn is not null || today <= bill.DueDate)
            return 0;
        var months = (today.Year - bill.DueDate.Year) * 12 + today.Month - bill.DueDate.Month;
        if (today.Day > bill.DueDate.Day)
            months++;
        return Math.Min(Math.Max(months, 1), options.CurrentValue.Penalty.MaxMonths);
    }

    /// <summary>The penalty in rupiah, rounded down.</summary>
    public long Penalty(PbbBill bill, DateOnly today) =>
        (long)Math.Floor(bill.Amount * MonthlyPercent / 100m * MonthsLate(bill, today));
}
