using System.Runtime.InteropServices;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// The features of one message while they are collected: weights summed per hashed id, then sorted by id and
/// scaled to unit length. One buffer is reused from message to message on a thread, so reading allocates nothing.
/// </summary>
internal sealed class FeatureBuffer
{
    const int InitialCapacity = 512;

    readonly Dictionary<int, float> weightById = new(InitialCapacity);
    int[] ids = new int[InitialCapacity];
    float[] values = new float[InitialCapacity];

    public int Count { get; private set; }
    public ReadOnlySpan<int> Ids => ids.AsSpan(0, Count);
    public ReadOnlySpan<float> Values => values.AsSpan(0, Count);

    public void Clear()
    {
        var grown = weightById.Count > InitialCapacity;
        weightById.Clear();
        if (grown) // one very long message must not make every later Clear slow, nor keep its memory
        {
            weightById.TrimExcess(InitialCapacity);
            ids = new int[InitialCapacity];
            values = new float[InitialCapacity];
        }
        Count = 0;
    }

    public void Add(int id, float weight) => CollectionsMarshal.GetValueRefOrAddDefault(weightById, id, out _) += weight;

    /// <summary>Sorts the features by id and divides them by the vector's length.</summary>
    public void ScaleToUnitLength()
    {
        Count = weightById.Count;
        if (ids.Length < Count)
        {
            ids = new int[Count];
            values = new float[Count];
        }
        // Squares summed in the order the features were first seen, in double, as Enumerable.Sum does for floats:
        // the model was trained on vectors scaled exactly so, and the same bits must come out.
        var squares = 0.0;
        var i = 0;
        foreach (var (id, weight) in weightById)
        {
            ids[i] = id;
            values[i] = weight;
            squares += weight * weight;
            i++;
        }
        Array.Sort(ids, values, 0, Count);
        var norm = MathF.Sqrt((float)squares);
        var divisor = norm == 0 ? 1 : norm;
        for (i = 0; i < Count; i++)
            values[i] /= divisor;
    }
}
