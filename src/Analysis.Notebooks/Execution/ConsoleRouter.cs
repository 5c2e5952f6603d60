using System.Text;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Stands in for <see cref="Console.Out"/> or <see cref="Console.Error"/>: text written while a cell runs goes to
/// that cell's capture, anything else to the original writer.
/// </summary>
internal sealed class ConsoleRouter(TextWriter original, string stream) : TextWriter
{
    private static readonly Lock InstallGate = new();
    private static bool installed;

    public override Encoding Encoding => Encoding.UTF8;

    public TextWriter Original => original;

    /// <summary>Puts routers in front of the console once per process.</summary>
    public static void Install()
    {
        lock (InstallGate)
        {
            if (installed)
            {
                return;
            }

            Console.SetOut(new ConsoleRouter(Console.Out, "stdout"));
            Console.SetError(new ConsoleRouter(Console.Error, "stderr"));
            installed = true;
        }
    }

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (CellCapture.Current is { } capture)
        {
            capture.Write(stream, buffer);
        }
        else
        {
            original.Write(buffer);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    public override void Flush()
    {
        if (CellCapture.Current is null)
        {
            original.Flush();
        }
    }
}
