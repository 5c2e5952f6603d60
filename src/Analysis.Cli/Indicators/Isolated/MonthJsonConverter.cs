using System.Text.Json;
using System.Text.Json.Serialization;
using Analysis.Data.Periods;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>Writes a month as <c>yyyy-MM</c> and reads it back, for the worker's files.</summary>
internal sealed class MonthJsonConverter : JsonConverter<Month>
{
    public override Month Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Month.Parse(reader.GetString()) is { Success: true } month ? month.Value : throw new JsonException($"'{reader.GetString()}' is not a month (yyyy-MM)");

    public override void Write(Utf8JsonWriter writer, Month value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
