using System.Reflection;
using System.Text.RegularExpressions;

namespace Savira.Core.Data;

/// <summary>One schema step, shipped as Data/Migrations/NNNN_name.sql inside this assembly.</summary>
public sealed partial record Migration(int Version, string Name, string Sql)
{
    public static IReadOnlyList<Migration> All { get; } = LoadEmbedded();

    static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migration).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
                continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["name"].Value, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        var repeated = migrations.GroupBy(m => m.Version).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
            throw new InvalidOperationException($"Two migrations have version {repeated.Key}: {string.Join(", ", repeated.Select(m => m.Name))}.");
        return migrations;
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
