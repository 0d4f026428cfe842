using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// One line of a JSON Lines file that holds exactly one dossier object, as valid UTF-8 bytes not yet parsed. The
/// reader hands these out and the screening workers parse them, so parsing does not run one line at a time inside
/// the reader; positions are those the reader would have given, since the same parser runs on the same bytes.
/// </summary>
internal sealed class UnparsedLine(byte[] utf8, string path, int lineNumber)
{
    /// <summary>The line's bytes, valid UTF-8.</summary>
    public byte[] Utf8 => utf8;

    public string Path => path;

    public int LineNumber => lineNumber;

    public SourceSpan Start => SourceSpan.At(path, lineNumber, 1);

    /// <summary>Just after the object's closing brace: the line's characters without trailing whitespace.</summary>
    public SourceSpan End => SourceSpan.At(path, lineNumber, System.Text.Encoding.UTF8.GetCharCount(utf8.AsSpan().TrimEnd(" \t\r"u8)) + 1);

    public RawDossier Parse()
    {
        var root = JsonRawParser.Parse(utf8, path, lineNumber, out var error);
        return root is null ? new RawDossier(null, error, error!.Span) : RawDocuments.Split(root).Single();
    }

    /// <summary>
    /// True when the line can only be one dossier object: it starts with <c>{</c>, is valid UTF-8 (invalid bytes are
    /// first replaced, as a text reader does), and does not mention <c>dossiers</c>, even through a <c>\u</c> escape
    /// (<c>{"dossiers": [...]}</c> holds several). Any other line is parsed by the reader itself.
    /// </summary>
    public static bool HoldsOneObject(ReadOnlySpan<byte> line)
    {
        var text = line.TrimStart(" \t\r"u8);
        return text.Length > 0 && text[0] == (byte)'{' && text.IndexOf("dossiers"u8) < 0 && text.IndexOf("\\u"u8) < 0
            && System.Text.Unicode.Utf8.IsValid(text);
    }
}
