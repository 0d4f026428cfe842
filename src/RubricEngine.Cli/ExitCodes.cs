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

    /// <summary>A bug: an exception no command expected (EX_SOFTWARE in sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (a plain <c>kill</c>, a container stopping): 128 + 15.</summary>
    public const int Terminated = 143;
}
