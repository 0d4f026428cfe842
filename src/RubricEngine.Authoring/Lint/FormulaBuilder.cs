using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Authoring.Lint;

/// <summary>
/// Translates a rubric's boolean expressions into <see cref="Formula"/>s over shared variables: a comparison of a
/// value with a constant becomes an atom on that value's intervals; an enumeration compared with a member, an
/// atom on its members; a criterion or boolean derived value referred to is replaced by its condition. Anything
/// else boolean (a cohort test, two values compared) is an opaque variable of its own, free to be true or false,
/// so the analysis may find a case possible that is not, never the reverse for what it reports as impossible.
/// </summary>
internal sealed class FormulaBuilder
{
    private readonly Rubric _rubric;
    private readonly List<Domain> _domains = [];
    private readonly Dictionary<string, int> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Quantity>> _thresholds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Formula> _criteria = new(StringComparer.Ordinal);

    public FormulaBuilder(Rubric rubric)
    {
        _rubric = rubric;
        foreach (var expr in rubric.AllExpressions())
        {
            CollectThresholds(expr);
        }
    }

    public IReadOnlyList<Domain> Domains => _domains;

    /// <summary>The condition of a criterion or gate, by name.</summary>
    public Formula Criterion(string name)
    {
        if (_criteria.TryGetValue(name, out var known))
        {
            return known;
        }

        var criterion = _rubric.Criterion(name) ?? throw new InvalidOperationException($"No criterion '{name}'.");
        return _criteria[name] = Translate(criterion.Condition);
    }

    public Formula Translate(Expr expr) => expr switch
    {
        LiteralExpr { Value: TruthValue t } => new Constant(t.Truth == Model.Logic.Truth.Met),
        UnaryExpr { Operator: UnaryOperator.Not } u => Formula.Not(Translate(u.Operand)),
        BinaryExpr { Operator: BinaryOperator.And } b => Formula.And(Translate(b.Left), Translate(b.Right)),
        BinaryExpr { Operator: BinaryOperator.Or } b => new AtLeast(1, [Translate(b.Left), Translate(b.Right)]),
        AnyOfExpr a => new AtLeast(a.Minimum, [.. a.Options.Select(Translate)]),
        ReferenceExpr { Kind: SymbolKind.Criterion } r => Criterion(r.Name),
        ReferenceExpr { Kind: SymbolKind.Derived } r when _rubric.Derived.FirstOrDefault(d => d.Name == r.Name) is { Expression.Type: BooleanType } d => Translate(d.Expression),
        BinaryExpr b when Comparison(b) is { } atom => atom,
        _ => new Atom(Variable(ExprText.Format(expr), name => new BooleanDomain(name)), v => v == 1),
    };

    private Atom? Comparison(BinaryExpr b)
    {
        if (b.WithConstantOnRight() is not (var term, var literal, var op))
        {
            return null;
        }

        if (literal.Value is EnumValue member && term.Type is EnumType enumType && op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var members = enumType.Members.ToList();
            var index = members.IndexOf(member.Member);
            var variable = Variable(ExprText.Format(term), name => new EnumDomain(name, members));
            return op == BinaryOperator.Equal ? new Atom(variable, v => v == index) : new Atom(variable, v => v != index);
        }

        if (literal.Value.AsQuantity() is not { } threshold)
        {
            return null;
        }

        var key = ExprText.Format(term);
        var domainVariable = Variable(key, name => new NumberDomain(name, Sorted(_thresholds[name]), term.Type is IntegerType));
        var domain = (NumberDomain)_domains[domainVariable];
        var point = NumberDomain.PointOf(domain.Thresholds.ToList().FindIndex(t => t.IsSameAmount(threshold)));
        Func<int, bool> holds = op switch
        {
            BinaryOperator.Less => v => v < point,
            BinaryOperator.LessOrEqual => v => v <= point,
            BinaryOperator.Greater => v => v > point,
            BinaryOperator.GreaterOrEqual => v => v >= point,
            BinaryOperator.Equal => v => v == point,
            _ => v => v != point,
        };
        return new Atom(domainVariable, holds);
    }

    private void CollectThresholds(Expr root)
    {
        foreach (var node in ExprWalker.Descendants(root).OfType<BinaryExpr>().Where(b => b.Operator.IsComparison()))
        {
            var (term, literal) = node.Right is LiteralExpr r && node.Left is not LiteralExpr ? (node.Left, r)
                : node.Left is LiteralExpr l && node.Right is not LiteralExpr ? (node.Right, l) : (null, null);
            if (term is not null && literal is not null && literal.Value.AsQuantity() is { } q)
            {
                var key = ExprText.Format(term);
                if (!_thresholds.TryGetValue(key, out var list))
                {
                    _thresholds[key] = list = [];
                }

                list.Add(q);
            }
        }
    }

    private int Variable(string name, Func<string, Domain> create)
    {
        if (!_variables.TryGetValue(name, out var index))
        {
            index = _variables[name] = _domains.Count;
            _domains.Add(create(name));
        }

        return index;
    }

    private static List<Quantity> Sorted(List<Quantity> thresholds)
    {
        var sorted = new List<Quantity>();
        foreach (var q in thresholds.Order())
        {
            if (sorted.Count == 0 || !sorted[^1].IsSameAmount(q))
            {
                sorted.Add(q);
            }
        }

        return sorted;
    }

}
