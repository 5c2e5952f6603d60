using System.Text;
using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Reading;

public sealed class ReadLoopTests
{
    [Fact]
    public void A_quoted_header_with_an_embedded_line_feed_is_matched_and_later_lines_keep_their_numbers()
    {
        var text = "\"Practice\ncode\",Amount (£),Number of patients,OPENED\nX00001,1.5,10,01/04/1974\nX00002,oops,20,\n";

        var (rows, report) = ProbeDataset.ReadText(text);

        Assert.Equal("new", report.Vintage);
        Assert.Single(rows);
        var issue = Assert.Single(report.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Equal("2 'Amount (£)'", issue.Column);
        Assert.Equal(IssueCode.NotANumber, issue.Code);
        Assert.Equal("expected a number, found 'oops'", issue.Message);
    }

    [Fact]
    public void Crlf_and_lf_files_read_the_same()
    {
        const string lf = "PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,2,3,20200101\nX00002,4,5,\n";

        var (lfRows, _) = ProbeDataset.ReadText(lf);
        var (crlfRows, _) = ProbeDataset.ReadText(lf.ReplaceLineEndings("\r\n"));

        Assert.Equal(lfRows, crlfRows);
        Assert.Equal(new DateOnly(2020, 1, 1), lfRows[0].Opened);
    }

    [Fact]
    public void Footnote_digits_and_trailing_spaces_on_headers_do_not_stop_a_match()
    {
        var (rows, report) = ProbeDataset.ReadText("PRAC CODE ,AMOUNT_£2,COUNT1,OPENED\nX00001,2,3,\n");

        Assert.Equal("old", report.Vintage);
        Assert.Equal("AMOUNT_£2", report.MappedColumns["Amount"]);
        Assert.Single(rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("N/A")]
    [InlineData(" ")]
    [InlineData(":")]
    [InlineData("NA")]
    [InlineData("EST")]
    [InlineData("NS")]
    [InlineData("ND")]
    [InlineData(".")]
    public void Every_missing_value_spelling_reads_as_no_value(string missing)
    {
        var (rows, report) = ProbeDataset.ReadText($"PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,{missing},3,{missing}\n");

        Assert.Empty(report.Issues);
        Assert.Null(Assert.Single(rows).Amount);
        Assert.Null(rows[0].Opened);
    }

    [Fact]
    public void A_missing_required_value_rejects_the_row_and_says_where()
    {
        var (rows, report) = ProbeDataset.ReadText("PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,NA,\nX00002,1,2,\n");

        Assert.Single(rows);
        Assert.Equal(1, report.RowsRejected);
        var issue = Assert.Single(report.Issues);
        Assert.Equal((2, "3 'COUNT'", IssueCode.MissingValue), (issue.Line, issue.Column, issue.Code));
        Assert.Equal("expected a whole number, found 'NA'", issue.Message);
    }

    [Theory]
    [InlineData("113.0", 113)]
    [InlineData("4,029", 4029)]
    [InlineData("1E3", 1000)]
    public void Float_and_thousands_spellings_of_whole_numbers_are_accepted(string cell, long expected)
    {
        var (rows, _) = ProbeDataset.ReadText($"PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,\"{cell}\",\n");

        Assert.Equal(expected, Assert.Single(rows).Count);
    }

    [Fact]
    public void A_fractional_count_is_an_issue_not_a_silent_truncation()
    {
        var (rows, report) = ProbeDataset.ReadText("PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,4029.25,\n");

        Assert.Empty(rows);
        Assert.Equal(IssueCode.NotAWholeNumber, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_rejected_but_a_trailing_comma_is_harmless()
    {
        var (rows, report) = ProbeDataset.ReadText("PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,2,,\nX00002,1\n");

        Assert.Single(rows);
        var issue = Assert.Single(report.Issues);
        Assert.Equal((3, IssueCode.WrongFieldCount), (issue.Line, issue.Code));
        Assert.Equal("expected 4 fields, found 2", issue.Message);
    }

    [Fact]
    public void Skipped_and_blank_rows_are_counted_with_their_reason()
    {
        var (rows, report) = ProbeDataset.ReadText("PRAC CODE,AMOUNT_£,COUNT,OPENED\nENGLAND,1,2,\n\nX00001,1,2,\n");

        Assert.Single(rows);
        Assert.Equal(report.DataRows, report.RowsRead + report.Skipped.Values.Sum() + report.RowsRejected);
        Assert.Equal(1, report.Skipped["England summary row"]);
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_bad_row_with_its_location()
    {
        var e = Assert.Throws<DataFormatException>(() =>
            ProbeDataset.ReadText("PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,2,\nA1,1,2,\n", ReaderOptions.Default with { Strict = true }));

        Assert.Equal(3, e.Line);
        Assert.Equal("1 'PRAC CODE'", e.Column);
        Assert.Contains("expected a practice code (one letter and five digits), found 'A1'", e.Message);
    }

    [Fact]
    public void Windows_1252_text_is_detected_and_decoded()
    {
        var path = Path.Combine(Path.GetTempPath(), $"probe-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, SourceText.Windows1252.GetBytes("PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,2,\n"));
        try
        {
            var (rows, report) = ProbeDataset.ReadFile(path);

            Assert.Equal("Windows-1252", report.Encoding);
            Assert.Equal("AMOUNT_£", report.MappedColumns["Amount"]);
            Assert.Single(rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_utf8_bom_is_detected_and_not_part_of_the_first_header()
    {
        var path = Path.Combine(Path.GetTempPath(), $"probe-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "PRAC CODE,AMOUNT_£,COUNT,OPENED\nX00001,1,2,\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var (_, report) = ProbeDataset.ReadFile(path);

            Assert.Equal("UTF-8 with BOM", report.Encoding);
            Assert.Equal("PRAC CODE", report.MappedColumns["Practice"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_layout_names_the_closest_one_and_the_columns_expected_and_found()
    {
        var e = Assert.Throws<DataFormatException>(() => ProbeDataset.ReadText("PRAC CODE,AMOUNT_£,PATIENTS,OPENED\nX00001,1,2,\n"));

        Assert.Equal(1, e.Line);
        Assert.Contains("Closest: PatientSurvey old, 3 of 4 expected columns found", e.Message);
        Assert.Contains("Expected but not found: 'COUNT'", e.Message);
        Assert.Contains("Found but not expected: 'PATIENTS'", e.Message);
    }
}
