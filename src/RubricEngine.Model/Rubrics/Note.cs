using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Rubrics;

/// <summary>Whether a note is for information or a warning the reader should act on.</summary>
public enum NoteSeverity
{
    /// <summary><c>note</c>: for information.</summary>
    Note,

    /// <summary><c>warning</c>: something the reader should check.</summary>
    Warning,
}

/// <summary>
/// A note or warning attached to a decision when its condition is met, such as a claimed value far from the
/// assessed one. It never changes an outcome; an unknown or unmet condition attaches nothing.
/// </summary>
/// <param name="Name">The identifier.</param>
/// <param name="Severity">Note or warning.</param>
/// <param name="Condition">The boolean condition.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Message">The text shown, a template whose <c>{name}</c> placeholders name the values used.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record Note(string Name, NoteSeverity Severity, Expr Condition, LocalizedText Title, LocalizedText Message, SourceSpan Span) : ModelNode(Span);
