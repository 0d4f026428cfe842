using System.CommandLine;

namespace RubricEngine.Cli;

/// <summary>The <c>--lang en|zh</c> option shared by the commands that print labels.</summary>
internal static class LanguageOption
{
    public static Option<string> Create(Arguments.UsageWords words)
    {
        var option = new Option<string>("--lang") { Description = words.Of("The language of labels, explanations and diagnostics: en or zh.", "标签、解释和诊断的语言：en 或 zh。"), DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }
}
