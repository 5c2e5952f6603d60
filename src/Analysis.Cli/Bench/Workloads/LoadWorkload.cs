using Analysis.Data;
using Analysis.Data.Payments;
using Analysis.Data.PcnWorkforce;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;
using DuckDB.NET.Data;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// Figure 3: the largest real files read into typed records by ours (<see cref="NhsFile.Read{T}"/>: identify the
/// layout, parse, validate) against DuckDB materialising the same file with <c>read_csv</c> into a table (types
/// sniffed, every column parsed: a <c>count(*)</c> alone would let it skip the parsing).
/// </summary>
internal static class LoadWorkload
{
    /// <summary>
    /// What DuckDB is told when its defaults refuse a file. NHS files are often Windows-1252 (a £ or an en dash is
    /// not UTF-8), carry rows with fewer cells than the header, or write a missing number as <c>NA</c> after the rows
    /// DuckDB samples to guess the column types; these options read them.
    /// </summary>
    public const string LenientOptions = "encoding = 'latin-1', null_padding = true, strict_mode = false, nullstr = ['', 'NA']";

    /// <summary>
    /// The last resort when even <see cref="LenientOptions"/> fail (DuckDB's latin-1 refuses the Windows-1252 bytes
    /// 0x80-0x9F, such as the en dash 0x96): skip the rows it cannot decode, so it reads fewer rows than ours.
    /// </summary>
    public const string SkippingOptions = "null_padding = true, strict_mode = false, nullstr = ['', 'NA'], ignore_errors = true";

    /// <summary>
    /// The files, by figure name, relative to the shared data folder, with ours reading each into its record type (the
    /// prevalence file does not say its year, and ours never guesses it from the name, so it is given).
    /// </summary>
    public static IReadOnlyList<(string Name, string RelativePath, Func<string, int> Ours)> Files { get; } =
    [
        ("payments", "nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv", path => NhsFile.Read<PracticePayments>(path).Rows.Count),
        ("qof-prevalence", "qof/PREVALENCE_2425.csv", path => NhsFile.Read<QofPrevalence>(path, new ReaderOptions { Period = "2024-25" }).Rows.Count),
        ("quinary-registrations", "gp-registered-patients/gp-reg-pat-prac-quin-age_SUBSET-QHM-QF7-QT6.csv", path => NhsFile.Read<AgeBandCount>(path).Rows.Count),
        ("workforce-panel", "gp-workforce/workforce_year_DERIVED.csv", path => NhsFile.Read<WorkforceSnapshot>(path).Rows.Count),
        ("pcn-workforce", "pcn-workforce/11.Primary Care Networks – September 2022 Individual Level.csv", path => NhsFile.Read<PcnStaffRecord>(path).Rows.Count),
    ];

    /// <summary>
    /// Tries DuckDB's defaults on the file; null when they read it, otherwise the first line of its refusal (then
    /// <see cref="DuckDbRead"/> must be given <see cref="LenientOptions"/>).
    /// </summary>
    public static string? DefaultsRefusal(string path) => Refusal(path, null);

    /// <summary>Null when DuckDB reads the file with these options, otherwise the first line of its refusal.</summary>
    public static string? Refusal(string path, string? options)
    {
        try
        {
            DuckDbRead(path, options);
            return null;
        }
        catch (DuckDBException e)
        {
            return e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? e.GetType().Name;
        }
    }

    /// <summary>The peer: <c>CREATE TABLE AS SELECT * FROM read_csv(path, options)</c> in a fresh in-memory database; returns the rows.</summary>
    public static long DuckDbRead(string path, string? options)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        var quoted = "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
        command.CommandText = "CREATE TABLE t AS SELECT * FROM read_csv(" + quoted + (options is null ? "" : ", " + options) + ")";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM t";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
