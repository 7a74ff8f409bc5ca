namespace Savira.Core.Services.Faq;

/// <summary>Turns a citizen's text into comparable terms; the matcher's Indonesian normaliser can take its place.</summary>
public interface ITextNormalizer
{
    IReadOnlyList<string> Terms(string text);
}
