namespace Savira.Core.Services.Infrastruktur;

/// <summary>What a photo's first bytes say it is: only JPEG, PNG, WebP and GIF are kept, whatever the name or header claims.</summary>
public static class ReportPhotoFormat
{
    public static string? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => "image/gif",
        _ => null,
    };
}
