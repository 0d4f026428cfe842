using System.CommandLine;

namespace RubricEngine.Cli;

/// <summary>The <c>--lang en|zh</c> option shared by the commands that print labels.</summary>
internal static class LanguageOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--lang") { Description = "The language of labels, explanations and diagnostics: en or zh.", DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }
}
