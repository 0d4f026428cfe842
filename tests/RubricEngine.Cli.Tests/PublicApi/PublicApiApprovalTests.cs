using System.Reflection;

namespace RubricEngine.Cli.Tests.PublicApi;

/// <summary>
/// The public surface of every library, approved in <c>PublicApi/NAME.txt</c>. Types are internal by default;
/// a change here is a decision, not an accident. After a deliberate change, rewrite the lists with
/// <c>RUBRIC_UPDATE_GOLDEN=1 dotnet test tests/RubricEngine.Cli.Tests</c> and review the diff.
/// </summary>
public class PublicApiApprovalTests
{
    public static TheoryData<string> Libraries() =>
    [
        "RubricEngine.Model", "RubricEngine.Language", "RubricEngine.Screening", "RubricEngine.NRules", "RubricEngine.Explain", "RubricEngine.Records", "RubricEngine.Authoring",
    ];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicApi_MatchesTheApprovedList(string library)
    {
        var assembly = Assembly.Load(library);
        var actual = string.Join("\n", assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(Describe)) + "\n";
        var path = Path.Combine(CliRunner.RepositoryRoot, "tests", "RubricEngine.Cli.Tests", "PublicApi", library + ".txt");
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with RUBRIC_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static IEnumerable<string> Describe(Type type)
    {
        yield return $"{Kind(type)} {type.FullName}";
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var members = type.GetMembers(Declared)
            .Where(m => m is not MethodInfo { IsSpecialName: true } and not FieldInfo { IsSpecialName: true })
            .Where(m => m.Name != "<Clone>$")
            .Select(m => "  " + Signature(m))
            .Order(StringComparer.Ordinal);
        foreach (var member in members)
        {
            yield return member;
        }
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Signature(MemberInfo member) => member switch
    {
        ConstructorInfo c => $".ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{m.Name}({Parameters(m)}) -> {Name(m.ReturnType)}",
        PropertyInfo p => $"{p.Name}: {Name(p.PropertyType)}",
        FieldInfo f => $"{f.Name}: {Name(f.FieldType)}",
        EventInfo e => $"event {e.Name}: {Name(e.EventHandlerType!)}",
        Type nested => $"nested {nested.Name}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? type.Name : type.Name[..tick];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
