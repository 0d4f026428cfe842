using RubricEngine.Model.Diagnostics;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// After a long declaration fails, parses its head and each of its parts (indicators, givens, fields) on their
/// own, so that one broken indicator does not hide the errors in the next ones.
/// </summary>
internal static class DeclarationRecovery
{
    /// <summary>Reports the errors of each part; false when the parts all parse (the caller reports the whole).</summary>
    public static bool ReportParts(ChunkInput chunk, DiagnosticBag diagnostics)
    {
        var start = Parser.SkipTrivia(chunk);
        var keyword = SyntaxErrors.Describe(start).Text;
        if (Parser.PartsOf(keyword) is not { } plan)
        {
            return false;
        }

        var bounds = PartStarts(chunk, plan.Starts).Append(chunk.End).ToList();
        var reported = false;
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var piece = new ChunkInput(chunk.Text, bounds[i], bounds[i + 1]);
            var result = i == 0 ? Parser.Declaration.Select(_ => true)(piece) : plan.Part(piece);
            if (!result.WasSuccessful)
            {
                SyntaxErrors.Report(result, diagnostics);
                reported = true;
            }
        }

        return reported;
    }

    /// <summary>The chunk's start, then the start of every line whose first word starts a part.</summary>
    private static IEnumerable<int> PartStarts(ChunkInput chunk, HashSet<string> starts)
    {
        yield return chunk.Position;
        var text = chunk.Text;
        var (firstLine, _) = text.Position(chunk.Position);
        for (var line = firstLine + 1; line <= text.LineCount; line++)
        {
            var offset = text.LineStart(line);
            if (offset >= chunk.End)
            {
                yield break;
            }

            var word = Parser.SkipTrivia(chunk.At(offset));
            if (text.Position(word.Position).Line == line && starts.Contains(SyntaxErrors.Describe(word).Text))
            {
                yield return offset;
            }
        }
    }
}
