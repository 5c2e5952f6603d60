using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>Confidence levels as PHEindicatormethods accepts them (0.95 or 95) and their two-sided z values.</summary>
/// <remarks>
/// METHODS.md §0: a level is a fraction from 0.90 to 1 or a percentage from 90 to 100, anything else is
/// refused; z = Φ⁻¹(c + (1 − c)/2) computed exactly, so z(0.95) = 1.959963985 and z(0.998) = 3.090232306.
/// </remarks>
public static class Confidence
{
    /// <summary>The level as a fraction: 95 becomes 0.95, 0.998 stays 0.998.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not within 0.90–1 or 90–100.</exception>
    public static double Normalise(double confidence)
    {
        if (double.IsNaN(confidence) || confidence < 0.9 || (confidence > 1.0 && confidence < 90.0) || confidence > 100.0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidence),
                confidence,
                "A confidence level must be between 0.9 and 1 or between 90 and 100 (METHODS.md §0).");
        }

        return confidence >= 90.0 ? confidence / 100.0 : confidence;
    }

    /// <summary>The two-sided normal multiplier z for the level (infinite at 100%).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not within 0.90–1 or 90–100.</exception>
    public static double Z(double confidence)
    {
        var c = Normalise(confidence);
        return Normal.Quantile(c + ((1.0 - c) / 2.0));
    }
}
