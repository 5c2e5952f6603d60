using System.Text.Json;
using Analysis.Cli.Tests.Support;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Data;

public sealed class FetchCommandTests : IDisposable
{
    private const string Payments2223 = "nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv";
    private const string Qof2223 = "qof/QOF 2022-23.csv";

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "analysis-fetch-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    [SharedDataFact]
    public void A_full_fetch_records_the_published_checksum_in_the_manifest()
    {
        using var server = new LocalFileServer(SharedData.Folder);

        var (code, output, error) = Run("data", "fetch", "Payments", "--period", "2022-23", "--to", _cache, "--source", server.Folder("nhs-payments-gp"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Payments 2022-23: downloaded", output, StringComparison.Ordinal);
        var entry = Assert.Single(Manifest().GetProperty("files").EnumerateArray());
        Assert.Equal("Payments/2022-23/nhspaymentsgp-22-23-prac-csv.csv", entry.GetProperty("path").GetString());
        Assert.Equal(SharedData.ProvenanceSha256(Payments2223), entry.GetProperty("sha256").GetString());
        Assert.Equal(3784524, entry.GetProperty("bytes").GetInt64());
        Assert.Equal(File.ReadAllBytes(SharedData.Path(Payments2223)), File.ReadAllBytes(Cached("Payments/2022-23/nhspaymentsgp-22-23-prac-csv.csv")));
    }

    [SharedDataFact]
    public void A_file_whose_checksum_still_matches_is_not_downloaded_again()
    {
        using var server = new LocalFileServer(SharedData.Folder);
        string[] args = ["data", "fetch", "payments", "--period", "2022-23", "--to", _cache, "--source", server.Folder("nhs-payments-gp")];
        Assert.Equal(0, Run(args).Code);
        var requests = server.Requests.Count;

        var (code, output, _) = Run(args);

        Assert.Equal(0, code);
        Assert.Contains("already cached", output, StringComparison.Ordinal);
        Assert.Equal(requests, server.Requests.Count);
    }

    [SharedDataFact]
    public void An_interrupted_fetch_resumes_with_a_range_request_and_gives_the_same_bytes()
    {
        using var server = new LocalFileServer(SharedData.Folder);
        var original = File.ReadAllBytes(SharedData.Path(Qof2223));
        string[] args = ["data", "fetch", "QofAchievement", "--period", "2022-23", "--to", _cache, "--source", server.Folder("qof")];
        server.DropNextAfter(original.Length / 2);

        var interrupted = Run(args);

        Assert.Equal(2, interrupted.Code);
        Assert.Contains("running the same fetch again resumes it", interrupted.Error, StringComparison.Ordinal);
        var target = Cached("QofAchievement/2022-23/QOF 2022-23.csv");
        Assert.False(File.Exists(target));
        var kept = new FileInfo(target + ".partial").Length;
        Assert.InRange(kept, 1, original.Length / 2);

        var (code, output, _) = Run(args);

        Assert.Equal(0, code);
        Assert.Contains("resumed and completed", output, StringComparison.Ordinal);
        Assert.Contains($"qof/QOF 2022-23.csv bytes={kept}-", server.Requests);
        Assert.Equal(original, File.ReadAllBytes(target));
        Assert.False(File.Exists(target + ".partial"));
        var entry = Assert.Single(Manifest().GetProperty("files").EnumerateArray());
        Assert.Equal(SharedData.ProvenanceSha256(Qof2223), entry.GetProperty("sha256").GetString());
    }

    [SharedDataFact]
    public void A_good_file_is_not_replaced_by_an_interrupted_download()
    {
        using var server = new LocalFileServer(SharedData.Folder);
        var original = File.ReadAllBytes(SharedData.Path(Qof2223));
        string[] args = ["data", "fetch", "QofAchievement", "--period", "2022-23", "--to", _cache, "--source", server.Folder("qof")];
        Assert.Equal(0, Run(args).Code);
        File.Delete(Path.Combine(_cache, "manifest.json"));
        server.DropNextAfter(1000);

        var interrupted = Run(args);

        Assert.Equal(2, interrupted.Code);
        Assert.Equal(original, File.ReadAllBytes(Cached("QofAchievement/2022-23/QOF 2022-23.csv")));
        Assert.False(File.Exists(Path.Combine(_cache, "manifest.json")));
    }

    [SharedDataFact]
    public void An_older_published_file_name_is_tried_when_the_newer_one_is_missing()
    {
        using var server = new LocalFileServer(SharedData.Folder);

        var (code, output, _) = Run("data", "fetch", "Payments", "--period", "2017-18", "--to", _cache, "--source", server.Folder("nhs-payments-gp"));

        Assert.Equal(0, code);
        Assert.Contains("nhspaymentsgp-17-18-csv.csv", output, StringComparison.Ordinal);
        Assert.Equal(["nhspaymentsgp-17-18-prac-csv.csv -", "nhspaymentsgp-17-18-csv.csv -"], server.Requests.Select(r => r[(r.IndexOf('/') + 1)..]));
        var entry = Assert.Single(Manifest().GetProperty("files").EnumerateArray());
        Assert.Equal(SharedData.ProvenanceSha256("nhs-payments-gp/nhspaymentsgp-17-18-csv.csv"), entry.GetProperty("sha256").GetString());
    }

    [SharedDataFact]
    public void A_missing_file_is_a_clear_error_and_leaves_nothing_named_like_a_good_file()
    {
        using var server = new LocalFileServer(SharedData.Folder);

        var (code, output, error) = Run("data", "fetch", "Payments", "--period", "2019-20", "--to", _cache, "--source", server.Folder("nhs-payments-gp"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no Payments file found for 2019-20", error, StringComparison.Ordinal);
        Assert.Contains("nhspaymentsgp-19-20-prac-csv.csv (404 Not Found)", error, StringComparison.Ordinal);
        Assert.Contains("nhs-payments-to-general-practice/england-2019-20", error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(_cache) ? Directory.GetFiles(_cache, "*", SearchOption.AllDirectories) : []);
    }

    [Theory]
    [InlineData("unknown KIND 'Hospitals'", "data", "fetch", "Hospitals", "--to", "x")]
    [InlineData("expected a financial year such as 2022-23, found '2022'", "data", "fetch", "Payments", "--period", "2022", "--to", "x")]
    [InlineData("is published by month; give a period such as 2024-09", "data", "fetch", "RegisteredPatients", "--to", "x")]
    [InlineData("takes no period", "data", "fetch", "OdsPractices", "--period", "2024-09", "--to", "x")]
    [InlineData("expected an http or https folder URL", "data", "fetch", "OdsPractices", "--to", "x", "--source", "ftp://example")]
    [InlineData("--to", "data", "fetch", "OdsPractices")]
    public void Usage_errors_exit_2_and_say_what_was_expected(string message, params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_dataset_cannot_be_fetched()
    {
        var (code, _, error) = Run("data", "fetch", "WorkforceAnnual", "--period", "2023-24", "--to", _cache);

        Assert.Equal(2, code);
        Assert.Contains("WorkforceAnnual is not published", error, StringComparison.Ordinal);
        Assert.Contains("fetch WorkforceDetailed", error, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AnalysisCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Cached(string relative) => Path.Combine(_cache, relative);

    private JsonElement Manifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cache, "manifest.json")));
        return document.RootElement.Clone();
    }
}
