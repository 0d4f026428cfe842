using RubricEngine.Language.Syntax;

namespace RubricEngine.Language.Yaml;

/// <summary>The header keys at the top of the document, the outcomes and the overall score.</summary>
internal sealed partial class YamlLoader
{
    private void ReadHeader(YamlMapping top)
    {
        if (top.Name("rubric") is not { } id) // when absent, the binder reports the missing header for both forms
        {
            return;
        }

        _declarations.Add(new HeaderSyntax(
            id, top.Text("version"), top.Texts("title"), top.Texts("description"), top.Text("source"), top.Text("citation"), top.Map.Entry("rubric")!.Span,
            top.Number("display_precision")));
    }

    /// <summary><c>outcomes: {fundable: {title: ...}, reject: {}}</c>; an empty value is an outcome without a title.</summary>
    private void ReadOutcomes(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "outcomes"))
        {
            var what = YamlPhrases.Outcome(name.Text);
            if (entry.Value is YScalar { IsNull: true })
            {
                _declarations.Add(new OutcomeSyntax(name, TextsSyntax.None, entry.Span));
            }
            else if (Open(entry.Value, what, YamlPhrases.Mapping, "title") is { } outcome)
            {
                _declarations.Add(new OutcomeSyntax(name, outcome.Texts("title"), entry.Span));
            }
        }
    }
}
