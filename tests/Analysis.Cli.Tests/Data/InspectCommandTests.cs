using Analysis.Cli.Tests.Support;
using System.Text.Json;

namespace Analysis.Cli.Tests.Data;

public sealed class InspectCommandTests : IDisposable
{
    // The published 2017-18 header (54 columns); the rows below are invented.
    private const string Header =
        "\"NHS England (Region, local office) Code\",\"NHS England (Region, local office) Name\",CCG Code,CCG" +
        " Name,Practice Code,Practice Name,Practice Address,Practice Postcode,Practice Open Date,Practice Clo" +
        "se Date,Contract Type,Dispensing Practice,Practice Type,Practice Rurality,Atypical Characteristics,Q" +
        "uarter used for patient data,Number of Registered Patients (Last Known Figure),Number of Weighted Pa" +
        "tients (Last Known Figure),Average payments per registered patient,Average payments per weighted pat" +
        "ient,Global Sum,MPIG Correction factor,Premises Payments,Seniority,Doctors Retainer Scheme Payments," +
        "Total Locum Allowances,Prolonged Study Leave,Appraisal Costs ,PCO Admin Other,Total QOF Payments,Chi" +
        "ldhood Vaccination and Immunisation Scheme,Extended Hours Access,Facilitating Timely Diagnosis and S" +
        "upport for People with Dementia,Influenza and Pneumococcal Immunisations,Learning Disabilities,Minor" +
        " Surgery,Rotavirus and Shingles Immunisation,Services for Violent Patients,Unplanned Admissions,Out " +
        "Of Area in Hours Urgent Care,Meningitis,Pertussis,Total Local Enhanced Services,General Practice For" +
        "ward View,Information Management and Technology,Balance of PMS Expenditure,\"Non DES Item Pneumococc" +
        "al Vaccine, Childhood Immunisation Main Programme\",Prescribing Fee Payments,Dispensing Fee Payments" +
        ",Reimbursement of Drugs,Other Payments1,Total NHS Payments to General Practice,\"Deductions for Pens" +
        "ions, Levies and Prescription Charge Income\",Total NHS Payments to General Practice Minus Deduction" +
        "s";

    private readonly string _folder = Directory.CreateTempSubdirectory("inspect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_readable_file_reports_kind_vintage_rows_and_problems_and_exits_0()
    {
        var path = Write("payments.csv",
            Header + "\r\n" +
            Row("X00001", "No") + "\r\n" + Row("X00002", "Maybe") + "\r\n");

        var (exit, output, _) = AnalysisCli.Run("data", "inspect", path);

        Assert.Equal(0, exit);
        Assert.Contains("kind:      Payments", output);
        Assert.Contains("vintage:   2017-18", output);
        Assert.Contains("rows:      2 (read 1, skipped 0, rejected 1)", output);
        Assert.Contains($"{path}(3): column 12 'Dispensing Practice': UnexpectedValue: expected Yes, No or Unknown, found 'Maybe'", output);
    }

    [Fact]
    public void Json_output_carries_the_same_report_for_tools()
    {
        var path = Write("payments.csv", Header + "\n" + Row("X00001", "Yes") + "\n");

        var (exit, output, _) = AnalysisCli.Run("data", "inspect", path, "--format", "json");

        Assert.Equal(0, exit);
        var file = JsonDocument.Parse(output).RootElement.GetProperty("files")[0];
        Assert.Equal("Payments", file.GetProperty("kind").GetString());
        Assert.Equal(1, file.GetProperty("rows").GetInt32());
        Assert.Equal("Number of Weighted Patients (Last Known Figure)", file.GetProperty("mappedColumns").GetProperty("WeightedPatients").GetString());
    }

    [Fact]
    public void The_period_of_a_file_that_does_not_state_it_can_be_given()
    {
        var path = Write("prevalence.csv", "PRACTICE_CODE,GROUP_CODE,REGISTER,PATIENT_LIST_TYPE,PRACTICE_LIST_SIZE\nX00001,DM,113.0,17OV,3000\n");

        var (_, without, _) = AnalysisCli.Run("data", "inspect", path);
        var (exit, with, _) = AnalysisCli.Run("data", "inspect", path, "--period", "2024-25");

        Assert.Contains("period:    not stated (give --period to read records)", without);
        Assert.Equal(0, exit);
        Assert.Contains("period:    2024-25", with);
    }

    [Fact]
    public void An_unreadable_file_exits_2_naming_the_file_and_the_closest_layout()
    {
        var path = Write("mystery.csv", "PRACTICE,PATIENTS\nX00001,10\n");

        var (exit, _, error) = AnalysisCli.Run("data", "inspect", path);

        Assert.Equal(2, exit);
        Assert.Contains($"error: {path}(1): not a known NHS publication layout", error);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, _, error) = AnalysisCli.Run("data", "inspect", Path.Combine(_folder, "absent.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("absent.csv", error);
    }

    [Fact]
    public void A_bad_command_line_exits_2()
    {
        var (exit, _, error) = AnalysisCli.Run("data", "inspect", "--format", "yaml", "x.csv");

        Assert.Equal(2, exit);
        Assert.Contains("yaml", error);
    }

    // Identity, dates, contract, flags, patients, then zero for every payment line.
    private static string Row(string practice, string dispensing) =>
        $"Q74,LOCAL OFFICE,00K,CCG,{practice},SYNTHETIC {practice},ADDRESS,TS1 1AA,36251,,GMS,{dispensing},GP practice,Urban,,Q4,4114,4703.5,"
        + string.Join(',', Enumerable.Repeat("0", 36));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
