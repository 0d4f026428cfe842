namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0600: a file named on the command line does not exist.</summary>
    public static DiagnosticDescriptor FileNotFound { get; } =
        Error("RUB0600", "File not found", "File '{0}' does not exist");

    /// <summary>RUB0601: a file exists but cannot be read.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } =
        Error("RUB0601", "File unreadable", "File '{0}' cannot be read: {1}");

    /// <summary>RUB0602: a file's extension names no known format.</summary>
    public static DiagnosticDescriptor UnknownFileKind { get; } =
        Error("RUB0602", "Unknown file kind", "Cannot tell the format of '{0}': expected {1}");
}
