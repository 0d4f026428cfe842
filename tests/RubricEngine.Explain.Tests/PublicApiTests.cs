using System.Reflection;
using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>The public surface of RubricEngine.Explain, approved in <c>Golden/public-api.txt</c>; everything else is internal.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedList()
    {
        var assembly = typeof(ExplanationRenderer).Assembly;
        var lines = assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(Describe);

        Golden.AssertMatches("public-api.txt", string.Join("\n", lines) + "\n");
    }

    private static IEnumerable<string> Describe(Type type)
    {
        yield return $"type {type.FullName}";
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var members = type.GetMembers(Declared)
            .Where(m => m is not MethodInfo { IsSpecialName: true } and not FieldInfo { IsSpecialName: true })
            .Select(m => $"  {type.Name}.{Signature(m)}")
            .Order(StringComparer.Ordinal);
        foreach (var member in members)
        {
            yield return member;
        }
    }

    private static string Signature(MemberInfo member) => member switch
    {
        MethodInfo m => $"{m.Name}({string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"))}) -> {Name(m.ReturnType)}",
        PropertyInfo p => $"{p.Name}: {Name(p.PropertyType)}",
        FieldInfo f => $"{f.Name}",
        _ => member.Name,
    };

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
