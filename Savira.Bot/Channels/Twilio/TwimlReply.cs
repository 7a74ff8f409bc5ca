using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using Savira.Core.Replies;
using Twilio.TwiML;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// The TwiML answering a webhook: built by Twilio's <see cref="MessagingResponse"/> and written by XLinq,
/// as <c>MessagingResponse.ToString()</c> does, but through one XmlWriter kept per thread. A new XmlWriter
/// allocates 16 KB of buffers, which on every message cost more than the rest of the reply.
/// </summary>
public static class TwimlReply
{
    const string Declaration = """<?xml version="1.0" encoding="utf-8"?>""";

    [ThreadStatic] static StringBuilder? text;
    [ThreadStatic] static XmlWriter? writer;

    public static string For(Reply reply)
    {
        var response = new MessagingResponse();
        foreach (var message in reply.Messages)
            response.Message(WithoutCharactersXmlForbids(message));
        return Write(response);
    }

    static string Write(MessagingResponse response)
    {
        if (writer is null || text is null)
        {
            text = new StringBuilder(1024);
            writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture),
                new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true });
        }

        text.Clear().Append(Declaration);
        try
        {
            response.ToXDocument().Root!.WriteTo(writer);
            writer.Flush();
        }
        catch
        {
            writer = null; // its state is unknown now; the next call makes a new one
            throw;
        }
        return text.ToString();
    }

    /// <summary>
    /// A citizen's text echoed back may hold control characters, which XML 1.0 cannot carry. (Lone
    /// surrogates cannot occur: text decoded from the form's UTF-8 has them replaced already.)
    /// </summary>
    static string WithoutCharactersXmlForbids(string message)
    {
        if (message.AsSpan().IndexOfAny(ForbiddenInXml) < 0)
            return message;
        return string.Concat(message.Where(character => !ForbiddenInXml.Contains(character)));
    }

    static readonly SearchValues<char> ForbiddenInXml = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(code => code is not ('\t' or '\n' or '\r')).Select(code => (char)code)) + "\uFFFE\uFFFF");
}
