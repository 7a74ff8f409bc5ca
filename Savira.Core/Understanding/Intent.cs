namespace Savira.Core.Understanding;

/// <summary>
/// The top-level intents of shared/intents.md; <see cref="IntentIds"/> maps them to their wire ids.
/// Stored dialogues keep the number of their intent, so a new intent goes at the end.
/// </summary>
public enum Intent
{
    Greeting,
    Thanks,
    Menu,
    Pbb,
    Pkb,
    Pdam,
    Rsud,
    Puskesmas,
    Kependudukan,
    IzinNakes,
    Npwp,
    Infrastruktur,
    Handoff,
    OutOfScope,
    Emergency,
}
