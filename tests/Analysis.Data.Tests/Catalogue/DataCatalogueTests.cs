using Analysis.Data.Catalogue;
using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Catalogue;

public sealed class DataCatalogueTests
{
    private static readonly string[] PublisherHosts = ["digital.nhs.uk", "england.nhs.uk", "fingertips.phe.org.uk", "gov.uk", "gp-patient.co.uk"];

    [Fact]
    public void Every_dataset_kind_has_exactly_one_publication()
    {
        Assert.Equal(Enum.GetValues<DatasetKind>(), DataCatalogue.All.Select(p => p.Kind));
    }

    [Fact]
    public void Every_landing_page_is_on_a_publisher_site_and_every_template_expands()
    {
        foreach (var publication in DataCatalogue.All)
        {
            var period = CataloguePeriod.Parse(publication, Sample(publication.Period)).Value;
            var page = new Uri(period.Expand(publication.LandingPage));

            Assert.Equal("https", page.Scheme);
            Assert.Contains(PublisherHosts, h => page.Host == h || page.Host.EndsWith("." + h, StringComparison.Ordinal));
            Assert.All(publication.Files, f => Assert.DoesNotContain("{", period.Expand(f.Name), StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(DatasetKind.Payments, "2022-23", "nhspaymentsgp-22-23-prac-csv.csv|nhspaymentsgp-22-23-csv.csv")]
    [InlineData(DatasetKind.Payments, "2015-16", "nhspaymentsgp-15-16-prac-csv.csv|nhspaymentsgp-15-16-csv.csv")]
    [InlineData(DatasetKind.QofAchievement, "2017-18", "QOF 2017-18.csv")]
    [InlineData(DatasetKind.QofPrevalence, "2024-25", "PREVALENCE_2425.csv")]
    [InlineData(DatasetKind.RegisteredPatients, "2021-01", "gp-reg-pat-prac-all.csv")]
    [InlineData(DatasetKind.WorkforceDetailed, "2024-09", "GPWPracticeCSV.092024.zip")]
    [InlineData(DatasetKind.PcnWorkforce, "2022-09", "PCNWFIndividualCSV.092022.zip")]
    [InlineData(DatasetKind.PatientSurvey, "2018", "GPPS_2018_Practice_data_(weighted)_(csv)_PUBLIC.csv|GPPS 2018 Practice data (weighted) (csv) PUBLIC.csv")]
    [InlineData(DatasetKind.OdsPractices, null, "epraccur.zip|epraccur.csv")]
    public void File_names_are_the_published_ones(DatasetKind kind, string? period, string names)
    {
        var publication = DataCatalogue.For(kind);
        var edition = CataloguePeriod.Parse(publication, period).Value;

        Assert.Equal(names.Split('|'), publication.Files.Select(f => edition.Expand(f.Name)));
    }

    [Theory]
    [InlineData(DatasetKind.WorkforceDetailed, "2024-09", "https://digital.nhs.uk/data-and-information/publications/statistical/general-and-personal-medical-services/30-september-2024")]
    [InlineData(DatasetKind.RegisteredPatients, "2024-05", "https://digital.nhs.uk/data-and-information/publications/statistical/patients-registered-at-a-gp-practice/may-2024")]
    [InlineData(DatasetKind.Payments, "2018-19", "https://digital.nhs.uk/data-and-information/publications/statistical/nhs-payments-to-general-practice/england-2018-19")]
    [InlineData(DatasetKind.PcnWorkforce, "2022-06", "https://digital.nhs.uk/data-and-information/publications/statistical/primary-care-network-workforce/30-june-2022")]
    public void Landing_pages_name_the_edition(DatasetKind kind, string period, string page)
    {
        var publication = DataCatalogue.For(kind);

        Assert.Equal(page, CataloguePeriod.Parse(publication, period).Value.Expand(publication.LandingPage));
    }

    [Fact]
    public void Publisher_addresses_are_known_only_where_they_are_stable()
    {
        var survey = DataCatalogue.For(DatasetKind.PatientSurvey);
        var fingertips = DataCatalogue.For(DatasetKind.PracticeDeprivation);

        Assert.Equal(
            "https://www.gp-patient.co.uk/FileDownload/Download?fileRedirect=2025%2Fsurvey-results%2Fpractice-results%2Fpractice-data-csv%2FGPPS_2025_Practice_data_(weighted)_(csv)_PUBLIC.csv",
            CataloguePeriod.Parse(survey, "2025").Value.Expand(survey.Files[0].Url!));
        Assert.Contains("indicator_ids=93553&child_area_type_id=7", fingertips.Files[0].Url, StringComparison.Ordinal);
        Assert.Null(DataCatalogue.For(DatasetKind.Payments).Files[0].Url);
        Assert.False(DataCatalogue.For(DatasetKind.WorkforceAnnual).IsPublished);
    }

    [Theory]
    [InlineData(DatasetKind.Payments, "2022", "expected a financial year such as 2022-23, found '2022'")]
    [InlineData(DatasetKind.Payments, null, "Payments is published by financial year; give a period such as 2022-23")]
    [InlineData(DatasetKind.WorkforceDetailed, "2024-13", "expected a month as yyyy-MM, found '2024-13'")]
    [InlineData(DatasetKind.PatientSurvey, "2006", "expected a survey year such as 2024, found '2006'")]
    [InlineData(DatasetKind.LsoaDeprivation, "2019", "LsoaDeprivation has a single current edition, so it takes no period (found '2019')")]
    public void Periods_that_do_not_fit_the_publication_are_refused(DatasetKind kind, string? text, string error)
    {
        var parsed = CataloguePeriod.Parse(DataCatalogue.For(kind), text);

        Assert.False(parsed.Success);
        Assert.Contains(error, parsed.Error, StringComparison.Ordinal);
    }

    private static string? Sample(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "2022-23",
        PeriodKind.Month => "2024-02",
        PeriodKind.SurveyYear => "2024",
        _ => null,
    };
}
