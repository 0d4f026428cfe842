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
/// them, the result from the trace, and for an unknown value its reason; for several values, the decision's account
/// of them (<see cref="Conflict(string)"/>).
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
        return ScriptData.Array(ComparedTerms(condition), c => Comparison(result, step, c.Expr, c.Turned));
    }

    /// <summary>The comparisons of an input or derived value with a constant in a condition, turned constant-right.</summary>
    private static List<(BinaryExpr Expr, (Expr Term, LiteralExpr Constant, BinaryOperator Operator) Turned)> ComparedTerms(Expr condition) =>
        [.. ExprWalker.Descendants(condition).OfType<BinaryExpr>()
            .Select(b => (Expr: b, Turned: b.WithConstantOnRight()))
            .Where(c => c.Turned is { Term: ReferenceExpr { Kind: SymbolKind.Input or SymbolKind.Derived } })
            .Select(c => (c.Expr, c.Turned!.Value))];

    /// <summary>The names compared with a constant by the criteria shown in full: their conflicts are shown there.</summary>
    private HashSet<string> ComparedNames() =>
        [.. AppliedCriteria().Select(c => rubric.Criterion(c.Name)?.Condition).OfType<Expr>()
            .SelectMany(ComparedTerms).Select(c => ((ReferenceExpr)c.Turned.Term).Name)];

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
            ("conflict", Conflict(name)));
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

    /// <summary>An evidence item as one line: id, document, page, who verified it (or self-declared).</summary>
    private string EvidenceLine(string id) => dossier?.EvidenceById(id) is { } item
        ? EvidenceLine(id, item.Document, item.Page, item.IsVerified, item.VerifiedBy)
        : id;

    /// <summary>The line, with <paramref name="details"/> (a candidate's method and date) after the verifier.</summary>
    private string EvidenceLine(string id, string? document, string? page, bool verified, string? verifier, params string?[] details)
    {
        var parts = new List<string> { id };
        if (document is not null)
        {
            parts.Add(document);
        }

        if (page is not null)
        {
            parts.Add(Format(labels.Words.Page, page));
        }

        parts.Add(verified ? Format(labels.Words.VerifiedBy, verifier) : labels.Words.SelfDeclared);
        parts.AddRange(details.OfType<string>());
        return string.Join(labels.Words.Separator, parts);
    }

    private string Localized(string text) => Localization.ScreenerText.Localize(text, labels.Words, _precision);
}
