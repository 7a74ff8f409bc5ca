using Savira.Core.Services.Pdam;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Morphology;
using Savira.Core.Understanding.Normalization;

namespace Savira.Tests.Understanding;

public sealed class EntityTests
{
    /// <summary>Thursday 26 November 2026, 10:00 WIB.</summary>
    static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    static readonly DateOnly Today = new(2026, 11, 26);

    static readonly EntityExtractor Extractor = new(new PdamOptions().CustomerNumberLength); // 8, as Tirta Moedal's

    static Dictionary<string, string> Extract(string text) => Extractor.Extract(text, Now).Entities;

    [Theory]
    [InlineData("33.74.010.005.012-0345.0", "33.74.010.005.012-0345.0")]
    [InlineData("nop 337401000501203450 brp", "33.74.010.005.012-0345.0")]
    [InlineData("33 74 010 005 012 0345 0", "33.74.010.005.012-0345.0")]
    [InlineData("tolong cek 3374 0100 0501 2034 50", "33.74.010.005.012-0345.0")]
    [InlineData("33-74-140-011-003-0078-0", "33.74.140.011.003-0078.0")]
    [InlineData("nop: 33.74.010.005.012 0345-0", "33.74.010.005.012-0345.0")]   // mixed separators
    [InlineData("nop saya 33.74.010.005.012-0345.0.", "33.74.010.005.012-0345.0")] // the sentence's full stop
    [InlineData("ini nop nya 3374.0100.0501.2034.50, mohon dicek", "33.74.010.005.012-0345.0")]
    [InlineData("NOP 33.74.010.005.012-0345.0 tahun 2024", "33.74.010.005.012-0345.0")]
    [InlineData("pbb 2024 337401000501203450", "33.74.010.005.012-0345.0")]
    [InlineData("pbb 33.74.010.005.012-0345.0 2024", "33.74.010.005.012-0345.0")]     // a space sets the year apart
    [InlineData("3374 0100 0501 2034 50 2025 blm bayar", "33.74.010.005.012-0345.0")]
    [InlineData("35.78.010.005.012-0345.0", "35.78.010.005.012-0345.0")]              // Surabaya's: still a NOP
    public void ANopIsFoundHoweverItIsGrouped(string text, string nop) =>
        Assert.Equal(nop, Extract(text)[EntityNames.Nop]);

    [Theory]
    [InlineData("33.74.010.005.012-0345.0", "33.74.010.005.012-0345.0")]
    [InlineData("3374 0100 0501 2034 50.", "33.74.010.005.012-0345.0")]
    [InlineData(" 33-74-140-011-003-0078-0 ", "33.74.140.011.003-0078.0")]
    public void ANopWrittenOnItsOwnIsParsed(string text, string nop)
    {
        Assert.True(Nop.TryParse(text, out var parsed));
        Assert.Equal(nop, parsed.ToString());
    }

    [Theory]
    [InlineData("nop 33.74.010.005.012-0345.0 tahun 2024")]
    [InlineData("33.74.010.005.012-0345")]
    [InlineData("33.74.010.005.012-0345.0.1")]
    public void ANopWithMoreOrLessAroundItIsNotParsedOnItsOwn(string text) =>
        Assert.False(Nop.TryParse(text, out _));

    [Theory]
    [InlineData("33.74.010.005.012-0345.0.2024")]  // a dot joins: one 22-digit number, not a NOP and a year
    [InlineData("3374 0100 0501  2034 50")]        // two spaces end a number
    [InlineData("33.74.010.005.012, 0345.0")]      // so does a comma
    [InlineData("nop 33.74.010.005 dan 012-0345.0")]
    [InlineData("LPR-33.74.010.005.012-0345.0")]  // written onto a code
    public void DigitsThatAreClearlyApartAreNotGluedIntoANop(string text) =>
        Assert.DoesNotContain(EntityNames.Nop, Extract(text).Keys);

