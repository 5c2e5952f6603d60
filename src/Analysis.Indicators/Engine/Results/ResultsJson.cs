using Analysis.Data;
using System.Globalization;
using System.Text.Json;
using Analysis.Statistics;

namespace Analysis.Indicators.Engine.Results;

/// <summary>
/// Writes indicator results as one JSON document: the level and options, each indicator's metadata and
/// coverage, and every value (null where there is none), numbers in invariant form.
/// </summary>
internal static class ResultsJson
{
    public static void Write(IndicatorResults results, string path) => AtomicFile.Write(path, stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("level", results.Level.ToString());
        WriteOptions(json, results.Options);

        json.WriteStartArray("indicators");
        foreach (var d in results.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("title", d.Title);
            json.WriteString("definition", d.Definition);
            json.WriteString("valueType", d.ValueType.ToString());
            json.WriteNumber("multiplier", d.Multiplier);
            json.WriteString("unit", d.Unit);
            json.WriteString("polarity", d.Polarity.ToString());
            json.WriteString("ci", d.Ci.ToString());
            json.WriteString("source", d.Source.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("coverage");
        foreach (var c in results.Coverage)
        {
            json.WriteStartObject();
            json.WriteString("indicatorId", c.IndicatorId);
            json.WriteStartArray("periods");
            foreach (var p in c.Periods)
            {
                json.WriteStringValue(p.ToString());
            }

            json.WriteEndArray();
            json.WriteNumber("rowsInPeriod", c.RowsInPeriod);
            json.WriteNumber("rowsUsed", c.RowsUsed);
            json.WriteNumber("rowsWithoutArea", c.RowsWithoutArea);
            WriteReasons(json, "excluded", c.Excluded);
            WriteReasons(json, "missing", c.Missing);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("values");
        foreach (var v in results.Values)
        {
            WriteValue(json, v);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteOptions(Utf8JsonWriter json, EngineOptions options)
    {
        json.WriteStartObject("options");
        json.WriteNumber("suppressBelow", options.SuppressBelow);
        json.WriteBoolean("suppressMeasures", options.SuppressMeasures);
        json.WriteNumber("exactPoissonBelow", options.ExactPoissonBelow);
        json.WriteNumber("confidence", options.Confidence);
        json.WriteBoolean("overdispersion", options.Overdispersion);
        json.WriteEndObject();
    }

    private static void WriteReasons(Utf8JsonWriter json, string name, IReadOnlyList<ReasonCount> reasons)
    {
        json.WriteStartArray(name);
        foreach (var r in reasons)
        {
            json.WriteStartObject();
            json.WriteString("reason", r.Reason);
            json.WriteNumber("rows", r.Rows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, IndicatorValue v)
    {
        json.WriteStartObject();
        json.WriteString("indicatorId", v.IndicatorId);
        json.WriteString("areaCode", v.AreaCode);
        json.WriteString("areaName", v.AreaName);
        json.WriteString("period", v.Period.ToString());
        Number(json, "numerator", v.Numerator);
        Number(json, "denominator", v.Denominator);
        Number(json, "expected", v.Expected);
        Number(json, "value", v.Value);
        Number(json, "lower", v.Lower);
        Number(json, "upper", v.Upper);
        Number(json, "england", v.England);
        json.WriteString("comparison", v.Comparison == BenchmarkOutcome.NotCompared ? null : v.Comparison.ToString());
        json.WriteBoolean("suppressed", v.Suppressed);
        json.WriteNumber("practices", v.Practices);
        json.WriteNumber("excluded", v.Excluded);
        json.WriteNumber("missing", v.Missing);
        Number(json, "target", v.Target);
        Number(json, "gap", v.Gap);
        Number(json, "gapPercent", v.GapPercent);
        Number(json, "rank", v.Rank);
        Number(json, "quintile", v.Quintile);
        Number(json, "funnelLower95", v.FunnelLower95);
        Number(json, "funnelUpper95", v.FunnelUpper95);
        Number(json, "funnelLower998", v.FunnelLower998);
        Number(json, "funnelUpper998", v.FunnelUpper998);
        json.WriteString("funnel", v.Funnel == FunnelSignal.NotApplicable ? null : v.Funnel.ToString());
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            // Rounded to fifteen significant digits, as the CSV is, so sums of decimal data read as the data does.
            json.WriteNumber(name, double.Parse(v.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
