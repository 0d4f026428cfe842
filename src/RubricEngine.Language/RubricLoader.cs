using System.Collections.Immutable;
using System.Globalization;
using RubricEngine.Language.Binding;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language;

/// <summary>
/// The entry point of the language: reads a rubric from DSL (<c>.rubric</c>) or YAML text, checks it, and returns
/// the validated model with every diagnostic found. It never throws for bad input.
/// </summary>
public static class RubricLoader
{
    /// <summary>
    /// The longest rubric text, in characters: about 250 times the largest shipped rubric (15 KB), and short
    /// enough that parsing and checking it stays well within a second's order.
    /// </summary>
    internal const int MaxRubricChars = 4 * 1024 * 1024;

    /// <summary>Loads a rubric from text, choosing the front end by the path's extension.</summary>
    /// <param name="path">The file path, used for the format and in every diagnostic.</param>
    /// <param name="text">The rubric text.</param>
    /// <returns>The rubric when there are no errors, and all diagnostics (warnings too), sorted by position.</returns>
    public static Result<Rubric> LoadText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        if (!FrontEnds.ByExtension.TryGetValue(Path.GetExtension(path), out var frontEnd))
        {
            diagnostics.Report(DiagnosticCatalog.UnknownFileKind, SourceSpan.At(path, 1, 1), path, FrontEnds.Known);
            return new Result<Rubric>(null, diagnostics.ToImmutableSorted());
        }

        return Load(path, text, frontEnd, diagnostics);
    }

    /// <summary>Loads a rubric from DSL text, whatever the path's extension.</summary>
    /// <param name="path">The path used in diagnostics.</param>
    /// <param name="text">The DSL text.</param>
    /// <returns>The rubric when there are no errors, and all diagnostics.</returns>
    public static Result<Rubric> LoadDsl(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        return Load(path, text, Parsing.DslParser.Parse, new DiagnosticBag());
    }

    /// <summary>Reads and loads a rubric file; a missing or unreadable file is a diagnostic, not an exception.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The rubric when there are no errors, and all diagnostics.</returns>
    public static Result<Rubric> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (!File.Exists(path))
            {
                return Failed(DiagnosticCatalog.FileNotFound, path, path);
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(DiagnosticCatalog.FileUnreadable, path, path, DiagnosticPhrases.SystemError(e));
        }

        return LoadText(path, text);
    }

    /// <summary>True when some front end reads files with this path's extension.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>True for <c>.rubric</c> (and the YAML extensions once registered).</returns>
    public static bool IsRubricPath(string path) => FrontEnds.ByExtension.ContainsKey(Path.GetExtension(path ?? string.Empty));

    private static Result<Rubric> Load(string path, string text, FrontEnd frontEnd, DiagnosticBag diagnostics)
    {
        if (text.Length > MaxRubricChars)
        {
            diagnostics.Report(DiagnosticCatalog.RubricTooLarge, SourceSpan.At(path, 1, 1), text.Length.ToString("N0", CultureInfo.InvariantCulture),
                MaxRubricChars.ToString("N0", CultureInfo.InvariantCulture));
            return new Result<Rubric>(null, diagnostics.ToImmutableSorted());
        }

        var syntax = frontEnd(path, text, diagnostics);
        if (diagnostics.HasErrors)
        {
            // Binding a tree with holes would only add errors that echo the syntax errors.
            return new Result<Rubric>(null, diagnostics.ToImmutableSorted());
        }

        Rubric? rubric = null;
        try
        {
            rubric = Binder.Bind(syntax, diagnostics);
        }
#pragma warning disable CA1031 // A checker bug must become a diagnostic, never a crash of the caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Report(DiagnosticCatalog.CheckerFailure, SourceSpan.At(path, 1, 1), e.GetType().Name + ": " + e.Message);
        }

        return new Result<Rubric>(diagnostics.HasErrors ? null : rubric, diagnostics.ToImmutableSorted());
    }

    private static Result<Rubric> Failed(DiagnosticDescriptor descriptor, string path, params object?[] args)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Report(descriptor, SourceSpan.At(path, 0, 0), args);
        return new Result<Rubric>(null, ImmutableArray.Create([.. diagnostics.ToImmutableSorted()]));
    }
}
