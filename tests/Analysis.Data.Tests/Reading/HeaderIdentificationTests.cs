using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Reading;

public sealed class HeaderIdentificationTests
{
    public static TheoryData<DatasetKind, string> HeaderLayouts()
    {
        var data = new TheoryData<DatasetKind, string>();
        DatasetKind[] kinds = [DatasetKind.RegisteredPatients, DatasetKind.PracticeMap, DatasetKind.QuinaryAge, DatasetKind.PracticeDeprivation, DatasetKind.LsoaDeprivation];
        foreach (var layout in DatasetRegistry.All.SelectMany(d => d.Layouts.Layouts).Where(l => l.HasHeader && kinds.Contains(l.Kind)))
        {
            data.Add(layout.Kind, layout.Vintage);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeaderLayouts))]
    public void A_header_of_just_the_mapped_columns_identifies_its_own_layout(DatasetKind kind, string vintage)
    {
        var layout = DatasetRegistry.All.SelectMany(d => d.Layouts.Layouts).Single(l => l.Kind == kind && l.Vintage == vintage);
        var path = Path.Combine(Path.GetTempPath(), $"header-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join(',', layout.Columns.Where(c => !c.Optional).Select(c => $"\"{c.Headers[0]}\"")) + "\r\n");
        try
        {
            var identity = NhsFile.Identify(path);

            Assert.Equal((kind, vintage), (identity.Kind, identity.Vintage));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
