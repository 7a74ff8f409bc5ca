using Savira.Core.Journal;

namespace Savira.Tests.Support;

/// <summary>Effect keys for tests that call a store directly: each its own message, as a kiosk or a separate chat would be.</summary>
public static class Effects
{
    public static EffectKey NewKey() => new("test", Guid.NewGuid().ToString("N"), 0);
}
