using System.Globalization;
using System.Xml;

namespace RubricEngine.Cli.Reports;

/// <summary>
/// <c>rubric test</c> as JUnit XML, the report CI systems read: one test suite per rubric file, one test case
/// per embedded example (a failure lists its mismatches), and a rubric that does not load is one test case
/// in error with its diagnostics.
/// </summary>
internal static class JUnitReport
{
    public static void Write(TextWriter output, IReadOnlyList<ExampleRun> runs)
    {
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "rubric test");
        WriteCounts(xml, runs.Sum(r => r.Examples.Count + (r.Loaded ? 0 : 1)), runs.Sum(r => r.Examples.Count(e => !e.Passed)), runs.Count(r => !r.Loaded));
        foreach (var run in runs)
        {
            WriteSuite(xml, run);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.Write('\n');
    }

    private static void WriteSuite(XmlWriter xml, ExampleRun run)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", run.File);
        WriteCounts(xml, run.Examples.Count + (run.Loaded ? 0 : 1), run.Examples.Count(e => !e.Passed), run.Loaded ? 0 : 1);
        if (!run.Loaded)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", "load");
            xml.WriteAttributeString("classname", run.File);
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", "the rubric has errors");
            xml.WriteAttributeString("type", "RubricErrors");
            xml.WriteString(string.Join('\n', run.LoadErrors.Select(d => d.ToString())));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        foreach (var example in run.Examples)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", example.Name);
            xml.WriteAttributeString("classname", run.RubricId ?? run.File);
            xml.WriteAttributeString("file", run.File);
            xml.WriteAttributeString("line", example.Span.Line.ToString(CultureInfo.InvariantCulture));
            if (!example.Passed)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", example.Mismatches[0]);
                xml.WriteAttributeString("type", "ExampleMismatch");
                xml.WriteString($"{example.Span}\n{string.Join('\n', example.Mismatches)}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
    }
}