    [Fact]
    public void TwoNumbersSetApartBySpacesAreReadOneByOne()
    {
        var nopAndNik = Extract("337401000501203450 3374 0145 0790 0001");
        var nikAndNop = Extract("3374 0145 0790 0001 3374 0100 0501 2034 50");
        var twoNops = Extract("33.74.010.005.012-0345.0 33.74.070.012.004-0021.0");

        Assert.Equal("33.74.010.005.012-0345.0", nopAndNik[EntityNames.Nop]);
        Assert.Equal("3374014507900001", nopAndNik[EntityNames.Nik]);
        Assert.Equal("33.74.010.005.012-0345.0", nikAndNop[EntityNames.Nop]);
        Assert.Equal("3374014507900001", nikAndNop[EntityNames.Nik]);
        Assert.Equal("33.74.010.005.012-0345.0", twoNops[EntityNames.Nop]); // the first one
    }

    [Theory]
    [InlineData("33740100050120345")]        // 17 digits
    [InlineData("3374010005012034501")]      // 19 digits
    [InlineData("99.74.010.005.012-0345.0")] // no such province
    [InlineData("33.74.000.005.012-0345.0")] // no kecamatan 000
    public void ANumberWithoutTheNopStructureIsNotANop(string text) =>
        Assert.DoesNotContain(EntityNames.Nop, Extract(text).Keys);

    [Theory]
    [InlineData("3374 0145 0790 0001")]
    [InlineData("nik saya 3374-0145-0790-0001")]
    [InlineData("NIK: 337401 450790 0001.")]
    [InlineData("nik 3374.0145.0790.0001 mau cek kk")]
    public void ANikIsFoundHoweverItIsGroupedAndIsNeitherANopNorACustomerNumber(string text)
    {
        var entities = Extract(text);

        Assert.Equal("3374014507900001", entities[EntityNames.Nik]);
        Assert.DoesNotContain(EntityNames.Nop, entities.Keys);
        Assert.DoesNotContain(EntityNames.PdamCustomer, entities.Keys);
    }

    [Fact]
    public void EighteenDigitsThatReadAsANikAndTwoMoreAreANopUnlessANikIsAnnounced()
    {
        // 3374 0145 0790 0001 is a possible NIK, and with "12" a possible NOP (33.74.014.507.900-0011.2).
        Assert.Equal("33.74.014.507.900-0011.2", Extract("3374 0145 0790 0001 12")[EntityNames.Nop]);
        var announced = Extract("nik saya 3374 0145 0790 0001 12");
        Assert.Equal("3374014507900001", announced[EntityNames.Nik]);
        Assert.DoesNotContain(EntityNames.Nop, announced.Keys);
        // Semarang's NOPs never read as a NIK: the kecamatan's last digit and the kelurahan's first make day 00.
        Assert.False(Nik.TryParse("3374 0100 0501 2034", out _));
        Assert.Equal("33.74.010.005.012-0345.0", Extract("nik 3374 0100 0501 2034 50")[EntityNames.Nop]);
    }

    [Fact]
    public void ANikWithAPossibleBirthDateIsFound()
    {
        Assert.Equal("3374014507900001", Extract("nik saya 3374014507900001")[EntityNames.Nik]); // a woman born 5 July 1990
        Assert.DoesNotContain(EntityNames.Nik, Extract("3374013102900001").Keys); // 31 February
        Assert.DoesNotContain(EntityNames.Nik, Extract("3374011513900001").Keys); // month 13
        Assert.DoesNotContain(EntityNames.Nik, Extract("337401150790001").Keys);  // 15 digits
    }

    [Theory]
    [InlineData("pajak H 1234 AB berapa", "H 1234 AB")]
    [InlineData("h1234ab", "H 1234 AB")]
    [InlineData("H1234AB", "H 1234 AB")]
    [InlineData("plat H-4402-MN", "H 4402 MN")]
    [InlineData("h-1234-ab", "H 1234 AB")]
    [InlineData("pajak motor sy H.1234.AB kapan jatuh temponya?", "H 1234 AB")]
    [InlineData("nopol h 1234 ab.", "H 1234 AB")]
    [InlineData("AD 77 XY", "AD 77 XY")]
    [InlineData("B 1 A", "B 1 A")]
    [InlineData("mobil B 2668 HFX", "B 2668 HFX")]
    [InlineData("plat H 4333", "H 4333")]
    public void APlateIsFoundHoweverItIsWritten(string text, string plate) =>
        Assert.Equal(plate, Extract(text)[EntityNames.Plate]);

