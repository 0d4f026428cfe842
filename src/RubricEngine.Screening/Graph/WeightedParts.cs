namespace RubricEngine.Screening.Graph;

/// <summary>The weighted combination shared by a group (over its indicators) and the score (over its groups).</summary>
internal static class WeightedParts
{
    /// <summary>
    /// Sums weight × number and the weights over the parts, in order. False when a part is unknown: its reason
    /// is recorded on the scope and the caller's result is unknown. An overflow throws, and Evaluate makes it
    /// unknown with its reason.
    /// </summary>
    public static bool TrySum<TNode>(NodeScope scope, IReadOnlyList<TNode> parts, Func<TNode, decimal> weightOf, out decimal sum, out decimal weights)
        where TNode : DeclarationNode
    {
        sum = 0;
        weights = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = scope.Result(parts[i]);
            if (part.Number is not { } number)
            {
                scope.Fail(part.Reason);
                return false;
            }

            var weight = weightOf(parts[i]);
            sum += weight * number;
            weights += weight;
        }

        return true;
    }

    /// <summary>
    /// Sums weight × number and the weights over the parts that have a number, in order; the others are left out.
    /// False when no part has one: the first part's reason is recorded on the scope, as if every part were needed.
    /// </summary>
    public static bool TrySumScored<TNode>(NodeScope scope, IReadOnlyList<TNode> parts, Func<TNode, decimal> weightOf, out decimal sum, out decimal weights)
        where TNode : DeclarationNode
    {
        sum = 0;
        weights = 0;
        var any = false;
        for (var i = 0; i < parts.Count; i++)
        {
            if (scope.Result(parts[i]).Number is { } number)
            {
                var weight = weightOf(parts[i]);
                sum += weight * number;
                weights += weight;
                any = true;
            }
        }

        if (!any && parts.Count > 0)
        {
            scope.Fail(scope.Result(parts[0]).Reason);
        }

        return any;
    }
}
