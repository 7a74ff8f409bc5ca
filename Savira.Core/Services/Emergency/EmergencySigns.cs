namespace Savira.Core.Services.Emergency;

/// <summary>
/// Which kinds of emergency a message describes, read from the words the matcher read (normalised: "gak" is
/// already "tidak", "ra" is "tidak", a misspelt word is corrected towards the training vocabulary).
/// </summary>
/// <remarks>
/// A sign is one or more parts joined by " + ", all of which must occur somewhere in the message; a part is one
/// or more word patterns that must follow each other ("tidak sadar"). A pattern is a word, or part of one with
/// <c>*</c> standing for any letters: "*darah*" is "berdarah" and "pendarahan", "anak*" is "anakku".
/// </remarks>
public static class EmergencySigns
{
    static readonly (EmergencyKind Kind, string[] Signs)[] Table =
    [
        (EmergencyKind.Fire, ["*bakar*", "*kobong*", "geni", "genine", "api", "apinya", "apine", "asap*", "*konslet*", "*korslet*",
            "*ledak*", "mbledug"]),
        (EmergencyKind.GasLeak, ["gas", "*elpiji*", "lpg", "regulator*", "*desis*", "kompor + bocor*", "selang + bocor*", "tabung + bocor*"]),
        (EmergencyKind.Electricity, ["*setrum*", "*nyetrum*", "*sengat* listrik", "trafo*", "kabel* + putus", "kabel* + jatuh", "kabel* + percik*"]),
        (EmergencyKind.Drowning, ["*tenggelam*", "*lelep*", "*cemplung*", "*cebur*", "*hanyut*", "keli", "*renang*", "*seret* arus", "*bawa* arus", "masuk kali", "masuk sungai", "tidak muncul*"]),
        (EmergencyKind.Flood, ["*banjir*", "bandang", "tanggul*", "jebol", "meluap", "luber", "*rendam*", "*rendem*", "sedada", "seleher",
            "sepinggang", "air bah"]),
        (EmergencyKind.Collapse, ["*longsor*", "ambles", "amblas", "ambrol", "runtuh", "*roboh*", "rubuh", "*timpa*", "nimpa", "*jepit*",
            "*timbun*", "tumbang", "*jeglong*"]),
        (EmergencyKind.Accident, ["*celaka*", "laka", "*tabrak*", "*nabrak*", "*serempet*", "*lindas*", "*lindes*", "*guling*", "nyusruk",
            "*sambar*", "nyamber", "blong", "adu banteng", "jatuh + motor"]),
        (EmergencyKind.Violence, ["*begal*", "*rampok*", "*maling*", "*jambret*", "*copet*", "*todong*", "*nodong*", "*bacok*", "*tusuk*",
            "*aniaya*", "dipukul*", "*pukuli*", "memukul*", "mukul*", "*gebuk*", "*eroyok*", "*tawur*", "*celurit*", "clurit", "parang", "golok", "sajam", "senjata", "pistol",
            "*ancam*", "kdrt", "*gangster*", "*gengster*", "mengamuk", "ngamuk", "*hakimi*", "nyerang", "menyerang", "diserang", "*perkosa*",
            "*siksa*"]),
        (EmergencyKind.Unresponsive, ["*pingsan*", "*semaput*", "tidak sadar*", "*kesadaran*", "tidak respon", "tidak merespon*",
            "tidak bangun", "tidak bisa bangun", "tidak bisa dibangun*", "tidak bernapas", "tidak bernafas", "tidak napas*", "tidak nafas*", "tidak ada napas*", "tidak ada nafas*",
            "tidak ambegan", "*napas* + berhenti", "*nafas* + berhenti", "*jantung* + berhenti", "henti jantung", "kolaps", "tergeletak",
            "denyut*", "tidak gerak", "tidak bergerak"]),
        (EmergencyKind.Choking, ["*sedak*", "*selek*"]),
        (EmergencyKind.Bleeding, ["*darah*", "*getih*", "ngocor", "*sobek*", "*robek*"]),
        (EmergencyKind.BreathingTrouble, ["sesak*", "sesek*", "asma*", "megap*", "tidak bisa napas", "tidak bisa nafas", "tidak bisa bernapas",
            "susah napas", "sulit napas", "susah nafas"]),
        (EmergencyKind.ChestPain, ["*jantung*", "dada", "dadanya", "dadane", "dadaku", "angin duduk"]),
        (EmergencyKind.Stroke, ["stroke", "struk", "mencong", "perot", "pelo", "lumpuh", "separuh badan", "sebelah badan", "wajah* miring",
            "muka* miring"]),
        (EmergencyKind.Seizure, ["*kejang*", "step", "ayan", "epilepsi", "*busa*", "kejet*"]),
        (EmergencyKind.Poisoning, ["*racun*", "baygon", "pestisida", "*overdosis*", "minyak tanah", "obat nyamuk", "*telan* + obat*",
            "nelen + obat*", "obat banyak", "pemutih", "cairan pembersih", "pembersih lantai"]),
        (EmergencyKind.Burn, ["*lepuh*", "mlonyoh", "*siram*", "lukabakar", "mendidih", "*kelupas*"]),
        (EmergencyKind.Suicide, ["bunuh diri", "gantung diri", "*akhiri* hidup*", "ingin mati", "mau mati", "biar mati", "*sayat*", "*nyayat*",
            "*lukai* diri", .. Jumps()]),
        (EmergencyKind.MissingChild, [.. ChildMissing()]),
    ];

