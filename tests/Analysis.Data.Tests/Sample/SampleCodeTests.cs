using Analysis.Data.Sample.Reference;
using Analysis.Testing;

namespace Analysis.Data.Tests.Sample;

/// <summary>Nothing the sample invents can be mistaken for a real practice, PCN, postcode or telephone number.</summary>
[Collection(SampleCollection.Name)]
public sealed class SampleCodeTests(SampleFixture sample)
{
    [Fact]
    public void Practice_codes_are_X_and_five_digits_and_names_say_synthetic()
    {
        Assert.All(sample.Model.Practices, p =>
        {
            Assert.Matches("^X[0-9]{5}$", p.Code.Value);
            Assert.EndsWith("(SYNTHETIC)", p.Name, StringComparison.Ordinal);
            Assert.StartsWith("XX", p.Postcode, StringComparison.Ordinal);
            Assert.StartsWith("01632 960", p.Telephone, StringComparison.Ordinal);
        });
        Assert.Equal(sample.Model.Practices.Count, sample.Model.Practices.Select(p => p.Code).Distinct().Count());
    }

    [Fact]
    public void Pcn_codes_cannot_be_real_ones()
    {
        Assert.All(sample.Model.Pcns, p => Assert.Matches("^UX[0-9]{4}$", p.Code));
        Assert.InRange(sample.Model.Pcns.Count, 1150, 1350);
    }

    [SharedDataFact]
    public void No_real_practice_code_in_epraccur_starts_with_X()
    {
        var codes = File.ReadLines(SharedData.Path("ods-practices/epraccur.csv"))
            .Select(line => line.Split(',')[0].Trim('"'))
            .ToList();

        // Every organisation of the late-2019 release (GP practices and other prescribers alike).
        Assert.InRange(codes.Count, 14000, 15000);
        Assert.DoesNotContain(codes, c => c.StartsWith('X'));
    }

    [SharedDataFact]
    public void No_real_pcn_code_has_the_samples_UX_shape()
    {
        var pcns = PublishedTable.Rows(SharedData.Path("nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv")).Select(r => r("PCN Code")).ToList();

        Assert.Contains(pcns, c => c.StartsWith('U'));
        Assert.DoesNotContain(pcns, c => c.StartsWith("UX", StringComparison.Ordinal));
    }

    [Fact]
    public void The_real_geography_has_seven_regions_42_icbs_and_106_locations()
    {
        Assert.Equal(["Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"], EnglandGeography.Regions.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal(42, EnglandGeography.Icbs.Count);
        Assert.Equal(106, EnglandGeography.SubIcbs.Count);
        Assert.Equal(6493, EnglandGeography.SubIcbs.Sum(s => s.Practices));
        Assert.Equal("NHS North East and North Cumbria ICB - 16C Tees Valley", EnglandGeography.SubIcbs.Single(s => s.Code == "16C").Name);
    }

    [Fact]
    public void Practices_open_close_and_merge_over_the_span()
    {
        var practices = sample.Model.Practices;

        Assert.Equal(6300, practices.Count(p => p.CloseDate is null));
        Assert.InRange(practices.Count(p => p.CloseDate is not null), 300, 500);
        Assert.InRange(practices.Count(p => p.MergedInto is not null), 200, 450);
        Assert.InRange(practices.Count(p => p.OpenDate >= sample.Model.Options.FirstYear.FirstMonth.FirstDay), 40, 120);
    }
}
