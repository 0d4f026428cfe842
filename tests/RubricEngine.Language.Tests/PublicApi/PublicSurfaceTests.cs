using System.Reflection;

namespace RubricEngine.Language.Tests.PublicApi;

/// <summary>
/// The language's public surface is a few entry points; everything else is internal. The approved list is
/// <c>PublicApi/public-api.txt</c> (rewrite it with RUBRIC_UPDATE_GOLDEN=1 after a deliberate change).
/// </summary>
public class PublicSurfaceTests
{
    [Fact]
    public void PublicSurface_IsExactlyTheApprovedEntryPoints()
    {
        var surface = string.Concat(typeof(RubricLoader).Assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => $"{t.FullName}\n{string.Concat(Members(t).Select(m => $"  {m}\n"))}"));
        var path = Path.Combine(Paths.Root, "tests", "RubricEngine.Language.Tests", "PublicApi", "public-api.txt");
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, surface);
        }

        Assert.Equal(File.ReadAllText(path), surface);
    }

    private static IEnumerable<string> Members(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => $"{(m.IsStatic ? "static " : string.Empty)}{m.ReturnType.Name} {m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})")
            .Order(StringComparer.Ordinal);
}
