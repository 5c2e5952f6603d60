namespace Analysis.Indicators.Tests.Scripting;

public sealed partial class IndicatorCompilerTests : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Several_scripts_compile_together_to_their_definitions_located_in_their_files()
    {
        var rate = _folder.Write("workforce/wf01.csx", ScriptFolder.Rate("WF01"));
        var shortfall = _folder.Write("shortfall/sf01.csx", "// GP FTE shortfall\n\n" + ScriptFolder.Shortfall("SF01"));
        _folder.Write("workforce/wf02.csx", ScriptFolder.Rate("WF02", numerator: "p.Workforce.NurseFte", title: "Nurse FTE per 10,000 weighted patients"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Scripts);
        Assert.Equal(1, result.Timings.RoslynCompilations);
        Assert.Equal(["SF01", "WF01", "WF02"], result.Indicators.Select(d => d.Id));
        Assert.Equal(new SourceLocation(shortfall, 3), result.Indicators[0].Source);
        Assert.Equal(new SourceLocation(rate, 1), result.Indicators[1].Source);
        Assert.Equal("p => p.Workforce.NurseFte", result.Indicators[2].Numerator!.ToString());
        Assert.Equal(IndicatorValueType.Shortfall, result.Indicators[0].ValueType);
    }

    [Fact]
    public void Usings_are_hoisted_types_nested_and_a_final_expression_may_omit_its_semicolon()
    {
        _folder.Write("ctx01.csx", """
            using System.Globalization;

            // A script may declare a type for its constants and end without a semicolon, as .csx allows.
            static class Lists
            {
                public const int Small = 1_000;
            }

            var title = string.Create(CultureInfo.InvariantCulture, $"Practices with lists over {Lists.Small:N0}");
            Indicator("CTX01", title)
                .Definition("Registered patients.")
                .Rationale("Context for every other indicator.")
                .Domain(Domain.Context)
                .Mean()
                .Unit("patients")
                .Numerator(p => p.RegisteredPatients)
                .Exclude(p => p.RegisteredPatients < Lists.Small, "list under 1,000")
                .Uses(Dataset.Registrations)
                .NoJudgement()
            """);

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Empty(result.Diagnostics);
        var definition = Assert.Single(result.Indicators);
        Assert.Equal("Practices with lists over 1,000", definition.Title);
        Assert.Equal(10, definition.Source.Line);
        Assert.Equal("list under 1,000", Assert.Single(definition.Exclusions).Reason);
    }

    [Fact]
    public void No_scripts_compile_to_nothing_without_starting_the_compiler()
    {
        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Equal(0, result.Scripts);
        Assert.Empty(result.Indicators);
        Assert.Equal(0, result.Timings.RoslynCompilations);
    }

    [Fact]
    public void A_path_that_is_neither_file_nor_folder_is_an_error_naming_it()
    {
        var missing = Path.Combine(_folder.Scripts, "nowhere");

        var e = Assert.Throws<FileNotFoundException>(() => _folder.Compiler().Compile([missing]));

        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }
}
