namespace RubricEngine.Model.Text;

/// <summary>
/// Finds the closest known name to a misspelt one, for "did you mean" hints. The work per lookup is bounded
/// whatever the input: an edit distance costs the product of the two lengths, so a hostile 1 MB key must never
/// reach it (see <see cref="MaxNameLength"/> and <see cref="MaxCellsPerLookup"/>).
/// </summary>
public static class NameSuggester
{
    /// <summary>Names longer than this get no hint: no declared name is a typo away from them in practice.</summary>
    internal const int MaxNameLength = 256;

    /// <summary>The most distance-table cells one lookup computes; candidates beyond the budget are not compared.</summary>
    internal const long MaxCellsPerLookup = 1_000_000;

    /// <summary>
    /// The candidate with the smallest edit distance to <paramref name="name"/>, if that distance is
    /// small enough to be a plausible typo (at most a third of the name's length, and at least 1).
    /// Ties go to the ordinally first candidate, so the hint is deterministic. Candidates whose length alone
    /// rules them out are skipped unread, and the lookup stops once its work budget is spent.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        if (name.Length > MaxNameLength)
        {
            return null;
        }

        var limit = Math.Max(1, name.Length / 3);
        var upperName = name.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        var budget = MaxCellsPerLookup;
        var plausible = candidates.Where(c => Math.Abs(c.Length - name.Length) <= limit);
        foreach (var candidate in plausible.Order(StringComparer.Ordinal))
        {
            budget -= (long)(name.Length + 1) * (candidate.Length + 1);
            if (budget < 0)
            {
                break;
            }

            var distance = Distance(upperName, candidate.ToUpperInvariant());
            if (distance < bestDistance && distance <= limit)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit, in three rows of memory.</summary>
    internal static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                current[j] = d;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
