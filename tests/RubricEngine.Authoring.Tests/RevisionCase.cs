namespace RubricEngine.Authoring.Tests;

/// <summary>
/// One golden revision case, a folder of <c>Revisions/</c>: <c>case.txt</c> names the old version (a shipped
/// rubric), the new one (<c>new.rubric</c> in the folder unless named) and the dossiers (shipped samples).
/// </summary>
internal sealed record RevisionCase(string Folder, string Old, string New, string Dossiers)
{
    public static string Directory { get; } = Repository.PathOf("tests/RubricEngine.Authoring.Tests/Revisions");

    public static TheoryData<string> Names() => [.. System.IO.Directory.GetDirectories(Directory).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public static RevisionCase Read(string name)
    {
        var folder = Path.Combine(Directory, name);
        var fields = File.ReadAllLines(Path.Combine(folder, "case.txt"))
            .Select(line => line.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var @new = fields.GetValueOrDefault("new") ?? $"tests/RubricEngine.Authoring.Tests/Revisions/{name}/new.rubric";
        return new RevisionCase(folder, fields["old"], @new, fields["dossiers"]);
    }

    public string Expected(string file) => Path.Combine(Folder, file);
}
