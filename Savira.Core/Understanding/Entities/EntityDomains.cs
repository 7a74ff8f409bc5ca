namespace Savira.Core.Understanding.Entities;

/// <summary>Which intent an entity belongs to, for a message that carries nothing but that entity.</summary>
public static class EntityDomains
{
    public static Intent? Of(string entityName, string value) => entityName switch
    {
        EntityNames.Ticket => TicketNumber.TryParse(value, out var ticket) && ticket.IsQueueNumber ? Intent.Puskesmas : Intent.Infrastruktur,
        EntityNames.Nop => Intent.Pbb,
        EntityNames.Plate => Intent.Pkb,
        EntityNames.PdamCustomer => Intent.Pdam,
        EntityNames.Nik => Intent.Kependudukan,
        EntityNames.Puskesmas => Intent.Puskesmas,
        EntityNames.Registration => Intent.Rsud,
        EntityNames.Application => ApplicationNumber.TryParse(value, out var application) ? application.Domain : null,
        EntityNames.Clinic => Intent.Rsud,
        _ => null,
    };
}
