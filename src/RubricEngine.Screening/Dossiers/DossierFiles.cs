namespace RubricEngine.Screening.Dossiers;

/// <summary>Expands files and folders into a sorted list of files, so the reading order never depends on argument order.</summary>
internal static class DossierFiles
{
    public static IEnumerable<(string Path, bool ExplicitlyNamed)> Expand(IEnumerable<string> paths)
    {
        var files = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    files.TryAdd(Normalize(file), false);
                }
            }
            else
            {
                files[Normalize(path)] = true;
            }
        }

        return files.Select(kv => (kv.Key, kv.Value));
    }

    // Forward slashes keep spans and ordering identical across operating systems.
    private static string Normalize(string path) => path.Replace('\\', '/');
}
