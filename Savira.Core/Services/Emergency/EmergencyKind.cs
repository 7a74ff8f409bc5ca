namespace Savira.Core.Services.Emergency;

/// <summary>
/// What kind of emergency a message describes, in the order the advice is given: first what makes the place
/// dangerous (fire, gas, electricity, water, ground, traffic, an attacker), then the person's first aid, then the rest.
/// </summary>
public enum EmergencyKind
{
    Fire,
    GasLeak,
    Electricity,
    Drowning,
    Flood,
    Collapse,
    Accident,
    Violence,
    Unresponsive,
    Choking,
    Bleeding,
    BreathingTrouble,
    ChestPain,
    Stroke,
    Seizure,
    Poisoning,
    Burn,
    Suicide,
    MissingChild,
}
