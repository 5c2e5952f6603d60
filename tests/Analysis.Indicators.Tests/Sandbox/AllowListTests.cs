using Analysis.Indicators.Scripting;
using Analysis.Indicators.Tests.Scripting;

namespace Analysis.Indicators.Tests.Sandbox;

public sealed class AllowListTests : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_compiler_checks_every_script_against_the_allow_list_unless_told_otherwise()
    {
        var path = _folder.Write("wf01.csx", "var secret = System.IO.File.ReadAllText(\"/etc/passwd\");\n" + ScriptFolder.Rate("WF01"));
        _folder.Write("wf02.csx", ScriptFolder.Rate("WF02"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            $"{path}(1,24): error IND110: System.IO.File is not allowed in an indicator script (the file system): scripts may use the DSL, the panel's records, System.Math, LINQ, primitive types and strings",
            error.ToString());
        Assert.Equal("WF02", Assert.Single(result.Indicators).Id);
    }

    [Fact]
    public void What_an_indicator_needs_is_allowed()
    {
        _folder.Write("prv09.csx", """
            using System.Globalization;

            // Everything here is on the allow-list: LINQ (methods and query syntax) over arrays, tuples and their
            // deconstruction, ranges, Math, invariant formatting, nullables, a script's own methods, the DSL's choices,
            // the panel's records (a dictionary lookup, a date), a params-span overload, and a script's own types and constants.
            var registers = new[] { ("DM", 17), ("HYP", 0), ("COPD", 0) };
            var (first, minimumAge) = registers[0];
            var others = string.Join("+", from r in registers[1..] where r.Item2 == 0 select r.Item1.ToLowerInvariant());
            var scale = Math.Round(Limits.Per / 100m, 0, MidpointRounding.AwayFromZero);
            var title = string.Create(CultureInfo.InvariantCulture, $"Recorded prevalence of {first} ({minimumAge}+), not {others}, per {scale:N0}");
            Indicator("PRV09", title)
                .Definition("Patients on the diabetes register over the list size, aged 17 and over; not " + string.Join(", ", "HYP", "COPD") + ".")
                .Rationale("Recorded prevalence, to read beside the workforce indicators.")
                .Domain(Domain.Prevalence)
                .Proportion(multiplier: (double)Limits.Per, ci: Ci.Wilson)
                .Unit("% of patients aged 17+")
                .Numerator(p => Limits.Register(p, "DM"))
                .Denominator(p => p.Prevalence != null && p.Prevalence.ContainsKey("DM") ? p.Prevalence["DM"].ListSize : null)
                .Uses(Dataset.Prevalence)
                .NoJudgement()
                .Exclude(p => p.Payments != null && p.Payments.OpenDate.HasValue && p.Payments.OpenDate.Value.Year > p.Month.Year, Reasons.Opened.ToString());

            enum Reasons { Opened }

            static class Limits
            {
                public const decimal Per = 100;
                public static readonly string Name = "limits";

                public static decimal? Register(PanelRow p, string code) => p.Prevalence != null && p.Prevalence.ContainsKey(code) ? p.Prevalence[code].RegisterCount : null;
            }
            """);

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Recorded prevalence of DM (17+), not hyp+copd, per 1", Assert.Single(result.Indicators).Title);
    }

    [Fact]
    public void A_symbol_the_compiler_uses_on_the_scripts_behalf_is_checked_as_if_written()
    {
        // A typed range variable makes the query call Enumerable.Cast, which no name in the script mentions.
        var path = _folder.Write("wf01.csx", "var codes = from object c in new[] { 1 } select c;\n" + ScriptFolder.Rate("WF01"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((path, 1, "IND110"), (error.Path, error.Line, error.Id));
        Assert.StartsWith("System.Linq.Enumerable.Cast<TResult>(System.Collections.IEnumerable) is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interpolated_string_handler_is_allowed_as_the_compiler_uses_it_and_refused_when_written()
    {
        _folder.Write("wf01.csx", "var n = 3;\nvar title = $\"{n} GPs\";\n" + ScriptFolder.Rate("WF01"));
        var handWritten = _folder.Write("wf02.csx", "var handler = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0);\n" + ScriptFolder.Rate("WF02"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((handWritten, 1, "IND110"), (error.Path, error.Line, error.Id));
        Assert.Contains("DefaultInterpolatedStringHandler", error.Message, StringComparison.Ordinal);
        Assert.Equal("WF01", Assert.Single(result.Indicators).Id);
    }

    [Fact]
    public void Static_values_that_cannot_change_are_allowed_and_state_that_can_is_not()
    {
        _folder.Write("wf01.csx", ScriptFolder.Rate("WF01") + "static class Fixed\n{\n    public const int Small = 1_000;\n    public static readonly (string Code, decimal Scale) Unit = (\"FTE\", 1m);\n    public static decimal Per => 10_000;\n}\n");
        var mutable = _folder.Write("wf02.csx", ScriptFolder.Rate("WF02") + "static class Shared\n{\n    public static readonly decimal[] Seen = new decimal[1];\n}\n");

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((mutable, 13, 38, "IND114"), (error.Path, error.Line, error.Column, error.Id));
        Assert.StartsWith("the static readonly field of a mutable type Seen is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_reaches_into_the_others_harms_only_itself()
    {
        var global = _folder.Write("a.csx", "global using Domain = Analysis.Indicators.Polarity;\n" + ScriptFolder.Rate("WF01"));
        var escape = _folder.Write("b.csx", "}\npublic void Again() {\n" + ScriptFolder.Rate("WF02"));
        _folder.Write("c.csx", ScriptFolder.Rate("WF03"));

        var result = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Equal([(global, 1, "IND119"), (escape, 1, "IND124")], result.Errors.Select(e => (e.Path, e.Line, e.Id)));
        // The global using was never hoisted, so a.csx and c.csx still bind Domain.Workforce to the DSL's Domain.
        Assert.Equal(["WF03"], result.Indicators.Select(d => d.Id));
    }

    [Fact]
    public void The_panel_records_a_script_may_read_are_those_the_panel_row_leads_to()
    {
        Assert.Equal(
            [
                "Analysis.Data.Codes.OdsCode", "Analysis.Data.Codes.ParseResult`1", "Analysis.Data.Deprivation.PracticeDeprivation",
                "Analysis.Data.Geography.Area", "Analysis.Data.Geography.AreaLevel", "Analysis.Data.Geography.PracticeGeography",
                "Analysis.Data.Panels.PanelRow", "Analysis.Data.Payments.ContractType", "Analysis.Data.Payments.PracticePayments",
                "Analysis.Data.Periods.FinancialYear", "Analysis.Data.Periods.Month", "Analysis.Data.Periods.SurveyYear",
                "Analysis.Data.Qof.QofAchievement", "Analysis.Data.Qof.QofPrevalence", "Analysis.Data.Registrations.RegisteredPatients",
                "Analysis.Data.Survey.SurveyResult", "Analysis.Data.Workforce.WorkforceSnapshot",
            ],
            AllowedApi.PanelTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Preparing_runs_no_script_so_a_script_that_never_ends_cannot_hold_up_the_others()
    {
        var endless = _folder.Write("a.csx", "while (true) { }\n" + ScriptFolder.Rate("WF01"));
        var good = _folder.Write("b.csx", ScriptFolder.Rate("WF02"));
        using var prepared = _folder.Compiler().Prepare([_folder.Scripts]);

        var outcome = prepared.Run(good);

        Assert.True(prepared.CanRun(endless));
        Assert.Equal(TimeSpan.Zero, prepared.Timings.Run);
        Assert.Empty(outcome.Diagnostics);
        Assert.Equal("WF02", Assert.Single(outcome.Indicators).Id);
    }
}
