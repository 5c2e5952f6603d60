using System.Globalization;
using Analysis.Data.Sample.Reference;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// Builds a <see cref="SampleModel"/>: places practices in the real sub-ICB locations, groups them into
/// PCNs, opens, closes and merges some over the years, then fills each practice-year.
/// </summary>
internal static class ModelBuilder
{
    // About 1.6% of practices close or merge each year and 0.3% open (England fell from 6,867 practices in
    // 2019-20 to 6,392 in 2023-24 in the workforce panel, a net 1.8% a year); 80% of closures are mergers.
    private const double ClosureRate = 0.016;
    private const double OpeningRate = 0.003;
    private const double MergerShare = 0.8;

    // Practices existing before the first year opened on the NHS's founding date for most of them
    // (79% of 2022-23 payments rows give 01/04/1974), otherwise on some later April.
    private static readonly DateOnly Founding = new(1974, 4, 1);

    public static SampleModel Build(SampleOptions options)
    {
        options.Validate();
        var first = options.FirstYear.FirstMonth.FirstDay;
        var spanMonths = 12 * options.Years;
        var openings = (int)Math.Round(options.Practices * OpeningRate * options.Years);
        var existing = (int)Math.Round((options.Practices - openings) / (1 - (ClosureRate * options.Years)));
        var closures = existing + openings - options.Practices;

        var random = SampleRandom.For(options.Seed, "places");
        var places = Allocate(existing, random);
        var subIcbs = EnglandGeography.SubIcbs;
        var weights = subIcbs.Select(s => (double)s.Practices).ToArray();

        // Each practice draws from its own stream, so they can be made in parallel and still come out the same.
        var created = new SyntheticPractice[existing + openings];
        Parallel.For(0, created.Length, i =>
        {
            var r = SampleRandom.For(options.Seed, "practice", i);
            if (i < existing)
            {
                var open = r.Chance(0.79) ? Founding : new DateOnly(1975 + r.Next(Math.Max(1, first.Year - 1976)), 4, 1);
                created[i] = PracticeFactory.Create(i, places[i], r, opening: false, open);
            }
            else
            {
                var open = first.AddMonths(r.Next(spanMonths));
                created[i] = PracticeFactory.Create(i, subIcbs[r.Pick(weights)], r, opening: true, open);
            }
        });

        var practices = created.ToList();
        var pcns = GroupIntoPcns(practices, options.Seed);
        Close(practices.Take(existing).ToList(), closures, first, spanMonths, options.Seed);

        var model = new SampleModel { Options = options, Practices = practices, Pcns = pcns };
        ListHistory.Build(model);
        YearBuilder.Build(model);
        return model;
    }

    // Practices go to sub-ICB locations in proportion to their real 2022-23 counts (largest remainder,
    // so the split is exact), in geographic order so codes run through an area like real ones do.
    private static SubIcbReference[] Allocate(int count, SampleRandom random)
    {
        var subIcbs = EnglandGeography.SubIcbs;
        var total = subIcbs.Sum(s => s.Practices);
        var quotas = subIcbs.Select(s => (double)s.Practices * count / total).ToArray();
        var counts = quotas.Select(q => (int)q).ToArray();
        foreach (var i in Enumerable.Range(0, quotas.Length).OrderByDescending(i => quotas[i] - counts[i]).ThenBy(i => random.NextDouble()).Take(count - counts.Sum()))
        {
            counts[i]++;
        }

        return subIcbs.SelectMany((s, i) => Enumerable.Repeat(s, counts[i])).ToArray();
    }

    // Within each location, practices are grouped in turn until the group serves 30,000–60,000 patients
    // (the real middle 80% is 30,000 to 70,000; median 5 practices); 2.5% stay outside any PCN.
    private static List<Pcn> GroupIntoPcns(List<SyntheticPractice> practices, long seed)
    {
        var random = SampleRandom.For(seed, "pcns");
        var pcns = new List<Pcn>();
        foreach (var area in practices.GroupBy(p => p.SubIcb))
        {
            Pcn? current = null;
            var patients = 0.0;
            var target = 0.0;
            foreach (var practice in area.OrderBy(p => p.Index))
            {
                if (random.Chance(practice.OpenDate.Year >= 2019 ? 0.3 : 0.025))
                {
                    continue;
                }

                if (current is null || patients >= target)
                {
                    var code = string.Create(CultureInfo.InvariantCulture, $"UX{pcns.Count + 1:D4}");
                    current = new Pcn(code, SyntheticNames.PcnName(random), area.Key);
                    pcns.Add(current);
                    patients = 0;
                    target = 30_000 + (30_000 * random.NextDouble());
                }

                current.Practices.Add(practice);
                practice.Pcn = current;
                patients += PracticeFactory.SizeMedian * Math.Exp(PracticeFactory.SizeNoise * practice.SizeZ);
            }
        }

        foreach (var pcn in pcns)
        {
            pcn.Lead = pcn.Practices.MaxBy(p => p.SizeZ);
        }

        return pcns;
    }

    // Small practices close far more often (single-handed GPs retiring): weight exp(−0.9 × size) and a
    // little more where the GPs are older. Most closures are mergers into a PCN neighbour open for at
    // least a year after, so chains of mergers stay rare.
    private static void Close(List<SyntheticPractice> existing, int count, DateOnly first, int spanMonths, long seed)
    {
        var random = SampleRandom.For(seed, "closures");
        var chosen = existing
            .Select(p => (Practice: p, Key: Math.Log(random.NextDouble()) / Math.Exp((-0.9 * p.SizeZ) + (0.3 * p.GpAgeZ))))
            .OrderByDescending(x => x.Key)
            .Take(count)
            .Select(x => x.Practice)
            .OrderBy(p => p.Index)
            .ToList();
        foreach (var practice in chosen)
        {
            practice.CloseDate = first.AddMonths(1 + random.Next(spanMonths - 1)).AddDays(-1);
        }

        foreach (var practice in chosen)
        {
            var after = practice.CloseDate!.Value.AddMonths(12);
            var partners = (practice.Pcn?.Practices ?? [])
                .Where(p => p != practice && p.OpenDate < practice.CloseDate && (p.CloseDate is null || p.CloseDate > after))
                .ToList();
            if (partners.Count > 0 && random.Chance(MergerShare))
            {
                var sizes = partners.Select(p => Math.Exp(p.SizeZ)).ToArray();
                practice.MergedInto = partners[random.Pick(sizes)];
            }
        }
    }
}
