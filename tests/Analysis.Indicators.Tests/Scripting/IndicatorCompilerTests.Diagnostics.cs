namespace Analysis.Indicators.Tests.Scripting;

public sealed partial class IndicatorCompilerTests
{
    [Fact]
    public void A_type_error_on_line_7_is_reported_at_line_7_and_the_column_of_the_bad_member()
    {
        var script = ScriptFolder.Rate("WF01", numerator: "p.Workforce.QualifiedGpFtee");
        var path = _folder.Write("wf01.csx", script);
        _folder.Write("wf02.csx", ScriptFolder.Rate("WF02"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Diagnostics);
        var column = Line(script, 7).IndexOf("QualifiedGpFtee", StringComparison.Ordinal) + 1;
        Assert.Equal(new ScriptDiagnostic(path, 7, column, "CS1061", DiagnosticSeverity.Error, error.Message), error);
        Assert.StartsWith($"{path}(7,{column}): error CS1061: 'WorkforceSnapshot' does not contain a definition for 'QualifiedGpFtee'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("WF02", Assert.Single(result.Indicators).Id); // the broken script is left out; the other still runs
        Assert.Equal(2, result.Timings.RoslynCompilations);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_original_line_and_column()
    {
        var script = ScriptFolder.Rate("WF01").Replace(".Unit(\"per 10,000 weighted patients\")", ".Unit(\"per 10,000\" \"weighted patients\")", StringComparison.Ordinal);
        var path = _folder.Write("wf01.csx", script);

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Errors, e => e.Id == "CS1003");
        Assert.Equal((path, 6, Line(script, 6).IndexOf("\"weighted", StringComparison.Ordinal) + 1), (error.Path, error.Line, error.Column));
        Assert.Empty(result.Indicators);
    }

    [Fact]
    public void An_unclosed_lambda_is_reported_in_the_script_not_in_the_generated_wrapper()
    {
        var path = _folder.Write("wf01.csx", "Indicator(\"WF01\", \"x\")\n    .Numerator(p => {\n");

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.Path));
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 1, 2));
    }

    [Fact]
    public void A_runtime_exception_is_located_at_the_throwing_line_and_the_other_scripts_still_run()
    {
        var script = """
            // Reads a setting the wrong way.
            var setting = "ten thousand";

            var per = int.Parse(setting, System.Globalization.CultureInfo.InvariantCulture);
            Indicator("WF09", "Never registered").Rate(per: per);

            """;
        var path = _folder.Write("wf09.csx", script);
        _folder.Write("wf01.csx", ScriptFolder.Rate("WF01"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((path, 4, 1, "IND102"), (error.Path, error.Line, error.Column, error.Id));
        Assert.StartsWith("the script threw FormatException:", error.Message, StringComparison.Ordinal);
        Assert.Equal("WF01", Assert.Single(result.Indicators).Id);
    }

    [Fact]
    public void Reference_and_load_directives_are_rejected_where_they_stand()
    {
        var path = _folder.Write("wf01.csx", "#r \"System.Net.Http.dll\"\n  #load \"helpers.csx\"\n" + ScriptFolder.Rate("WF01"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Equal(
            [(path, 1, 1, "IND100"), (path, 2, 3, "IND101")],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Column, d.Id)));
        Assert.Empty(result.Indicators);
    }

    [Fact]
    public void A_lint_finding_is_located_at_the_indicator_call()
    {
        var script = "// Missing its rationale.\n\nvar wf = Indicator" + ScriptFolder.Rate("WF01")["Indicator".Length..]
            .Replace("    .Rationale(\"The usual measure of how well doctored an area is relative to the need of its patients.\")\n", string.Empty, StringComparison.Ordinal);
        var path = _folder.Write("wf01.csx", script);

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal($"{path}(3,10): error IND004: WF01 has no .Rationale(...): say why it belongs on a scorecard", finding.ToString());
        Assert.Equal("WF01", Assert.Single(result.Indicators).Id); // lint errors do not hide the definition from a check
    }

    [Fact]
    public void A_script_defines_exactly_one_indicator()
    {
        var empty = _folder.Write("empty.csx", "// nothing yet\n");
        var two = _folder.Write("two.csx", ScriptFolder.Rate("WF01") + ScriptFolder.Rate("WF02"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Equal(
            [(empty, 1, 1, "IND103"), (two, 11, 1, "IND104")],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Column, d.Id)));
    }

    [Fact]
    public void Compiler_warnings_are_reported_without_failing_the_script()
    {
        var path = _folder.Write("wf01.csx", "var unused = 3;\n" + ScriptFolder.Rate("WF01"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((path, 1, 5, "CS0219", DiagnosticSeverity.Warning), (warning.Path, warning.Line, warning.Column, warning.Id, warning.Severity));
        Assert.False(result.HasErrors);
        Assert.Single(result.Indicators);
    }

    private static string Line(string text, int line) => text.Split('\n')[line - 1];
}
