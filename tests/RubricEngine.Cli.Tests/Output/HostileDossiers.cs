namespace RubricEngine.Cli.Tests.Output;

/// <summary>Yeda sample dossiers with ids chosen by an attacker, written to a fresh folder.</summary>
internal static class HostileDossiers
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "samples", "yeda", "Y01-perovskite-tandem-cells.yaml"));

    /// <summary>One file per id; ids are YAML double-quoted strings, so <c>\n</c>, <c>\e</c> and <c>\a</c> are escapes.</summary>
    public static string Folder(params string[] yamlIds)
    {
        var folder = Path.GetDirectoryName(CliRunner.TempFile("readme.txt", string.Empty))!;
        File.Delete(Path.Combine(folder, "readme.txt"));
        for (var i = 0; i < yamlIds.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"d{i:D4}.yaml"), Sample.Replace("id: Y01-perovskite-tandem-cells", $"id: \"{yamlIds[i]}\"", StringComparison.Ordinal));
        }

        return folder;
    }

    public static string One(string yamlId) => Path.Combine(Folder(yamlId), "d0000.yaml");
}
