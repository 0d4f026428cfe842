namespace RubricEngine.Rete;

/// <summary>
/// Firing reached its bound with activations still pending: almost always rules that re-trigger each
/// other. <see cref="RuleNames"/> lists the rules that fired in the last firings, most frequent first.
/// </summary>
public sealed class FiringLimitExceededException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="maxFirings">The bound reached.</param>
    /// <param name="pending">Activations still pending.</param>
    /// <param name="ruleNames">Rules that fired most recently, most frequent first.</param>
    public FiringLimitExceededException(int maxFirings, int pending, IReadOnlyList<string> ruleNames)
        : base($"Rule firing stopped at the limit of {maxFirings} firings with {pending} activation(s) still pending. "
               + $"The rules firing in a loop are: {string.Join(", ", ruleNames)}.")
    {
        MaxFirings = maxFirings;
        RuleNames = ruleNames;
    }

    /// <summary>Creates the exception.</summary>
    public FiringLimitExceededException()
        : this(0, 0, [])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public FiringLimitExceededException(string message)
        : base(message) => RuleNames = [];

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FiringLimitExceededException(string message, Exception innerException)
        : base(message, innerException) => RuleNames = [];

    /// <summary>The bound reached.</summary>
    public int MaxFirings { get; }

    /// <summary>The rules in the loop, most frequent first.</summary>
    public IReadOnlyList<string> RuleNames { get; }
}

/// <summary>A rule's action threw; the session stays consistent and the activation counts as fired.</summary>
public sealed class RuleActionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule.</param>
    /// <param name="innerException">What the action threw.</param>
    public RuleActionException(string ruleName, Exception innerException)
        : base($"The action of rule '{ruleName}' failed: {innerException?.Message}", innerException) => RuleName = ruleName;

    /// <summary>Creates the exception.</summary>
    public RuleActionException()
        : base("A rule action failed.") => RuleName = string.Empty;

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleActionException(string message)
        : base(message) => RuleName = string.Empty;

    /// <summary>The rule whose action failed.</summary>
    public string RuleName { get; }
}
