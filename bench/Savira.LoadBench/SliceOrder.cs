namespace Savira.LoadBench;

/// <summary>
/// The order of the measured slices. Two targets take turns in ABBA order — (bare, full), (full, bare),
/// (bare, full), … — so a change in the machine's speed falls on both alike and neither always goes
/// first; each pair is two slices adjacent in time. One target simply gets its slices one after another.
/// </summary>
internal static class SliceOrder
{
    public static IEnumerable<IReadOnlyList<T>> Pairs<T>(IReadOnlyList<T> targets, int slicesPerTarget)
    {
        var reversed = targets.Reverse().ToArray();
        for (var pair = 0; pair < slicesPerTarget; pair++)
            yield return pair % 2 == 0 ? targets : reversed;
    }

    /// <summary>Slices of <paramref name="sliceSeconds"/> each until a target has had <paramref name="seconds"/> in total, rounded up.</summary>
    public static int SlicesPerTarget(int seconds, int sliceSeconds) => (seconds + sliceSeconds - 1) / sliceSeconds;
}
