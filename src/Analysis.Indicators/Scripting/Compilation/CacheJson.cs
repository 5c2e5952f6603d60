using System.Text.Json.Serialization;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// The cache manifest's JSON contract, generated at build time: a cache hit should not pay for
/// reflection-based serializer start-up in a fresh process.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(CacheManifest))]
internal sealed partial class CacheJson : JsonSerializerContext;
