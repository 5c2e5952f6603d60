using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// How the parent and its workers write their requests and results: camel case, enums by name, months as
/// <c>yyyy-MM</c>, and NaN or infinity kept as such (a value the engine computed is passed on as it is).
/// </summary>
internal static class WorkerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(), new MonthJsonConverter() },
    };
}
