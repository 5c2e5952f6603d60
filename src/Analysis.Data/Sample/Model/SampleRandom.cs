namespace Analysis.Data.Sample.Model;

/// <summary>
/// A small deterministic random source (xoshiro256**, seeded through SplitMix64). Streams are keyed by
/// (seed, purpose, index), so each practice's draws do not depend on the order practices are generated
/// in. The integer stream is the same everywhere; draws through Math.Log/Exp/Cos are byte-identical on one
/// platform (other CPUs may differ in a last bit, which can move a rounding).
/// </summary>
internal sealed class SampleRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private SampleRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>The stream for one purpose (a stable name) and one item (such as a practice's index).</summary>
    public static SampleRandom For(long seed, string purpose, long index = 0, long sub = 0)
    {
        var key = (ulong)seed;
        foreach (var c in purpose)
        {
            key = Mix(key ^ c);
        }

        return new SampleRandom(Mix(Mix(key ^ (ulong)index) ^ (ulong)sub));
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer on [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A standard normal draw (Box–Muller; one draw per call keeps streams simple to reason about).</summary>
    public double Normal()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A Poisson draw; exact by multiplication for small means, normal approximation above 30.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = NextDouble(); p > limit; p *= NextDouble())
        {
            k++;
        }

        return k;
    }

    /// <summary>A binomial draw: exact for few trials, Poisson for rare or near-certain events, normal otherwise.</summary>
    public int Binomial(int trials, double p)
    {
        if (trials <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return trials;
        }

        if (trials < 50)
        {
            var k = 0;
            for (var i = 0; i < trials; i++)
            {
                k += NextDouble() < p ? 1 : 0;
            }

            return k;
        }

        var mean = trials * p;
        if (mean < 20)
        {
            return Math.Min(trials, Poisson(mean));
        }

        if (trials - mean < 20)
        {
            return Math.Max(0, trials - Poisson(trials - mean));
        }

        var draw = (int)Math.Round(mean + (Math.Sqrt(mean * (1 - p)) * Normal()));
        return Math.Clamp(draw, 0, trials);
    }

    /// <summary>An index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
