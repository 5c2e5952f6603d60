using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using static Analysis.Indicators.Tests.Engine.Support.Records;

namespace Analysis.Indicators.Tests.Engine.Support;

/// <summary>Hand-built panels: practices over the financial year 2022-23, the census of April 2022 in force all year.</summary>
internal static class TestPanels
{
    public static readonly Month April2022 = new(2022, 4);
    public static readonly Month March2023 = new(2023, 3);

    public static Panel OneYear(params PracticeSpec[] practices) => Panel.Build(NhsData.FromRecords(RecordsOf(practices)));

    public static IEnumerable<object> RecordsOf(IEnumerable<PracticeSpec> practices)
    {
        foreach (var p in practices)
        {
            yield return Payments(p.Code, "2022-23", p.Weighted, p.Registered);
            yield return Map(p.Code, April2022, p.Icb, p.Region);
            if (p.HasWorkforce)
            {
                yield return Census(p.Code, April2022, p.GpFte, p.Headcount, p.Aged55);
            }

            if (p.ImdScore is { } score)
            {
                yield return Deprivation(p.Code, score);
            }
        }
    }
}