    /// <summary>Phrases whose words would be signs of something else: "kereta api" is no fire, "pemadam kebakaran" is a service.</summary>
    static readonly (string[] Phrase, string Word)[] Compounds =
    [
        (["kereta", "api"], "kereta"),
        (["pemadam", "kebakaran"], "damkar"),
        (["pemadam", "api"], "damkar"),
        (["luka", "bakar"], "lukabakar"),
        (["darah", "tinggi"], "hipertensi"),
        (["tekanan", "darah"], "tensi"),
        (["gula", "darah"], "gula"),
        (["donor", "darah"], "donor"),
        (["banjir", "kanal"], "bkb"), // the river Banjir Kanal Barat/Timur
    ];

    /// <summary>Advice that already covers another kind's: a choking person's trouble breathing is the choking.</summary>
    static readonly (EmergencyKind Kind, EmergencyKind Covered)[] Covers = [(EmergencyKind.Choking, EmergencyKind.BreathingTrouble)];

    static readonly (EmergencyKind Kind, string[][][] Signs)[] Parsed =
        Table.Select(row => (row.Kind, row.Signs.Select(Parse).ToArray())).ToArray();

    /// <summary>The kinds the words show, in the order of <see cref="EmergencyKind"/>; empty when none does.</summary>
    public static IReadOnlyList<EmergencyKind> Read(IReadOnlyList<string> words)
    {
        var read = Joined(words);
        var shown = Parsed.Where(row => row.Signs.Any(sign => sign.All(part => Occurs(read, part)))).Select(row => row.Kind).ToList();
        return shown.Where(kind => !Covers.Any(cover => cover.Covered == kind && shown.Contains(cover.Kind))).ToList();
    }

    static List<string> Joined(IReadOnlyList<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var compound = Array.FindIndex(Compounds, candidate => At(words, i, candidate.Phrase));
            if (compound < 0)
            {
                joined.Add(words[i]);
                continue;
            }
            joined.Add(Compounds[compound].Word);
            i += Compounds[compound].Phrase.Length - 1;
        }
        return joined;
    }

    static IEnumerable<string> Jumps()
    {
        string[] jumps = ["lompat", "loncat", "terjun"];
        string[] heights = ["jembatan", "lantai", "gedung", "atap", "tower", "menara"];
        return jumps.SelectMany(jump => heights.Select(height => jump + " + " + height));
    }

    static IEnumerable<string> ChildMissing()
    {
        string[] children = ["anak*", "bocah*", "balita*", "bayi*", "adik*", "adek*", "putri*", "putra*", "cah", "cucu*"];
        string[] missing = ["hilang", "ilang", "*culik*", "belum pulang", "tidak pulang", "tidak dikenal", "terpisah", "tidak ketemu"];
        return children.SelectMany(child => missing.Select(gone => child + " + " + gone));
    }

    static string[][] Parse(string sign) =>
        sign.Split(" + ").Select(part => part.Split(' ')).ToArray();

    static bool Occurs(List<string> words, string[] part)
    {
        for (var start = 0; start < words.Count; start++)
        {
            if (At(words, start, part))
                return true;
        }
        return false;
    }

    /// <summary>Whether the patterns of <paramref name="part"/> match the words from <paramref name="start"/> on, one by one.</summary>
    static bool At(IReadOnlyList<string> words, int start, string[] part)
    {
        if (start + part.Length > words.Count)
            return false;
        for (var i = 0; i < part.Length; i++)
        {
            if (!Matches(words[start + i], part[i]))
                return false;
        }
        return true;
    }

    static bool Matches(string word, string pattern)
    {
        var core = pattern.AsSpan().Trim('*');
        return (pattern.StartsWith('*'), pattern.EndsWith('*')) switch
        {
            (true, true) => word.AsSpan().Contains(core, StringComparison.Ordinal),
            (true, false) => word.AsSpan().EndsWith(core, StringComparison.Ordinal),
            (false, true) => word.AsSpan().StartsWith(core, StringComparison.Ordinal),
            _ => word.AsSpan().SequenceEqual(core),
        };
    }
}
