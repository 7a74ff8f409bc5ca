using System.Numerics;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// The features of one message while they are collected: weights summed per hashed id, then sorted by id and
/// scaled to unit length. One buffer is reused from message to message on a thread, so reading allocates nothing.
/// </summary>
internal sealed class FeatureBuffer
{
    const int InitialCapacity = 2048; // features; a short message has about 100, a long letter (60 words) about 1,200

    // The ids and weights in the order first seen, found again through an open-addressing table (linear probing)
    // of positions in them. A slot is in use when its stamp is this message's, so a new message clears nothing.
    int[] ids = null!;
    float[] values = null!;
    int[] positionBySlot = null!;
    int[] stampBySlot = null!;
    int stamp;
    int slotShift;

    public FeatureBuffer() => Allocate(InitialCapacity);

    public int Count { get; private set; }
    public ReadOnlySpan<int> Ids => ids.AsSpan(0, Count);
    public ReadOnlySpan<float> Values => values.AsSpan(0, Count);

    public void Clear()
    {
        if (ids.Length > InitialCapacity) // one very long message must not keep its memory
            Allocate(InitialCapacity);
        else if (++stamp == int.MaxValue)
        {
            Array.Clear(stampBySlot);
            stamp = 1;
        }
        Count = 0;
    }

    public void Add(int id, float weight)
    {
        var mask = stampBySlot.Length - 1;
        for (var slot = SlotOf(id); ; slot = (slot + 1) & mask)
        {
            if (stampBySlot[slot] != stamp)
            {
                if (Count == ids.Length)
                {
                    Grow();
                    Add(id, weight);
                    return;
                }
                stampBySlot[slot] = stamp;
                positionBySlot[slot] = Count;
                ids[Count] = id;
                values[Count] = weight;
                Count++;
                return;
            }
            var position = positionBySlot[slot];
            if (ids[position] == id)
            {
                values[position] += weight;
                return;
            }
        }
    }

    /// <summary>Sorts the features by id and divides them by the vector's length; nothing may be added after.</summary>
    public void ScaleToUnitLength()
    {
        // Squares summed in the order the features were first seen, in double, as Enumerable.Sum does for floats:
        // the model was trained on vectors scaled exactly so, and the same bits must come out.
        var squares = 0.0;
        foreach (var weight in Values)
            squares += weight * weight;
        Array.Sort(ids, values, 0, Count);
        var norm = MathF.Sqrt((float)squares);
        var divisor = norm == 0 ? 1 : norm;
        foreach (ref var value in values.AsSpan(0, Count))
            value /= divisor;
    }

    int SlotOf(int id) => (int)(unchecked((uint)id * 2654435769u) >> slotShift); // Fibonacci hashing: the top bits

    void Allocate(int capacity)
    {
        ids = new int[capacity];
        values = new float[capacity];
        var slots = capacity * 2; // at most half full
        positionBySlot = new int[slots];
        stampBySlot = new int[slots];
        slotShift = 32 - BitOperations.Log2((uint)slots);
        stamp = 1;
    }

    void Grow()
    {
        var (oldIds, oldValues, count) = (ids, values, Count);
        Allocate(ids.Length * 2);
        Count = 0;
        for (var i = 0; i < count; i++)
            Add(oldIds[i], oldValues[i]);
    }
}
