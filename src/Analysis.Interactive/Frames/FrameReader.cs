using System.Globalization;
using Analysis.Data.Periods;
using Analysis.Statistics;
using Deedle;

namespace Analysis.Interactive;

/// <summary>Reads indicator values back from a frame's rows, naming the row and column of any cell it cannot read.</summary>
internal sealed class FrameReader<TRowKey>(Frame<TRowKey, string> frame, HashSet<string> columns)
    where TRowKey : notnull
{
    public IndicatorValue Value(TRowKey key) => new()
    {
        IndicatorId = Text(key, "Indicator"),
        Level = Parse<Level>(key, "Level"),
        AreaCode = Text(key, "AreaCode"),
        AreaName = Text(key, "AreaName"),
        Period = Month.Of(DateOnly.FromDateTime(Required<DateTime>(key, "Period"))),
        Numerator = Optional<double>(key, "Numerator"),
        Denominator = Optional<double>(key, "Denominator"),
        Expected = Optional<double>(key, "Expected"),
        Value = Optional<double>(key, "Value"),
        Lower = Optional<double>(key, "Lower"),
        Upper = Optional<double>(key, "Upper"),
        England = Optional<double>(key, "England"),
        Comparison = columns.Contains("Comparison") ? Parse<BenchmarkOutcome>(key, "Comparison") : BenchmarkOutcome.NotCompared,
        Suppressed = Optional<bool>(key, "Suppressed") ?? false,
        Practices = Optional<int>(key, "Practices") ?? 0,
        Excluded = Optional<int>(key, "Excluded") ?? 0,
        Missing = Optional<int>(key, "Missing") ?? 0,
        Target = Optional<double>(key, "Target"),
        Gap = Optional<double>(key, "Gap"),
        GapPercent = Optional<double>(key, "GapPercent"),
        Rank = Optional<int>(key, "Rank"),
        Quintile = Optional<int>(key, "Quintile"),
        FunnelLower95 = Optional<double>(key, "FunnelLower95"),
        FunnelUpper95 = Optional<double>(key, "FunnelUpper95"),
        FunnelLower998 = Optional<double>(key, "FunnelLower998"),
        FunnelUpper998 = Optional<double>(key, "FunnelUpper998"),
        Funnel = columns.Contains("Funnel") ? Parse<FunnelSignal>(key, "Funnel") : FunnelSignal.NotApplicable,
    };

    private T? Optional<T>(TRowKey key, string column)
        where T : struct
    {
        if (!columns.Contains(column))
        {
            return null;
        }

        var cell = frame.GetColumn<object>(column).TryGet(key);
        if (!cell.HasValue)
        {
            return null;
        }

        try
        {
            return (T)Convert.ChangeType(cell.Value, typeof(T), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw Problem(key, column, $"{typeof(T).Name}, found \"{cell.Value}\"");
        }
    }

    private T Required<T>(TRowKey key, string column)
        where T : struct =>
        Optional<T>(key, column) ?? throw Problem(key, column, $"a {typeof(T).Name}, found a missing value");

    private string Text(TRowKey key, string column) =>
        frame.GetColumn<object>(column).TryGet(key) is { HasValue: true } cell && Convert.ToString(cell.Value, CultureInfo.InvariantCulture) is { Length: > 0 } text
            ? text
            : throw Problem(key, column, "text, found a missing or empty value");

    private T Parse<T>(TRowKey key, string column)
        where T : struct, Enum =>
        Enum.TryParse<T>(Text(key, column), ignoreCase: false, out var parsed)
            ? parsed
            : throw Problem(key, column, $"one of {string.Join(", ", Enum.GetNames<T>())}, found \"{Text(key, column)}\"");

    private static ArgumentException Problem(TRowKey key, string column, string expected) =>
        new($"row {key}, column {column}: expected {expected}", nameof(frame));
}
