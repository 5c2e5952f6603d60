namespace Analysis.Data.Sample.Model;

/// <summary>
/// GP Patient Survey waves. Each practice has an access factor — higher with more GP supply, lower with
/// a bigger list (the BJGP 2021 finding behind the shared list-size data), a little higher for older and
/// less deprived lists and for well-run practices — and each question's positive share is logistic in it
/// around the wave's national level. Answers are then sampled from the practice's returned questionnaires.
/// </summary>
/// <remarks>
/// No practice-level survey file is in ../shared/data, so the national levels below are assumptions
/// taken from the published national headlines (overall experience good about four in five before the
/// 2022 fall, about 71–74% after; phone access easy about two-thirds falling to a half) and are listed as
/// unverifiable calibration targets.
/// </remarks>
internal static class SurveyModel
{
    public static readonly (string Stem, int Categories, int PositiveFrom, int PositiveTo, bool FirstIsNotTried)[] Questions =
    [
        ("localgpservicesphone", 6, 2, 3, true),
        ("localgpservicesreception", 5, 1, 2, false),
        ("gpcontactoverall", 5, 1, 2, false),
        ("lastgpapptwait", 2, 1, 1, false),
        ("overallexp", 5, 1, 2, false),
    ];

    public static SurveyWave? Wave(SyntheticPractice practice, int surveyYear, int list, long seed)
    {
        if (list < 250)
        {
            return null;
        }

        var random = SampleRandom.For(seed, "survey", practice.Index, surveyYear);
        var persistent = SampleRandom.For(seed, "survey-practice", practice.Index);
        var access = (0.20 * practice.SupplyZ) - (0.25 * practice.SizeZ) + (0.15 * practice.AgeZ) - (0.10 * practice.DeprivationZ)
            + (0.35 * practice.OrganisationZ) + (0.35 * persistent.Normal());

        var distributed = Math.Clamp((int)Math.Round(150 + (0.035 * list)), 200, 650);
        var responseRate = PracticeFactory.Logistic(Logit(ResponseRate(surveyYear)) + (0.25 * practice.AgeZ) - (0.3 * practice.DeprivationZ) + (0.2 * random.Normal()));
        var received = Math.Max(30, random.Binomial(distributed, responseRate));

        // Survey weights rescale each practice's responses to its population; bases shrink by about 15%.
        var weight = 0.85 * Math.Exp(0.1 * random.Normal());
        var answers = new List<SurveyAnswer>(Questions.Length);
        foreach (var (stem, categories, from, to, notTried) in Questions)
        {
            var loading = stem == "localgpservicesphone" ? 0.95 : stem == "overallexp" ? 0.8 : 0.6;
            var p = PracticeFactory.Logistic(Logit(National(stem, surveyYear)) + (loading * access) + (0.25 * persistent.Normal()) + (0.1 * random.Normal()));

            // Everyone answers the overall question; contact and appointment questions only those who had one.
            var asked = stem switch { "gpcontactoverall" => 0.75, "lastgpapptwait" => 0.8, _ => 0.98 };
            var full = Math.Max(1, random.Binomial(received, asked));
            var tried = notTried ? 1 - (0.08 + (0.06 * random.NextDouble())) : 1.0;
            var evaluated = Math.Max(1, (int)Math.Round(full * tried));
            var positive = (double)random.Binomial(evaluated, p) / evaluated;
            answers.Add(new SurveyAnswer(stem, full, evaluated, weight, Categories(random, categories, from, to, positive, (double)(full - evaluated) / full), positive));
        }

        return new SurveyWave(surveyYear, distributed, received, answers);
    }

    // The positive categories split about 45:55 (very:fairly); the rest taper towards the worst answer.
    private static double[] Categories(SampleRandom random, int count, int from, int to, double positive, double notTried)
    {
        var shares = new double[count];
        var offset = notTried > 0 ? 1 : 0;
        if (offset == 1)
        {
            shares[0] = notTried;
        }

        var answered = 1 - notTried;
        var positiveCount = to - from + 1;
        var veryShare = positiveCount == 1 ? 1.0 : 0.35 + (0.2 * random.NextDouble());
        shares[from - 1] = positive * answered * veryShare;
        if (positiveCount == 2)
        {
            shares[from] = positive * answered * (1 - veryShare);
        }

        var rest = count - offset - positiveCount;
        var weights = Enumerable.Range(0, rest).Select(i => Math.Pow(0.7, i)).ToArray();
        var sum = weights.Sum();
        for (var i = 0; i < rest; i++)
        {
            shares[to + i] = (1 - positive) * answered * weights[i] / sum;
        }

        return shares;
    }

    private static double National(string stem, int year) => (stem, year) switch
    {
        ("overallexp", <= 2021) => 0.82,
        ("overallexp", 2022) => 0.72,
        ("overallexp", 2023) => 0.71,
        ("overallexp", _) => 0.74,
        ("localgpservicesphone", <= 2021) => 0.66,
        ("localgpservicesphone", 2022) => 0.53,
        ("localgpservicesphone", _) => 0.50,
        ("localgpservicesreception", _) => 0.83,
        ("gpcontactoverall", _) => 0.67,
        _ => 0.65,
    };

    private static double ResponseRate(int year) => year switch
    {
        <= 2020 => 0.32,
        2021 => 0.35,
        2022 => 0.29,
        2023 => 0.28,
        _ => 0.27,
    };

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
