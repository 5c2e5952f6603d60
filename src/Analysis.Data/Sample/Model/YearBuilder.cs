namespace Analysis.Data.Sample.Model;

/// <summary>
/// Fills each practice's financial years: registered and weighted patients from the quarterly lists,
/// then the September workforce census, QOF, disease registers and the survey wave fielded that winter.
/// </summary>
internal static class YearBuilder
{
    public static void Build(SampleModel model)
    {
        var years = model.Years;
        var seed = model.Options.Seed;
        foreach (var practice in model.Practices)
        {
            practice.Years = new PracticeYear?[years.Count];
            for (var y = 0; y < years.Count; y++)
            {
                var open = Enumerable.Range(4 * y, 4).Where(q => practice.Lists[q] > 0).ToList();
                if (open.Count == 0)
                {
                    continue;
                }

                practice.Years[y] = new PracticeYear
                {
                    Year = years[y],
                    Registered = (decimal)open.Sum(q => practice.Lists[q]) / open.Count,
                    QuartersOpen = open.Count,
                    LastList = practice.Lists[open[^1]],
                };
            }
        }

        for (var y = 0; y < years.Count; y++)
        {
            Weigh(model, y);
            StaffFactory.Build(model, y);
            var open = model.InYear(y).ToArray();
            Parallel.For(0, open.Length, i =>
            {
                var (practice, year) = open[i];
                year.Qof = QofModel.Achievement(practice, year, y, seed);
                year.Registers = QofModel.Prevalence(practice, year, y, seed);

                // The survey is fielded January to March, so the wave published next July belongs to this year.
                if (practice.Lists[(4 * y) + 3] > 0)
                {
                    year.Survey = SurveyModel.Wave(practice, years[y].EndYear, practice.Lists[(4 * y) + 3], seed);
                }
            });
        }
    }

    // Carr-Hill weights are relative: each year England's weighted total equals its registered total, so
    // the practice ratios (with a little yearly movement) are rescaled to that.
    private static void Weigh(SampleModel model, int y)
    {
        var rows = model.InYear(y).ToList();
        var raw = rows.Select(x => (double)x.Year.Registered * x.Practice.WeightedRatio
            * Math.Exp(0.01 * SampleRandom.For(model.Options.Seed, "weighting", x.Practice.Index, y).Normal())).ToArray();
        var scale = rows.Sum(x => (double)x.Year.Registered) / raw.Sum();
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Year.Weighted = Math.Round((decimal)(raw[i] * scale), 2);
        }
    }
}
