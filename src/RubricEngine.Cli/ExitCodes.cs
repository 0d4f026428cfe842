namespace RubricEngine.Cli;

/// <summary>The exit statuses of every <c>rubric</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>An input had errors: a rubric that does not check, a dossier that failed, an example that failed.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
