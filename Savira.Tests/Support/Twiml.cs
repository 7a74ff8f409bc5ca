using System.Xml.Linq;

namespace Savira.Tests.Support;

public static class Twiml
{
    /// <summary>The text of each &lt;Message&gt; in a TwiML response, in order.</summary>
    public static IReadOnlyList<string> Messages(string twiml) =>
        XDocument.Parse(twiml).Root!.Elements("Message").Select(message => message.Value).ToList();
}
