using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Formatting;
using Analysis.Notebooks.Kernel;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Collects what one running cell produces, in order: text written to the console (consecutive writes to the same
/// stream coalesced, up to a limit past which it is counted rather than kept) and displayed values. The cell's
/// capture flows with its async context, so output from tasks the cell starts lands in the cell.
/// </summary>
internal sealed class CellCapture(int maxStreamChars, ChartNumbers charts)
{
    private static readonly AsyncLocal<CellCapture?> Active = new();

    private readonly Lock gate = new();
    private readonly List<Entry> entries = [];
    private long kept;
    private long dropped;
    private bool closed;

    public static CellCapture? Current => Active.Value;

    public ChartNumbers Charts => charts;

    public static DisplayedValue Show(object? value, string[] mimeTypes)
    {
        var capture = Current;
        return capture is null
            ? new DisplayedValue(null, -1, mimeTypes)
            : new DisplayedValue(capture, capture.Add(OutputFormatter.Format(value, mimeTypes)), mimeTypes);
    }

    public static DisplayedValue ShowRaw(string content, string mimeType)
    {
        var capture = Current;
        return capture is null
            ? new DisplayedValue(null, -1, [mimeType])
            : new DisplayedValue(capture, capture.Add(DisplayOutput.Of(mimeType, content)), [mimeType]);
    }

    /// <summary>Makes this the capture of the calling async flow (and of everything it starts).</summary>
    public void Activate() => Active.Value = this;

    public void Write(string stream, ReadOnlySpan<char> text)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            var room = (int)Math.Max(0, Math.Min(text.Length, maxStreamChars - kept));
            dropped += text.Length - room;
            if (room == 0)
            {
                return;
            }

            kept += room;
            if (entries.Count == 0 || entries[^1].Stream != stream)
            {
                entries.Add(new Entry(stream, new StringBuilder(), null));
            }

            entries[^1].Text!.Append(text[..room]);
        }
    }

    public int Add(CellOutput output)
    {
        lock (gate)
        {
            if (closed)
            {
                return -1;
            }

            entries.Add(new Entry(null, null, output));
            return entries.Count - 1;
        }
    }

    public void Replace(int index, object? value, string[] mimeTypes)
    {
        var formatted = OutputFormatter.Format(value, mimeTypes);
        lock (gate)
        {
            if (!closed && index >= 0 && index < entries.Count && entries[index].Output is DisplayOutput)
            {
                entries[index] = new Entry(null, null, formatted);
            }
        }
    }

    /// <summary>Ends the capture (later writes from stray threads are ignored) and returns the outputs.</summary>
    public ImmutableArray<CellOutput> Close(out bool overflowed)
    {
        lock (gate)
        {
            closed = true;
            var outputs = entries.Select(e => e.Output ?? new StreamOutput(e.Stream!, e.Text!.ToString())).ToList();
            overflowed = dropped > 0;
            if (overflowed)
            {
                outputs.Add(ErrorOutput.Of(string.Create(CultureInfo.InvariantCulture,
                    $"The cell wrote {kept + dropped:N0} characters to the console; only the first {maxStreamChars:N0} are kept (the rest, {dropped:N0}, were dropped). Write large results to a file instead.")));
            }

            return [.. outputs];
        }
    }

    private sealed record Entry(string? Stream, StringBuilder? Text, CellOutput? Output);
}
