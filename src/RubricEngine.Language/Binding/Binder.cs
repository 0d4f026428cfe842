using RubricEngine.Language.Formatting;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Binding;

/// <summary>
/// Turns a syntax tree, from the DSL or from YAML, into the validated model: resolves names, checks types,
/// units and dimensions, finds cycles, and checks weights, tiers and examples. It reports every problem it
/// finds; the rubric is produced only when there is no error.
/// </summary>
internal sealed partial class Binder
{
    private readonly RubricSyntax _syntax;
    private readonly BindingContext _context;
    private readonly ExpressionBinder _expressions;

    private Binder(RubricSyntax syntax, DiagnosticBag diagnostics)
    {
        _syntax = syntax;
        _context = new BindingContext(diagnostics);
        _expressions = new ExpressionBinder(_context);
    }

    /// <summary>Binds a rubric; null when any error was reported (by the binder or before it).</summary>
    public static Rubric? Bind(RubricSyntax syntax, DiagnosticBag diagnostics) => new Binder(syntax, diagnostics).Run();

    private IEnumerable<T> Declarations<T>()
        where T : DeclarationSyntax => _syntax.Declarations.OfType<T>();

    private Rubric? Run()
    {
        var errorsBefore = _context.Diagnostics.HasErrors;
        var metadata = BindHeader();
        var units = BindUnits();
        DeclareSymbols();
        var inputs = BindInputs();
        var derived = BindDerived();
        var criteria = BindCriteria();
        var groups = BindGroups();
        var score = BindScore(groups);
        var classifications = BindClassifications();
        var notes = BindNotes();
        var exclusion = BindExclusion();
        var classificationNames = Declarations<ClassificationSyntax>().Select(c => c.Name?.Text).OfType<string>().ToList();
        var examples = new ExampleBinder(_context, classificationNames).Bind(Declarations<ExampleSyntax>());
        CheckCycles();
        if (errorsBefore || _context.Diagnostics.HasErrors || metadata is null || classifications is null)
        {
            return null;
        }

        var rubric = new Rubric(metadata, BindOutcomes(), inputs, derived, criteria, groups, score, classifications[0], examples, _syntax.Span)
        {
            OtherClassifications = classifications.Skip(1).ToValueArray(),
            Notes = notes,
            CohortExclusion = exclusion,
            Units = units,
        };
        CheckExclusion(rubric);
        WarnUnusedInputs(rubric);
        return _context.Diagnostics.HasErrors ? null : rubric;
    }

    private RubricMetadata? BindHeader()
    {
        var headers = Declarations<HeaderSyntax>().ToList();
        if (headers.Count == 0)
        {
            _context.Report(DiagnosticCatalog.MissingHeader, SourceSpan.At(_syntax.Path, 1, 1));
            return null;
        }

        foreach (var extra in headers.Skip(1))
        {
            _context.Report(DiagnosticCatalog.DuplicateDeclaration, extra.Span, "rubric", headers[0].Span.Line);
        }

        var h = headers[0];
        return new RubricMetadata(
            h.Id.Text, h.Version?.Value ?? string.Empty, Texts(h.Title), Texts(h.Description), h.Source?.Value, h.Citation?.Value, h.Span,
            DisplayPrecision(h.DisplayPrecision));
    }

    /// <summary>Decimal places for display: a whole number from 0 to <see cref="NumberText.MaxPrecision"/> (RUB0229 otherwise).</summary>
    private int? DisplayPrecision(Spanned<decimal>? written)
    {
        if (written is not { } places)
        {
            return null;
        }

        if (places.Value >= 0 && places.Value <= NumberText.MaxPrecision && places.Value == decimal.Truncate(places.Value))
        {
            return (int)places.Value;
        }

        _context.Report(DiagnosticCatalog.InvalidDisplayPrecision, places.Span, NumberText.MaxPrecision, DslWriter.Number(places.Value));
        return null;
    }

    private ValueArray<OutcomeDeclaration> BindOutcomes() =>
        Declarations<OutcomeSyntax>()
            .GroupBy(o => o.Name.Text, StringComparer.Ordinal)
            .Select(g => new OutcomeDeclaration(g.Key, Texts(g.First().Title), g.First().Span))
            .ToValueArray();

    /// <summary>A multilingual text; a language given twice is reported.</summary>
    private LocalizedText Texts(TextsSyntax syntax)
    {
        var seen = new Dictionary<string, LanguageTextSyntax>(StringComparer.Ordinal);
        foreach (var entry in syntax.Entries)
        {
            if (!seen.TryAdd(entry.Language, entry))
            {
                _context.ReportDuplicate(new NameSyntax(entry.Language, entry.Span), seen[entry.Language].Span);
            }
        }

        return LocalizedText.Of([.. seen.Values.Select(e => (e.Language, e.Text))]);
    }
}
