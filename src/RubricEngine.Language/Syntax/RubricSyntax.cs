using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>
/// A whole rubric file as written: its declarations in source order. The root of the syntax tree that both
/// front ends produce; <c>Binding/Binder</c> turns it into a <c>Model.Rubrics.Rubric</c>.
/// </summary>
/// <param name="Path">The file path, used in every span.</param>
/// <param name="Declarations">The declarations that parsed, in source order.</param>
/// <param name="Span">The whole file.</param>
internal sealed record RubricSyntax(string Path, ValueArray<DeclarationSyntax> Declarations, SourceSpan Span) : SyntaxNode(Span);
