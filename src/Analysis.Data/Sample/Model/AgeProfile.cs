namespace Analysis.Data.Sample.Model;

/// <summary>
/// Registered patients' ages in the twenty quinary bands of the publication (0-4 … 90-94, 95+) by sex:
/// England's shape, tilted older or younger for each practice.
/// </summary>
internal static class AgeProfile
{
    public const int Bands = 20;

    /// <summary>Lower bound of each band in years.</summary>
    public static ReadOnlySpan<int> From => [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95];

    /// <summary>Band labels as the quinary file writes them.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        ["0_4", "5_9", "10_14", "15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54", "55_59", "60_64",
         "65_69", "70_74", "75_79", "80_84", "85_89", "90_94", "95+"];

    // England, July 2026: each band's share of all registered patients, females then males. Aggregates of the
    // seven "Comm Region" rows of the quinary age file in ../shared/data (no practice row is used).
    private static readonly double[] England =
    [
        0.02211, 0.02576, 0.02883, 0.02953, 0.03003, 0.03418, 0.03619, 0.03701, 0.03435, 0.03098,
        0.02960, 0.03165, 0.03079, 0.02613, 0.02188, 0.02129, 0.01499, 0.00906, 0.00441, 0.00148,
        0.02325, 0.02707, 0.03030, 0.03096, 0.03035, 0.03478, 0.03694, 0.03812, 0.03575, 0.03270,
        0.03094, 0.03215, 0.03070, 0.02531, 0.02016, 0.01860, 0.01218, 0.00638, 0.00253, 0.00057,
    ];

    /// <summary>England's share of patients aged 65 or over (0.185).</summary>
    public static double EnglandShare65 { get; } = Share65(England);

    /// <summary>
    /// The practice's 40 band shares (females then males), England's shape tilted by exp(θ·age) until
    /// the share aged 65+ is <paramref name="share65"/>; one parameter keeps the bands smooth and ordered.
    /// </summary>
    public static double[] Tilted(double share65)
    {
        var lo = -6.0;
        var hi = 6.0;
        var shares = new double[2 * Bands];
        for (var i = 0; i < 40; i++)
        {
            var theta = (lo + hi) / 2;
            Tilt(theta, shares);
            if (Share65(shares) < share65)
            {
                lo = theta;
            }
            else
            {
                hi = theta;
            }
        }

        Tilt((lo + hi) / 2, shares);
        return shares;
    }

    /// <summary>Whole patients in each of the 40 bands summing exactly to <paramref name="list"/> (largest remainder).</summary>
    public static int[] Counts(ReadOnlySpan<double> shares, int list)
    {
        var counts = new int[shares.Length];
        Span<double> remainders = stackalloc double[shares.Length];
        var given = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            var exact = shares[i] * list;
            counts[i] = (int)exact;
            remainders[i] = exact - counts[i];
            given += counts[i];
        }

        for (; given < list; given++)
        {
            var best = 0;
            for (var i = 1; i < remainders.Length; i++)
            {
                best = remainders[i] > remainders[best] ? i : best;
            }

            counts[best]++;
            remainders[best] = -1;
        }

        return counts;
    }

    public static double Share65(ReadOnlySpan<double> shares)
    {
        var old = 0.0;
        var all = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            all += shares[i];
            old += From[i % Bands] >= 65 ? shares[i] : 0;
        }

        return old / all;
    }

    /// <summary>Patients aged at least <paramref name="age"/>, reading single years as uniform within a band.</summary>
    public static double ShareAtLeast(ReadOnlySpan<double> shares, int age)
    {
        var total = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            var from = From[i % Bands];
            var fraction = from >= age ? 1.0 : from + 5 <= age ? 0.0 : (from + 5 - age) / 5.0;
            total += shares[i] * fraction;
        }

        return total;
    }

    private static void Tilt(double theta, double[] shares)
    {
        var total = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            // Centred on 40 and scaled by 25 years so θ near ±1 spans a student list to a retirement town.
            var mid = From[i % Bands] + 2.5;
            shares[i] = England[i] * Math.Exp(theta * (mid - 40) / 25);
            total += shares[i];
        }

        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= total;
        }
    }
}
