using Savira.Core.Replies;

namespace Savira.Tests.Replies;

public sealed class WhatsAppTextTests
{
    [Fact]
    public void ShortTextStaysOneMessage()
    {
        Assert.Equal(["Halo!\nApa kabar?"], WhatsAppText.Split("Halo!\r\nApa kabar?\n"));
    }

    [Fact]
    public void LongTextIsCutAtLineEndsKeepingEveryLine()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"{i}. baris nomor {i} yang berisi keterangan layanan").ToList();

        var messages = WhatsAppText.Split(string.Join('\n', lines));

        Assert.True(messages.Count > 1);
        Assert.All(messages, message => Assert.True(message.Length <= WhatsAppText.MaxMessageLength));
        Assert.Equal(lines, messages.SelectMany(message => message.Split('\n')));
    }

    [Fact]
    public void LineLongerThanAMessageIsCutBetweenWords()
    {
        var words = Enumerable.Range(1, 600).Select(i => $"kata{i}").ToList();

        var messages = WhatsAppText.Split(string.Join(' ', words));

        Assert.All(messages, message => Assert.True(message.Length <= WhatsAppText.MaxMessageLength));
        Assert.Equal(words, messages.SelectMany(message => message.Split(' ')));
    }

    [Fact]
    public void WordLongerThanAMessageIsCutAnywhere()
    {
        var messages = WhatsAppText.Split(new string('x', 4000));

        Assert.Equal([1600, 1600, 800], messages.Select(message => message.Length));
    }
}
