namespace Savira.Core.Services.Regions;

/// <summary>A kecamatan of the city, or one kelurahan in it.</summary>
public sealed record Area(long KecamatanId, string Kecamatan, long? KelurahanId = null, string? Kelurahan = null)
{
    /// <summary>"Kelurahan Meteseh, Kecamatan Tembalang" or "Kecamatan Tembalang".</summary>
    public override string ToString() =>
        Kelurahan is null ? $"Kecamatan {Kecamatan}" : $"Kelurahan {Kelurahan}, Kecamatan {Kecamatan}";
}
