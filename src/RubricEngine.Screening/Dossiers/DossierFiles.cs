using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Expands files and folders into a sorted list of files, so the reading order never depends on argument order.
/// Folders are walked by hand rather than with <c>SearchOption.AllDirectories</c>, which follows links into
/// loops: a folder link whose target is already being read is reported once (RUB0425) and not followed, so
/// each file is read once.
/// </summary>
internal static class DossierFiles
{
    public static IEnumerable<DossierFile> Expand(IEnumerable<string> paths)
    {
        var files = new SortedDictionary<string, DossierFile>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var links = new Queue<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(path, RealPath(path), visited, files, links);
                while (links.TryDequeue(out var link))
                {
                    Follow(link, visited, files, links);
                }
            }
            else
            {
                files[Normalize(path)] = new DossierFile(Normalize(path), true, null);
            }
        }

        return files.Values;
    }

    /// <summary>Lists a folder's files and walks its real subfolders; folder links wait in the queue, so a folder is named by its real path when it has one.</summary>
    private static void Walk(string folder, string real, HashSet<string> visited, SortedDictionary<string, DossierFile> files, Queue<string> links)
    {
        if (!visited.Add(real))
        {
            return; // the same folder named twice, or nested in another argument: its files are already listed
        }

        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(files, folder, DiagnosticCatalog.FileUnreadable, DiagnosticPhrases.SystemError(e));
            return;
        }

        foreach (var entry in entries)
        {
            if (!Directory.Exists(entry))
            {
                files.TryAdd(Normalize(entry), new DossierFile(Normalize(entry), false, null));
            }
            else if (new DirectoryInfo(entry).LinkTarget is not null)
            {
                links.Enqueue(entry);
            }
            else
            {
                Walk(entry, Path.Combine(real, Path.GetFileName(entry)), visited, files, links);
            }
        }
    }

    private static void Follow(string link, HashSet<string> visited, SortedDictionary<string, DossierFile> files, Queue<string> links)
    {
        var target = RealPath(link);
        if (visited.Contains(target))
        {
            Report(files, link, DiagnosticCatalog.DirectoryLoop, Normalize(target));
            return;
        }

        Walk(link, target, visited, files, links);
    }

    private static void Report(SortedDictionary<string, DossierFile> files, string path, DiagnosticDescriptor descriptor, object detail)
    {
        var span = SourceSpan.At(Normalize(path), 0, 0);
        files.TryAdd(Normalize(path), new DossierFile(Normalize(path), false, Diagnostic.Create(descriptor, span, Normalize(path), detail)));
    }

    /// <summary>The folder's path with every link along it resolved, so two names of one folder compare equal.</summary>
    private static string RealPath(string folder, int depth = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            try
            {
                var link = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                real = link is null || depth > 40 ? next : RealPath(link.FullName, depth + 1);
            }
            catch (IOException)
            {
                real = next; // an unresolvable link: keep its own name, the walk reports what cannot be read
            }
        }

        return real;
    }

    // Forward slashes keep spans and ordering identical across operating systems.
    private static string Normalize(string path) => path.Replace('\\', '/');
}

/// <summary>A file to read, or a folder entry reported instead of read.</summary>
/// <param name="Path">The path, with forward slashes.</param>
/// <param name="ExplicitlyNamed">True when the caller named the file, not a folder holding it.</param>
/// <param name="Skip">Why the entry is skipped (a folder loop, an unreadable folder), or null.</param>
internal sealed record DossierFile(string Path, bool ExplicitlyNamed, Diagnostic? Skip);
