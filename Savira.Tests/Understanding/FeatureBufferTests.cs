using Savira.Core.Understanding.Classification;

namespace Savira.Tests.Understanding;

public sealed class FeatureBufferTests
{
    /// <summary>The vector as the featuriser first built it: a dictionary, its keys sorted, divided by the LINQ sum's root.</summary>
    static (int[] Ids, float[] Values) Reference(IEnumerable<(int Id, float Weight)> features)
    {
        var weights = new Dictionary<int, float>();
        foreach (var (id, weight) in features)
        {
            weights.TryGetValue(id, out var existing);
            weights[id] = existing + weight;
        }
        var ids = weights.Keys.ToArray();
        Array.Sort(ids);
        var norm = MathF.Sqrt(weights.Values.Sum(value => value * value));
        return (ids, ids.Select(id => weights[id] / (norm == 0 ? 1 : norm)).ToArray());
    }

    static List<(int Id, float Weight)> RandomFeatures(Random random, int count, int distinct)
    {
        float[] weights = [1f, 0.7f, 0.25f, 1.5f];
        return Enumerable.Range(0, count).Select(_ => (random.Next(distinct) * 7919 - 40_000_000, weights[random.Next(weights.Length)])).ToList();
    }

    [Fact]
    public void MessagesOfAnySizeInTurnGiveTheSameBitsAsSummingInADictionary()
    {
        var random = new Random(7);
        var buffer = new FeatureBuffer();
        (int Count, int Distinct)[] messages = [(40, 30), (300, 200), (5000, 3000), (250, 120), (0, 1), (3, 1), (2000, 1000), (60, 60)];
        foreach (var (count, distinct) in messages)
        {
            var features = RandomFeatures(random, count, distinct);
            buffer.Clear();
            foreach (var (id, weight) in features)
                buffer.Add(id, weight);
            buffer.ScaleToUnitLength();

            var (ids, values) = Reference(features);
            Assert.Equal(ids, buffer.Ids.ToArray());
            Assert.Equal(values.Select(BitConverter.SingleToInt32Bits), buffer.Values.ToArray().Select(BitConverter.SingleToInt32Bits));
        }
    }
}
