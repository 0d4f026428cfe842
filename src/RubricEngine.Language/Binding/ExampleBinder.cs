using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>
/// Embedded examples: a dossier from the givens, the expected outcome, the expected outcomes of named
/// classifications and the expected verdicts.
/// </summary>
internal sealed class ExampleBinder(BindingContext context, IReadOnlyList<string> classifications)
{
    public ValueArray<Example> Bind(IEnumerable<ExampleSyntax> examples)
    {
        var seen = new Dictionary<string, ExampleSyntax>(StringComparer.Ordinal);
        var bound = new List<Example>();
        foreach (var example in examples)
        {
            if (!seen.TryAdd(example.Name.Value, example))
            {
                context.ReportDuplicate(new NameSyntax(example.Name.Value, example.Name.Span), seen[example.Name.Value].Name.Span);
                continue;
            }

            if (BindOne(example) is { } ok)
            {
                bound.Add(ok);
            }
        }

        return bound.ToValueArray();
    }

    /// <summary>The kind after <c>as</c>; a word that names no kind is RUB0251.</summary>
    private VerificationKind? Verification(GivenSyntax given)
    {
        if (given.Verification is not { } word)
        {
            return null;
        }

        var kind = VerificationKinds.Parse(word.Text);
        if (kind is null)
        {
            context.Report(DiagnosticCatalog.UnknownVerificationKind, word.Span, word.Text, BindingContext.DidYouMean(word.Text, VerificationKinds.Words));
        }

        return kind;
    }

    private Example? BindOne(ExampleSyntax example)
    {
        // Givens are grouped by input in name order before evidence ids are assigned, so the ids do not
        // depend on the order the author wrote them in, and formatting (which sorts) keeps them.
        var values = new List<(string Input, EvidencedValue Value)>();
        var evidence = new List<EvidenceItem>();
        var valid = true;
        foreach (var given in example.Givens.OrderBy(g => g.Input.Text, StringComparer.Ordinal))
        {
            var value = BindGiven(given);
            valid &= value is not null;
            var ids = new List<string>();
            if (given.Document is not null || given.VerifiedBy is not null || given.Method is not null || given.Verification is not null)
            {
                var id = "e" + (evidence.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                evidence.Add(new EvidenceItem(id, given.Document?.Value, null, given.VerifiedBy?.Value, null, given.Span, given.Method?.Value, Verification(given)));
                ids.Add(id);
            }

            if (value is not null)
            {
                values.Add((given.Input.Text, new EvidencedValue(value, ids.ToValueArray(), given.Span)));
            }
        }

        var outcome = ExpectedOutcome(example);
        var verdicts = example.ExpectedVerdicts.Where(CheckCriterion).Select(v => new ExpectedVerdict(v.Criterion.Text, v.Verdict, v.Span)).ToValueArray();
        var expectedClassifications = example.ExpectedClassifications.Where(CheckClassification)
            .Select(c => new ExpectedClassification(c.Classification.Text, c.Outcome.Text, c.Span)).ToValueArray();
        if (!valid || outcome is null || verdicts.Count != example.ExpectedVerdicts.Count || expectedClassifications.Count != example.ExpectedClassifications.Count)
        {
            return null;
        }

        var entries = values.GroupBy(v => v.Input, StringComparer.Ordinal)
            .Select(g => new DossierEntry(g.Key, g.Select(v => v.Value).ToValueArray()))
            .ToValueArray();
        var dossier = new Dossier(example.Name.Value, example.AssessedOn?.Value, entries, evidence.ToValueArray(), example.Span);
        return new Example(example.Name.Value, dossier, outcome, verdicts, example.Span) { ExpectedClassifications = expectedClassifications };
    }

    private Value? BindGiven(GivenSyntax given)
    {
        var symbol = context.Symbols.Find(given.Input.Text);
        if (symbol is not { Kind: SymbolKind.Input })
        {
            var inputs = context.Symbols.All.Where(s => s.Kind == SymbolKind.Input).Select(s => s.Name);
            context.Report(DiagnosticCatalog.UnknownName, given.Input.Span, given.Input.Text, BindingContext.DidYouMean(given.Input.Text, inputs));
            return null;
        }

        return (symbol.Type, given.Value, given.Table) switch
        {
            (null, _, _) => null, // the input's own type was invalid, reported there
            (ListType list, _, { } table) => ExampleTables.Bind(given.Input.Text, list, table, context),
            (ListType or null, { } value, _) => ExampleValues.Convert(value, symbol.Type, given.Input.Text, context),
            (not ListType, { } value, _) => ExampleValues.Convert(value, symbol.Type, given.Input.Text, context, RangeBinder.Declared(symbol)),
            _ => TableForScalar(given, symbol.Type),
        };
    }

    private Value? TableForScalar(GivenSyntax given, DataType type)
    {
        context.Report(DiagnosticCatalog.TypeMismatch, given.Table?.Span ?? given.Span, DiagnosticPhrases.SingleValueFor(type, given.Input.Text), DiagnosticPhrases.ATable);
        return null;
    }

    private string? ExpectedOutcome(ExampleSyntax example)
    {
        if (example.ExpectedOutcome is not { } outcome)
        {
            context.Report(DiagnosticCatalog.MissingClause, example.Name.Span, DiagnosticPhrases.ExampleNeedsOutcome(example.Name.Value));
            return null;
        }

        if (outcome.Text != Rubric.InsufficientEvidence && !context.Outcomes.ContainsKey(outcome.Text))
        {
            var known = context.Outcomes.Keys.Append(Rubric.InsufficientEvidence);
            context.Report(DiagnosticCatalog.UnknownOutcome, outcome.Span, outcome.Text, BindingContext.DidYouMean(outcome.Text, known));
            return null;
        }

        return outcome.Text;
    }

    /// <summary><c>expect loan_gate outcome loan</c>: a named classification (RUB0228) and a declared outcome (RUB0204).</summary>
    private bool CheckClassification(ExpectedClassificationSyntax expected)
    {
        if (!classifications.Contains(expected.Classification.Text))
        {
            context.Report(DiagnosticCatalog.NotAClassification, expected.Classification.Span, expected.Classification.Text,
                BindingContext.DidYouMean(expected.Classification.Text, classifications));
            return false;
        }

        if (expected.Outcome.Text != Rubric.InsufficientEvidence && !context.Outcomes.ContainsKey(expected.Outcome.Text))
        {
            var known = context.Outcomes.Keys.Append(Rubric.InsufficientEvidence);
            context.Report(DiagnosticCatalog.UnknownOutcome, expected.Outcome.Span, expected.Outcome.Text, BindingContext.DidYouMean(expected.Outcome.Text, known));
            return false;
        }

        return true;
    }

    private bool CheckCriterion(ExpectedVerdictSyntax verdict)
    {
        if (context.Symbols.Find(verdict.Criterion.Text) is { Kind: SymbolKind.Criterion })
        {
            return true;
        }

        var criteria = context.Symbols.All.Where(s => s.Kind == SymbolKind.Criterion).Select(s => s.Name);
        context.Report(DiagnosticCatalog.UnknownName, verdict.Criterion.Span, verdict.Criterion.Text, BindingContext.DidYouMean(verdict.Criterion.Text, criteria));
        return false;
    }
}
