using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Interactive;

/// <summary>
/// One of our formatters for one type and MIME type. Its own class (rather than the library's anonymous formatter)
/// so <see cref="Formatters.Register"/> can see whether ours are already registered, even after a reset.
/// </summary>
internal sealed class ToolkitFormatter(Type type, string mimeType, Action<object, TextWriter> write) : ITypeFormatter
{
    public string MimeType { get; } = mimeType;

    public Type Type { get; } = type;

    public bool Format(object instance, FormatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        write(instance, context.Writer);
        return true;
    }

    public static ToolkitFormatter For<T>(string mimeType, Action<T, TextWriter> write) => new(typeof(T), mimeType, (o, w) => write((T)o, w));
}
