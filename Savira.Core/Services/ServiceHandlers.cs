using System.Collections.Frozen;
using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>The handler registered for each intent id; every intent of shared/intents.md must have one.</summary>
public sealed class ServiceHandlers
{
    readonly FrozenDictionary<Intent, IServiceHandler> byIntent;

    public ServiceHandlers(IEnumerable<IServiceHandler> handlers)
    {
        var registered = new Dictionary<Intent, IServiceHandler>();
        foreach (var handler in handlers)
        {
            // Later registrations win, so a city can replace one service's handler.
            registered[handler.Intent] = handler;
        }

        var missing = Enum.GetValues<Intent>().Where(intent => !registered.ContainsKey(intent)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException("No handler is registered for: " + string.Join(", ", missing.Select(IntentIds.ToId)));
        byIntent = registered.ToFrozenDictionary();
    }

    public IServiceHandler For(Intent intent) => byIntent[intent];
}
