using System.Text;

namespace Analysis.Cli.Isolation;

/// <summary>
/// Collects a child's output up to a cap and counts what it dropped, so a child that prints 100 MB cannot
/// exhaust the parent; complete lines are passed on as they arrive.
/// </summary>
internal sealed class CappedText(int maxChars, Action<string>? onLine)
{
    private readonly StringBuilder kept = new();
    private readonly StringBuilder line = new();

    public long Dropped { get; private set; }

    public string Text => kept.ToString();

    public async Task DrainAsync(StreamReader reader)
    {
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            Take(buffer.AsSpan(0, read));
        }

        if (line.Length > 0)
        {
            onLine?.Invoke(line.ToString());
        }
    }

    private void Take(ReadOnlySpan<char> chunk)
    {
        var room = Math.Max(0, maxChars - kept.Length);
        kept.Append(chunk[..Math.Min(room, chunk.Length)]);
        Dropped += Math.Max(0, chunk.Length - room);
        if (onLine is null)
        {
            return;
        }

        foreach (var c in chunk)
        {
            if (c == '\n')
            {
                onLine(line.ToString().TrimEnd('\r'));
                line.Clear();
            }
            else if (line.Length < maxChars)
            {
                line.Append(c);
            }
        }
    }
}
