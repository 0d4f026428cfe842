using RubricEngine.Language.Parsing;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using Sprache;
using ScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Expressions written as YAML scalars (<c>when: lifecycle_emissions &lt; 100 gCO2e/kWh</c>), parsed by the DSL's
/// own expression parser so both forms share one grammar. The parser reads the scalar where it sits in the
/// YAML file, so every span, and every syntax error, points at the YAML line and column.
/// </summary>
internal static class YamlExpressions
{
    /// <summary>The expression in a scalar, or null when it is missing or does not parse (reported).</summary>
    public static ExpressionSyntax? Parse(YamlContext context, YNode node, DiagnosticPhrase subject) =>
        YamlScalars.NonEmpty(context, node, subject) is { } scalar ? Parse(context, scalar) : null;

    public static ExpressionSyntax? Parse(YamlContext context, YScalar scalar)
    {
        var input = InputFor(context, scalar);
        try
        {
            var result = Parser.Expression(input);
            if (!result.WasSuccessful)
            {
                ReportSyntaxError(result, context);
                return null;
            }

            var after = Parser.SkipTrivia((ChunkInput)result.Remainder);
            if (!after.AtEnd)
            {
                ReportSyntaxError(Result.Failure<ExpressionSyntax>(after, "expected the end", ["an operator or the end of the expression"]), context);
                return null;
            }

            return SyntaxDepth.Check(result.Value, context.Report) ? result.Value : null;
        }
        catch (InsufficientExecutionStackException)
        {
            context.Report(DiagnosticCatalog.NestingTooDeep, scalar.Span, SyntaxDepth.MaxDepth);
        }
#pragma warning disable CA1031 // A parser bug must become a diagnostic, never a crash of the caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Report(DiagnosticCatalog.ParserFailure, scalar.Span, e.GetType().Name);
        }

        return null;
    }

    /// <summary>
    /// Reports a syntax error as the DSL does, except that the DSL's "end of declaration" is, in YAML, the end of
    /// the scalar that holds the expression.
    /// </summary>
    private static void ReportSyntaxError(IResult<ExpressionSyntax> failure, YamlContext context) =>
        SyntaxErrors.Report(failure, context.Diagnostics, DiagnosticPhrases.EndOfExpression);

    /// <summary>
    /// The scalar's text as parser input. When the source between the quotes or after a block indicator holds
    /// the same words as the value (no escapes), the parser reads the file itself and positions are exact.
    /// Otherwise it reads the value, placed at the scalar's position, so positions stay close.
    /// </summary>
    private static ChunkInput InputFor(YamlContext context, YScalar scalar)
    {
        var (start, end) = ContentRange(context.Text, scalar);
        if (start <= end && end <= context.Text.Length && Words(context.Text.AsSpan(start, end - start)) == Words(scalar.Value))
        {
            return new ChunkInput(context.Source, start, end);
        }

        var placed = new SourceText(context.Path, context.Text[..start] + scalar.Value);
        return new ChunkInput(placed, start, placed.Text.Length);
    }

    /// <summary>The scalar's content in the file: between its quotes, below a block header, or the plain text itself.</summary>
    internal static (int Start, int End) ContentRange(string text, YScalar scalar)
    {
        var start = Math.Min(scalar.StartIndex, text.Length);
        var end = Math.Min(Math.Max(scalar.EndIndex, start), text.Length);
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when end - start >= 2:
                return (start + 1, end - 1);
            case ScalarStyle.Literal or ScalarStyle.Folded:
                var lineEnd = text.IndexOf('\n', start, end - start);
                return (lineEnd < 0 ? end : lineEnd + 1, end);
            default:
                return (start, end);
        }
    }

    /// <summary>The text with every run of whitespace made one space: YAML folding only changes whitespace.</summary>
    internal static string Words(ReadOnlySpan<char> text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
