using System.Xml.Linq;
using Savira.Bot.Channels.Twilio;
using Savira.Core.Replies;
using Twilio.TwiML;

namespace Savira.Tests.Channels;

public sealed class TwimlReplyTests
{
    [Fact]
    public void IsTheDocumentTwiliosMessagingResponseBuildsForEveryReplyInARow()
    {
        string[][] replies =
        [
            ["Halo! 👋 Selamat datang di *Savira*.\n1. PBB\n2. PDAM"],
            ["Tagihan & denda: <Rp 0>", "Ketik *menu* 'untuk' \"kembali\"."],
            [],
            ["Satu lagi, setelah balasan kosong."],
        ];

        foreach (var messages in replies)
        {
            var expected = new MessagingResponse();
            foreach (var message in messages)
                expected.Message(message);

            var written = TwimlReply.For(new Reply { Messages = messages });

            Assert.StartsWith("""<?xml version="1.0" encoding="utf-8"?>""", written, StringComparison.Ordinal);
            Assert.True(XNode.DeepEquals(expected.ToXDocument().Root, XDocument.Parse(written).Root), written);
        }
    }

    [Fact]
    public void ControlCharactersXmlCannotCarryAreLeftOut()
    {
        var written = TwimlReply.For(new Reply { Messages = ["Laporan Anda: \"jalan\u0001 rusak\u001F\"\tdi\nsini"] });

        var message = Assert.Single(XDocument.Parse(written).Root!.Elements("Message"));
        Assert.Equal("Laporan Anda: \"jalan rusak\"\tdi\nsini", message.Value);
    }

    [Fact]
    public async Task ThreadsWritingAtOnceEachGetTheirOwnReply()
    {
        var written = await Task.WhenAll(Enumerable.Range(0, 64).Select(number => Task.Run(() =>
            Enumerable.Range(0, 50).Select(turn => TwimlReply.For(new Reply { Messages = [$"warga {number} pesan {turn}"] })).ToList())));

        for (var number = 0; number < written.Length; number++)
        {
            for (var turn = 0; turn < 50; turn++)
                Assert.Equal($"warga {number} pesan {turn}", XDocument.Parse(written[number][turn]).Root!.Element("Message")!.Value);
        }
    }
}
