namespace Savira.Core.Understanding.Entities;

/// <summary>Province codes of Kemendagri (the first two digits of a NIK or a NOP).</summary>
public static class IndonesianRegions
{
    static readonly HashSet<string> ProvinceCodes =
    [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
        "31", "32", "33", "34", "35", "36",
        "51", "52", "53",
        "61", "62", "63", "64", "65",
        "71", "72", "73", "74", "75", "76",
        "81", "82", "91", "92", "93", "94", "95", "96", "97",
    ];

    public static bool IsProvinceCode(string code) => ProvinceCodes.Contains(code);
}
