using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Graph;

/// <summary>Building the graph: nodes in declaration order, expressions compiled, then the topological order.</summary>
internal sealed partial class DeclarationGraph
{
    private DeclarationGraph(Rubric rubric, Builder built)
    {
        Rubric = rubric;
        Inputs = built.Inputs;
        Derived = built.Derived;
        Criteria = built.Criteria;
        Indicators = built.Indicators;
        Groups = built.Groups;
        Score = built.Score;
        Tiers = built.Tiers;
        Notes = built.Notes;
        Classifications = built.Classifications;
        CohortSubjects = built.Subjects;
        CohortStatements = built.Statements;
        Classification = built.Classifications[0];
        Nodes = Order(built.All);
        CohortPrefix = Prefix(Nodes, CohortSubjects);
    }

    /// <summary>Builds the graph of a rubric (once per rubric: it compiles every expression).</summary>
    public static DeclarationGraph Build(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return new DeclarationGraph(rubric, new Builder(rubric));
    }

    /// <summary>Kahn's algorithm, always taking the ready node declared first; then ids and depths.</summary>
    private static DeclarationNode[] Order(List<DeclarationNode> all)
    {
        var waiting = new Dictionary<DeclarationNode, int>(ReferenceEqualityComparer.Instance);
        var readers = new Dictionary<DeclarationNode, List<DeclarationNode>>(ReferenceEqualityComparer.Instance);
        var ready = new PriorityQueue<DeclarationNode, int>();
        foreach (var node in all)
        {
            waiting[node] = node.Reads.Count;
            foreach (var read in node.Reads)
            {
                (readers.TryGetValue(read, out var list) ? list : readers[read] = []).Add(node);
            }

            if (node.Reads.Count == 0)
            {
                ready.Enqueue(node, node.Rank);
            }
        }

        var order = new DeclarationNode[all.Count];
        var count = 0;
        while (ready.TryDequeue(out var node, out _))
        {
            node.Id = count;
            node.Depth = node.Kind == NodeKind.Input ? 0 : 1 + node.Reads.Select(r => r.Depth).DefaultIfEmpty(0).Max();
            order[count++] = node;
            foreach (var reader in readers.GetValueOrDefault(node) ?? [])
            {
                if (--waiting[reader] == 0)
                {
                    ready.Enqueue(reader, reader.Rank);
                }
            }
        }

        return count == all.Count
            ? order
            : throw new InvalidOperationException("The rubric's declarations depend on each other in a cycle: the binder should have rejected this.");
    }

    private static DeclarationNode[] Prefix(IReadOnlyList<DeclarationNode> nodes, IReadOnlyList<CohortSubjectNode> subjects)
    {
        var needed = new bool[nodes.Count];
        var stack = new Stack<DeclarationNode>(subjects);
        while (stack.TryPop(out var node))
        {
            if (!needed[node.Id])
            {
                needed[node.Id] = true;
                foreach (var read in node.Reads)
                {
                    stack.Push(read);
                }
            }
        }

        return [.. nodes.Where(n => needed[n.Id])];
    }

    /// <summary>Creates the nodes in declaration order (which breaks ties of the topological order) and compiles their expressions.</summary>
    private sealed class Builder
    {
        private readonly NodeIndex _index = new();
        private readonly HashSet<string> _ruleNames = new(StringComparer.Ordinal);

        private readonly Model.Expressions.Expr? _exclusion;

        public Builder(Rubric rubric)
        {
            _exclusion = rubric.CohortExclusion?.Condition;
            Inputs = [.. rubric.Inputs.Select(i => Add(new InputNode(i), SymbolKind.Input))];
            foreach (var cohort in rubric.AllExpressions().SelectMany(ExprWalker.Descendants).OfType<CohortExpr>())
            {
                if (!_index.Has(cohort))
                {
                    var subject = Add(new CohortSubjectNode(cohort, Subjects.Count), null);
                    Subjects.Add(subject);
                    var statement = Add(new CohortStatementNode(cohort, subject), null);
                    Statements.Add(statement);
                    _index.Add(statement);
                }
            }

            Derived = [.. rubric.Derived.Select(d => Add(new DerivedNode(d), SymbolKind.Derived))];
            Criteria = [.. rubric.Criteria.Select(c => Add(new CriterionNode(c), SymbolKind.Criterion))];
            Indicators = [.. rubric.Indicators.Select(i => Add(new IndicatorNode(i), SymbolKind.Indicator))];
            var overScored = rubric.Score?.Partial is not null;
            Groups = [.. rubric.Groups.Select(g => Add(
                new GroupNode(g, [.. g.Indicators.Select(i => (IndicatorNode)_index.Reference(SymbolKind.Indicator, i.Name))], overScored), SymbolKind.Group))];
            Score = rubric.Score is { } score ? Add(new ScoreNode(score, Groups), SymbolKind.Score) : null;
            _index.Score = Score;
            Notes = [.. rubric.Notes.Select(n => Add(new NoteNode(n), null))];
            foreach (var classification in rubric.Classifications)
            {
                TierNode[] tiers = [.. classification.Tiers.Select((t, i) => Add(new TierNode(t, i, classification.Name), null))];
                Tiers.AddRange(tiers);
                var gates = Criteria.Where(c => c.Kind == NodeKind.Gate && (classification.Gates is not { } named || named.Contains(c.Name)));
                Classifications.Add(Add(new ClassificationNode(classification, [.. gates], tiers), null));
            }

            Compile();
        }

        public List<DeclarationNode> All { get; } = [];

        public InputNode[] Inputs { get; }

        public List<CohortSubjectNode> Subjects { get; } = [];

        public List<CohortStatementNode> Statements { get; } = [];

