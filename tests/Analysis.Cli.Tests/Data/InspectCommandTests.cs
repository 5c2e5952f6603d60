using System.Text.Json;

namespace Analysis.Cli.Tests.Data;

public sealed class InspectCommandTests : IDisposable
{
    private const string Header =
        "\"NHS England (Region, local office) Code\",\"NHS England (Region, local office) Name\",CCG Code,CCG Name,Practice Code,Practice Name," +
        "Practice Address,Practice Postcode,Practice Open Date,Practice Close Date,Contract Type,Dispensing Practice,Practice Type," +
        "Practice Rurality,Number of Registered Patients (Last Known Figure),Number of Weighted Patients (Last Known Figure),Global Sum," +
        "Total QOF Payments,Total NHS Payments to General Practice,Total NHS Payments to General Practice Minus Deductions";

    private readonly string _folder = Directory.CreateTempSubdirectory("inspect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_readable_file_reports_kind_vintage_rows_and_problems_and_exits_0()
    {
        var path = Write("payments.csv",
            Header + "\r\n" +
            "Q74,LOCAL OFFICE,00K,CCG,X00001,SYNTHETIC ONE,ADDRESS,TS1 1AA,36251,,GMS,No,GP practice,Urban,4114,4703.5,1,2,3,4\r\n" +
            "Q74,LOCAL OFFICE,00K,CCG,X00002,SYNTHETIC TWO,ADDRESS,TS1 1AB,36251,,GMS,Maybe,GP practice,Urban,4114,4703.5,1,2,3,4\r\n");

        var (exit, output, _) = Run("data", "inspect", path);

        Assert.Equal(0, exit);
        Assert.Contains("kind:      Payments", output);
        Assert.Contains("vintage:   2017-18", output);
        Assert.Contains("rows:      2 (read 1, skipped 0, rejected 1)", output);
        Assert.Contains($"{path}(3): column 12 'Dispensing Practice': UnexpectedValue: expected Yes, No or Unknown, found 'Maybe'", output);
    }

    [Fact]
    public void Json_output_carries_the_same_report_for_tools()
    {
        var path = Write("payments.csv", Header + "\nQ74,L,00K,C,X00001,S,A,P,36251,,PMS,Yes,GP practice,Rural,10,11,1,2,3,4\n");

        var (exit, output, _) = Run("data", "inspect", path, "--format", "json");

        Assert.Equal(0, exit);
        var file = JsonDocument.Parse(output).RootElement.GetProperty("files")[0];
        Assert.Equal("Payments", file.GetProperty("kind").GetString());
        Assert.Equal(1, file.GetProperty("rows").GetInt32());
        Assert.Equal("Number of Weighted Patients (Last Known Figure)", file.GetProperty("mappedColumns").GetProperty("WeightedPatients").GetString());
    }

    [Fact]
    public void An_unreadable_file_exits_2_naming_the_file_and_the_closest_layout()
    {
        var path = Write("mystery.csv", "PRACTICE,PATIENTS\nX00001,10\n");

        var (exit, _, error) = Run("data", "inspect", path);

        Assert.Equal(2, exit);
        Assert.Contains($"error: {path}(1): not a known NHS publication layout", error);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, _, error) = Run("data", "inspect", Path.Combine(_folder, "absent.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("absent.csv", error);
    }

    [Fact]
    public void A_bad_command_line_exits_2()
    {
        var (exit, _, error) = Run("data", "inspect", "--format", "yaml", "x.csv");

        Assert.Equal(2, exit);
        Assert.Contains("yaml", error);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AnalysisCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
