namespace Savira.Core.Privacy;

/// <summary>A phone address for log messages: masked only when the message is actually written.</summary>
public readonly record struct MaskedPhone(string Address)
{
    public override string ToString() => Mask.Phone(Address);
}
