namespace RubricEngine.Model.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a rubric from compiling; warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth a look, but the rubric still compiles.</summary>
    Warning,

    /// <summary>The input is invalid.</summary>
    Error,
}