        public DerivedNode[] Derived { get; }

        public CriterionNode[] Criteria { get; }

        public IndicatorNode[] Indicators { get; }

        public GroupNode[] Groups { get; }

        public ScoreNode? Score { get; }

        public List<TierNode> Tiers { get; } = [];

        public NoteNode[] Notes { get; }

        public List<ClassificationNode> Classifications { get; } = [];

        /// <summary>Adds a node in declaration order, with a unique rule name (a repeated one gets <c>#2</c>, <c>#3</c>...).</summary>
        private T Add<T>(T node, SymbolKind? kind)
            where T : DeclarationNode
        {
            var name = node.RuleName;
            for (var n = 2; !_ruleNames.Add(name); n++)
            {
                name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{node.RuleName}#{n}");
            }

            node.RuleName = name;
            node.Rank = All.Count;
            All.Add(node);
            if (kind is { } k)
            {
                _index.Add(k, node);
            }

            return node;
        }

        private void Compile()
        {
            var compiler = new ExprCompiler(_index);
            foreach (var subject in Subjects)
            {
                var reads = new List<DeclarationNode>();
                subject.Subject = compiler.CompileSubject(subject.Aggregation, _exclusion, reads);
                subject.Reads = reads;
            }

            foreach (var derived in Derived)
            {
                derived.Expression = Compile(compiler, derived, derived.Declaration.Expression);
            }

            foreach (var criterion in Criteria)
            {
                var reads = new List<DeclarationNode>();
                criterion.Condition = compiler.CompileCriterion(criterion.Declaration, reads);
                criterion.Reads = reads;
                criterion.ValuesUsed = [.. criterion.Facts.ValuesUsed.Select(v => _index.Reference(v.Kind, v.Name))];
            }

            foreach (var indicator in Indicators)
            {
                indicator.Score = Compile(compiler, indicator, indicator.Declaration.Score);
            }

            foreach (var tier in Tiers)
            {
                tier.Condition = Compile(compiler, tier, tier.Declaration.Condition);
            }

            foreach (var note in Notes)
            {
                note.Condition = Compile(compiler, note, note.Declaration.Condition);
                note.ValuesUsed = [.. Evaluation.CriterionFacts.ValuesUsedBy(note.Declaration.Condition).Select(v => _index.Reference(v.Kind, v.Name))];
            }

            foreach (var derived in Derived)
            {
                derived.InputsBehind = InputsBehind(derived);
            }

            foreach (var criterion in Criteria)
            {
                criterion.InputsBehind = InputsBehind(criterion);
                ReadForAgreement(criterion);
            }

            foreach (var indicator in Indicators)
            {
                indicator.InputsBehind = InputsBehind(indicator);
            }

            foreach (var tier in Tiers)
            {
                tier.InputsBehind = InputsBehind(tier);
            }
        }

        private static CompiledExpr Compile(ExprCompiler compiler, DeclarationNode node, Expr expr)
        {
            var reads = new List<DeclarationNode>();
            var compiled = compiler.Compile(expr, reads);
            node.Reads = reads;
            return compiled;
        }

        /// <summary>
        /// A criterion that judges conflicting candidates one by one evaluates the derived values between them and its
        /// condition again, so it reads what those derived values read (the NRules engine matches exactly a node's reads).
        /// </summary>
        private static void ReadForAgreement(CriterionNode criterion)
        {
            // An input only asked about its evidence (x is conflicting) is not judged candidate by candidate.
            var condition = criterion.Declaration.Condition;
            var tested = ExprWalker.Descendants(condition).OfType<EvidenceTestExpr>().Select(t => t.Subject).ToHashSet(ReferenceEqualityComparer.Instance);
            var byValue = ExprWalker.Descendants(condition).OfType<ReferenceExpr>()
                .Where(r => r.Kind == SymbolKind.Input && !tested.Contains(r)).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            var throughDerived = criterion.Reads.OfType<DerivedNode>().SelectMany(d => d.InputsBehind).ToHashSet();
            criterion.Agreeing = [.. criterion.InputsBehind.Where(i => i.Declaration.AgreesOnVerdict && (byValue.Contains(i.Name) || throughDerived.Contains(i)))];
            if (criterion.Agreeing.Count == 0)
            {
                return;
            }

            var cone = new List<DeclarationNode>();
            var stack = new Stack<DeclarationNode>(criterion.Reads.OfType<DerivedNode>());
            while (stack.TryPop(out var node))
            {
                if (!cone.Contains(node))
                {
                    cone.Add(node);
                    foreach (var read in node.Reads.OfType<DerivedNode>())
                    {
                        stack.Push(read);
                    }
                }
            }

            criterion.Cone = cone;
            var reads = criterion.Reads.ToList();
            foreach (var read in cone.SelectMany(n => n.Reads).Where(r => !reads.Contains(r)).ToList())
            {
                reads.Add(read);
            }

            criterion.Reads = reads;
        }

        /// <summary>The inputs a node's value rests on, through derived values and cohort aggregations, in first-use order.</summary>
        private static InputNode[] InputsBehind(DeclarationNode node)
        {
            var inputs = new List<InputNode>();
            var seen = new HashSet<DeclarationNode>(ReferenceEqualityComparer.Instance);
            void Walk(DeclarationNode from)
            {
                foreach (var read in from.Reads)
                {
                    if (!seen.Add(read))
                    {
                        continue;
                    }

                    switch (read)
                    {
                        case InputNode input:
                            inputs.Add(input);
                            break;
                        case DerivedNode or CohortStatementNode or CohortSubjectNode:
                            Walk(read);
                            break;
                    }
                }
            }

            Walk(node);
            return [.. inputs];
        }
    }
}