    [Theory]
    [InlineData("H.1234.AB", "H 1234 AB")]
    [InlineData("h-1234-ab", "H 1234 AB")]
    [InlineData("b 1 a.", "B 1 A")]
    public void APlateWrittenOnItsOwnIsParsed(string text, string plate)
    {
        Assert.True(PlateNumber.TryParse(text, out var parsed));
        Assert.Equal(plate, parsed.ToString());
    }

    [Theory]
    [InlineData("rt 5 rw 2")]
    [InlineData("RT 05 RW 02")]
    [InlineData("pajak 2 tahun")]
    [InlineData("buka jam 10")]
    [InlineData("jam 10.30")]
    [InlineData("tahun 2020")]
    [InlineData("th 2020")]
    [InlineData("kelas 3")]
    [InlineData("anak saya kelas 3 SD")]
    [InlineData("no. 12")]
    [InlineData("QQ 1234 AB")] // no such region
    public void WordsAndCountsAreNotPlates(string text) =>
        Assert.DoesNotContain(EntityNames.Plate, Extract(text).Keys);

    [Theory]
    [InlineData("01230045", "01230045")]
    [InlineData("no pelanggan 0123 0045", "01230045")]
    [InlineData("cek tagihan 0123-0045", "01230045")]
    [InlineData("pdam 0456.0078", "04560078")]
    [InlineData("No.0456 0078", "04560078")]
    [InlineData("pelanggan 0789 0012.", "07890012")]
    public void APdamCustomerNumberIsFoundPlainOrGrouped(string text, string number) =>
        Assert.Equal(number, Extract(text)[EntityNames.PdamCustomer]);

    [Theory]
    [InlineData("no pelanggan 2101004567")]  // ten digits: not Tirta Moedal's length
    [InlineData("pelanggan 210100456")]
    [InlineData("0123 0045 6")]              // part of a longer number
    [InlineData("12-12-2026")]                // a date
    [InlineData("buka jam 08.30-12.00")]     // a time
    [InlineData("tagihan 12.500.000")]        // an amount
    [InlineData("bayar rp 12500000")]
    [InlineData("pbb tahun 2023 2024")]       // two years
    [InlineData("RSW-2611-0042")]             // a booking code
    public void OtherNumbersOfEightDigitsAreNotCustomerNumbers(string text)
    {
        Assert.DoesNotContain(EntityNames.PdamCustomer, Extract(text).Keys);
        Assert.Null(PdamCustomerNumber.FindIn(text, 8)); // as the PDAM handler reads the raw text
    }

    [Fact]
    public void APdamCustomerNumberHasTheConfiguredLength()
    {
        Assert.Equal("2101004567", new EntityExtractor(10).Extract("no pelanggan 2101 0045 67", Now).Entities[EntityNames.PdamCustomer]);
        Assert.DoesNotContain(EntityNames.PdamCustomer, new EntityExtractor(10).Extract("no pelanggan 21010045", Now).Entities.Keys);
    }

    [Theory]
    [InlineData("antrean A-007 sudah dipanggil?", "A-007")]
    [InlineData("antrian b012", "B-012")]
    [InlineData("status laporan LPR-2026-00123", "LPR-2026-00123")]
    public void TicketsAreFound(string text, string ticket) =>
        Assert.Equal(ticket, Extract(text)[EntityNames.Ticket]);

    [Fact]
    public void AQueueNumberAndAReportCodeBelongToDifferentDomains()
    {
        Assert.Equal(Savira.Core.Understanding.Intent.Puskesmas, EntityDomains.Of(EntityNames.Ticket, "A-007"));
        Assert.Equal(Savira.Core.Understanding.Intent.Infrastruktur, EntityDomains.Of(EntityNames.Ticket, "LPR-2026-00123"));
        Assert.DoesNotContain(EntityNames.Ticket, Extract("B 123 XY").Keys); // a plate, not a ticket
    }

