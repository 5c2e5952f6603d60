namespace Analysis.Data.Sample.Model;

/// <summary>
/// Each practice's registered list at every quarterly extract: its own growth and noise, new practices
/// filling up, and closures handing their patients on (a merger to one practice, a dispersal across the
/// rest of the PCN), processed in date order so chains of mergers carry lists along.
/// </summary>
internal static class ListHistory
{
    public static void Build(SampleModel model)
    {
        var quarters = model.Quarters;
        var dates = quarters.Select(q => q.FirstDay).ToArray();
        var own = new double[model.Practices.Count][];
        foreach (var practice in model.Practices)
        {
            own[practice.Index] = OwnTrajectory(model, practice, dates);
        }

        foreach (var closing in model.Practices.Where(p => p.CloseDate is not null).OrderBy(p => p.CloseDate).ThenBy(p => p.Index))
        {
            var from = Array.FindIndex(dates, d => d > closing.CloseDate!.Value);
            if (from < 0)
            {
                continue;
            }

            var receivers = closing.MergedInto is { } absorber
                ? [absorber]
                : (closing.Pcn?.Practices ?? []).Where(p => p != closing && p.IsOpenOn(dates[from])).ToList();
            var sizes = receivers.Select(r => own[r.Index][from]).ToArray();
            var total = sizes.Sum();
            for (var q = from; q < dates.Length; q++)
            {
                // A few patients register elsewhere rather than follow their practice.
                var moving = own[closing.Index][q] * (closing.MergedInto is null ? 0.92 : 0.97);
                for (var r = 0; r < receivers.Count && total > 0; r++)
                {
                    own[receivers[r].Index][q] += moving * sizes[r] / total;
                }

                own[closing.Index][q] = 0;
            }
        }

        foreach (var practice in model.Practices)
        {
            practice.Lists = own[practice.Index]
                .Select((list, q) => practice.IsOpenOn(dates[q]) ? Math.Max(1, (int)Math.Round(list)) : 0)
                .ToArray();
        }
    }

    private static double[] OwnTrajectory(SampleModel model, SyntheticPractice practice, DateOnly[] dates)
    {
        var random = SampleRandom.For(model.Options.Seed, "lists", practice.Index);
        var start = PracticeFactory.SizeMedian * Math.Exp(PracticeFactory.SizeNoise * practice.SizeZ);

        // England grows about 1.2% a year; practices differ (new estates, closures nearby) by about 2%.
        var growth = NationalTrends.ListGrowth + (0.02 * random.Normal());
        var origin = dates[0];
        var opened = practice.OpenDate > origin;
        var noise = 0.0;
        var lists = new double[dates.Length];
        for (var q = 0; q < dates.Length; q++)
        {
            // Quarter-to-quarter noise is small and persistent (list cleaning, seasonal registrations).
            noise = (0.7 * noise) + (0.008 * random.Normal());
            var years = (dates[q].DayNumber - origin.DayNumber) / 365.25;
            var level = start * Math.Exp((growth * years) + noise);
            if (opened)
            {
                // A new practice starts with about a quarter of its eventual list and fills over a few years.
                var age = (dates[q].DayNumber - practice.OpenDate.DayNumber) / 365.25;
                level *= age < 0 ? 0 : 1 - (0.75 * Math.Exp(-age / 1.2));
            }

            lists[q] = level;
        }

        return lists;
    }
}
