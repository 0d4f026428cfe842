using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// The DSL front end: parses a <c>.rubric</c> text into the syntax tree, one declaration at a time.
/// It never throws for bad input: every broken declaration becomes a diagnostic and parsing resumes at the
/// next declaration.
/// </summary>
internal static class DslParser
{
    public static RubricSyntax Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var source = new SourceText(path, text);
        var declarations = new List<DeclarationSyntax>();
        foreach (var (start, end) in DeclarationSplitter.Split(source))
        {
            var input = new ChunkInput(source, start, end);
            if (Parser.SkipTrivia(input).AtEnd)
            {
                continue; // blank lines and comments only
            }

            if (ParseDeclaration(input, diagnostics) is { } declaration && SyntaxDepth.Check(declaration, diagnostics))
            {
                declarations.Add(declaration);
            }
        }

        return new RubricSyntax(path, declarations.ToValueArray(), source.Span(0, text.Length));
    }

    private static DeclarationSyntax? ParseDeclaration(ChunkInput input, DiagnosticBag diagnostics)
    {
        try
        {
            var result = Parser.Declaration(input);
            if (result.WasSuccessful)
            {
                return result.Value;
            }

            if (!DeclarationRecovery.ReportParts(input, diagnostics))
            {
                SyntaxErrors.Report(result, diagnostics);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Report(DiagnosticCatalog.NestingTooDeep, StartOf(input), SyntaxDepth.MaxDepth);
        }
#pragma warning disable CA1031 // A parser bug must become a diagnostic, never a crash of the caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Report(DiagnosticCatalog.ParserFailure, StartOf(input), e.GetType().Name);
        }

        return null;
    }

    private static Model.Text.SourceSpan StartOf(ChunkInput input)
    {
        var at = Parser.SkipTrivia(input);
        return at.Text.Span(at.Position, at.Position);
    }
}
