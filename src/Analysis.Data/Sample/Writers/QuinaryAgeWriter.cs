using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// The quinary age file: 43 rows per organisation (all persons, then each sex's twenty bands and total,
/// bands in the publication's text order, where <c>5_9</c> follows <c>55_59</c>), for every region, ICB,
/// sub-ICB location, PCN (practices in none under <c>U</c>) and practice. Practice bands are whole
/// numbers that sum exactly to the list; every higher row is the sum of its practices.
/// </summary>
internal static class QuinaryAgeWriter
{
    private static readonly int[] TextOrder = Enumerable.Range(0, AgeProfile.Bands)
        .OrderBy(b => AgeProfile.Labels[b], StringComparer.Ordinal).ToArray();

    public static int Write(TextWriter writer, SampleModel model, int quarter)
    {
        writer.WriteLine("PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,ONS_CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS");
        var date = model.Quarters[quarter].FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var practices = model.Practices.Where(p => p.Lists[quarter] > 0)
            .Select(p => (Practice: p, Counts: AgeProfile.Counts(p.AgeShares, p.Lists[quarter]))).ToList();

        var rows = 0;
        var line = new CsvLine();
        void Org(string type, string code, string ons, string postcode, IEnumerable<int[]> members)
        {
            var sum = new int[2 * AgeProfile.Bands];
            foreach (var counts in members)
            {
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += counts[i];
                }
            }

            Row(type, code, ons, postcode, "ALL", "ALL", sum.Sum());
            for (var sex = 0; sex < 2; sex++)
            {
                var label = sex == 0 ? "FEMALE" : "MALE";
                foreach (var b in TextOrder)
                {
                    Row(type, code, ons, postcode, label, AgeProfile.Labels[b], sum[(sex * AgeProfile.Bands) + b]);
                }

                Row(type, code, ons, postcode, label, "ALL", sum.AsSpan(sex * AgeProfile.Bands, AgeProfile.Bands).ToArray().Sum());
            }
        }

        void Row(string type, string code, string ons, string postcode, string sex, string age, int patients)
        {
            line.Clear().Text("GP_PRAC_PAT_LIST").Text(date).Text(type).Text(code).Text(ons).Text(postcode).Text(sex).Text(age)
                .Whole(patients).WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        foreach (var g in practices.GroupBy(x => x.Practice.SubIcb.Region).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            Org("Comm Region", g.Key.Code, g.Key.OnsCode, string.Empty, g.Select(x => x.Counts));
        }

        foreach (var g in practices.GroupBy(x => x.Practice.SubIcb.Icb).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            Org("ICB", g.Key.Code, g.Key.OnsCode, string.Empty, g.Select(x => x.Counts));
        }

        foreach (var g in practices.GroupBy(x => x.Practice.SubIcb).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            Org("SUB_ICB_LOCATION_CODE", g.Key.Code, g.Key.OnsCode, string.Empty, g.Select(x => x.Counts));
        }

        foreach (var g in practices.GroupBy(x => x.Practice.Pcn?.Code ?? "U").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Org("PCN", g.Key, string.Empty, string.Empty, g.Select(x => x.Counts));
        }

        foreach (var (p, counts) in practices)
        {
            Org("GP", p.Code.Value, string.Empty, p.Postcode, [counts]);
        }

        return rows;
    }
}
