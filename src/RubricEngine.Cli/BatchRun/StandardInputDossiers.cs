using System.Text;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Dossiers piped in on standard input (<c>--dossiers -</c>), read as they arrive. The format is the one
/// <c>--input-format</c> states, or else is told from the first line that is not blank: <c>{...}</c> on one
/// line is JSON Lines, <c>[</c> or an unclosed <c>{</c> is JSON, <c>---</c>, <c>#</c> or <c>key:</c> is YAML,
/// anything else CSV.
/// </summary>
internal static class StandardInputDossiers
{
    /// <summary>The name standard input goes by in diagnostics.</summary>
    public const string Name = "<stdin>";

    public static readonly string[] Formats = ["jsonl", "json", "csv", "yaml"];

    /// <summary>
    /// The dossiers on <paramref name="input"/>, read only as they are enumerated, so that the batch's
    /// interruption also stops a wait for input that does not come (<see cref="InterruptibleReader"/>).
    /// </summary>
    public static IEnumerable<DossierReadResult> Read(DossierReader reader, TextReader input, string? stated, CancellationToken interrupted)
    {
        var interruptible = new InterruptibleReader(input, interrupted);
        var prefix = new StringBuilder();
        string? first;
        while ((first = interruptible.ReadLine()) is not null)
        {
            prefix.Append(first).Append('\n');
            if (!string.IsNullOrWhiteSpace(first))
            {
                break;
            }
        }

        var format = stated is null ? Sniff(first?.Trim() ?? string.Empty) : Parse(stated);
        foreach (var read in reader.Read(new PrefixedReader(prefix.ToString(), interruptible), Name, format))
        {
            yield return read;
        }
    }

    internal static DossierFormat Sniff(string line) => line switch
    {
        _ when line.StartsWith('{') && line.EndsWith('}') => DossierFormat.JsonLines,
        _ when line.StartsWith('{') || line.StartsWith('[') => DossierFormat.Json,
        _ when line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith('#') => DossierFormat.Yaml,
        _ when LooksLikeYamlKey(line) => DossierFormat.Yaml,
        _ => DossierFormat.Csv,
    };

    private static bool LooksLikeYamlKey(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && line[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-') && !line.Contains(',', StringComparison.Ordinal);
    }

    private static DossierFormat Parse(string stated) => stated switch
    {
        "jsonl" => DossierFormat.JsonLines,
        "json" => DossierFormat.Json,
        "yaml" => DossierFormat.Yaml,
        _ => DossierFormat.Csv,
    };

    /// <summary>Replays the lines read to sniff the format, then reads on from the stream.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        private bool InPrefix => _position < prefix.Length;

        public override int Peek() => InPrefix ? prefix[_position] : rest.Peek();

        public override int Read() => InPrefix ? prefix[_position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (!InPrefix)
            {
                return rest.Read(buffer, index, count);
            }

            var taken = Math.Min(count, prefix.Length - _position);
            prefix.CopyTo(_position, buffer, index, taken);
            _position += taken;
            return taken;
        }

        public override int Read(Span<char> buffer)
        {
            if (!InPrefix)
            {
                return rest.Read(buffer);
            }

            var taken = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, taken).CopyTo(buffer);
            _position += taken;
            return taken;
        }

        // The prefix holds whole lines, so a line never straddles it and the stream.
        public override string? ReadLine()
        {
            if (!InPrefix)
            {
                return rest.ReadLine();
            }

            var end = prefix.IndexOf('\n', _position);
            var line = prefix[_position..end];
            _position = end + 1;
            return line;
        }
    }
}
