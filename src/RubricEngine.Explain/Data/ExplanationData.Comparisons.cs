using System.Globalization;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Every comparison of a criterion with a threshold, in full: the value as given with its unit and evidence, the
/// value in the threshold's unit with the exact conversion factor, the operator and threshold as the rubric wrote
/// them, the result from the trace, and for an unknown value its reason; for values that disagree, every
/// candidate with its evidence, the conflict policy applied, and which values it set aside.
/// </summary>
internal sealed partial class ExplanationData
{
    private ScriptArray Comparisons(CriterionResult result)
    {
        var condition = rubric.Criterion(result.Name)?.Condition;
        if (condition is null)
        {
            return [];
        }

        var step = CriterionStep(result.Name);
        var comparisons = ExprWalker.Descendants(condition).OfType<BinaryExpr>()
            .Select(b => (Expr: b, Turned: b.WithConstantOnRight()))
            .Where(c => c.Turned is { Term: ReferenceExpr { Kind: SymbolKind.Input or SymbolKind.Derived } })
            .ToList();
        return ScriptData.Array(comparisons, c => Comparison(result, step, c.Expr, c.Turned!.Value));
    }

    private ScriptObject Comparison(CriterionResult result, TraceStep? step, BinaryExpr expr, (Expr Term, LiteralExpr Constant, BinaryOperator Operator) turned)
    {
        var name = ((ReferenceExpr)turned.Term).Name;
        var used = result.Values.FirstOrDefault(v => v.Name == name);
        var text = ExprText.Format(expr);
        var traced = step?.Conditions.FirstOrDefault(c => c.Condition == text);
        var (normalised, factor) = Normalised(used, turned.Constant.Value);
        var gap = decision.Unknown.FirstOrDefault(u => u.Input == name);
        return ScriptData.Object(
            ("name", name),
            ("title", InputTitle(name)),
            ("condition", text),
            ("raw", used is null ? null : _placeholders.Display(used)),
            ("evidence", ScriptData.Array(used?.Evidence ?? [], EvidenceLine)),
            ("normalised", normalised),
            ("factor", factor),
            ("threshold", $"{turned.Operator.Symbol()} {ValueText.Literal(turned.Constant.Value)}"),
            ("result", traced?.Result),
            ("result_label", traced is null ? labels.Words.NotEvaluated : labels.Words.Verdict(traced.Result)),
            ("reason", used?.Status is null ? null
                : labels.Words.Reason(used.Status) + (gap?.Detail is { } detail ? labels.Words.Colon + Localized(detail) : "")),
            ("conflict", Conflict(name, used)));
    }

    /// <summary>The value in the threshold's unit and the factor (<c>1 kgCO2e/kWh = 1000 gCO2e/kWh</c>), when the units differ.</summary>
    private (string? Value, string? Factor) Normalised(UsedValue? used, Value threshold)
    {
        if (used is not { Value: { } raw, Unit: { } symbol } || threshold is not QuantityValue { Quantity.Unit: var target } || symbol == target.Symbol
            || !rubric.UnitScope.TryParse(symbol, out var unit, out _) || !unit.IsCompatibleWith(target)
            || !decimal.TryParse(raw.Split(' ')[0].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return (null, null);
        }

        try
        {
            var converted = new Quantity(amount, unit).ConvertTo(target);
            var factor = new Quantity(1m, unit).ConvertTo(target).Value;
            return (Numbers.ReadableValue(converted.ToString(), _precision), $"1 {unit.Symbol} = {Numbers.Text(factor)} {target.Symbol}");
        }
        catch (OverflowException)
        {
            return (null, null);
        }
    }

    /// <summary>The candidates of an input the dossier gives several values for, the policy, and what it kept and set aside; null for one value.</summary>
    private ScriptObject? Conflict(string name, UsedValue? used)
    {
        var values = dossier?.ValuesOf(name) ?? [];
        var input = rubric.Input(name);
        if (values.Count < 2 || input is null)
        {
            return null;
        }

        var kept = used?.Value;
        // A value failing the input's evidence requirements is set aside before any policy step; say which it failed.
        var failed = values.Select(v => dossier is null ? null : Screening.Evaluation.EvidenceChecks.FirstFailing(input.Requirements, v.EvidenceIds, dossier)).ToList();
        var admissible = failed.Count(f => f is null);
        var policy = admissible == 1 && kept is not null && !input.Requirements.IsEmpty
            ? labels.Words.KeptByRequirements
            : input.ConflictSteps.IsEmpty
                ? labels.Words.NoPolicy
                : string.Join(labels.Words.ThenStep, input.ConflictSteps.Select(s => labels.Words.PolicySteps.GetValueOrDefault(s.Kind, s.Kind.ToString())));
        return ScriptData.Object(
            ("policy", policy),
            ("resolved", kept is not null),
            ("candidates", ScriptData.Array(values.Select((v, i) => (Value: v, Failed: failed[i])), c => ScriptData.Object(
                ("value", Numbers.ReadableValue(c.Value.Value.ToDisplayString(), _precision)),
                ("evidence", ScriptData.Array(c.Value.EvidenceIds, EvidenceLine)),
                ("kept", kept is not null && c.Value.Value.ToDisplayString() == kept),
                ("set_aside", kept is not null && c.Value.Value.ToDisplayString() != kept),
                ("inadmissible", c.Failed is null ? null : labels.Words.Inadmissible.GetValueOrDefault(c.Failed.Check.Test))))));
    }

    /// <summary>An evidence item as one line: id, document, page, who verified it (or self-declared).</summary>
    private string EvidenceLine(string id)
    {
        var item = dossier?.EvidenceById(id);
        if (item is null)
        {
            return id;
        }

        var parts = new List<string> { id };
        if (item.Document is { } document)
        {
            parts.Add(document);
        }

        if (item.Page is { } page)
        {
            parts.Add(Format(labels.Words.Page, page));
        }

        parts.Add(item.IsVerified ? Format(labels.Words.VerifiedBy, item.VerifiedBy) : labels.Words.SelfDeclared);
        return string.Join(labels.Words.Separator, parts);
    }

    private string Localized(string text) => Localization.ScreenerText.Localize(text, labels.Words, _precision);
}
