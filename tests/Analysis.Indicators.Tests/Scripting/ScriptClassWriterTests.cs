using Analysis.Indicators.Scripting;

namespace Analysis.Indicators.Tests.Scripting;

public sealed class ScriptClassWriterTests
{
    [Fact]
    public void A_script_becomes_a_class_with_its_usings_hoisted_its_types_nested_and_every_part_under_its_original_line()
    {
        var source = new ScriptSource("indicators/wf01.csx", """
            using System.Globalization;
            #r "System.Net.Http.dll"
            enum Band { Low, High }
              var title = "x";
            Indicator("WF01", title)
            """);

        var code = ScriptClassWriter.Write(source, ScriptShape.Of(source), "S000_wf01");

        string[] expected =
        [
            "#line 1 \"indicators/wf01.csx\"",
            "using System.Globalization;",
            "#line hidden",
            "namespace IndicatorScripts",
            "{",
            "public sealed class S000_wf01 : global::Analysis.Indicators.IndicatorScript",
            "{",
            "public void Run()",
            "{",
            "#line 1 \"indicators/wf01.csx\"",
            new(' ', "using System.Globalization;".Length),
            new(' ', "#r \"System.Net.Http.dll\"".Length),
            new(' ', "enum Band { Low, High }".Length),
            "  var title = \"x\";",
            "Indicator(\"WF01\", title);", // the semicolon a final script expression may omit
            "#line hidden",
            "}",
            "#line 3 \"indicators/wf01.csx\"",
            "enum Band { Low, High }",
            "#line hidden",
            "}",
            "}",
            "",
        ];
        Assert.Equal(expected, code.Split('\n'));
    }

    [Fact]
    public void Class_names_are_valid_identifiers_made_unique_by_position()
    {
        Assert.Equal("S007_gp_fte_per_10k", ScriptClassWriter.ClassName(7, "indicators/workforce/gp-fte.per-10k.csx"));
    }
}
