using Savira.Bot.Operators.Knowledge;
using Savira.Core.Replies;

namespace Savira.Tests.Operators.Knowledge;

/// <summary>The console's preview formats an answer as WhatsApp does and cuts it where the reply would be cut.</summary>
public sealed class WhatsAppPreviewTests
{
    [Theory]
    [InlineData("*Syarat:*", "<strong>Syarat:</strong>")]
    [InlineData("bawa _KK asli_ ya", "bawa <em>KK asli</em> ya")]
    [InlineData("~Rp 50.000~ gratis", "<s>Rp 50.000</s> gratis")]
    [InlineData("baris satu\nbaris dua", "baris satu<br>baris dua")]
    [InlineData("2*3*4 dan snake_case_name", "2*3*4 dan snake_case_name")] // markers inside words are text
    [InlineData("* bukan tebal *", "* bukan tebal *")]
    [InlineData("<script>alert(1)</script> & *x*", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>x</strong>")]
    public void MarkupIsFormattedAndEverythingElseIsText(string message, string html) =>
        Assert.Equal(html, WhatsAppPreview.Format(message));

    [Fact]
    public void AnAnswerPastOneMessageShowsEachMessageWhereTheReplyIsCut()
    {
        var answer = string.Join("\n", Enumerable.Range(1, 30).Select(line => $"Baris {line}: layanan adminduk keliling hadir setiap Minggu."));

        var html = WhatsAppPreview.Html(answer);

        var messages = WhatsAppText.Split(answer);
        Assert.Equal(2, messages.Count);
        Assert.Equal(messages.Count, html.Split("class=\"bubble\"").Length - 1);
        Assert.Single(html.Split("class=\"cut\"").Skip(1));
        var cut = html.IndexOf("class=\"cut\"", StringComparison.Ordinal);
        Assert.Contains(messages[0].Split('\n')[^1], html[..cut], StringComparison.Ordinal);
        Assert.Contains(messages[1].Split('\n')[0], html[cut..], StringComparison.Ordinal);
    }
}
