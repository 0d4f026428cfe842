using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>Notes and warnings: a boolean condition, a message whose placeholders name declared values, a unique name.</summary>
internal sealed partial class Binder
{
    private ValueArray<Note> BindNotes()
    {
        var notes = new List<Note>();
        var names = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
        foreach (var syntax in Declarations<NoteSyntax>())
        {
            if (_context.Symbols.Find(syntax.Name.Text) is { } symbol)
            {
                _context.ReportDuplicate(syntax.Name, symbol.Span);
            }
            else if (!names.TryAdd(syntax.Name.Text, syntax.Name))
            {
                _context.ReportDuplicate(syntax.Name, names[syntax.Name.Text].Span);
            }

            var condition = _expressions.BindExpecting(syntax.Condition, t => t is BooleanType, DiagnosticPhrases.BooleanCondition);
            PlaceholderChecker.Check(syntax.Message, _context);
            if (condition is not null)
            {
                notes.Add(new Note(syntax.Name.Text, syntax.Severity, condition, Texts(syntax.Title), Texts(syntax.Message), syntax.Span));
            }
        }

        return notes.ToValueArray();
    }
}
