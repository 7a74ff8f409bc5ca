namespace Savira.Core.Understanding.Entities;

/// <summary>Keys of <see cref="MessageUnderstanding.Entities"/>; also the JSON names printed by the classify verb.</summary>
public static class EntityNames
{
    public const string Nop = "nop";
    public const string Plate = "plate";
    public const string PdamCustomer = "pdam_customer";
    public const string Nik = "nik";
    public const string Ticket = "ticket";
    public const string Registration = "registration";
    public const string Application = "application";
    public const string Date = "date";
    public const string Puskesmas = "puskesmas";
    public const string Clinic = "clinic";
}
