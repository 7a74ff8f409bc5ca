using System.Globalization;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Takes the written entities out of the raw message before any normalisation: NOP, NIK, PDAM customer number,
/// application, registration and ticket codes, plate, date. Each one found is blanked from the text handed on, so a digit
/// is never read twice ("33.74…" is not also a date) and never reaches the word normaliser. A pattern runs only
/// when the text holds the digits it needs (<see cref="DigitRuns"/>). Numbers people group as they copy them
/// (NOP, NIK, PDAM customer number) are read as <see cref="WrittenNumber"/>s.
/// </summary>
public sealed class EntityExtractor(int pdamCustomerNumberLength)
{
    static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public (Dictionary<string, string> Entities, string Remainder) Extract(string text, DateTimeOffset now)
    {
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = text;
        var digits = DigitRuns.In(rest);

        if (digits.Count >= Nop.DigitCount)
            Take(EntityNames.Nop, Nop.LocateIn(rest) is { } nop ? (nop.Value.ToString(), nop.Index, nop.Length) : null);
        if (digits.Count >= Nik.DigitCount)
            Take(EntityNames.Nik, Nik.LocateIn(rest) is { } nik ? (nik.Value.Digits, nik.Index, nik.Length) : null);
        if (digits.AnyOfLength(ApplicationNumber.DateDigits))
            Take(EntityNames.Application, ApplicationNumber.LocateIn(rest) is { } application
                ? (application.Value.Code, application.Index, application.Length) : null);
        if (digits.Count > 0)
            Take(EntityNames.Registration, RegistrationNumber.LocateIn(rest) is { } registration
                ? (registration.Value.Code, registration.Index, registration.Length) : null);
        if (digits.AnyOfLength(TicketNumber.QueueDigits, TicketNumber.ReportYearDigits))
            Take(EntityNames.Ticket, TicketNumber.LocateIn(rest) is { } ticket ? (ticket.Value.Code, ticket.Index, ticket.Length) : null);
        if (digits.Count >= pdamCustomerNumberLength)
            Take(EntityNames.PdamCustomer, PdamCustomerNumber.LocateIn(rest, pdamCustomerNumberLength) is { } customer
                ? (customer.Value.Digits, customer.Index, customer.Length) : null);
        if (digits.AnyOfLength(1, PlateNumber.MaxNumberDigits))
            Take(EntityNames.Plate, PlateNumber.LocateIn(rest) is { } plate ? (plate.Value.ToString(), plate.Index, plate.Length) : null);

        var today = DateOnly.FromDateTime(now.ToOffset(Wib).DateTime);
        if (DateMention.LocateIn(rest, today) is { } date)
        {
            entities[EntityNames.Date] = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (rest.AsSpan(date.Index, date.Length).ContainsAnyInRange('0', '9'))
                Blank(date.Index, date.Length);
        }
        return (entities, rest);

        void Take(string name, (string Value, int Index, int Length)? found)
        {
            if (found is not { } entity)
                return;
            entities[name] = entity.Value;
            Blank(entity.Index, entity.Length);
        }

        void Blank(int index, int length)
        {
            rest = string.Create(rest.Length, (rest, index, length), static (chars, blanked) =>
            {
                blanked.rest.CopyTo(chars);
                chars.Slice(blanked.index, blanked.length).Fill(' ');
            });
            digits = DigitRuns.In(rest);
        }
    }
}
