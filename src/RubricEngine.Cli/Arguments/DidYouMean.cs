namespace RubricEngine.Cli.Arguments;

/// <summary>The closest known word to a mistyped one, when it is close enough to be the likely intent.</summary>
internal static class DidYouMean
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        // One edit in three characters, and always at least one: 'screem' -> 'screen', '--rubic' -> '--rubric'.
        var allowed = Math.Max(1, typed.TrimStart('-').Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(typed.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, two rows at a time.</summary>
    internal static int Distance(string a, string b)
    {
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
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
