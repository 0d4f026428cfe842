using System.Diagnostics;
using PuppeteerSharp;

namespace RubricEngine.Browser.Tests;

/// <summary>
/// One headless Chromium for every browser test, and the pages it looks at, made by the <c>rubric</c> command as
/// users make them: the batch reports of the EU Taxonomy and GIB samples and one standalone explanation, each in
/// English and Chinese. Everything goes to <see cref="Artifacts"/> (reports and screenshots), which stays after
/// the run: tests print it, and CI lists it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Chromium's own flags for running unattended here: no sandbox (root), no GPU, no network of its own.</summary>
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static IReadOnlyList<string> Languages { get; } = ["en", "zh"];

    /// <summary>The reports made: rubric file (under rubrics/) and its samples folder (under samples/).</summary>
    public static IReadOnlyList<(string Name, string Rubric, string Samples)> Reports { get; } =
    [
        ("eu-taxonomy", "eu-taxonomy.rubric", "eu-taxonomy"),
        ("gib", "gib.rubric", "gib"),
    ];

    /// <summary>Every report made, in every language: (report, language).</summary>
    public static TheoryData<string, string> ReportCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (report, _, _) in Reports)
        {
            foreach (var language in Languages)
            {
                data.Add(report, language);
            }
        }

        return data;
    }

    /// <summary>The dossier explained standalone (rubric explain --format html): a conflict, with long thresholds and units.</summary>
    public const string ExplainedDossier = "samples/eu-taxonomy/E07-hydro-conflicting-lca.yaml";

    public string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    public string Screenshots => Path.Combine(Artifacts, "screenshots");

    private readonly string _profile = Directory.CreateTempSubdirectory("rubric-chromium-profile").FullName;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The report folder of a rubric and language.</summary>
    public string ReportFolder(string report, string language) => Path.Combine(Artifacts, "reports", $"{report}.{language}");

    /// <summary>The standalone explanation page of <see cref="ExplainedDossier"/>.</summary>
    public string ExplanationPage(string language) => Path.Combine(Artifacts, "reports", $"explain-E07.{language}.html");

    public static string Url(string path) => new Uri(path).AbsoluteUri;

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Artifacts))
        {
            Directory.Delete(Artifacts, recursive: true);
        }

        Directory.CreateDirectory(Screenshots);
        Directory.CreateDirectory(Path.Combine(Artifacts, "reports"));
        foreach (var language in Languages)
        {
            foreach (var (name, rubric, samples) in Reports)
            {
                Rubric("screen", "--rubric", $"rubrics/{rubric}", "--dossiers", $"samples/{samples}", "--format", "html", "--lang", language, "--out", ReportFolder(name, language));
            }

            await File.WriteAllTextAsync(ExplanationPage(language),
                Rubric("explain", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossier", ExplainedDossier, "--format", "html", "--lang", language));
        }

        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RUBRIC_CHROMIUM") ?? "/usr/bin/chromium",
            HeadlessMode = HeadlessMode.True,
            Args = ChromiumFlags,
            UserDataDir = _profile, // fresh for each run: no state from an earlier one
            Timeout = 60_000,
            ProtocolTimeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Directory.Delete(_profile, recursive: true);
    }

    /// <summary>A new tab at a desktop width, with generous timeouts (the machine may be loaded).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var page = await Browser.NewPageAsync();
        page.DefaultTimeout = 60_000;
        page.DefaultNavigationTimeout = 60_000;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        return page;
    }

    /// <summary>Keeps a full-page screenshot under <see cref="Screenshots"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        return path;
    }

    /// <summary>Runs the rubric command (the apphost built beside these tests) from the repository root; its standard output.</summary>
    private static string Rubric(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "rubric.exe" : "rubric"))
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rubric {string.Join(' ', args)} failed: {error.Result}");
        }

        return output;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RubricEngine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RubricEngine.sln not found above the test directory.");
    }
}

/// <summary>Every browser test shares the one browser and the pages, and runs one after another.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>;