    [Theory]
    [InlineData("no rm 00123456 mau kontrol", "00123456")]
    [InlineData("kode booking RSW-2611-0042", "RSW-2611-0042")]
    [InlineData("REG-88213", "REG-88213")]
    public void RegistrationNumbersAreFound(string text, string code) =>
        Assert.Equal(code, Extract(text)[EntityNames.Registration]);

    [Theory]
    [InlineData("besok", "2026-11-27")]
    [InlineData("sesuk isa antri?", "2026-11-27")]
    [InlineData("hari ini", "2026-11-26")]
    [InlineData("lusa", "2026-11-28")]
    [InlineData("senin", "2026-11-30")]
    [InlineData("kamis", "2026-11-26")]       // today is a Thursday
    [InlineData("senin depan", "2026-11-30")] // Monday of next week
    [InlineData("jumat depan", "2026-12-04")]
    [InlineData("12/12", "2026-12-12")]
    [InlineData("tgl 3/1", "2027-01-03")]     // January has passed this year: the next one
    [InlineData("12-12-2026", "2026-12-12")]
    [InlineData("5 januari", "2027-01-05")]
    [InlineData("tanggal 30", "2026-11-30")]
    public void DatesAndDaysAreResolvedFromToday(string text, string date) =>
        Assert.Equal(date, Extract(text)[EntityNames.Date]);

    [Theory]
    [InlineData("31/2")]
    [InlineData("2 minggu lalu")]
    [InlineData("33.74.010.005.012-0345.0")]
    [InlineData("\u0661\u0662 desember")] // Arabic-Indic digits: not a date, and no exception either
    [InlineData("tgl \u0661\u0662")]
    [InlineData("\u0661\u0662/\u0660\u0663")]
    public void ImpossibleDatesAndNumbersAreNotDates(string text) =>
        Assert.DoesNotContain(EntityNames.Date, Extract(text).Keys);

    [Fact]
    public void TheDayOfAMonthIsTheNextOneFromToday() =>
        Assert.Equal(new DateOnly(2026, 12, 5), DateMention.FindIn("tgl 5", Today));

    [Fact]
    public void EntitiesAreBlankedFromTheTextLeftForTheWords()
    {
        var (entities, remainder) = Extractor.Extract("cek 33.74.010.005.012-0345.0 besok", Now);

        Assert.Equal(2, entities.Count);
        Assert.DoesNotContain(remainder, char.IsAsciiDigit);
        Assert.Contains("besok", remainder, StringComparison.Ordinal); // date words stay: they are words too
    }

    [Fact]
    public void PlaceNamesAreFoundFuzzilyAfterTheWordThatAnnouncesThem()
    {
        var normalizer = new TextNormalizer(Lexicon.Build([]), RootWords.Shipped.Contains);
        var gazetteer = new NameGazetteer(
        [
            new NamedPlace { Kind = EntityNames.Puskesmas, Name = "Puskesmas Kedungmundu", Aliases = ["kedung mundu"] },
            new NamedPlace { Kind = EntityNames.Puskesmas, Name = "Puskesmas Tlogosari Kulon" },
            new NamedPlace { Kind = EntityNames.Clinic, Name = "Poli Anak" },
        ], normalizer.Normalize);

        Dictionary<string, string> Find(string text) => gazetteer.Find(normalizer.Normalize(text)).ToDictionary(found => found.Kind, found => found.Name);

        Assert.Equal("Puskesmas Kedungmundu", Find("antri di pkm kedung mundu")[EntityNames.Puskesmas]);
        Assert.Equal("Puskesmas Kedungmundu", Find("puskesmas kedungmundhu")[EntityNames.Puskesmas]); // a typo
        Assert.Equal("Puskesmas Tlogosari Kulon", Find("puskesmas tlogosarikulon")[EntityNames.Puskesmas]);
        Assert.Equal("Poli Anak", Find("jadwal poli anak")[EntityNames.Clinic]);
        Assert.Empty(Find("anak saya sakit di kedungmundu")); // no announcing word: a place, not a named entity
    }
}
