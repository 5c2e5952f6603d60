using System.Globalization;
using System.Text;
using Analysis.Data.Reading;
using Analysis.Data.Registrations;
using Xunit.Abstractions;

namespace Analysis.Data.Tests.Corpus;

/// <summary>Runs alone: the memory it measures is the whole process's, which parallel tests would disturb.</summary>
[CollectionDefinition(nameof(LargeFileStreamingTests), DisableParallelization = true)]
public sealed class LargeFileCollection;

/// <summary>
/// Files too large to hold are streamed: a 200 MB quinary file written at test time is read one row at a time,
/// every row counted, while the managed heap grows by a small fraction of the file's size.
/// </summary>
[Collection(nameof(LargeFileStreamingTests))]
public sealed class LargeFileStreamingTests(ITestOutputHelper output) : IDisposable
{
    private const string Header = "PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,ONS_CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS";

    // 80,000 invented practices (X00000 to X79999) of 43 rows, as published: 20 bands for each sex, then all ages
    // for both sexes and for each.
    private const int Practices = 80_000;
    private const int RowsPerPractice = 43;

    private static readonly string[] Sexes = ["FEMALE", "MALE"];

    private readonly string _folder = Directory.CreateTempSubdirectory("bad-data-large-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_200_mb_quinary_file_streams_with_an_exact_count_and_memory_far_below_its_size()
    {
        var path = Path.Combine(_folder, "gp-reg-pat-prac-quin-age.csv");
        var (expectedPatients, bytes) = WriteQuinaryFile(path);
        Assert.True(bytes > 200_000_000, $"the generated file is {bytes:N0} bytes");

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        long rows = 0;
        long patients = 0;
        ReadReport report;
        using (var stream = NhsFile.Stream<AgeBandCount>(path))
        {
            foreach (var row in stream)
            {
                patients += row.Patients;
                if (++rows % 500_000 == 0)
                {
                    // Live memory only: a collection first, so garbage waiting for the next one is not counted.
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                }
            }

            report = stream.Report;
        }

        var growth = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true)) - baseline;
        output.WriteLine($"{bytes:N0} bytes, {rows:N0} rows; managed memory grew by {growth:N0} bytes at most");
        Assert.Equal((long)Practices * RowsPerPractice, rows);
        Assert.Equal((Practices * RowsPerPractice, Practices * RowsPerPractice, 0, 0), (report.DataRows, report.RowsRead, report.RowsRejected, report.Skipped.Count));
        Assert.Equal(expectedPatients, patients);

        // Holding the rows would take more than the file's size; streaming keeps the current row, Sylvan's buffer
        // and one duplicate-key entry per practice (about 10 MB for 80,000 practices).
        Assert.True(growth < bytes / 8, $"managed memory grew by {growth:N0} bytes reading a {bytes:N0}-byte file");
    }

    [Fact]
    public void A_quote_never_closed_in_a_large_file_stops_at_the_line_it_opened_on()
    {
        var path = Path.Combine(_folder, "gp-reg-pat-prac-quin-age_unclosed.csv");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            writer.Write(Header + "\nGP_PRAC_PAT_LIST,01JAN2021,GP,X00001,,\"XX1 1AA,ALL,ALL,100\n");
            var filler = new string('x', 1 << 20);
            for (var i = 0; i < 17; i++)
            {
                writer.Write(filler);
            }
        }

        using var stream = NhsFile.Stream<AgeBandCount>(path);
        var error = Assert.Throws<DataFormatException>(() => stream.Count());

        Assert.Equal(2, error.Line);
        Assert.Contains("runs on for more than 16,777,216 characters", error.Message, StringComparison.Ordinal);
    }

    private static (long Patients, long Bytes) WriteQuinaryFile(string path)
    {
        long patients = 0;
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(Header);
            writer.Write('\n');
            for (var p = 0; p < Practices; p++)
            {
                var code = "X" + p.ToString("D5", CultureInfo.InvariantCulture);
                var prefix = $"GP_PRAC_PAT_LIST,01JAN2021,GP,{code},,XX1 1AA,";
                var bySex = new int[2];
                for (var band = 0; band < 20; band++)
                {
                    var ages = band == 19 ? "95+" : $"{band * 5}_{(band * 5) + 4}";
                    for (var sex = 0; sex < 2; sex++)
                    {
                        var count = ((p + band + sex) % 97) + 1;
                        bySex[sex] += count;
                        writer.Write(prefix);
                        writer.Write(FormattableString.Invariant($"{Sexes[sex]},{ages},{count}\n"));
                    }
                }

                writer.Write(prefix);
                writer.Write(FormattableString.Invariant($"ALL,ALL,{bySex[0] + bySex[1]}\n{prefix}FEMALE,ALL,{bySex[0]}\n{prefix}MALE,ALL,{bySex[1]}\n"));
                patients += 3L * (bySex[0] + bySex[1]);
            }
        }

        return (patients, new FileInfo(path).Length);
    }
}
